def pipeline_definition(jobs, topic_arn, retry):
    states = {}
    for i, job in enumerate(jobs):
        states[job] = {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync", "Parameters": {"JobName": job},
                       "Retry": [{"ErrorEquals": ["States.TaskFailed"], **retry}],
                       "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "NotifyFailure"}],
                       "Next": jobs[i + 1] if i + 1 < len(jobs) else "Done"}
    states["Done"] = {"Type": "Succeed"}
    states["NotifyFailure"] = {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                               "Parameters": {"TopicArn": topic_arn, "Message.$": "$.error.Cause"}, "Next": "PipelineFailed"}
    states["PipelineFailed"] = {"Type": "Fail", "Error": "PipelineFailed", "Cause": "job failed"}
    return {"StartAt": jobs[0], "States": states}


def state_machine_request(name, definition, role_arn):
    # sends the definition as a dict instead of a JSON string
    return {"name": name, "definition": definition, "roleArn": role_arn}
