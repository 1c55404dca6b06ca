def plot_corr_heatmap(ax, df):
    """imshow of the Pearson correlation matrix of df's columns, on ax; returns the AxesImage."""
    corr = df.corr(method="spearman")
    im = ax.imshow(corr.to_numpy(), vmin=-1, vmax=1, cmap="RdBu_r")
    ax.set_xticks(range(len(corr)), labels=corr.columns, rotation=90)
    ax.set_yticks(range(len(corr)), labels=corr.columns)
    return im
