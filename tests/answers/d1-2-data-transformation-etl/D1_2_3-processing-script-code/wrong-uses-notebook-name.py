def parse_args(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--base-dir", default="/opt/ml/processing")
    p.add_argument("--split-date", required=True)
    return p.parse_args(argv)


def build_features(orders, customers, split_date):
    df = orders.merge(customers, on="customer_id", how="left")
    d = pd.to_datetime(df["order_date"])
    df["log_amount"] = np.log1p(df["amount"])
    df["tenure_days"] = (d - pd.to_datetime(df["signup_date"])).dt.days
    cols = ["order_id", "customer_id", "amount", "log_amount", "segment", "tenure_days", "returned"]
    before = d < pd.Timestamp(split_date)
    return (df.loc[before, cols].sort_values("order_id").reset_index(drop=True),
            df.loc[~before, cols].sort_values("order_id").reset_index(drop=True))


def main(argv=None):
    args = parse_args(argv)
    base = Path(args.base_dir)
    o = pd.concat([pd.read_csv(f) for f in sorted((base / "input" / "orders").glob("*.csv"))], ignore_index=True)
    c = pd.read_csv(base / "input" / "customers" / "customers.csv")
    for name, frame in zip(("train", "test"), build_features(o, c, args.split_date)):
        out = base / "output" / name
        out.mkdir(parents=True, exist_ok=True)
        frame.to_csv(out / f"{name}.csv", index=False)
        print(f"wrote {len(frame)} rows to {out}", file=sys.stderr)
