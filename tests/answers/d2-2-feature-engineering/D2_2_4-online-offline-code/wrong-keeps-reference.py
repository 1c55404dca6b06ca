# expect: D2_2_4-online-offline
import pandas as pd


class LocalFeatureGroup:
    def __init__(self, record_id, event_time):
        self.record_id = record_id
        self.event_time = event_time
        self.frames = []
        self.online = {}

    def ingest(self, df):
        self.frames.append(df)                       # the caller's frame itself: later changes rewrite history
        for _, row in df.iterrows():
            key = row[self.record_id]
            if key not in self.online or row[self.event_time] > self.online[key][self.event_time]:
                self.online[key] = row               # a view of the caller's row, not a copy

    def get_record(self, record_id_value):
        row = self.online.get(record_id_value)
        return None if row is None else row.to_dict()

    def offline_store(self):
        return pd.concat(self.frames, ignore_index=True) if self.frames else pd.DataFrame()
