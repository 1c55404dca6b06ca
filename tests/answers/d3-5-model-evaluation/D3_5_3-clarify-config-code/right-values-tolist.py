def clarify_analysis_config(train_df, label, facet_name, facet_value, n_baseline, num_samples, model_name):
    feats = [c for c in train_df.columns if c != label]
    rows = [[v.item() if hasattr(v, "item") else v for v in r] for r in train_df[feats].iloc[:n_baseline].values.tolist()]
    shap_cfg = dict(baseline=rows, num_samples=num_samples, agg_method="mean_abs", use_logit=True)
    return dict(dataset_type="text/csv", headers=[str(c) for c in train_df.columns], label=label,
                label_values_or_threshold=[1],
                facet=[dict(name_or_index=facet_name, value_or_threshold=[facet_value])],
                methods=dict(pre_training_bias={"methods": "all"}, post_training_bias={"methods": "all"}, shap=shap_cfg),
                predictor=dict(model_name=model_name, instance_type="ml.m5.xlarge", initial_instance_count=1))
