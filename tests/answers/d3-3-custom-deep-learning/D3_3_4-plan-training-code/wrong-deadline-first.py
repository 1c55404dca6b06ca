def plan_training(job, gpu_mem_gb):
    usable = C.DL_GPU_MEM_USABLE * gpu_mem_gb
    if job["hours_one_gpu"] > job["deadline_hours"]:
        return "data_parallel"
    if training_memory_gb(job["n_params"], 0, job["act_gb_per_sample"]) > usable:
        return "model_parallel"
    if training_memory_gb(job["n_params"], job["batch_size"], job["act_gb_per_sample"]) > usable:
        return "gradient_accumulation"
    return "single_gpu"
