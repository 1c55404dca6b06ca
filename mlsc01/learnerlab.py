"""The learner's JupyterLab: the workspace's own per-server configuration, without the instructor tools.

``mlsc01 start`` points ``JUPYTER_CONFIG_PATH`` at ``<workspace>/.mlsc01/jupyter-config/``, whose

- ``jupyter_server_config.json`` turns off nbgrader's formgrader and course-list server extensions
  (``/formgrader`` answers 404; the course gradebook is not served), and
- ``labconfig/page_config.json`` disables the formgrader, create-assignment and course-list lab plugins and
  JupyterLab's news pop-up (the announcements plugin); the layout of open tabs is kept per workspace.

A classroom student keeps nbgrader's assignment list (fetch, submit) and *Validate*. Nothing global changes:
the instructor's ``jupyter-lab`` in the course folder keeps every tool.
"""

from __future__ import annotations

import json
from pathlib import Path

CONFIG_DIR = Path(".mlsc01") / "jupyter-config"

SERVER_EXTENSIONS_OFF = ["nbgrader.server_extensions.formgrader", "nbgrader.server_extensions.course_list"]
LAB_PLUGINS_OFF = ["@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment",
                   "@jupyter/nbgrader:course-list", "@jupyterlab/apputils-extension:announcements"]


def write_lab_config(workspace: Path) -> Path:
    """Write the learner's Jupyter configuration folder into the workspace; returns it (for JUPYTER_CONFIG_PATH)."""
    folder = Path(workspace).resolve() / CONFIG_DIR
    (folder / "labconfig").mkdir(parents=True, exist_ok=True)
    server = {"ServerApp": {"jpserver_extensions": {name: False for name in SERVER_EXTENSIONS_OFF}},
              # the layout (open tabs) belongs to this workspace, not to every JupyterLab of the user
              "LabApp": {"check_for_updates_class": "jupyterlab.NeverCheckForUpdate",
                         "workspaces_dir": str(folder / "lab-workspaces")}}
    (folder / "jupyter_server_config.json").write_text(json.dumps(server, indent=1) + "\n", "utf-8")
    page = {"disabledExtensions": {name: True for name in LAB_PLUGINS_OFF}}
    (folder / "labconfig" / "page_config.json").write_text(json.dumps(page, indent=1) + "\n", "utf-8")
    return folder
