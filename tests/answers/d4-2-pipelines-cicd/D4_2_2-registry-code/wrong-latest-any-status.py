class ModelRegistry:
    ALLOWED = set(enum_values("sagemaker", "ModelApprovalStatus"))

    def __init__(self):
        self.packages = []          # one dict per version, all groups together
        self.trail = []

    def _versions(self, group):
        return [p for p in self.packages if p["group"] == group]

    def register(self, group, model_uri, metrics, status="PendingManualApproval"):
        if status not in self.ALLOWED:
            raise ValueError(status)
        version = len(self._versions(group)) + 1
        self.packages.append({"group": group, "version": version, "status": status, "reason": "", "uri": model_uri})
        self.trail.append({"group": group, "version": version, "from": None, "to": status, "by": "pipeline"})
        return version

    def _get(self, group, version):
        for p in self._versions(group):
            if p["version"] == version:
                return p
        raise KeyError((group, version))

    def set_status(self, group, version, status, by, reason=""):
        if status not in self.ALLOWED or not by:
            raise ValueError(status)
        p = self._get(group, version)
        self.trail.append({"group": group, "version": version, "from": p["status"], "to": status, "by": by})
        p["status"], p["reason"] = status, reason

    def latest_approved(self, group):
        return max((p["version"] for p in self._versions(group) if p["status"] != "Rejected"), default=None)

    def audit(self, group):
        return [{k: e[k] for k in ("version", "from", "to", "by")} for e in self.trail if e["group"] == group]

    def update_request(self, group, version):
        p = self._get(group, version)
        return {"ModelPackageArn": f"arn:aws:sagemaker:us-east-1:111122223333:model-package/{group}/{version}",
                "ModelApprovalStatus": p["status"], "ApprovalDescription": p["reason"]}
