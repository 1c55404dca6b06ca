def executor_plan(instance_type, n_nodes, catalog):
    vcpu, yarn_mb = catalog[instance_type]
    per_node = max(1, (vcpu - 1) // 5)
    container = yarn_mb // per_node
    overhead = container // 11
    return {"spark.executor.instances": str(per_node * n_nodes - 1), "spark.executor.cores": str((vcpu - 1) // per_node),
            "spark.executor.memory": f"{container - overhead}m", "spark.executor.memoryOverhead": f"{overhead}m"}
