def choose_inference(w):
    small_enough_for_async = w["payload_mb"] <= 1024 and w["duration_s"] <= 3600
    fits_real_time = w["payload_mb"] <= 6 and w["duration_s"] <= 60
    serverless_ok = (not w["gpu"] and w["cold_start_ok"] and w["payload_mb"] <= 4
                     and w["idle_share"] >= C.SERVERLESS_MIN_IDLE_SHARE)
    if w["offline"] or not small_enough_for_async:
        return "batch"
    if not fits_real_time:
        return "async"
    return "serverless" if serverless_ok else "real_time"
