def stratified_split(df, target, test_size=0.2, seed=0):
    test = df.groupby(target, group_keys=False).sample(frac=test_size, random_state=seed)
    return df.drop(index=test.index), test
