def train_with_checkpoints(X, y, ckpt_dir, epochs, seed, batch_size=32, interrupt_at=None):
    ckpt_dir = Path(ckpt_dir)
    ckpt_dir.mkdir(parents=True, exist_ok=True)
    model, rng = SGDClassifier(loss="log_loss", alpha=1e-4, random_state=seed), np.random.default_rng(seed)
    for epoch in range(epochs):                          # ignores the checkpoint: a Spot restart redoes all the work
        if interrupt_at is not None and epoch == interrupt_at:
            raise SpotInterruption(epoch)
        order = rng.permutation(len(X))
        for i in range(0, len(X), batch_size):
            model.partial_fit(X[order[i:i + batch_size]], y[order[i:i + batch_size]], classes=np.unique(y))
        tmp = ckpt_dir / "checkpoint.pkl.tmp"
        tmp.write_bytes(pickle.dumps({"epoch": epoch + 1, "model": model, "rng_state": rng.bit_generator.state}))
        os.replace(tmp, ckpt_dir / "checkpoint.pkl")
    return model, epochs
