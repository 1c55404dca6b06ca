def train_with_checkpoints(X, y, ckpt_dir, epochs, seed, batch_size=32, interrupt_at=None):
    ckpt_dir = Path(ckpt_dir)
    ckpt_dir.mkdir(parents=True, exist_ok=True)
    path = ckpt_dir / "checkpoint.pkl"
    start, model = 0, SGDClassifier(loss="log_loss", alpha=1e-4, random_state=seed)
    if path.exists():
        state = pickle.loads(path.read_bytes())
        start, model = state["epoch"], state["model"]
    rng = np.random.default_rng(seed)
    for epoch in range(start, epochs):
        if interrupt_at is not None and epoch == interrupt_at:
            raise SpotInterruption(epoch)
        order = rng.permutation(len(X))
        for i in range(0, len(X), batch_size):
            model.partial_fit(X[order[i:i + batch_size]], y[order[i:i + batch_size]], classes=np.unique(y))
        tmp = ckpt_dir / "checkpoint.tmp"
        tmp.write_bytes(pickle.dumps({"epoch": epoch + 1, "model": model}))
        os.replace(tmp, path)
    return model, epochs - start
