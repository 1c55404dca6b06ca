def plan_training(job, gpu_mem_gb):
    if training_memory_gb(job["n_params"], 0, job["act_gb_per_sample"]) > gpu_mem_gb:
        return "model_parallel"
    if training_memory_gb(job["n_params"], job["batch_size"], job["act_gb_per_sample"]) > gpu_mem_gb:
        return "gradient_accumulation"
    if job["hours_one_gpu"] > job["deadline_hours"]:
        return "data_parallel"
    return "single_gpu"
