def diagnose(stats):
    # a constant answer: the rubric's default label for every case
    return "none"
