def plot_histogram(ax, values, bins=20, label=""):
    """Count histogram of the non-missing values, on ax."""
    counts, edges = np.histogram(values.dropna().to_numpy(), bins=bins)
    ax.bar(edges[:-1], counts, width=np.diff(edges), align="edge", edgecolor="white")
    ax.set_xlabel(label)
    ax.set_ylabel("rows per bin")
    return ax
