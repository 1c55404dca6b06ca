def _words(block, by_id):
    ids = [i for rel in block.get("Relationships", []) if rel["Type"] == "CHILD" for i in rel["Ids"]]
    return " ".join(by_id[i]["Text"] for i in ids if by_id[i]["BlockType"] == "WORD")


def parse_forms(resp):
    by_id = {b["Id"]: b for b in resp["Blocks"]}
    out, key, kconf = {}, None, None
    for b in resp["Blocks"]:                               # assumes each KEY is followed by its VALUE
        if b["BlockType"] != "KEY_VALUE_SET":
            continue
        if "KEY" in b["EntityTypes"]:
            key, kconf = _words(b, by_id).rstrip(":"), b["Confidence"]
        elif key is not None:
            out[key] = (_words(b, by_id), min(kconf, b["Confidence"]))
            key = None
    return out


def parse_tables(resp):
    by_id = {b["Id"]: b for b in resp["Blocks"]}
    out = []
    for t in sorted([b for b in resp["Blocks"] if b["BlockType"] == "TABLE"], key=lambda t: t["Geometry"]["BoundingBox"]["Top"]):
        cells = [by_id[i] for rel in t.get("Relationships", []) if rel["Type"] == "CHILD" for i in rel["Ids"]]
        grid = [[""] * max(c["ColumnIndex"] for c in cells) for _ in range(max(c["RowIndex"] for c in cells))]
        for c in cells:
            grid[c["RowIndex"] - 1][c["ColumnIndex"] - 1] = _words(c, by_id)
        out.append(grid)
    return out
