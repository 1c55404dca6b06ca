def make_lst(items):
    out = []
    for i, (path, label) in enumerate(items):
        ids = list(label) if isinstance(label, (list, tuple)) else [label]
        out.append(f"{i}\t" + "\t".join(str(c) for c in ids) + f"\t{path}\n")
    return "".join(out)


def augmented_manifest(items, prefix, attribute="class"):
    lines = []
    for path, label in items:
        rec = {}
        rec["source-ref"] = f"{prefix}{path}"
        rec[attribute] = label
        lines.append(json.dumps(rec))
    return "\n".join(lines) + "\n"


def manifest_channel(name, manifest_uri, attribute="class"):
    source = dict(S3DataType="AugmentedManifestFile", S3Uri=manifest_uri, S3DataDistributionType="FullyReplicated",
                  AttributeNames=["source-ref", attribute])
    return dict(ChannelName=name, DataSource=dict(S3DataSource=source), ContentType="application/x-recordio",
                RecordWrapperType="RecordIO", InputMode="Pipe")
