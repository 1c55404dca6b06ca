import numpy as np
import pandas as pd


def point_in_time_join(labels, features, id_col, label_time_col, event_time_col, ttl=None):
    feats = [c for c in features.columns if c != id_col]
    by_id = {k: g.sort_values(event_time_col) for k, g in features.groupby(id_col)}
    rows = []
    for _, lab in labels.iterrows():
        g = by_id.get(lab[id_col])
        hit = None
        if g is not None:
            ok = g[g[event_time_col] <= lab[label_time_col]]
            if ttl is not None:
                ok = ok[lab[label_time_col] - ok[event_time_col] <= ttl]
            if len(ok):
                hit = ok.iloc[-1]
        rows.append({**lab.to_dict(), **({c: hit[c] for c in feats} if hit is not None else {c: np.nan for c in feats})})
    out = pd.DataFrame(rows)
    out[event_time_col] = pd.to_datetime(out[event_time_col])
    return out
