"""Amazon Textract-shaped responses for the D3.6 lesson and exercise (goal D3.6.3).

    >>> from mlsc01.datagen.d3_6_docs_textract import make_document
    >>> spec, resp = make_document(seed=0)      # what the page says, and an AnalyzeDocument response for it

``resp["Blocks"]`` is a flat list of PAGE, LINE, WORD, KEY_VALUE_SET (KEY and VALUE), TABLE and CELL blocks linked
by ``Relationships`` (VALUE from a key to its value, CHILD to words and cells), in shuffled order and with random
ids, as in the real service: only the graph, never the list order, says what belongs together. ``spec`` holds the
truth: ``fields`` (key → value text), ``confidence`` (key → the lower of the key's and the value's confidence) and
``tables`` (a list of tables, each a list of rows of cell texts, top to bottom on the page).
"""

from __future__ import annotations

import numpy as np

_FORMS = {
    "invoice": {"Invoice number": ["INV-{n}"], "Invoice date": ["{d} March 2026", "2026-04-{d}"],
                "Customer name": ["Octank Logistics Ltd", "Maria Lopez", "AnyCompany Europe GmbH"],
                "Billing address": ["12 Harbour Road Dublin", "Rua Augusta 100 Lisbon"],
                "Payment terms": ["30 days net", "due on receipt"], "VAT number": ["IE{n}", "PT{n}"],
                "Total due": ["EUR {n}.00", "{n}.50"]},
    "claim": {"Policy number": ["POL-{n}"], "Claimant": ["Jon Berg", "Aiko Tanaka", "Lena Fischer"],
              "Date of loss": ["{d} May 2026"], "Vehicle registration": ["{n}-KX-{d}"],
              "Amount claimed": ["{n} EUR"]},
}
_TABLES = {
    "invoice": (["Item", "Quantity", "Unit price", "Amount"],
                ["Desk lamp", "Office chair", "USB-C cable 2 m", "Monitor arm", "Paper A4 box", "Standing desk"]),
    "claim": (["Part", "Labour hours", "Cost"], ["Front bumper", "Left headlight", "Paint", "Wheel rim"]),
}


