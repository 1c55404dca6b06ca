def choose_paradigm(s):
    # a constant answer: the rubric's default label for every case
    return "supervised"
