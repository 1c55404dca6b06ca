from mlsc01 import conventions as C


def choose_encoder(scenario):
    s = scenario
    rules = [
        (lambda: s["ordered"], "ordinal"),
        (lambda: s["cardinality"] <= C.ONEHOT_MAX_LEVELS, "onehot"),
        (lambda: s["model"] == "neural_net", "embedding"),
        (lambda: s["open_vocabulary"] or s["cardinality"] > C.HASHING_MIN_LEVELS, "hashing"),
    ]
    return next((label for test, label in rules if test()), "target")
