import pandas as pd


class LocalFeatureGroup:
    def __init__(self, record_id, event_time):
        self.record_id = record_id
        self.event_time = event_time
        self._history = None
        self._latest = None

    def ingest(self, df):
        self._history = df.copy() if self._history is None else pd.concat([self._history, df], ignore_index=True)
        cand = df if self._latest is None else pd.concat([self._latest, df], ignore_index=True)
        idx = cand.groupby(self.record_id)[self.event_time].idxmax()
        self._latest = cand.loc[idx].reset_index(drop=True)

    def get_record(self, record_id_value):
        if self._latest is None:
            return None
        hit = self._latest[self._latest[self.record_id] == record_id_value]
        return None if hit.empty else hit.iloc[0].to_dict()

    def offline_store(self):
        return pd.DataFrame() if self._history is None else self._history.copy()
