def seq2seq_vocab(sentences, min_count=1):
    counts = Counter()
    for s in sentences:
        counts.update(s.split())
    keep = sorted((t for t, c in counts.items() if c >= min_count), key=lambda t: (-counts[t], t))
    return {"<unk>": 0, **{t: i + 1 for i, t in enumerate(keep)}}


def object2vec_jsonl(pairs, vocab):
    def ids(s):
        return [vocab[t] if t in vocab else vocab["<unk>"] for t in s.split()]
    return "".join(json.dumps({"label": int(l), "in0": ids(a), "in1": ids(b)}) + "\n" for l, a, b in pairs)
