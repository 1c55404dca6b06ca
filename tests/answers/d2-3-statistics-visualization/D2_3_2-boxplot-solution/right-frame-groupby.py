def plot_box_by_class(ax, values, labels, label=""):
    """One vertical box of the non-missing values per class, on ax."""
    frame = pd.DataFrame({"v": values.to_numpy(), "k": labels.to_numpy()}).dropna()
    names, data = [], []
    for k, g in frame.groupby("k", sort=True):
        names.append(str(k))
        data.append(g["v"].to_numpy())
    ax.boxplot(data, tick_labels=names)
    ax.set_ylabel(label)
    return ax
