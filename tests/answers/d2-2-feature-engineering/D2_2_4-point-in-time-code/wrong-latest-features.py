# expect: D2_2_4-point-in-time
def point_in_time_join(labels, features, id_col, label_time_col, event_time_col, ttl=None):
    latest = features.sort_values(event_time_col).groupby(id_col).tail(1)
    return labels.merge(latest, on=id_col, how="left")
