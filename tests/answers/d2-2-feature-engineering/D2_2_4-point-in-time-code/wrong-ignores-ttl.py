# expect: D2_2_4-point-in-time
import pandas as pd


def point_in_time_join(labels, features, id_col, label_time_col, event_time_col, ttl=None):
    return pd.merge_asof(labels.sort_values(label_time_col), features.sort_values(event_time_col),
                         left_on=label_time_col, right_on=event_time_col, by=id_col, direction="backward")
