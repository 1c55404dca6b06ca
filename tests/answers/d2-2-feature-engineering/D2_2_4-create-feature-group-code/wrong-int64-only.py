# expect: D2_2_4-create-feature-group
def feature_group_request(df, name, record_id, event_time, s3_uri, role_arn):
    kind = {"int64": "Integral", "float64": "Fractional"}
    return {"FeatureGroupName": name, "RecordIdentifierFeatureName": record_id, "EventTimeFeatureName": event_time,
            "FeatureDefinitions": [{"FeatureName": c, "FeatureType": kind.get(str(df[c].dtype), "String")}
                                   for c in df.columns],
            "OnlineStoreConfig": {"EnableOnlineStore": True},
            "OfflineStoreConfig": {"S3StorageConfig": {"S3Uri": s3_uri}}, "RoleArn": role_arn}
