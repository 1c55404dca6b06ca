def word_edits(reference, hypothesis):
    r, h = reference.split(), hypothesis.split()
    d = [[0] * (len(h) + 1) for _ in range(len(r) + 1)]
    for i in range(len(r) + 1):
        d[i][0] = i
    for j in range(len(h) + 1):
        d[0][j] = j
    for i in range(1, len(r) + 1):
        for j in range(1, len(h) + 1):
            sub = d[i - 1][j - 1] + (0 if r[i - 1] == h[j - 1] else 1)
            d[i][j] = min(sub, d[i - 1][j] + 1, d[i][j - 1] + 1)
    return d[len(r)][len(h)]


def wer(reference, hypothesis):
    return word_edits(reference, hypothesis) / len(reference.split())


def corpus_wer(references, hypotheses):
    pairs = list(zip(references, hypotheses))
    return sum(word_edits(r, h) for r, h in pairs) / sum(len(r.split()) for r, _ in pairs)
