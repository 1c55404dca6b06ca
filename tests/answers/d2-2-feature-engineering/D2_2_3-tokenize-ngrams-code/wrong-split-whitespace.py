# expect: D2_2_3-tokenize-ngrams
def tokenize(text):
    return text.lower().split()


def ngrams(tokens, ngram_range=(1, 2)):
    lo, hi = ngram_range
    return [" ".join(tokens[i:i + n]) for n in range(lo, hi + 1) for i in range(len(tokens) - n + 1)]
