def image_clf_hyperparameters(num_classes, train_manifest, per_gpu_batch=32, n_gpus=1, epochs=30):
    n = train_manifest.count("\n")
    pretrained = n < C.DL_MIN_LABELS_FROM_SCRATCH
    return {"num_classes": f"{num_classes}", "num_training_samples": f"{n}",
            "use_pretrained_model": "1" if pretrained else "0",
            "mini_batch_size": f"{per_gpu_batch * n_gpus}", "epochs": f"{epochs}"}


def gpu_instance(n_gpus):
    for name in ("ml.p3.2xlarge", "ml.p3.8xlarge", "ml.p3.16xlarge"):
        if {"ml.p3.2xlarge": 1, "ml.p3.8xlarge": 4, "ml.p3.16xlarge": 8}[name] == n_gpus:
            return name
    raise ValueError(f"no ml.p3 instance with {n_gpus} GPUs")
