def release_decision(r):
    # a constant answer: the rubric's default label for every case
    return "promote"
