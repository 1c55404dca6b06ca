import pandas as pd


def feature_group_request(df, name, record_id, event_time, s3_uri, role_arn):
    def kind(s):
        if s.name == event_time:
            return "Fractional"                       # Unix seconds
        if pd.api.types.is_bool_dtype(s) or pd.api.types.is_integer_dtype(s):
            return "Integral"
        if pd.api.types.is_float_dtype(s):
            return "Fractional"
        return "String"
    return dict(FeatureGroupName=name, RecordIdentifierFeatureName=record_id, EventTimeFeatureName=event_time,
                RoleArn=role_arn, FeatureDefinitions=[{"FeatureName": c, "FeatureType": kind(df[c])} for c in df],
                OnlineStoreConfig={"EnableOnlineStore": True}, OfflineStoreConfig={"S3StorageConfig": {"S3Uri": s3_uri}})
