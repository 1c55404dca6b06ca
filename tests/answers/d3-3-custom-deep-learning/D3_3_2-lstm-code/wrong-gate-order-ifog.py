def lstm_step(x, h, c, W, U, b):
    from scipy.special import expit
    zi, zf, zo, zg = np.split(W @ x + U @ h + b, 4)
    c_new = expit(zf) * c + expit(zi) * np.tanh(zg)
    return expit(zo) * np.tanh(c_new), c_new
