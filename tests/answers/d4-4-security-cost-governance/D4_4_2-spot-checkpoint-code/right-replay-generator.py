def train_with_checkpoints(X, y, ckpt_dir, epochs, seed, batch_size=32, interrupt_at=None):
    # resumes by replaying the generator's draws for the epochs already done (same state, no state saved)
    folder = Path(ckpt_dir)
    os.makedirs(folder, exist_ok=True)
    ck = folder / "checkpoint.pkl"
    rng = np.random.default_rng(seed)
    done, model = 0, SGDClassifier(loss="log_loss", alpha=1e-4, random_state=seed)
    if ck.exists():
        with open(ck, "rb") as f:
            saved = pickle.load(f)
        done, model = saved["epoch"], saved["model"]
        for _ in range(done):
            rng.permutation(len(X))
    for epoch in range(done, epochs):
        if epoch == interrupt_at:
            raise SpotInterruption(epoch)
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch_size):
            b = order[start:start + batch_size]
            model.partial_fit(X[b], y[b], classes=np.unique(y))
        with tempfile.NamedTemporaryFile(dir=folder, delete=False) as f:
            pickle.dump({"epoch": epoch + 1, "model": model}, f)
        os.replace(f.name, ck)
    return model, epochs - done
