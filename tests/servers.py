"""Real servers for the multi-user tests, each stopped (and what it created removed) by its context manager:
a throw-away PostgreSQL cluster, system users, free loopback ports."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_bin() -> Path | None:
    """The folder with initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<version>/bin (newest)."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(versions[-1]).parent if versions else None


def is_root() -> bool:
    return os.geteuid() == 0


@contextlib.contextmanager
def system_users(names: list[str], home_root: Path | None = None):
    """Create these system users (root only); delete them, their groups and homes afterwards."""
    made = []
    try:
        for name in names:
            with contextlib.suppress(KeyError):
                pwd.getpwnam(name)
                raise RuntimeError(f"system user {name} already exists: remove it (userdel -r {name}) or pick another name")
            cmd = ["useradd", "--user-group", "--shell", "/bin/sh"]
            if home_root is not None:
                cmd += ["--create-home", "--home-dir", str(home_root / name)]
            else:
                cmd += ["--no-create-home", "--home-dir", "/nonexistent"]
            subprocess.run([*cmd, name], check=True, capture_output=True)
            made.append(name)
        yield {n: pwd.getpwnam(n) for n in names}
    finally:
        for name in reversed(made):
            subprocess.run(["userdel", "--remove", name], capture_output=True)


@dataclass
class Postgres:
    url: str          # SQLAlchemy URL of the empty database `mlsc01` (psycopg 3 driver)
    port: int
    log: Path

    def new_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self._dsn("postgres"), autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url.rsplit("/", 1)[0] + f"/{name}"

    def _dsn(self, db: str) -> str:
        return self.url.replace("postgresql+psycopg://", "postgresql://").rsplit("/", 1)[0] + f"/{db}"


@contextlib.contextmanager
def postgres_server(os_user: str | None = None):
    """Start a private PostgreSQL cluster on 127.0.0.1 (a free port, password login) and a database `mlsc01`.

    initdb refuses to run as root: as root the cluster runs as ``os_user`` (created for it when it does not
    exist, and removed afterwards); otherwise as the current user. Stopped and deleted on exit."""
    bindir = postgres_bin()
    if bindir is None:
        raise RuntimeError("PostgreSQL's initdb is not installed (apt-get install postgresql)")
    work = Path(tempfile.mkdtemp(prefix="mlsc01-pg-"))
    password = secrets.token_hex(12)
    port = free_port()
    users = contextlib.ExitStack()
    started = False
    try:
        run_as: dict = {}
        if is_root():
            name = os_user or "mlsc01-pgtest"
            try:
                pwd.getpwnam(name)
            except KeyError:
                users.enter_context(system_users([name]))
            pw = pwd.getpwnam(name)
            os.chown(work, pw.pw_uid, pw.pw_gid)
            run_as = {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}
        (work / "pw").write_text(password)
        os.chmod(work / "pw", 0o644)
        subprocess.run([bindir / "initdb", "-D", work / "data", "-U", "mlsc01", "--pwfile", work / "pw", "-E", "UTF8",
                        "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync"],
                       check=True, capture_output=True, cwd=work, **run_as)
        opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {work} -c fsync=off -c full_page_writes=off"
        subprocess.run([bindir / "pg_ctl", "-D", work / "data", "-l", work / "server.log", "-o", opts, "-w", "-t", "60",
                        "start"], check=True, capture_output=True, cwd=work, **run_as)
        started = True
        pg = Postgres(f"postgresql+psycopg://mlsc01:{password}@127.0.0.1:{port}/mlsc01", port, work / "server.log")
        pg.new_database("mlsc01")
        yield pg
    finally:
        if started:
            subprocess.run([bindir / "pg_ctl", "-D", work / "data", "-m", "fast", "-w", "stop"], capture_output=True,
                           cwd=work, **run_as)
        users.close()
        shutil.rmtree(work, ignore_errors=True)


def wait_for(check, timeout: float, what: str, interval: float = 0.3, detail=None):
    """Call ``check`` until it returns something true; raise with ``what`` after ``timeout`` seconds."""
    end = time.monotonic() + timeout
    last = None
    while time.monotonic() < end:
        try:
            got = check()
            if got:
                return got
        except Exception as exc:  # not up yet
            last = exc
        time.sleep(interval)
    said = detail() if detail else None
    raise TimeoutError(f"{what} did not happen within {timeout:.0f} s" + (f" (last error: {last!r})" if last else "")
                       + (f" (last answer: {said})" if said else ""))
