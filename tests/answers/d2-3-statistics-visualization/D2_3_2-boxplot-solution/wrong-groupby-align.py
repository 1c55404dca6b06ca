def plot_box_by_class(ax, values, labels, label=""):
    """One vertical box of the non-missing values per class, on ax."""
    groups = values.groupby(labels)
    names = sorted(groups.groups)
    ax.boxplot([groups.get_group(k).dropna().to_numpy() for k in names], tick_labels=[str(k) for k in names])
    ax.set_ylabel(label)
    return ax
