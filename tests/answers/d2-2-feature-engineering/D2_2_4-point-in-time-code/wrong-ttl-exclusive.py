# expect: D2_2_4-point-in-time
import pandas as pd


def point_in_time_join(labels, features, id_col, label_time_col, event_time_col, ttl=None):
    out = pd.merge_asof(labels.sort_values(label_time_col), features.sort_values(event_time_col),
                        left_on=label_time_col, right_on=event_time_col, by=id_col, direction="backward")
    if ttl is not None:
        stale = (out[label_time_col] - out[event_time_col]) >= ttl       # a row exactly ttl old is dropped
        feats = [c for c in features.columns if c != id_col]
        out.loc[stale, feats] = None
    return out
