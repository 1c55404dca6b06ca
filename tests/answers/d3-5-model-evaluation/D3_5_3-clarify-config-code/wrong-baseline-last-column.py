def clarify_analysis_config(train_df, label, facet_name, facet_value, n_baseline, num_samples, model_name):
    base = train_df.iloc[:n_baseline, :-1].values.tolist()          # assumes the label is the last column
    return {
        "dataset_type": "text/csv", "headers": list(train_df.columns), "label": label,
        "label_values_or_threshold": [1],
        "facet": [{"name_or_index": facet_name, "value_or_threshold": [facet_value]}],
        "methods": {"pre_training_bias": {"methods": "all"}, "post_training_bias": {"methods": "all"},
                    "shap": {"baseline": base, "num_samples": num_samples, "agg_method": "mean_abs", "use_logit": True}},
        "predictor": {"model_name": model_name, "instance_type": "ml.m5.xlarge", "initial_instance_count": 1},
    }
