"""JupyterHub for a class of the MLS-C01 course on one server (deploy/README.md).

Real system users log in with their passwords (PAM); each gets a JupyterLab started as that user by the
local process spawner. nbgrader's JupyterHub groups decide who is who: ``nbgrader-<course>`` are the
students (the learner's Lab: assignment list and Validate, no formgrader or create-assignment),
``formgrade-<course>`` the instructors (every nbgrader tool in their own Lab, and the course's formgrader,
a JupyterHub service run by the grader account in the course folder, at /services/<course>/formgrader).
The gradebook is the database at MLSC01_DB_URL (PostgreSQL for several graders), else the course's SQLite.

Everything comes from environment variables, so the same file serves a real server and the end-to-end
test (tests/test_hub.py):

MLSC01_COURSE_ROOT   the course folder (a clone of the repository), owned by the grader account
MLSC01_COURSE_ID     the course id (default mlsc01; must match c.CourseDirectory.course_id)
MLSC01_GRADER_USER   the system user that owns the course folder and runs the formgrader (grader-<course>)
MLSC01_INSTRUCTORS   comma-separated system users of the formgrade-<course> group
MLSC01_STUDENTS      comma-separated system users of the nbgrader-<course> group
MLSC01_EXCHANGE      the shared nbgrader exchange, writable by everyone (default /srv/nbgrader/exchange)
MLSC01_DB_URL        the gradebook (postgresql+psycopg://USER:PASSWORD@HOST/DB); unset: SQLite in the course
MLSC01_HUB_STATE     the hub's own files: its database, cookie secret, per-role Jupyter config (/srv/jupyterhub)
MLSC01_HUB_IP, MLSC01_HUB_PORT, MLSC01_HUB_API_PORT, MLSC01_SERVICE_PORT   where things listen
MLSC01_PROXY         the configurable-http-proxy command (default: found on PATH)

    sudo MLSC01_COURSE_ROOT=/srv/nbgrader/mlsc01 MLSC01_INSTRUCTORS=alice MLSC01_STUDENTS=s001,s002 \\
         MLSC01_DB_URL=postgresql+psycopg://mlsc01:...@127.0.0.1/mlsc01 \\
         /opt/mlsc01/.venv/bin/jupyterhub -f deploy/jupyterhub/jupyterhub_config.py
"""

import os
import sys
from pathlib import Path

from mlsc01.hubconfig import write_role_configs

c = get_config()  # noqa: F821  (provided by JupyterHub)


def _names(var):
    return [n.strip() for n in os.environ.get(var, "").split(",") if n.strip()]


COURSE = os.environ.get("MLSC01_COURSE_ID", "mlsc01")
COURSE_ROOT = os.environ.get("MLSC01_COURSE_ROOT", f"/srv/nbgrader/{COURSE}")
GRADER = os.environ.get("MLSC01_GRADER_USER", f"grader-{COURSE}")
INSTRUCTORS = _names("MLSC01_INSTRUCTORS")
STUDENTS = _names("MLSC01_STUDENTS")
EXCHANGE = os.environ.get("MLSC01_EXCHANGE", "/srv/nbgrader/exchange")
DB_URL = os.environ.get("MLSC01_DB_URL", "")
STATE = Path(os.environ.get("MLSC01_HUB_STATE", "/srv/jupyterhub"))
BIN = Path(sys.executable).parent  # the course's environment: the same one for the hub, every user and grading

# ---- the hub --------------------------------------------------------------------------------------------
c.JupyterHub.ip = os.environ.get("MLSC01_HUB_IP", "")
c.JupyterHub.port = int(os.environ.get("MLSC01_HUB_PORT", "8000"))
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(os.environ.get("MLSC01_HUB_API_PORT", "8081"))
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.pid_file = str(STATE / "jupyterhub-proxy.pid")
c.ConfigurableHTTPProxy.command = [os.environ.get("MLSC01_PROXY", "configurable-http-proxy")]
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{int(os.environ.get('MLSC01_HUB_API_PORT', '8081')) + 1}"

# ---- who: real system users, PAM passwords, nbgrader's course groups -----------------------------------
c.JupyterHub.authenticator_class = "pam"
c.JupyterHub.spawner_class = "localprocess"  # each server runs as its system user, in the user's home
c.Authenticator.allowed_users = {*INSTRUCTORS, *STUDENTS}
c.JupyterHub.load_groups = {
    f"formgrade-{COURSE}": {"users": [*INSTRUCTORS, GRADER]},
    f"nbgrader-{COURSE}": {"users": STUDENTS},
}
c.JupyterHub.load_roles = [
    # instructors reach the course's formgrader service; everyone in the course can see that it exists
    {"name": f"formgrade-{COURSE}", "groups": [f"formgrade-{COURSE}"],
     "scopes": [f"access:services!service={COURSE}", "list:services", f"read:services!service={COURSE}"]},
    {"name": f"nbgrader-{COURSE}", "groups": [f"nbgrader-{COURSE}"],
     "scopes": ["list:services", f"read:services!service={COURSE}"]},
    # the formgrader service reads its grader account's courses, and enrols the students added in the formgrader
    {"name": f"{COURSE}-formgrader", "services": [COURSE],
     "scopes": [f"read:users:name!user={GRADER}", f"read:users:groups!user={GRADER}", "list:groups",
                f"read:groups!group=nbgrader-{COURSE}", f"groups!group=nbgrader-{COURSE}"]},
]
# A server's own API token (nbgrader's JupyterHubAuthPlugin reads the user's groups with it to list courses;
# the instructors' course list reads the services). A server gets the subset its user holds.
c.Spawner.server_token_scopes = ["users:activity!user", "access:servers!server", "read:users:name!user",
                                 "read:users:groups!user", "list:services", f"read:services!service={COURSE}"]

# ---- what each user's JupyterLab is ----------------------------------------------------------------------
ROLES = write_role_configs(STATE / "jupyter-config", EXCHANGE)  # mlsc01.hubconfig: student and instructor
STUDENT_CONFIG, INSTRUCTOR_CONFIG = ROLES["student"], ROLES["instructor"]

c.Spawner.cmd = [str(BIN / "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab"
c.Spawner.environment = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}  # as `mlsc01 autograde` runs them


def pre_spawn_hook(spawner):
    groups = {g.name for g in spawner.user.groups}
    instructor = f"formgrade-{COURSE}" in groups
    spawner.environment = {**spawner.environment,
                           "JUPYTER_CONFIG_PATH": str(INSTRUCTOR_CONFIG if instructor else STUDENT_CONFIG)}


c.Spawner.pre_spawn_hook = pre_spawn_hook

# ---- the course's formgrader: a service in the course folder, run by the grader account ------------------
service_env = {"JUPYTER_CONFIG_PATH": str(INSTRUCTOR_CONFIG), "MLSC01_EXCHANGE": EXCHANGE,
               "JUPYTERHUB_DEFAULT_URL": "/formgrader", "OMP_NUM_THREADS": "1"}
if DB_URL:
    service_env["MLSC01_DB_URL"] = DB_URL
c.JupyterHub.services = [{
    "name": COURSE,  # nbgrader requires the service to be named after the course
    "url": f"http://127.0.0.1:{int(os.environ.get('MLSC01_SERVICE_PORT', '9999'))}",
    "command": [str(BIN / "jupyterhub-singleuser")],
    "user": GRADER,
    "cwd": COURSE_ROOT,
    "environment": service_env,
    "oauth_no_confirm": True,
}]
