def to_blazingtext(texts, labels):
    def labs(label):
        return [label] if isinstance(label, str) else list(label)
    return "".join(
        " ".join([f"__label__{'_'.join(x.split(' '))}" for x in labs(lab)] + re.findall(r"\w+|[^\w\s]", t.lower())) + "\n"
        for t, lab in zip(texts, labels))
