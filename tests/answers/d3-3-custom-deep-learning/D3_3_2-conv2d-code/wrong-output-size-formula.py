def conv2d(x, w, stride=1, pad=0):
    xp = np.pad(x, ((0, 0), (pad, pad), (pad, pad)))
    wf = w
    F, C, kh, kw = w.shape
    Ho, Wo = (xp.shape[1] - kh + 1) // stride, (xp.shape[2] - kw + 1) // stride
    out = np.zeros((F, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, i, j] = (wf * xp[None, :, i * stride:i * stride + kh, j * stride:j * stride + kw]).sum(axis=(1, 2, 3))
    return out
