def plot_box_by_class(ax, values, labels, label=""):
    """One vertical box of the non-missing values per class, on ax."""
    classes = sorted(labels.unique())
    ax.boxplot([values[labels == k].dropna() for k in classes], tick_labels=classes)
    ax.set_ylabel(label)
    return ax
