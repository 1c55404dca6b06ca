"""The course for a class on one machine: a real JupyterHub (deploy/jupyterhub/jupyterhub_config.py, PAM users,
the local process spawner, nbgrader's course groups) and a real PostgreSQL gradebook. One instructor and three
students are system users; the instructor releases through the formgrader, each student fetches, answers and
submits from their own JupyterLab as themselves, the grader account grades with `mlsc01 autograde --jobs 2` into
PostgreSQL, the formgrader answers the instructor and refuses the students, and each student fetches only their
own feedback. Everything started is stopped, and the users removed, even when a step fails."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import pwd
import secrets
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from conftest import REPO
from servers import free_port, is_root, postgres_bin, postgres_server, system_users, wait_for

from mlsc01.grading import read_scores
from mlsc01.sandbox import bwrap_works

A = "d3-1-problem-framing"  # one notebook, among the fastest to grade (mlsc01 verify: about 5 s)
COURSE = "mlsc01"
GRADER, TEACHER, STUDENTS = "m1grader", "m1teach", ["m1ana", "m1ben", "m1cem"]
BIN = Path(sys.executable).parent
PROXY = next((p for p in (REPO / ".venv/chp/node_modules/.bin/configurable-http-proxy",
                          shutil.which("configurable-http-proxy")) if p and Path(p).is_file()), None)


def _missing() -> str | None:
    if not is_root():
        return ("needs root: it creates system users and runs JupyterHub, which starts each user's server as that "
                "user (CI runs scripts/test.sh as root)")
    if postgres_bin() is None:
        return "PostgreSQL is not installed (apt-get install postgresql; scripts/test.sh does it as root)"
    if importlib.util.find_spec("jupyterhub") is None or importlib.util.find_spec("psycopg") is None:
        return "the course's hub extra is not installed (pip install -c constraints.txt -e '.[hub]')"
    if PROXY is None:
        return ("configurable-http-proxy is missing (npm install --prefix .venv/chp configurable-http-proxy@5.3.0; "
                "scripts/test.sh does it)")
    if not bwrap_works():
        return "bubblewrap is needed for mlsc01 autograde (apt-get install bubblewrap)"
    if not shutil.which("useradd") or not shutil.which("unshare") or not shutil.which("setpriv"):
        return "needs useradd, unshare and setpriv (Debian's passwd and util-linux)"
    return None


pytestmark = pytest.mark.skipif(_missing() is not None, reason=_missing() or "")


def _hidden_ancestor(path: Path) -> Path | None:
    """The first folder above ``path`` that other users cannot enter (e.g. /root holding pyenv's Python)."""
    for parent in reversed(path.parents):
        if parent != Path("/") and not os.stat(parent).st_mode & stat.S_IXOTH:
            return parent
    return None


def view_prefix(tmp: Path) -> list[str]:
    """A command prefix that lets system users run this interpreter: where it lives under a folder they cannot
    enter (pyenv in /root on CI), a private mount namespace shows that folder as an empty tmpfs holding only the
    interpreter's tree. Nothing changes outside the namespace; [] when no folder is in the way."""
    real = Path(os.path.realpath(sys.executable))
    hidden = _hidden_ancestor(real)
    if hidden is None:
        return []
    expose = hidden / real.relative_to(hidden).parts[0]
    stage = tmp / "stage"
    stage.mkdir()
    script = tmp / "view.sh"
    script.write_text("#!/bin/sh\nset -e\n"
                      f"mount --bind '{expose}' '{stage}'\n"
                      f"mount -t tmpfs -o mode=755 tmpfs '{hidden}'\n"
                      f"mkdir -p '{expose}'\n"
                      f"mount --move '{stage}' '{expose}'\n"
                      'exec "$@"\n')
    return ["unshare", "--mount", "--propagation", "private", "sh", str(script)]


class Hub:
    def __init__(self, url: str, admin: str):
        import requests

        self.url, self.s = url, requests.Session()
        self.admin = {"Authorization": f"token {admin}"}
        self.tokens: dict[str, str] = {}

    def api(self, method, path, token=None, **kw):
        headers = {"Authorization": f"token {token}"} if token else self.admin
        return self.s.request(method, f"{self.url}/hub/api{path}", headers=headers, timeout=60, **kw)

    def as_user(self, user, method, path, **kw):
        return self.s.request(method, f"{self.url}{path}", headers={"Authorization": f"token {self.tokens[user]}"},
                              timeout=120, allow_redirects=False, **kw)

    def start_server(self, user):
        r = self.api("POST", f"/users/{user}/server")
        assert r.status_code in (201, 202), (user, r.status_code, r.text)

    def ready(self, user):
        return self.api("GET", f"/users/{user}").json().get("servers", {}).get("", {}).get("ready")


def ok(r, what):
    assert r.status_code == 200, f"{what}: HTTP {r.status_code} {r.text[:500]}"
    body = r.json()
    assert not isinstance(body, dict) or body.get("success", True), f"{what}: {json.dumps(body)[:1500]}"
    return body


def answer(release_nb: dict, source_nb: dict, student: str, how: str) -> dict:
    """The student's notebook: every answer (solved), the first half (half) or none (untouched), marked as theirs."""
    nb = json.loads(json.dumps(release_nb))
    sol = [i for i, c in enumerate(nb["cells"]) if c["metadata"].get("nbgrader", {}).get("solution")]
    filled = sol if how == "solved" else sol[: len(sol) // 2] if how == "half" else []
    for i in filled:
        nb["cells"][i]["source"] = source_nb["cells"][i]["source"]
    first = nb["cells"][sol[0]]
    src = "".join(first["source"]) if isinstance(first["source"], list) else first["source"]
    first["source"] = f"# answered by {student}\n{src}"
    return nb


@contextlib.contextmanager
def process(cmd, log: Path, **kw):
    """A process in its own session, stopped (its whole process group, by its id) on exit."""
    with log.open("wb") as fh:
        p = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True, **kw)
    try:
        yield p
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGTERM)  # the hub stops the users' servers, the service and the proxy
            try:
                p.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait(10)


