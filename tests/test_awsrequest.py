import pytest

from mlsc01.awsrequest import enum_values, request_problems

GROUP = {
    "FeatureGroupName": "customers",
    "RecordIdentifierFeatureName": "customer_id",
    "EventTimeFeatureName": "event_time",
    "FeatureDefinitions": [{"FeatureName": "customer_id", "FeatureType": "Integral"},
                           {"FeatureName": "event_time", "FeatureType": "String"}],
}


def test_well_formed_request_has_no_problems():
    assert request_problems("sagemaker", "CreateFeatureGroup", GROUP) == []


def test_enum_pattern_max_and_required_are_caught():
    bad = {**GROUP, "FeatureGroupName": "bad name!", "FeatureDefinitions": [{"FeatureName": "x", "FeatureType": "Integer"}]}
    problems = request_problems("sagemaker", "CreateFeatureGroup", bad)
    assert any("FeatureGroupName" in p and "pattern" in p for p in problems)
    assert any("FeatureType" in p and "allowed values" in p for p in problems)
    assert request_problems("sagemaker", "CreateFeatureGroup", {"FeatureGroupName": "x"})
    fh = {"DeliveryStreamName": "s", "ExtendedS3DestinationConfiguration": {
        "RoleARN": "arn:aws:iam::123456789012:role/r", "BucketARN": "arn:aws:s3:::b",
        "BufferingHints": {"SizeInMBs": 256}}}
    assert any("at most 128" in p for p in request_problems("firehose", "CreateDeliveryStream", fh))


def test_enum_values_and_unknown_operation():
    assert enum_values("sagemaker", "FeatureType") == ["Integral", "Fractional", "String"]
    with pytest.raises(ValueError, match="no operation"):
        request_problems("sagemaker", "CreateNothing", {})


def test_response_problems_checks_a_sample_response_against_the_output_shape():
    from mlsc01.awsrequest import response_problems

    good = {"Entities": [{"Score": 0.91, "Type": "PERSON", "Text": "Ann", "BeginOffset": 0, "EndOffset": 3}],
            "ResponseMetadata": {"HTTPStatusCode": 200}}
    assert response_problems("comprehend", "DetectEntities", good) == []
    bad = {"Entities": [{"Score": "high", "Type": "HUMAN", "Text": "Ann", "Begin": 0}]}
    problems = response_problems("comprehend", "DetectEntities", bad)
    assert any("Begin" in p for p in problems)            # a member the service never returns
    assert any("HUMAN" in p for p in problems)            # not an entity type
    assert any("Score" in p for p in problems)            # a string where a float belongs
    blocks = {"Blocks": [{"BlockType": "CELLS", "Id": "1"}], "DocumentMetadata": {"Pages": 1}}
    assert any("CELLS" in p for p in response_problems("textract", "AnalyzeDocument", blocks))


def test_an_iam_role_in_a_role_member_passes_where_the_model_gives_a_service_arn_pattern():
    params = {"DatasetImportJobName": "x", "DatasetArn": "arn:aws:forecast:us-east-1:123456789012:dataset/d",
              "DataSource": {"S3Config": {"Path": "s3://b/k", "RoleArn": "arn:aws:iam::123456789012:role/ForecastRole"}}}
    assert request_problems("forecast", "CreateDatasetImportJob", params) == []
    params["DataSource"]["S3Config"]["RoleArn"] = "ForecastRole"          # not an ARN at all: still caught
    assert any("RoleArn" in p for p in request_problems("forecast", "CreateDatasetImportJob", params))
    params["DatasetArn"] = "arn:aws:iam::123456789012:role/NotADataset"  # only role members are relaxed
    assert any("DatasetArn" in p for p in request_problems("forecast", "CreateDatasetImportJob", params))
