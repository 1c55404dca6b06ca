def lstm_step(x, h, c, W, U, b):
    from scipy.special import expit
    zi, zf, zg, zo = np.split(W @ x + U @ h + b, 4)
    c_new = expit(zf) * c + expit(zi) * np.tanh(zg)
    return expit(zo) * c_new, c_new
