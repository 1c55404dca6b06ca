from sklearn.model_selection import train_test_split


def stratified_split(df, target, test_size=0.2, seed=0):
    train, test = train_test_split(df, test_size=test_size, stratify=df[target], random_state=seed)
    return train.reset_index(drop=True), test.reset_index(drop=True)
