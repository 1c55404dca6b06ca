def to_sagemaker_csv(df, label):
    return df.to_csv(header=False, index=False, lineterminator="\n")


def to_libsvm(df, label):
    X = df.drop(columns=[label]).to_numpy(dtype=float)
    lines = [" ".join([str(y)] + [f"{j + 1}:{v!r}" for j, v in enumerate(r.tolist()) if v != 0])
             for y, r in zip(df[label].to_numpy(), X)]
    return "\n".join(lines) + "\n"
