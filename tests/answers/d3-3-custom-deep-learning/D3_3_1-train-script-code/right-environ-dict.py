def parse_args(argv=None):
    env = os.environ
    p = argparse.ArgumentParser(description="script-mode training")
    p.add_argument("--c", type=float, default=1.0)
    p.add_argument("--max-iter", dest="max_iter", type=int, default=200)
    for name, var in (("model-dir", "SM_MODEL_DIR"), ("train", "SM_CHANNEL_TRAIN"), ("validation", "SM_CHANNEL_VALIDATION")):
        p.add_argument(f"--{name}", default=env.get(var))
    return p.parse_args(argv)


def main(argv=None):
    a = parse_args(argv)
    frames = {ch: pd.concat(map(pd.read_csv, sorted(Path(d).glob("*.csv")))) for ch, d in (("train", a.train), ("validation", a.validation))}
    y_tr = frames["train"].pop("label")
    model = LogisticRegression(C=a.c, max_iter=a.max_iter).fit(frames["train"], y_tr)
    os.makedirs(a.model_dir, exist_ok=True)
    joblib.dump(model, os.path.join(a.model_dir, "model.joblib"))
    print("train:accuracy=%.5f" % model.score(frames["train"], y_tr))
    y_va = frames["validation"].pop("label")
    print("validation:accuracy=%.5f" % model.score(frames["validation"], y_va))


def metric_definitions():
    return [{"Name": n, "Regex": rf"\b{n}=(\d+\.\d+)"} for n in ("train:accuracy", "validation:accuracy")]