def _uid(rng) -> str:
    h = "".join(rng.choice(list("0123456789abcdef"), size=32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _bbox(top: float, left: float = 0.1, width: float = 0.8, height: float = 0.02) -> dict:
    return {"BoundingBox": {"Width": width, "Height": height, "Left": left, "Top": top}}


def make_document(seed: int = 0, kind: str = "invoice", n_tables: int | None = None,
                  empty_value: bool | None = None) -> tuple[dict, dict]:
    """A synthetic document page and its AnalyzeDocument (FeatureTypes FORMS, TABLES) response."""
    rng = np.random.default_rng(seed)
    blocks: list[dict] = []
    page_children: list[str] = []

    def conf(low=70.0):
        return float(round(rng.choice([rng.uniform(low, 90), rng.uniform(90, 99.9)], p=[0.3, 0.7]), 4))

    def words(text: str, top: float) -> list[str]:
        ids = []
        for w in text.split():
            i = _uid(rng)
            blocks.append({"BlockType": "WORD", "Id": i, "Text": w, "TextType": "PRINTED", "Confidence": conf(80),
                           "Geometry": _bbox(top), "Page": 1})
            ids.append(i)
        return ids

    def line(text: str, word_ids: list[str], top: float):
        i = _uid(rng)
        blocks.append({"BlockType": "LINE", "Id": i, "Text": text, "Confidence": conf(80), "Geometry": _bbox(top),
                       "Relationships": [{"Type": "CHILD", "Ids": list(word_ids)}], "Page": 1})
        page_children.append(i)

    forms = _FORMS[kind]
    keys = list(rng.choice(list(forms), size=int(rng.integers(3, len(forms) + 1)), replace=False))
    empty = bool(rng.random() < 0.4) if empty_value is None else empty_value
    fields, confidence = {}, {}
    top = 0.05
    for k_i, key in enumerate(keys):
        key = str(key)
        opts = forms[key]
        value = opts[int(rng.integers(len(opts)))].format(n=int(rng.integers(100, 99999)), d=int(rng.integers(10, 29)))
        if empty and k_i == len(keys) - 1:
            value = ""
        kw = words(key + ":", top)
        vw = words(value, top) if value else []
        kid, vid = _uid(rng), _uid(rng)
        kc, vc = conf(), conf()
        blocks.append({"BlockType": "KEY_VALUE_SET", "Id": kid, "EntityTypes": ["KEY"], "Confidence": kc,
                       "Geometry": _bbox(top, 0.1, 0.3), "Page": 1,
                       "Relationships": [{"Type": "VALUE", "Ids": [vid]}, {"Type": "CHILD", "Ids": kw}]})
        vblock = {"BlockType": "KEY_VALUE_SET", "Id": vid, "EntityTypes": ["VALUE"], "Confidence": vc,
                  "Geometry": _bbox(top, 0.45, 0.4), "Page": 1}
        if vw:
            vblock["Relationships"] = [{"Type": "CHILD", "Ids": vw}]
        blocks.append(vblock)
        line(key + ":" + (" " + value if value else ""), kw + vw, top)
        fields[key] = value
        confidence[key] = min(kc, vc)
        top += 0.04
    tables = []
    k_tables = int(rng.integers(1, 3)) if n_tables is None else n_tables
    header, items = _TABLES[kind]
    for _ in range(k_tables):
        top += 0.03
        rows = [list(header)]
        for it in rng.choice(items, size=int(rng.integers(2, 5)), replace=False):
            q = int(rng.integers(1, 9))
            p = float(rng.integers(5, 400)) + 0.5 * int(rng.integers(0, 2))
            cells = [str(it), str(q), f"{p:.2f}", f"{q * p:.2f}"][:len(header) - 1] + [f"{q * p:.2f}"]
            rows.append(cells)
        if rng.random() < 0.5:
            rows.append(["Total"] + [""] * (len(header) - 2) + [f"{sum(float(r[-1]) for r in rows[1:]):.2f}"])
        tid = _uid(rng)
        cell_ids = []
        t_top = top
        for r, row in enumerate(rows, start=1):
            for c, txt in enumerate(row, start=1):
                cw = words(txt, top) if txt else []
                cid = _uid(rng)
                cell = {"BlockType": "CELL", "Id": cid, "RowIndex": r, "ColumnIndex": c, "RowSpan": 1, "ColumnSpan": 1,
                        "Confidence": conf(), "Geometry": _bbox(top, 0.1 + 0.2 * (c - 1), 0.2), "Page": 1}
                if r == 1:
                    cell["EntityTypes"] = ["COLUMN_HEADER"]
                if cw:
                    cell["Relationships"] = [{"Type": "CHILD", "Ids": cw}]
                blocks.append(cell)
                cell_ids.append(cid)
            nonempty = [t for t in row if t]
            line(" ".join(nonempty), [], top)
            top += 0.025
        blocks.append({"BlockType": "TABLE", "Id": tid, "Confidence": conf(), "EntityTypes": ["STRUCTURED_TABLE"],
                       "Geometry": _bbox(t_top, 0.1, 0.8, top - t_top), "Page": 1,
                       "Relationships": [{"Type": "CHILD", "Ids": cell_ids}]})
        tables.append(rows)
    pid = _uid(rng)
    blocks.append({"BlockType": "PAGE", "Id": pid, "Geometry": _bbox(0.0, 0.0, 1.0, 1.0), "Page": 1,
                   "Relationships": [{"Type": "CHILD", "Ids": page_children}]})
    order = rng.permutation(len(blocks))
    resp = {"DocumentMetadata": {"Pages": 1}, "Blocks": [blocks[i] for i in order],
            "AnalyzeDocumentModelVersion": "1.0"}
    return {"fields": fields, "confidence": confidence, "tables": tables}, resp


def make_expense_response(seed: int = 0) -> dict:
    """An AnalyzeExpense response: summary fields (normalized Type, the label as printed, the value) and line items."""
    rng = np.random.default_rng(seed)

    def field(typ, label, value):
        return {"Type": {"Text": typ, "Confidence": float(round(rng.uniform(85, 99.9), 3))},
                "LabelDetection": {"Text": label, "Confidence": float(round(rng.uniform(70, 99.9), 3))},
                "ValueDetection": {"Text": value, "Confidence": float(round(rng.uniform(60, 99.9), 3))},
                "PageNumber": 1}

    items = [("Espresso", 2, 2.80), ("Croissant", 1, 2.10), ("Orange juice", 1, 3.90)][: int(rng.integers(2, 4))]
    total = sum(q * p for _, q, p in items)
    summary = [field("VENDOR_NAME", "", "Café Lisboa"), field("INVOICE_RECEIPT_DATE", "Date", "2026-05-14"),
               field("TAX", "IVA 23%", f"{total * 0.23 / 1.23:.2f}"), field("TOTAL", "Total a pagar", f"{total:.2f}")]
    lines = [{"LineItemExpenseFields": [field("ITEM", "Descrição", n), field("QUANTITY", "Qtd", str(q)),
                                        field("PRICE", "Valor", f"{q * p:.2f}")]} for n, q, p in items]
    return {"DocumentMetadata": {"Pages": 1},
            "ExpenseDocuments": [{"ExpenseIndex": 1, "SummaryFields": summary,
                                  "LineItemGroups": [{"LineItemGroupIndex": 1, "LineItems": lines}]}]}
