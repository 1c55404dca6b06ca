def choose_builtin(s):
    # a constant answer
    return "image-classification"
