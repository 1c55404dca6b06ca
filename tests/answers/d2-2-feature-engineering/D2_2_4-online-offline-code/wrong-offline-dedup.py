# expect: D2_2_4-online-offline
import pandas as pd


class LocalFeatureGroup:
    def __init__(self, record_id, event_time):
        self.record_id = record_id
        self.event_time = event_time
        self._rows = []
        self._online = {}

    def get_record(self, record_id_value):
        r = self._online.get(record_id_value)
        return None if r is None else dict(r)

    def offline_store(self):
        return pd.DataFrame(self._rows)

    def ingest(self, df):
        for row in df.to_dict("records"):
            key = row[self.record_id]
            old = self._online.get(key)
            if old is None or row[self.event_time] > old[self.event_time]:
                self._online[key] = row
                self._rows.append(row)                   # late rows never reach the offline store
