def choose_inference(w):
    if w["offline"]:
        return "batch"
    if w["idle_share"] >= C.SERVERLESS_MIN_IDLE_SHARE and w["cold_start_ok"] and not w["gpu"]:
        return "serverless"
    if w["payload_mb"] > 1024 or w["duration_s"] > 3600:
        return "batch"
    if w["payload_mb"] > 6 or w["duration_s"] > 60:
        return "async"
    return "real_time"
