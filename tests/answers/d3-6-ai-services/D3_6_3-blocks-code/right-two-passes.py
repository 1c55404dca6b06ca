def _words(block, by_id):
    ids = [i for rel in block.get("Relationships", []) if rel["Type"] == "CHILD" for i in rel["Ids"]]
    return " ".join(by_id[i]["Text"] for i in ids if by_id[i]["BlockType"] == "WORD")


def parse_forms(resp):
    blocks = {b["Id"]: b for b in resp["Blocks"]}
    keys = [b for b in resp["Blocks"] if b["BlockType"] == "KEY_VALUE_SET" and b["EntityTypes"] == ["KEY"]]
    result = {}
    for k in keys:
        rels = {r["Type"]: r["Ids"] for r in k["Relationships"]}
        value = blocks[rels["VALUE"][0]]
        words = [blocks[i]["Text"] for i in rels.get("CHILD", [])]
        vwords = [blocks[i]["Text"] for r in value.get("Relationships", []) if r["Type"] == "CHILD" for i in r["Ids"]]
        key = " ".join(words)
        result[key[:-1] if key.endswith(":") else key] = (" ".join(vwords), min(k["Confidence"], value["Confidence"]))
    return result


def parse_tables(resp):
    blocks = {b["Id"]: b for b in resp["Blocks"]}
    out = []
    for t in sorted([b for b in resp["Blocks"] if b["BlockType"] == "TABLE"],
                    key=lambda b: b["Geometry"]["BoundingBox"]["Top"]):
        cells = {}
        for r in t["Relationships"]:
            if r["Type"] == "CHILD":
                for i in r["Ids"]:
                    c = blocks[i]
                    cells[(c["RowIndex"], c["ColumnIndex"])] = _words(c, blocks)
        nr = max(r for r, _ in cells)
        nc = max(c for _, c in cells)
        out.append([[cells.get((r, c), "") for c in range(1, nc + 1)] for r in range(1, nr + 1)])
    return out
