def to_sagemaker_csv(df, label):
    others = [c for c in df.columns if c != label]
    lines = []
    for _, row in df.iterrows():
        lines.append(",".join(repr(float(row[c])) for c in [label] + others))
    return "\n".join(lines) + "\n"


def to_libsvm(df, label):
    feats = df.drop(columns=label)
    out = ""
    for yi, (_, row) in zip(df[label].tolist(), feats.iterrows()):
        pairs = [f"{j}:{float(v)!r}" for j, v in enumerate(row.tolist(), start=1) if v != 0]
        out += str(yi) + (" " + " ".join(pairs) if pairs else "") + "\n"
    return out
