from mlsc01.conventions import GROUP_SPLIT_ROWS_PER_ENTITY as RPE
from mlsc01.conventions import STRATIFY_SHARE as SHARE


def choose_split(scenario):
    s = scenario
    rare = s["task"] == "classification" and (s.get("minority_fraction") or 1.0) < SHARE
    for cond, name in [(s["future_prediction"], "time"), (s["rows_per_entity"] > RPE, "group"), (rare, "stratified")]:
        if cond:
            return name
    return "random"
