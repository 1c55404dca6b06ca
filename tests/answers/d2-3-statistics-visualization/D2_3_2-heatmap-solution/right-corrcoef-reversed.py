def plot_corr_heatmap(ax, df):
    """imshow of the Pearson correlation matrix of df's columns, on ax; returns the AxesImage."""
    names = list(df.columns)
    R = np.corrcoef(df.to_numpy(dtype=float), rowvar=False)
    im = ax.imshow(R, vmin=-1.0, vmax=1.0, cmap="coolwarm", interpolation="nearest")
    ax.set_xticks(np.arange(len(names)))
    ax.set_xticklabels(names, rotation=60, ha="right")
    ax.set_yticks(np.arange(len(names)))
    ax.set_yticklabels(names)
    return im
