def conv2d(x, w, stride=1, pad=0):
    xp = np.pad(x, ((0, 0), (pad, pad), (pad, pad)))
    wf = w[:, :, ::-1, ::-1]
    F, C, kh, kw = w.shape
    Ho, Wo = (xp.shape[1] - kh) // stride + 1, (xp.shape[2] - kw) // stride + 1
    out = np.zeros((F, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, i, j] = (wf * xp[None, :, i * stride:i * stride + kh, j * stride:j * stride + kw]).sum(axis=(1, 2, 3))
    return out
