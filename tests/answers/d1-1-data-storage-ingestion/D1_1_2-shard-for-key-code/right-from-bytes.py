def shard_for_key(partition_key, shards):
    h = int.from_bytes(hashlib.md5(partition_key.encode("utf-8")).digest(), "big")
    return next(s["ShardId"] for s in shards
                if int(s["HashKeyRange"]["StartingHashKey"]) <= h <= int(s["HashKeyRange"]["EndingHashKey"]))
