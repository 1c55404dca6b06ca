def shard_for_key(partition_key, shards):
    h = int(hashlib.md5(partition_key.encode()).hexdigest(), 16)
    for s in shards:
        if int(s["HashKeyRange"]["StartingHashKey"]) <= h < int(s["HashKeyRange"]["EndingHashKey"]):
            return s["ShardId"]
    return shards[-1]["ShardId"]
