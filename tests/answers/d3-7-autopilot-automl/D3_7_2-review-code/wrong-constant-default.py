def review(cand):
    # a constant answer: the rubric's default label for every case
    return "keep_leaderboard"
