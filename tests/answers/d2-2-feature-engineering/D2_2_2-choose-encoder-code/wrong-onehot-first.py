# expect: D2_2_2-choose-encoder
def choose_encoder(scenario):
    if scenario["cardinality"] <= 10:
        return "onehot"
    if scenario["ordered"]:
        return "ordinal"
    if scenario["model"] == "neural_net":
        return "embedding"
    if scenario["open_vocabulary"] or scenario["cardinality"] > 10_000:
        return "hashing"
    return "target"
