def _words(block, by_id):
    ids = [i for rel in block.get("Relationships", []) if rel["Type"] == "CHILD" for i in rel["Ids"]]
    return " ".join(by_id[i]["Text"] for i in ids if by_id[i]["BlockType"] == "WORD")


def parse_forms(resp):
    by_id = {b["Id"]: b for b in resp["Blocks"]}
    out = {}
    for b in resp["Blocks"]:
        if b["BlockType"] == "KEY_VALUE_SET" and "KEY" in b["EntityTypes"]:
            vid = [i for r in b["Relationships"] if r["Type"] == "VALUE" for i in r["Ids"]][0]
            out[_words(b, by_id).rstrip(":")] = (_words(by_id[vid], by_id), b["Confidence"])   # key's confidence only
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
