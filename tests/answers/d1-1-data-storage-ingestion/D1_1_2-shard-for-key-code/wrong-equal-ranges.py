def shard_for_key(partition_key, shards):
    h = int(hashlib.md5(partition_key.encode()).hexdigest(), 16)
    ordered = sorted(shards, key=lambda s: int(s["HashKeyRange"]["StartingHashKey"]))
    return ordered[h * len(ordered) // 2**128]["ShardId"]
