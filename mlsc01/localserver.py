"""A local model server on loopback: course infrastructure for the inference lessons and exercises.

``LocalServer(app)`` forks a real child process that serves ``app`` over HTTP on ``127.0.0.1`` at a port the
operating system picks free at start-up (port 0), waits until ``GET /ping`` answers 200, and stops the process
when the ``with`` block ends, even when the block raises (and at interpreter exit, should a block be skipped).

``app(method, path, content_type, body) -> (status, content_type, body)`` is plain Python: the learner writes
it (the SageMaker container contract: ``GET /ping`` and ``POST /invocations``); this module only carries bytes.
Requests are bounded: the server refuses bodies over ``max_body_bytes`` with 413 before reading them and gives
each connection ``socket_timeout_s``; the client helper ``request`` always passes a timeout.
The child writes nothing to the notebook's stdout/stderr (access logs are off, errors become a 500 response),
so a graded cell that starts a server is never zeroed for stderr output.
"""

from __future__ import annotations

import atexit
import http.client
import multiprocessing
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOST = "127.0.0.1"
# InvokeEndpoint's documented request limit for real-time endpoints (botocore: Body max 6291456 bytes).
REALTIME_MAX_BODY_BYTES = 6 * 1024 * 1024

_DRAIN_MAX_BYTES = 64 * 1024 * 1024
_RUNNING: set = set()


def _make_handler(app, max_body_bytes: int, socket_timeout_s: float):
    class Handler(BaseHTTPRequestHandler):
        timeout = socket_timeout_s
        protocol_version = "HTTP/1.1"

        def log_message(self, format, *args):  # noqa: A002 - the base class's name
            pass                                # no access log: nothing may reach a graded cell's stderr

        def _answer(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(int(status))
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _dispatch(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > max_body_bytes:
                self.close_connection = True
                left = min(length, _DRAIN_MAX_BYTES)        # read and drop it (bounded), so the 413 reaches the client
                while left > 0:
                    chunk = self.rfile.read(min(left, 1 << 16))
                    if not chunk:
                        break
                    left -= len(chunk)
                self._answer(413, "text/plain", b"request body too large")
                return
            body = self.rfile.read(length) if length else b""
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            try:
                status, out_type, out = app(method, self.path, ctype, body)
                if isinstance(out, str):
                    out = out.encode()
            except Exception as exc:  # the handler's bug becomes a 500, never a traceback on stderr
                status, out_type, out = 500, "text/plain", f"{type(exc).__name__}: {exc}".encode()
            self._answer(status, out_type or "application/octet-stream", bytes(out))

        def do_GET(self):
            self._dispatch("GET")

        def do_POST(self):
            self._dispatch("POST")

    return Handler


def _serve(app, conn, max_body_bytes: int, socket_timeout_s: float) -> None:
    devnull = open(os.devnull, "w")
    sys.stdout = sys.stderr = devnull
    try:
        server = ThreadingHTTPServer((HOST, 0), _make_handler(app, max_body_bytes, socket_timeout_s))
        server.daemon_threads = True
        conn.send(server.server_address[1])
        conn.close()
        server.serve_forever(poll_interval=0.1)
    finally:
        os._exit(0)


def request(port: int, method: str, path: str, body: bytes | str = b"", content_type: str = "",
            timeout_s: float = 5.0) -> tuple[int, str, bytes]:
    """One HTTP request to the local server: ``(status, content_type, body)``; always bounded by ``timeout_s``."""
    if isinstance(body, str):
        body = body.encode()
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout_s)
    try:
        headers = {"Content-Type": content_type} if content_type else {}
        conn.request(method, path, body=body if method != "GET" else None, headers=headers)
        resp = conn.getresponse()
        return resp.status, (resp.getheader("Content-Type") or "").split(";")[0].strip(), resp.read()
    finally:
        conn.close()


class LocalServer:
    """``with LocalServer(app) as srv: srv.request("GET", "/ping")`` — a child process serving ``app``."""

    def __init__(self, app, *, max_body_bytes: int = REALTIME_MAX_BODY_BYTES, socket_timeout_s: float = 5.0,
                 start_timeout_s: float = 10.0, require_ping: bool = True):
        self.app, self.max_body_bytes, self.socket_timeout_s = app, max_body_bytes, socket_timeout_s
        self.start_timeout_s, self.require_ping = start_timeout_s, require_ping
        self.port: int | None = None
        self._proc = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> LocalServer:
        ctx = multiprocessing.get_context("fork")   # the child inherits the app and its model: nothing to pickle
        parent, child = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=_serve, args=(self.app, child, self.max_body_bytes, self.socket_timeout_s),
                                 daemon=True)
        self._proc.start()
        child.close()
        _RUNNING.add(self)
        try:
            if not parent.poll(self.start_timeout_s):
                raise RuntimeError("the local server did not start in time")
            self.port = parent.recv()
            deadline = time.monotonic() + self.start_timeout_s
            while True:
                try:
                    status = self.request("GET", "/ping", timeout_s=2.0)[0]
                except OSError:
                    if time.monotonic() > deadline or not self._proc.is_alive():
                        raise RuntimeError("the local server never answered GET /ping") from None
                    time.sleep(0.02)
                    continue
                if status != 200 and self.require_ping:
                    raise RuntimeError(f"the local server answered GET /ping with {status}, not 200")
                return self
        except BaseException:
            self.stop()
            raise
        finally:
            parent.close()

    def request(self, method: str, path: str, body: bytes | str = b"", content_type: str = "",
                timeout_s: float = 5.0) -> tuple[int, str, bytes]:
        if self.port is None:
            raise RuntimeError("the server is not running")
        return request(self.port, method, path, body, content_type, timeout_s)

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        _RUNNING.discard(self)
        if proc is None:
            return
        if proc.is_alive():
            proc.terminate()
            proc.join(2.0)
            if proc.is_alive():
                proc.kill()
        proc.join(2.0)
        self.port = None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.is_alive()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


@atexit.register
def _stop_all() -> None:
    for srv in list(_RUNNING):
        srv.stop()


def load_test(server: LocalServer, body: bytes | str, content_type: str, concurrency_levels=(1, 2, 4),
              requests_per_level: int = 40, timeout_s: float = 5.0) -> list[dict]:
    """A bounded load test: at each concurrency level, that many client threads send ``requests_per_level``
    requests in all. Returns one record per request: ``concurrency``, ``sent_s``, ``done_s`` (monotonic seconds)
    and ``status``. The numbers depend on the machine: show them, never grade them."""
    from concurrent.futures import ThreadPoolExecutor

    def one(level):
        sent = time.monotonic()
        status = server.request("POST", "/invocations", body, content_type, timeout_s)[0]
        return {"concurrency": level, "sent_s": sent, "done_s": time.monotonic(), "status": status}

    records: list[dict] = []
    for level in concurrency_levels:
        with ThreadPoolExecutor(max_workers=int(level)) as pool:
            records += list(pool.map(one, [level] * int(requests_per_level)))
    return records
