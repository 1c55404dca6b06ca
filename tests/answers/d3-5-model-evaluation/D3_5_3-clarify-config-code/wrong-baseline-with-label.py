def clarify_analysis_config(train_df, label, facet_name, facet_value, n_baseline, num_samples, model_name):
    return {
        "dataset_type": "text/csv", "headers": list(train_df.columns), "label": label,
        "label_values_or_threshold": [1],
        "facet": [{"name_or_index": facet_name, "value_or_threshold": [facet_value]}],
        "methods": {"pre_training_bias": {"methods": "all"}, "post_training_bias": {"methods": "all"},
                    "shap": {"baseline": train_df.head(n_baseline).values.tolist(),      # label column included
                             "num_samples": num_samples, "agg_method": "mean_abs", "use_logit": True}},
        "predictor": {"model_name": model_name, "instance_type": "ml.m5.xlarge", "initial_instance_count": 1},
    }
