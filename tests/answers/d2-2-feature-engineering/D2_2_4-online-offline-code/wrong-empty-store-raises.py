# expect: D2_2_4-online-offline
import pandas as pd


class LocalFeatureGroup:
    def __init__(self, record_id, event_time):
        self.record_id = record_id
        self.event_time = event_time
        self.frames = []
        self.online = {}

    def ingest(self, df):
        self.frames.append(df.copy())
        for row in df.to_dict("records"):
            old = self.online.get(row[self.record_id])
            if old is None or row[self.event_time] > old[self.event_time]:
                self.online[row[self.record_id]] = row

    def get_record(self, record_id_value):
        return self.online.get(record_id_value)

    def offline_store(self):
        return pd.concat(self.frames, ignore_index=True)     # raises before the first ingest
