def word_edits(reference, hypothesis):
    r, h = reference.split(" "), hypothesis.split(" ")      # empty strings count as words
    prev = list(range(len(h) + 1))
    for i in range(1, len(r) + 1):
        cur = [i] + [0] * len(h)
        for j in range(1, len(h) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r[i - 1] != h[j - 1]))
        prev = cur
    return prev[-1]


def wer(reference, hypothesis):
    return word_edits(reference, hypothesis) / len(reference.split())


def corpus_wer(references, hypotheses):
    edits = sum(word_edits(r, h) for r, h in zip(references, hypotheses))
    return edits / sum(len(r.split()) for r in references)
