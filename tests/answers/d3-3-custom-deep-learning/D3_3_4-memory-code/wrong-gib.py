def training_memory_gb(n_params, batch_size, act_gb_per_sample):
    return n_params * C.DL_BYTES_PER_PARAM / 2**30 + batch_size * act_gb_per_sample
