RECIPES = {"recommend_for_user": "aws-user-personalization-v2", "similar_items": "aws-similar-items",
           "rerank_for_user": "aws-personalized-ranking-v2", "most_popular": "aws-popularity-count"}


def interactions_dataset(events):
    secs = pd.to_datetime(events["played_at"], utc=True).map(lambda t: int(t.timestamp()))
    df = pd.DataFrame({"USER_ID": [str(u) for u in events["user"]], "ITEM_ID": [str(i) for i in events["episode"]],
                       "TIMESTAMP": list(secs), "EVENT_TYPE": [str(a) for a in events["action"]]})
    df["TIMESTAMP"] = df["TIMESTAMP"].astype("int64")
    return df.sort_values(["TIMESTAMP", "USER_ID"], kind="mergesort").reset_index(drop=True)


def avro_schema(df):
    def kind(s):
        if pd.api.types.is_bool_dtype(s) or pd.api.types.is_string_dtype(s) or s.dtype == object:
            return "string"
        return "long" if pd.api.types.is_integer_dtype(s) else "float"
    return json.dumps({"type": "record", "name": "Interactions", "namespace": "com.amazonaws.personalize.schema",
                       "fields": [{"name": c, "type": kind(df[c])} for c in df.columns], "version": "1.0"})


def personalize_requests(use_case, dataset_group_arn, solution_version_arn, schema, baseline_tps):
    try:
        recipe = "arn:aws:personalize:::recipe/" + RECIPES[use_case]
    except KeyError:
        raise ValueError(use_case) from None
    name = "podcast-" + "-".join(use_case.split("_"))
    tps = int(baseline_tps) + (baseline_tps > int(baseline_tps))
    return {"CreateSchema": {"name": "podcast-interactions", "schema": schema},
            "CreateSolution": {"name": name, "datasetGroupArn": dataset_group_arn, "recipeArn": recipe},
            "CreateCampaign": {"name": f"{name}-campaign", "solutionVersionArn": solution_version_arn,
                               "minProvisionedTPS": max(tps, 1)}}
