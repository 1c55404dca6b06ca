def stream_requests(spec):
    mb, s = spec["buffer_mb"], spec["buffer_s"]
    if mb < 1 or mb > 128 or s < 0 or s > 900:
        raise ValueError("buffering hints out of range for S3")
    stream = dict(StreamName=spec["stream_name"],
                  ShardCount=required_shards(spec["records_per_s"], spec["avg_record_kb"], spec["n_consumers"], spec["enhanced_fan_out"]),
                  StreamModeDetails=dict(StreamMode="PROVISIONED"))
    destination = dict(RoleARN=spec["role_arn"], BucketARN=spec["bucket_arn"], Prefix=spec["prefix"],
                       CompressionFormat="GZIP", BufferingHints=dict(IntervalInSeconds=s, SizeInMBs=mb))
    delivery = dict(DeliveryStreamName=spec["delivery_name"], DeliveryStreamType="KinesisStreamAsSource",
                    KinesisStreamSourceConfiguration=dict(KinesisStreamARN=spec["stream_arn"], RoleARN=spec["role_arn"]),
                    ExtendedS3DestinationConfiguration=destination)
    return stream, delivery
