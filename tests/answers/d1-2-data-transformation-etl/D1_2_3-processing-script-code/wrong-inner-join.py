def parse_args(argv):
    parser = argparse.ArgumentParser(description="orders features")
    parser.add_argument("--split-date", dest="split_date", required=True)
    parser.add_argument("--base-dir", dest="base_dir", default="/opt/ml/processing")
    return parser.parse_args(argv)


def build_features(orders, customers, split_date):
    df = pd.merge(orders, customers, how="inner", on="customer_id")
    when = pd.to_datetime(df["order_date"])
    df = df.assign(log_amount=np.log(1 + df["amount"]),
                   tenure_days=(when - pd.to_datetime(df["signup_date"])).dt.days)
    df = df[["order_id", "customer_id", "amount", "log_amount", "segment", "tenure_days", "returned"]]
    cut = pd.Timestamp(split_date)
    return (df[when < cut].sort_values("order_id", ignore_index=True),
            df[when >= cut].sort_values("order_id", ignore_index=True))


def main(argv=None):
    a = parse_args(argv)
    root = Path(a.base_dir)
    orders = pd.concat(map(pd.read_csv, (root / "input" / "orders").glob("*.csv")), ignore_index=True)
    customers = pd.read_csv(root / "input" / "customers" / "customers.csv")
    for name, frame in zip(("train", "test"), build_features(orders, customers, a.split_date)):
        (root / "output" / name).mkdir(parents=True, exist_ok=True)
        frame.to_csv(root / "output" / name / f"{name}.csv", index=False)
