from sklearn.model_selection import train_test_split


def stratified_split(df, target, test_size=0.2, seed=0):
    return train_test_split(df, test_size=test_size, random_state=seed)
