def stream_requests(spec):
    if not (1 <= spec["buffer_mb"] <= 128 and 60 <= spec["buffer_s"] <= 900):
        raise ValueError("buffering hints out of range")
    n = required_shards(spec["records_per_s"], spec["avg_record_kb"], spec["n_consumers"], spec["enhanced_fan_out"])
    return ({"StreamName": spec["stream_name"], "ShardCount": n, "StreamModeDetails": {"StreamMode": "PROVISIONED"}},
            {"DeliveryStreamName": spec["delivery_name"], "DeliveryStreamType": "KinesisStreamAsSource",
             "KinesisStreamSourceConfiguration": {"KinesisStreamARN": spec["stream_arn"], "RoleARN": spec["role_arn"]},
             "ExtendedS3DestinationConfiguration": {"RoleARN": spec["role_arn"], "BucketARN": spec["bucket_arn"],
                 "Prefix": spec["prefix"], "CompressionFormat": "GZIP",
                 "BufferingHints": {"SizeInMBs": spec["buffer_mb"], "IntervalInSeconds": spec["buffer_s"]}}})
