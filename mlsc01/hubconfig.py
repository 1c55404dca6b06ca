"""The per-role Jupyter configuration of a class on JupyterHub (deploy/): one folder for students, one for
instructors, each given to a user's server as ``JUPYTER_CONFIG_PATH``.

- student: the learner's Lab of ``mlsc01 start`` (:mod:`mlsc01.learnerlab`: no formgrader, create-assignment or
  course list), the layout of open tabs kept per user;
- instructor: every nbgrader tool;
- both: an ``nbgrader_config.py`` for the server's shared exchange (one folder per course in it) and nbgrader's
  JupyterHub authentication (who takes which course comes from the groups ``nbgrader-<course>`` and
  ``formgrade-<course>``).

    python -m mlsc01.hubconfig FOLDER [EXCHANGE]    # prints the two folders
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .learnerlab import write_lab_config

DEFAULT_EXCHANGE = "/srv/nbgrader/exchange"


def nbgrader_config_text(exchange: str) -> str:
    return ("c = get_config()  # noqa: F821\n"
            f"c.Exchange.root = {exchange!r}\n"
            "c.Exchange.path_includes_course = True\n"
            "c.Authenticator.plugin_class = 'nbgrader.auth.JupyterHubAuthPlugin'\n")


def write_role_configs(folder: Path, exchange: str = DEFAULT_EXCHANGE) -> dict[str, Path]:
    """Write ``{"student": ..., "instructor": ...}`` configuration folders under ``folder``, readable by every user."""
    folder = Path(folder)
    student = write_lab_config(folder / "student")
    server_json = student / "jupyter_server_config.json"
    server = json.loads(server_json.read_text("utf-8"))
    server["LabApp"].pop("workspaces_dir", None)  # each user's layout in their own home, not in a shared folder
    server_json.write_text(json.dumps(server, indent=1) + "\n", "utf-8")
    instructor = folder / "instructor"
    instructor.mkdir(parents=True, exist_ok=True)
    for role in (student, instructor):
        (role / "nbgrader_config.py").write_text(nbgrader_config_text(exchange), "utf-8")
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return {"student": student, "instructor": instructor}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not 1 <= len(args) <= 2:
        print("usage: python -m mlsc01.hubconfig FOLDER [EXCHANGE]", file=sys.stderr)
        return 2
    for role, path in write_role_configs(Path(args[0]), *(args[1:] or [DEFAULT_EXCHANGE])).items():
        print(f"{role}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
