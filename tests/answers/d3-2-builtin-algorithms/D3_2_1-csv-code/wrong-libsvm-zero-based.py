def to_sagemaker_csv(df, label):
    cols = [label] + [c for c in df.columns if c != label]
    return df[cols].to_csv(header=False, index=False, lineterminator="\n")


def to_libsvm(df, label):
    X = df.drop(columns=[label]).to_numpy(dtype=float)
    lines = [" ".join([str(y)] + [f"{j}:{v!r}" for j, v in enumerate(r.tolist()) if v != 0])
             for y, r in zip(df[label].to_numpy(), X)]
    return "\n".join(lines) + "\n"
