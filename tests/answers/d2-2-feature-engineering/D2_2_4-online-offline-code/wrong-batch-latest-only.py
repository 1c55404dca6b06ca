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
        self._rows += df.to_dict("records")
        for row in df.sort_values(self.event_time).groupby(self.record_id).tail(1).to_dict("records"):
            self._online[row[self.record_id]] = row      # latest of the batch, even if older than the stored row
