def required_shards(records_per_s, avg_record_kb, n_consumers, enhanced_fan_out):
    mb = records_per_s * avg_record_kb / 1000
    read = mb / 2 if enhanced_fan_out else n_consumers * mb / 2
    return max(1, math.ceil(mb), math.ceil(records_per_s / 1000), math.ceil(read))
