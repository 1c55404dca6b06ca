def plan_training(job, gpu_mem_gb):
    cap = gpu_mem_gb * C.DL_GPU_MEM_USABLE
    need_state = training_memory_gb(job["n_params"], 0, job["act_gb_per_sample"])
    need_all = training_memory_gb(job["n_params"], job["batch_size"], job["act_gb_per_sample"])
    for label, too_much in (("model_parallel", need_state > cap), ("gradient_accumulation", need_all > cap),
                            ("data_parallel", job["hours_one_gpu"] > job["deadline_hours"])):
        if too_much:
            return label
    return "single_gpu"
