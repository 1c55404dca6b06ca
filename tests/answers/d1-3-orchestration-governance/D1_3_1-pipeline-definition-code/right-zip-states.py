def pipeline_definition(jobs, topic_arn, retry):
    catch = [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "NotifyFailure"}]
    states = {job: {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync", "Parameters": {"JobName": job},
                    "Retry": [dict({"ErrorEquals": ["States.TaskFailed"]}, **retry)], "Catch": catch, "Next": nxt}
              for job, nxt in zip(jobs, list(jobs[1:]) + ["Done"])}
    states.update({
        "Done": {"Type": "Succeed"},
        "NotifyFailure": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                          "Parameters": {"TopicArn": topic_arn, "Message.$": "$.error.Cause"}, "Next": "PipelineFailed"},
        "PipelineFailed": {"Type": "Fail", "Error": "PipelineFailed", "Cause": "see the SNS message"},
    })
    return {"StartAt": jobs[0], "States": states}


def state_machine_request(name, definition, role_arn):
    return {"name": name, "roleArn": role_arn, "definition": json.dumps(definition, indent=2)}