def test_a_class_on_jupyterhub_with_a_postgres_gradebook():
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="mlsc01-hub-"))
    tmp.chmod(0o755)
    hub_log = tmp / "hub.log"
    try:
        with contextlib.ExitStack() as stack:
            pg = stack.enter_context(postgres_server())
            (tmp / "home").mkdir()
            users = stack.enter_context(system_users([GRADER, TEACHER, *STUDENTS], home_root=tmp / "home"))
            grader = users[GRADER]
            course = tmp / "course"  # the course folder, owned by the grader account
            (course / "source").mkdir(parents=True)
            shutil.copy(REPO / "nbgrader_config.py", course / "nbgrader_config.py")
            shutil.copytree(REPO / "source" / A, course / "source" / A)
            shutil.copytree(REPO / "data", course / "data")
            subprocess.run(["chown", "-R", f"{GRADER}:{GRADER}", str(course)], check=True)
            exchange = tmp / "exchange"
            exchange.mkdir()
            exchange.chmod(0o777)
            state = tmp / "state"
            state.mkdir()
            view = view_prefix(tmp)

            port, admin, service_token, api_port = free_port(), secrets.token_hex(16), secrets.token_hex(16), free_port()
            env = {"PATH": f"{BIN}:{Path(PROXY).parent}:/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8",
                   "MLSC01_COURSE_ROOT": str(course), "MLSC01_COURSE_ID": COURSE, "MLSC01_GRADER_USER": GRADER,
                   "MLSC01_INSTRUCTORS": TEACHER, "MLSC01_STUDENTS": ",".join(STUDENTS),
                   "MLSC01_EXCHANGE": str(exchange), "MLSC01_DB_URL": pg.url, "MLSC01_HUB_STATE": str(state),
                   "MLSC01_HUB_IP": "127.0.0.1", "MLSC01_HUB_PORT": str(port),
                   "MLSC01_HUB_API_PORT": str(api_port), "MLSC01_SERVICE_PORT": str(free_port()),
                   "MLSC01_PROXY": str(PROXY)}
            # the deployed configuration as it is, plus a service for the test's own admin calls
            (tmp / "test_config.py").write_text(
                "c = get_config()  # noqa\n"
                f"load_subconfig({str(REPO / 'deploy/jupyterhub/jupyterhub_config.py')!r})\n"
                f"c.JupyterHub.services[0]['api_token'] = {service_token!r}\n"  # known, for the grader's shell
                f"c.JupyterHub.services.append({{'name': 'e2e-admin', 'api_token': {admin!r}}})\n"
                "c.JupyterHub.load_roles.append({'name': 'e2e-admin', 'services': ['e2e-admin'], "
                "'scopes': ['admin:users', 'admin:servers', 'tokens', 'list:groups', 'read:groups']})\n")
            stack.enter_context(process([*view, str(BIN / "jupyterhub"), "-f", str(tmp / "test_config.py")],
                                        hub_log, cwd=state, env=env))
            hub = Hub(f"http://127.0.0.1:{port}", admin)
            wait_for(lambda: hub.api("GET", "/").status_code == 200, 90, "JupyterHub answering")
            got = hub.api("GET", "/groups")
            assert got.status_code == 200 and isinstance(got.json(), list), got.text
            groups = {g["name"]: sorted(g["users"]) for g in got.json()}
            assert groups[f"nbgrader-{COURSE}"] == sorted(STUDENTS)
            assert sorted(groups[f"formgrade-{COURSE}"]) == sorted([GRADER, TEACHER])
            for u in [TEACHER, *STUDENTS]:
                r = hub.api("POST", f"/users/{u}/tokens", json={"note": "e2e"})
                assert r.status_code == 201, r.text
                hub.tokens[u] = r.json()["token"]
                hub.start_server(u)
            for u in [TEACHER, *STUDENTS]:
                wait_for(lambda u=u: hub.ready(u), 180, f"{u}'s JupyterLab starting")
            fg = f"/services/{COURSE}/formgrader/api"
            seen = []
            wait_for(lambda: seen.append(hub.as_user(TEACHER, "GET", f"{fg}/assignments")) or seen[-1].status_code == 200,
                     120, "the course's formgrader service answering the instructor",
                     detail=lambda: seen and f"HTTP {seen[-1].status_code} {seen[-1].headers.get('location', '')} "
                                             f"{seen[-1].text[:300]}")

            # the instructor: generate and release through the formgrader (the gradebook is PostgreSQL)
            ok(hub.as_user(TEACHER, "POST", f"{fg}/assignment/{A}/assign"), "generate")
            ok(hub.as_user(TEACHER, "POST", f"{fg}/assignment/{A}/release"), "release")

            # each student, from their own JupyterLab: list (course from the groups), fetch, answer, submit
            source_nb = json.loads((REPO / "source" / A / f"{A}.ipynb").read_text())
            how = dict(zip(STUDENTS, ["solved", "half", "untouched"]))
            for u in STUDENTS:
                listed = ok(hub.as_user(u, "GET", f"/user/{u}/assignments", params={"course_id": COURSE}), "list")
                assert [a["assignment_id"] for a in listed["value"]] == [A], listed
                ok(hub.as_user(u, "POST", f"/user/{u}/assignments/fetch",
                               data={"course_id": COURSE, "assignment_id": A}), f"{u} fetch")
                path = f"/user/{u}/api/contents/{COURSE}/{A}/{A}.ipynb"
                got = hub.as_user(u, "GET", path)
                assert got.status_code == 200, got.text
                nb = answer(got.json()["content"], source_nb, u, how[u])
                r = hub.as_user(u, "PUT", path, json={"type": "notebook", "format": "json", "content": nb})
                assert r.status_code == 200, r.text
                mine = Path(users[u].pw_dir) / COURSE / A / f"{A}.ipynb"
                assert mine.stat().st_uid == users[u].pw_uid  # written by the student's own server, as them
                ok(hub.as_user(u, "POST", f"/user/{u}/assignments/submit",
                               data={"course_id": COURSE, "assignment_id": A}), f"{u} submit")

            # nobody but the instructors reaches the formgrader, or another user's server
            for u in STUDENTS:
                assert hub.as_user(u, "GET", f"{fg}/submissions/{A}").status_code == 403, u
                assert hub.as_user(u, "GET", f"/user/{TEACHER}/api/status").status_code == 403, u
                assert hub.as_user(u, "GET", f"/user/{u}/formgrader").status_code == 404, u  # no tools of their own

            ok(hub.as_user(TEACHER, "POST", f"{fg}/assignment/{A}/collect"), "collect")
            # the grader account grades in a terminal of the course's formgrader: the service's JupyterHub
            # environment (nbgrader's JupyterHubAuthPlugin enrols graded students in nbgrader-<course> with it)
            shell = {**env, "HOME": grader.pw_dir, "USER": GRADER, "JUPYTERHUB_USER": GRADER,
                     "JUPYTERHUB_API_URL": f"http://127.0.0.1:{api_port}/hub/api", "JUPYTERHUB_API_TOKEN": service_token}
            graded = subprocess.run(
                [*view, "setpriv", f"--reuid={grader.pw_uid}", f"--regid={grader.pw_gid}", "--init-groups",
                 str(BIN / "mlsc01"), "autograde", A, "--jobs", "2"],
                cwd=course, env=shell, capture_output=True, text=True, timeout=600)
            assert graded.returncode == 0, graded.stdout + graded.stderr
            assert f"{A}: 3 graded, 0 failed" in graded.stdout, graded.stdout

            subs = {s["student"]: s for s in ok(hub.as_user(TEACHER, "GET", f"{fg}/submissions/{A}"), "submissions")}
            scores = {u: read_scores(pg.url, A, u) for u in STUDENTS}
            total = {u: sum(c.score for cs in scores[u].values() for c in cs) for u in STUDENTS}
            maximum = sum(c.max_score for cs in scores[STUDENTS[0]].values() for c in cs)
            assert {u: subs[u]["score"] for u in STUDENTS} == total  # the formgrader reads the same PostgreSQL
            assert total[STUDENTS[0]] == maximum > 0 and total[STUDENTS[2]] == 0
            assert 0 < total[STUDENTS[1]] < maximum, total

            ok(hub.as_user(TEACHER, "POST", f"{fg}/assignment/{A}/generate_feedback"), "generate_feedback")
            ok(hub.as_user(TEACHER, "POST", f"{fg}/assignment/{A}/release_feedback"), "release_feedback")
            for u in STUDENTS:
                ok(hub.as_user(u, "POST", f"/user/{u}/assignments/fetch_feedback",
                               data={"course_id": COURSE, "assignment_id": A}), f"{u} fetch_feedback")
                html = [p.read_text() for p in (Path(users[u].pw_dir) / COURSE / A / "feedback").rglob("*.html")]
                assert len(html) == 1, (u, len(html))
                assert f"answered by {u}" in html[0]
                assert not any(f"answered by {o}" in html[0] for o in STUDENTS if o != u), u
            print(f"\nmulti-user test: {time.perf_counter() - started:.1f} s; scores {total} of {maximum}")
            print(graded.stdout)
    except BaseException:
        if hub_log.is_file():
            print(hub_log.read_text()[-8000:])
        raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for u in [GRADER, TEACHER, *STUDENTS]:
        with pytest.raises(KeyError):
            pwd.getpwnam(u)  # removed again
