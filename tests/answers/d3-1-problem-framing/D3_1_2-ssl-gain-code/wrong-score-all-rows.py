def ssl_gain(X, y_partial, y_true, n_neighbors=10):
    X, yp, yt = np.asarray(X), np.asarray(y_partial), np.asarray(y_true)
    lab = yp != -1
    sup = LogisticRegression().fit(X[lab], yp[lab]).predict(X)          # scored on every row, labelled ones too
    ls = LabelSpreading(kernel="knn", n_neighbors=n_neighbors).fit(X, yp).transduction_
    a, b = float(np.mean(sup == yt)), float(np.mean(ls == yt))
    return {"supervised": a, "label_spreading": b, "gain": b - a}


def ssl_verdict(make_data, n_labels, seeds, n_neighbors=10):
    gains = []
    for seed in seeds:
        X, y = make_data(seed)
        gains.append(ssl_gain(X, hide_labels(y, n_labels, seed), y, n_neighbors)["gain"])
    m = float(np.mean(gains))
    return m, "semi_supervised" if m >= C.SSL_MIN_GAIN else "supervised"
