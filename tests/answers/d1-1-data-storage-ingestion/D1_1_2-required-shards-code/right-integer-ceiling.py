def required_shards(records_per_s, avg_record_kb, n_consumers, enhanced_fan_out):
    mb = records_per_s * avg_record_kb / KB_PER_MB
    counts = [1, math.ceil(mb), -(-records_per_s // 1000)]
    counts.append(math.ceil(mb / 2) if enhanced_fan_out else math.ceil(n_consumers * mb / 2))
    return int(max(counts))
