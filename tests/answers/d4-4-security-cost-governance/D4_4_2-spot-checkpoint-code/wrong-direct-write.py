def train_with_checkpoints(X, y, ckpt_dir, epochs, seed, batch_size=32, interrupt_at=None):
    ckpt_dir = Path(ckpt_dir)
    ckpt_dir.mkdir(parents=True, exist_ok=True)
    path = ckpt_dir / "checkpoint.pkl"
    if path.exists():
        state = pickle.loads(path.read_bytes())
        model, start = state["model"], state["epoch"]
        rng = np.random.default_rng()
        rng.bit_generator.state = state["rng_state"]
    else:
        model, start, rng = SGDClassifier(loss="log_loss", alpha=1e-4, random_state=seed), 0, np.random.default_rng(seed)
    for epoch in range(start, epochs):
        if interrupt_at is not None and epoch == interrupt_at:
            raise SpotInterruption(epoch)
        order = rng.permutation(len(X))
        for i in range(0, len(X), batch_size):
            model.partial_fit(X[order[i:i + batch_size]], y[order[i:i + batch_size]], classes=np.unique(y))
        with open(path, "wb") as f:                       # not atomic: a reclaim mid-write breaks the file
            pickle.dump({"epoch": epoch + 1, "model": model, "rng_state": rng.bit_generator.state}, f)
    return model, epochs - start
