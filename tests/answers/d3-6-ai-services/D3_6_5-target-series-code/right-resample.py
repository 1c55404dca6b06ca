def to_target_time_series(sales, freq="D"):
    d = sales.assign(timestamp=pd.to_datetime(sales["sold_at"]).dt.floor(freq))
    end = d["timestamp"].max()
    frames = []
    for sku in sorted(d["sku"].astype(str).unique()):
        g = d[d["sku"].astype(str) == sku]
        s = g.groupby("timestamp")["units"].sum().astype(float)
        s = s.reindex(pd.date_range(s.index.min(), end, freq=freq)).fillna(0.0)
        frames.append(pd.DataFrame({"item_id": sku, "timestamp": s.index, "target_value": s.values}))
    return pd.concat(frames).reset_index(drop=True)


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
