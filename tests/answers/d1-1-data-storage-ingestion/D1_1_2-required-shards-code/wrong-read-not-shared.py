def required_shards(records_per_s, avg_record_kb, n_consumers, enhanced_fan_out):
    mb = records_per_s * avg_record_kb / 1024
    return max(1, math.ceil(mb), math.ceil(records_per_s / 1000), math.ceil(mb / 2))
