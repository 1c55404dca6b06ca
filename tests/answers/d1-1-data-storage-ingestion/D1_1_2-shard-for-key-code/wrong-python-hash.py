def shard_for_key(partition_key, shards):
    h = abs(hash(partition_key)) % 2**128
    for s in shards:
        if int(s["HashKeyRange"]["StartingHashKey"]) <= h <= int(s["HashKeyRange"]["EndingHashKey"]):
            return s["ShardId"]
