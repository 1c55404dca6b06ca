def choose_inference(w):
    if w["offline"]:
        return "batch"
    if w["payload_mb"] > 6 or w["duration_s"] > 60:
        return "async"
    if w["gpu"]:
        return "real_time"
    if w["idle_share"] >= C.SERVERLESS_MIN_IDLE_SHARE and w["cold_start_ok"] and w["payload_mb"] <= 4:
        return "serverless"
    return "real_time"
