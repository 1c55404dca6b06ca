import re

_TOKEN = re.compile("[a-z0-9]+")


def tokenize(text):
    return _TOKEN.findall(str(text).lower())


def ngrams(tokens, ngram_range=(1, 2)):
    out = []
    for n in range(ngram_range[0], ngram_range[1] + 1):
        out += [" ".join(g) for g in zip(*(tokens[k:] for k in range(n)))]
    return out
