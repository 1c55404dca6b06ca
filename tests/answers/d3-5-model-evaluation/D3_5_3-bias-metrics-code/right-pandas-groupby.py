def pretraining_bias(facet_d, y):
    df = pd.DataFrame({"d": np.asarray(facet_d).astype(bool), "y": np.asarray(y)})
    n = df["d"].value_counts()
    q = df.groupby("d")["y"].mean()
    return {"CI": (n[False] - n[True]) / len(df), "DPL": q[False] - q[True]}


def posttraining_bias(facet_d, y, yhat):
    df = pd.DataFrame({"d": np.asarray(facet_d).astype(bool), "y": np.asarray(y), "h": np.asarray(yhat)})
    q = df.groupby("d")["h"].mean()
    tpr = df[df["y"] == 1].groupby("d")["h"].mean()
    return {"DPPL": q[False] - q[True], "DI": q[True] / q[False], "RD": tpr[False] - tpr[True]}
