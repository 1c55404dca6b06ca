# each item stops at its own last sale: no back filling to the global end
def to_target_time_series(sales, freq="D"):
    df = pd.DataFrame({"item_id": sales["sku"].astype(str),
                       "timestamp": pd.to_datetime(sales["sold_at"]).dt.floor(freq),
                       "target_value": sales["units"].astype(float)})
    agg = df.groupby(["item_id", "timestamp"], as_index=False)["target_value"].sum()
    end = agg["timestamp"].max()
    parts = []
    for item, g in agg.groupby("item_id"):
        idx = pd.date_range(g["timestamp"].min(), g["timestamp"].max(), freq=freq)
        s = g.set_index("timestamp")["target_value"].reindex(idx, fill_value=0.0)
        parts.append(pd.DataFrame({"item_id": item, "timestamp": idx, "target_value": s.to_numpy(dtype=float)}))
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["item_id", "timestamp"]).reset_index(drop=True)


def forecast_requests(dataset_arn, dataset_group_arn, s3_path, role_arn, horizon, freq, quantiles):
    fmt = "yyyy-MM-dd HH:mm:ss" if freq == "H" else "yyyy-MM-dd"
    imp = {"DatasetImportJobName": "bakery_sales", "DatasetArn": dataset_arn,
           "DataSource": {"S3Config": {"Path": s3_path, "RoleArn": role_arn}}, "TimestampFormat": fmt}
    pred = {"PredictorName": "bakery_demand", "ForecastHorizon": int(horizon), "ForecastFrequency": freq,
            "ForecastTypes": [f"{q:.2f}" for q in quantiles],
            "OptimizationMetric": "AverageWeightedQuantileLoss",
            "DataConfig": {"DatasetGroupArn": dataset_group_arn,
                           "AttributeConfigs": [{"AttributeName": "target_value",
                                                 "Transformations": {"aggregation": "sum", "middlefill": "zero",
                                                                     "backfill": "zero"}}]}}
    return {"CreateDatasetImportJob": imp, "CreateAutoPredictor": pred}
