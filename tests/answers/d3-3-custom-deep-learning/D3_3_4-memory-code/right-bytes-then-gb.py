def training_memory_gb(n_params, batch_size, act_gb_per_sample):
    state_bytes = C.DL_BYTES_PER_PARAM * n_params
    return state_bytes / 10**9 + act_gb_per_sample * batch_size
