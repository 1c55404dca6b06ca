def to_blazingtext(texts, labels):
    out = ""
    for t, lab in zip(texts, labels):
        labs = [lab] if isinstance(lab, str) else list(lab)
        out += " ".join(["__label__" + x.replace(" ", "_") for x in labs] + t.lower().split()) + "\n"
    return out
