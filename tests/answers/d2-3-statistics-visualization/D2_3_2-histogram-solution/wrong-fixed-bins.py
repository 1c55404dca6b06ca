def plot_histogram(ax, values, bins=20, label=""):
    """Count histogram of the non-missing values, on ax."""
    ax.hist(values.dropna(), bins=15)
    ax.set_xlabel(label)
    ax.set_ylabel("count")
    return ax
