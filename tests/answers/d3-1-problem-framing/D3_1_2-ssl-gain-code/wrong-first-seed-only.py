def ssl_gain(X, y_partial, y_true, n_neighbors=10):
    X, yp, yt = np.asarray(X), np.asarray(y_partial), np.asarray(y_true)
    lab, unl = yp != -1, yp == -1
    sup = LogisticRegression().fit(X[lab], yp[lab]).predict(X[unl])
    ls = LabelSpreading(kernel="knn", n_neighbors=n_neighbors).fit(X, yp).transduction_[unl]
    a, b = float(np.mean(sup == yt[unl])), float(np.mean(ls == yt[unl]))
    return {"supervised": a, "label_spreading": b, "gain": b - a}


def ssl_verdict(make_data, n_labels, seeds, n_neighbors=10):
    seed = list(seeds)[0]                                          # one seed decides
    X, y = make_data(seed)
    g = ssl_gain(X, hide_labels(y, n_labels, seed), y, n_neighbors)["gain"]
    return g, "semi_supervised" if g >= C.SSL_MIN_GAIN else "supervised"
