def line_chart_visual(visual_id, dataset_id, date_col, value_col, aggregation, title):
    """A Quick Sight LineChartVisual: one point per month of `date_col`, y = `aggregation` of `value_col`."""
    return {"LineChartVisual": {
        "VisualId": visual_id,
        "Title": {"Visibility": "VISIBLE", "FormatText": {"PlainText": title}},
        "ChartConfiguration": {"FieldWells": {"LineChartAggregatedFieldWells": {
            "Category": [{"DateDimensionField": {"FieldId": f"{visual_id}-date", "DateGranularity": "MONTH",
                                                 "Column": {"DataSetIdentifier": dataset_id, "ColumnName": date_col}}}],
            "Values": [{"NumericalMeasureField": {"FieldId": f"{visual_id}-measure",
                "Column": {"DataSetIdentifier": dataset_id, "ColumnName": value_col},
                "AggregationFunction": {"SimpleNumericalAggregation": aggregation}}}],
        }}},
    }}


def quicksight_analysis_request(account_id, analysis_id, dataset_arn, segment_col="segment",
                                date_col="snapshot_date", target_col="churned"):
    """Keyword arguments of quicksight.create_analysis: a bar chart by segment and a monthly line chart."""
    return {
        "AwsAccountId": account_id, "AnalysisId": analysis_id, "Name": "Churn exploration",
        "Definition": {
            "DataSetIdentifierDeclarations": [{"Identifier": "churn", "DataSetArn": dataset_arn}],
            "Sheets": [{"SheetId": "overview", "Name": "Overview", "Visuals": [
                bar_chart_visual("churn-rate", "churn", segment_col, target_col, "AVERAGE", "Churn rate by segment"),
                line_chart_visual("churn-rate", "churn", date_col, target_col, "AVERAGE", "Monthly churn rate"),
            ]}],
        },
    }

