def to_blazingtext(texts, labels):
    out = ""
    for t, lab in zip(texts, labels):
        labs = [lab] if isinstance(lab, str) else list(lab)
        out += "__label__" + ",".join(x.replace(" ", "_") for x in labs) + " " + " ".join(re.findall(r"\w+|[^\w\s]", t.lower())) + "\n"
    return out
