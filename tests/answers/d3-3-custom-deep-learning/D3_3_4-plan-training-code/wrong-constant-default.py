def plan_training(job, gpu_mem_gb):
    # a constant answer: the rubric's default label for every case
    return "single_gpu"
