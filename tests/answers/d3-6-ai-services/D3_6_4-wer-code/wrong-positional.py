def word_edits(reference, hypothesis):
    r, h = reference.split(), hypothesis.split()
    mism = sum(a != b for a, b in zip(r, h))               # compares word by word position
    return mism + abs(len(r) - len(h))


def wer(reference, hypothesis):
    return word_edits(reference, hypothesis) / len(reference.split())


def corpus_wer(references, hypotheses):
    edits = sum(word_edits(r, h) for r, h in zip(references, hypotheses))
    return edits / sum(len(r.split()) for r in references)
