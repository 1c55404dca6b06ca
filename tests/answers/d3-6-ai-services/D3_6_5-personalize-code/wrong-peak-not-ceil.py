# rounds the baseline to the nearest TPS instead of up
def interactions_dataset(events):
    ts = pd.to_datetime(events["played_at"], utc=True)
    secs = (ts - pd.Timestamp("1970-01-01", tz="UTC")) // pd.Timedelta(seconds=1)
    out = pd.DataFrame({"USER_ID": events["user"].astype(str).to_numpy(),
                        "ITEM_ID": events["episode"].astype(str).to_numpy(),
                        "TIMESTAMP": secs.astype("int64").to_numpy(),
                        "EVENT_TYPE": events["action"].astype(str).to_numpy()})
    return out.sort_values(["TIMESTAMP", "USER_ID"], kind="stable").reset_index(drop=True)


def avro_schema(df):
    fields = []
    for col in df.columns:
        if pd.api.types.is_integer_dtype(df[col]):
            t = "long"
        elif pd.api.types.is_float_dtype(df[col]):
            t = "float"
        else:
            t = "string"
        fields.append({"name": col, "type": t})
    return json.dumps({"type": "record", "name": "Interactions", "namespace": "com.amazonaws.personalize.schema",
                       "fields": fields, "version": "1.0"})


def personalize_requests(use_case, dataset_group_arn, solution_version_arn, schema, baseline_tps):
    recipes = {"recommend_for_user": "arn:aws:personalize:::recipe/aws-user-personalization-v2",
               "similar_items": "arn:aws:personalize:::recipe/aws-similar-items",
               "rerank_for_user": "arn:aws:personalize:::recipe/aws-personalized-ranking-v2",
               "most_popular": "arn:aws:personalize:::recipe/aws-popularity-count"}
    if use_case not in recipes:
        raise ValueError(f"unknown use case {use_case!r}")
    name = "podcast-" + use_case.replace("_", "-")
    return {"CreateSchema": {"name": "podcast-interactions", "schema": schema},
            "CreateSolution": {"name": name, "datasetGroupArn": dataset_group_arn, "recipeArn": recipes[use_case]},
            "CreateCampaign": {"name": name + "-campaign", "solutionVersionArn": solution_version_arn,
                               "minProvisionedTPS": max(1, round(baseline_tps))}}
