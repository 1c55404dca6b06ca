def plot_box_by_class(ax, values, labels, label=""):
    """One vertical box of the non-missing values per class, on ax."""
    classes = list(pd.unique(labels))
    lab = labels.to_numpy()
    ax.boxplot([values[lab == k].dropna().to_numpy() for k in classes], tick_labels=[str(k) for k in classes])
    ax.set_ylabel(label)
    return ax
