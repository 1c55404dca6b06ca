import pandas as pd
from sklearn.preprocessing import MinMaxScaler, StandardScaler


def standardize(train_df, test_df):
    sc = StandardScaler().fit(train_df)
    return (pd.DataFrame(sc.transform(train_df), columns=train_df.columns, index=train_df.index),
            pd.DataFrame(sc.transform(test_df), columns=test_df.columns, index=test_df.index))


def min_max(train_df, test_df):
    sc = MinMaxScaler().fit(train_df)
    return (pd.DataFrame(sc.transform(train_df), columns=train_df.columns, index=train_df.index),
            pd.DataFrame(sc.transform(test_df), columns=test_df.columns, index=test_df.index))
