"""deploy/: the per-role Jupyter configuration, the single-server JupyterHub configuration, the Kubernetes recipe."""

import json
import re

import yaml
from conftest import REPO
from traitlets.config.loader import PyFileConfigLoader

from mlsc01.hubconfig import main, write_role_configs
from mlsc01.learnerlab import LAB_PLUGINS_OFF, SERVER_EXTENSIONS_OFF

DEPLOY = REPO / "deploy"


def test_role_configs_give_students_the_learner_lab_and_instructors_every_tool(tmp_path):
    roles = write_role_configs(tmp_path / "cfg", "/srv/x/exchange")
    server = json.loads((roles["student"] / "jupyter_server_config.json").read_text())
    assert server["ServerApp"]["jpserver_extensions"] == {name: False for name in SERVER_EXTENSIONS_OFF}
    assert "workspaces_dir" not in server["LabApp"]  # each user's layout stays in their home
    page = json.loads((roles["student"] / "labconfig" / "page_config.json").read_text())
    assert set(page["disabledExtensions"]) == set(LAB_PLUGINS_OFF)
    assert sorted(p.name for p in roles["instructor"].iterdir()) == ["nbgrader_config.py"]
    for role in roles.values():
        cfg = PyFileConfigLoader("nbgrader_config.py", path=str(role)).load_config()
        assert cfg.Exchange.root == "/srv/x/exchange" and cfg.Exchange.path_includes_course is True
        assert cfg.Authenticator.plugin_class == "nbgrader.auth.JupyterHubAuthPlugin"
    assert all(p.stat().st_mode & 0o005 for p in (tmp_path / "cfg").rglob("*"))  # every user's server reads them
    assert main([str(tmp_path / "again")]) == 0 and main([]) == 2


def test_single_server_hub_config_wires_groups_roles_and_the_course_service(tmp_path, monkeypatch):
    env = {"MLSC01_COURSE_ROOT": "/srv/nbgrader/mlsc01", "MLSC01_INSTRUCTORS": "alice", "MLSC01_STUDENTS": "s1, s2",
           "MLSC01_HUB_STATE": str(tmp_path), "MLSC01_DB_URL": "postgresql+psycopg://u:p@db/mlsc01",
           "MLSC01_EXCHANGE": "/srv/nbgrader/exchange"}
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    c = PyFileConfigLoader("jupyterhub_config.py", path=str(DEPLOY / "jupyterhub")).load_config()
    assert c.JupyterHub.authenticator_class == "pam" and c.JupyterHub.spawner_class == "localprocess"
    assert c.Authenticator.allowed_users == {"alice", "s1", "s2"}
    assert c.JupyterHub.load_groups == {"formgrade-mlsc01": {"users": ["alice", "grader-mlsc01"]},
                                        "nbgrader-mlsc01": {"users": ["s1", "s2"]}}
    roles = {r["name"]: r for r in c.JupyterHub.load_roles}
    assert "access:services!service=mlsc01" in roles["formgrade-mlsc01"]["scopes"]
    assert not any(s.startswith("access:") for s in roles["nbgrader-mlsc01"]["scopes"])  # students: no formgrader
    assert "read:users:groups!user" in c.Spawner.server_token_scopes  # nbgrader's auth plugin lists courses so
    (service,) = c.JupyterHub.services
    assert service["name"] == "mlsc01" and service["user"] == "grader-mlsc01"
    assert service["cwd"] == "/srv/nbgrader/mlsc01" and service["environment"]["MLSC01_DB_URL"] == env["MLSC01_DB_URL"]

    class User:
        def __init__(self, *groups):
            self.groups = [type("G", (), {"name": g})() for g in groups]

    class Spawner:
        environment = {"OMP_NUM_THREADS": "1"}

    for groups, role in ((["nbgrader-mlsc01"], "student"), (["formgrade-mlsc01"], "instructor")):
        sp = Spawner()
        sp.user = User(*groups)
        c.Spawner.pre_spawn_hook(sp)
        assert sp.environment["JUPYTER_CONFIG_PATH"].startswith(str(tmp_path / "jupyter-config" / role))
    assert Spawner.environment == {"OMP_NUM_THREADS": "1"}  # the shared default is not changed by a spawn


def test_kubernetes_recipe_uses_the_pinned_course_and_the_documented_sizes():
    docker = (DEPLOY / "kubernetes" / "Dockerfile").read_text()
    assert '-c /opt/mlsc01/constraints.txt -e "/opt/mlsc01[hub]"' in docker
    assert "python -m mlsc01.hubconfig /etc/mlsc01 /srv/nbgrader/exchange" in docker
    pins = (REPO / "constraints.txt").read_text()
    assert re.search(r"^jupyterhub==6\.", pins, re.M) and re.search(r"^psycopg==3\.", pins, re.M)
    values = yaml.safe_load((DEPLOY / "kubernetes" / "values.yaml").read_text())
    su = values["singleuser"]
    mounts = {m["name"]: m["mountPath"] for m in su["storage"]["extraVolumeMounts"]}
    assert mounts["nbgrader-exchange"] == su["extraEnv"]["MLSC01_EXCHANGE"] == "/srv/nbgrader/exchange"
    readme = (DEPLOY / "README.md").read_text()
    sizing = readme[readme.index("## Sizing"):]
    for figure in (f"{su['cpu']['guarantee']} CPU", f"{su['cpu']['limit']} CPU", su["memory"]["guarantee"],
                   su["memory"]["limit"]):
        assert str(figure) in sizing, f"values.yaml's {figure} is not the size deploy/README.md derives"
