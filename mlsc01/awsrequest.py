"""Check an AWS API request offline against botocore's bundled service models.

``botocore``'s own ``ParamValidator`` checks required members, types and
minimums only; this module also walks the input shape for enum values,
maximums (length and value) and patterns, so that ``InstanceType="ml.bogus"``
or an over-long name is caught as the real service would reject it.

    >>> problems = request_problems("sagemaker", "CreateFeatureGroup", params)
    >>> problems                     # [] when the request is well-formed

``response_problems`` checks a response the same way against the operation's
output shape, so that a sample response written for a lesson (a Textract
``Blocks`` list, a Comprehend ``Entities`` list) stays faithful to the service.
"""

from __future__ import annotations

import re
from functools import cache

import botocore.session
from botocore.validate import ParamValidator


@cache
def _service_model(service: str):
    return botocore.session.get_session().get_service_model(service)


def operation_model(service: str, operation: str):
    model = _service_model(service)
    if operation not in model.operation_names:
        raise ValueError(f"{service} has no operation {operation!r}")
    return model.operation_model(operation)


def _java_only(pattern: str) -> bool:
    return bool(re.search(r"\\p\{|\\P\{|\(\?<[=!]", pattern))


# Some models give a role member the pattern of the service's own ARNs (Amazon Forecast's S3Config.RoleArn has
# `arn:...:forecast:...`), while the service takes an IAM role there: an IAM role ARN in a `*RoleArn` member passes.
_IAM_ROLE = re.compile(r"arn:aws[a-z-]*:iam::\d{12}:role/\S+")


def _iam_role_member(path: str, value: str) -> bool:
    return path.rsplit(".", 1)[-1].endswith("RoleArn") and _IAM_ROLE.fullmatch(value) is not None


def _walk(shape, value, path: str, out: list[str]) -> None:
    if value is None:
        return
    t = shape.type_name
    meta = shape.metadata
    if t == "structure" and isinstance(value, dict):
        for name, sub in value.items():
            if name in shape.members:
                _walk(shape.members[name], sub, f"{path}.{name}" if path else name, out)
    elif t == "list" and isinstance(value, list | tuple):
        if "max" in meta and len(value) > meta["max"]:
            out.append(f"{path}: at most {meta['max']} items allowed, got {len(value)}")
        for i, sub in enumerate(value):
            _walk(shape.member, sub, f"{path}[{i}]", out)
    elif t == "map" and isinstance(value, dict):
        if "max" in meta and len(value) > meta["max"]:
            out.append(f"{path}: at most {meta['max']} entries allowed, got {len(value)}")
        for k, sub in value.items():
            _walk(shape.key, k, f"{path} key {k!r}", out)
            _walk(shape.value, sub, f"{path}[{k!r}]", out)
    elif t == "string" and isinstance(value, str):
        enum = getattr(shape, "enum", None) or meta.get("enum")
        if enum and value not in enum:
            out.append(f"{path}: {value!r} is not one of the allowed values ({len(enum)} allowed)")
        if "max" in meta and len(value) > meta["max"]:
            out.append(f"{path}: at most {meta['max']} characters allowed, got {len(value)}")
        pattern = meta.get("pattern")
        if pattern and not _java_only(pattern) and not _iam_role_member(path, value):
            try:
                ok = re.fullmatch(pattern, value, flags=re.DOTALL) is not None
            except re.error:
                ok = True
            if not ok:
                out.append(f"{path}: {value!r} does not match the pattern {pattern}")
    elif t in ("integer", "long", "float", "double") and isinstance(value, int | float) and not isinstance(value, bool):
        if "max" in meta and value > meta["max"]:
            out.append(f"{path}: at most {meta['max']} allowed, got {value}")


def request_problems(service: str, operation: str, params: dict) -> list[str]:
    """Every problem botocore's model finds with ``params``; an empty list means well-formed."""
    return _shape_problems(operation_model(service, operation).input_shape, params)


def _shape_problems(shape, value: dict) -> list[str]:
    problems: list[str] = []
    report = ParamValidator().validate(value, shape)
    if report.has_errors():
        problems.extend(line.strip("- ").strip() for line in report.generate_report().splitlines()
                        if line.strip() and not line.startswith("Parameter validation failed"))
    _walk(shape, value, "", problems)
    return problems


def response_problems(service: str, operation: str, response: dict) -> list[str]:
    """Every problem botocore's model finds with a sample ``response`` (unknown or mistyped members,
    enum values, lengths, patterns); ``ResponseMetadata`` is ignored. An empty list means faithful."""
    op = operation_model(service, operation)
    if op.output_shape is None:
        raise ValueError(f"{service} {operation} returns no body to check")
    body = {k: v for k, v in response.items() if k != "ResponseMetadata"}
    return _shape_problems(op.output_shape, body)


def enum_values(service: str, shape_name: str) -> list[str]:
    """The allowed values of an enum shape, e.g. ``enum_values("sagemaker", "FeatureType")``."""
    shape = _service_model(service).shape_for(shape_name)
    return list(getattr(shape, "enum", None) or shape.metadata.get("enum", []))
