# expect: D2_2_5-choose-split
def choose_split(scenario):
    if scenario["future_prediction"]:
        return "time"
    if scenario["rows_per_entity"] >= 1.5:
        return "group"
    mf = scenario["minority_fraction"]
    if scenario["task"] == "classification" and mf is not None and mf < 0.2:
        return "stratified"
    return "random"
