def ssl_gain(X, y_partial, y_true, n_neighbors=10):
    X, yp, yt = np.asarray(X), np.asarray(y_partial), np.asarray(y_true)
    labelled = np.flatnonzero(yp != -1)
    hidden = np.flatnonzero(yp == -1)
    sup = LogisticRegression().fit(X[labelled], yp[labelled]).predict(X[hidden])
    ls = LabelSpreading(kernel="knn", n_neighbors=n_neighbors).fit(X, yp).transduction_[hidden]
    out = {"supervised": float((sup == yt[hidden]).mean()), "label_spreading": float((ls == yt[hidden]).mean())}
    out["gain"] = out["label_spreading"] - out["supervised"]
    return out


def ssl_verdict(make_data, n_labels, seeds, n_neighbors=10):
    total, count = 0.0, 0
    for seed in seeds:
        X, y = make_data(seed)
        total += ssl_gain(X, hide_labels(y, n_labels, seed), y, n_neighbors=n_neighbors)["gain"]
        count += 1
    mean_gain = total / count
    return mean_gain, "semi_supervised" if mean_gain >= C.SSL_MIN_GAIN else "supervised"
