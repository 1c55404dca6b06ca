def train_with_checkpoints(X, y, ckpt_dir, epochs, seed, batch_size=32, interrupt_at=None):
    folder = Path(ckpt_dir)
    folder.mkdir(parents=True, exist_ok=True)
    final, partial = folder / "checkpoint.pkl", folder / ".checkpoint.partial"
    state = pickle.loads(final.read_bytes()) if final.is_file() else None
    rng = np.random.default_rng(seed)
    if state:
        rng.bit_generator.state = state["rng_state"]
    model = state["model"] if state else SGDClassifier(loss="log_loss", alpha=1e-4, random_state=seed)
    first = state["epoch"] if state else 0
    for epoch in range(first, epochs):
        if epoch == interrupt_at:
            raise SpotInterruption(f"epoch {epoch}")
        perm = rng.permutation(X.shape[0])
        for batch in np.array_split(perm, range(batch_size, len(perm), batch_size)):
            model.partial_fit(X[batch], y[batch], classes=np.unique(y))
        partial.write_bytes(pickle.dumps(dict(epoch=epoch + 1, model=model, rng_state=rng.bit_generator.state)))
        partial.replace(final)
    return model, epochs - first
