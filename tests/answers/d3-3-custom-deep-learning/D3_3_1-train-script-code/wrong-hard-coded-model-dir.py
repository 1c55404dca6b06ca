def parse_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--c", type=float, default=1.0)
    p.add_argument("--max-iter", type=int, default=200)
    p.add_argument("--model-dir", default="/opt/ml/model")
    p.add_argument("--train", default=os.environ.get("SM_CHANNEL_TRAIN"))
    p.add_argument("--validation", default=os.environ.get("SM_CHANNEL_VALIDATION"))
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)

    def read(folder):
        return pd.concat([pd.read_csv(f) for f in sorted(Path(folder).glob("*.csv"))], ignore_index=True)

    tr, va = read(args.train), read(args.validation)
    model = LogisticRegression(C=args.c, max_iter=args.max_iter)
    model.fit(tr.drop(columns="label"), tr["label"])
    joblib.dump(model, Path(args.model_dir) / "model.joblib")
    for name, df in (("train", tr), ("validation", va)):
        print(f"{name}:accuracy={model.score(df.drop(columns=\"label\"), df[\"label\"]):.6f}")


def metric_definitions():
    return [{"Name": "train:accuracy", "Regex": r"train:accuracy=([0-9.]+)"},
            {"Name": "validation:accuracy", "Regex": r"validation:accuracy=([0-9.]+)"}]
