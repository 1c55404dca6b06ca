def to_target_time_series(sales, freq="D"):
    # totals on the sale lines themselves, fills appended, then sorted: the index is left as it falls
    d = pd.DataFrame({"item_id": sales["sku"].astype(str),
                      "timestamp": pd.to_datetime(sales["sold_at"]).dt.floor(freq),
                      "target_value": sales["units"].astype(float)})
    d["target_value"] = d.groupby(["item_id", "timestamp"])["target_value"].transform("sum")
    d = d.drop_duplicates(["item_id", "timestamp"])
    end = d["timestamp"].max()
    fills = []
    for item, g in d.groupby("item_id"):
        missing = pd.date_range(g["timestamp"].min(), end, freq=freq).difference(g["timestamp"])
        fills.append(pd.DataFrame({"item_id": item, "timestamp": missing.astype(d["timestamp"].dtype),
                                   "target_value": 0.0}))
    return pd.concat([d, *fills]).sort_values(["item_id", "timestamp"])


def forecast_requests(dataset_arn, dataset_group_arn, s3_path, role_arn, horizon, freq, quantiles):
    return {
        "CreateDatasetImportJob": {
            "DatasetImportJobName": "bakery_sales", "DatasetArn": dataset_arn,
            "DataSource": {"S3Config": {"Path": s3_path, "RoleArn": role_arn}},
            "TimestampFormat": {"H": "yyyy-MM-dd HH:mm:ss"}.get(freq, "yyyy-MM-dd")},
        "CreateAutoPredictor": {
            "PredictorName": "bakery_demand", "ForecastHorizon": horizon, "ForecastFrequency": freq,
            "ForecastTypes": ["%.2f" % q for q in quantiles], "OptimizationMetric": "AverageWeightedQuantileLoss",
            "DataConfig": {"DatasetGroupArn": dataset_group_arn, "AttributeConfigs": [
                {"AttributeName": "target_value",
                 "Transformations": dict(aggregation="sum", middlefill="zero", backfill="zero")}]}},
    }
