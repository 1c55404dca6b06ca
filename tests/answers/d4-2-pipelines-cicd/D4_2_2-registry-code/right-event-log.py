class ModelRegistry:
    def __init__(self):
        self.events = []            # the audit trail is the source of truth; the state is replayed from it

    def _state(self, group):
        state = {}
        for e in self.events:
            if e["group"] == group:
                state[e["version"]] = (e["to"], e.get("reason", ""))
        return state

    def register(self, group, model_uri, metrics, status="PendingManualApproval"):
        if status not in enum_values("sagemaker", "ModelApprovalStatus"):
            raise ValueError(status)
        version = len(self._state(group)) + 1
        self.events.append({"group": group, "version": version, "from": None, "to": status, "by": "pipeline"})
        return version

    def set_status(self, group, version, status, by, reason=""):
        if status not in enum_values("sagemaker", "ModelApprovalStatus") or by == "":
            raise ValueError(status)
        current = self._state(group)[version][0]
        self.events.append({"group": group, "version": version, "from": current, "to": status, "by": by,
                            "reason": reason})

    def latest_approved(self, group):
        ok = [v for v, (s, _) in self._state(group).items() if s == "Approved"]
        return max(ok) if ok else None

    def audit(self, group):
        return [{k: e[k] for k in ("version", "from", "to", "by")} for e in self.events if e["group"] == group]

    def update_request(self, group, version):
        status, reason = self._state(group)[version]
        return {"ModelPackageArn": f"arn:aws:sagemaker:us-east-1:111122223333:model-package/{group}/{version}",
                "ModelApprovalStatus": status, "ApprovalDescription": reason}
