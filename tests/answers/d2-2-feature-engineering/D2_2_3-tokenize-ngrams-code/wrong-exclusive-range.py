# expect: D2_2_3-tokenize-ngrams
import re


def tokenize(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def ngrams(tokens, ngram_range=(1, 2)):
    lo, hi = ngram_range
    return [" ".join(tokens[i:i + n]) for n in range(lo, hi) for i in range(len(tokens) - n + 1)]
