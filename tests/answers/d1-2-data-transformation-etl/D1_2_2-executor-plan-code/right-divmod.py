def executor_plan(instance_type, n_nodes, catalog):
    vcpu, yarn_mb = catalog[instance_type]
    usable = vcpu - 1
    per_node = usable // 5 or 1
    container, _ = divmod(yarn_mb, per_node)
    overhead = container // 11 if container // 11 > 384 else 384
    return {"spark.executor.instances": f"{per_node * n_nodes - 1}", "spark.executor.cores": f"{usable // per_node}",
            "spark.executor.memory": f"{container - overhead}m", "spark.executor.memoryOverhead": f"{overhead}m"}
