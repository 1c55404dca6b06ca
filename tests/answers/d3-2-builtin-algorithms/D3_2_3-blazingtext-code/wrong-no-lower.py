def to_blazingtext(texts, labels):
    out = ""
    for t, lab in zip(texts, labels):
        labs = [lab] if isinstance(lab, str) else list(lab)
        out += " ".join(["__label__" + x.replace(" ", "_") for x in labs] + re.findall(r"\w+|[^\w\s]", t)) + "\n"
    return out
