def training_memory_gb(n_params, batch_size, act_gb_per_sample):
    return n_params * 2 / 1e9 + batch_size * act_gb_per_sample
