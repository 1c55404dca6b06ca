def emr_request(name, plan, instance_type, n_core, task_type, max_task, log_uri):
    def group(role, market, itype, count):
        return {"Name": role.lower(), "InstanceRole": role, "Market": market, "InstanceType": itype, "InstanceCount": count}
    req = {"Name": name, "ReleaseLabel": "emr-7.12.0", "LogUri": log_uri, "Applications": [{"Name": "Spark"}],
           "ServiceRole": "EMR_DefaultRole", "JobFlowRole": "EMR_EC2_DefaultRole"}
    req["Instances"] = {"KeepJobFlowAliveWhenNoSteps": False,
                        "InstanceGroups": [group("MASTER", "ON_DEMAND", instance_type, 1),
                                           group("CORE", "ON_DEMAND", instance_type, n_core),
                                           group("TASK", "SPOT", task_type, 1)]}
    limits = dict(UnitType="Instances", MinimumCapacityUnits=n_core, MaximumCapacityUnits=n_core + max_task,
                  MaximumCoreCapacityUnits=n_core, MaximumOnDemandCapacityUnits=n_core)
    req["ManagedScalingPolicy"] = {"ComputeLimits": limits}
    props = dict(plan)
    props.pop("spark.executor.instances", None)
    req["Configurations"] = [{"Classification": "spark-defaults", "Properties": props}]
    return req
