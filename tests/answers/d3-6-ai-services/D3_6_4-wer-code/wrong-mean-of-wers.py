def word_edits(reference, hypothesis):
    r, h = reference.split(), hypothesis.split()
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
    return float(np.mean([wer(r, h) for r, h in zip(references, hypotheses)]))
