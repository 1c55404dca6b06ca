"""The loopback model server used by the D4.1 lesson and exercise (mlsc01.localserver)."""

import json

import pytest

from mlsc01.localserver import LocalServer, request


def _app(method, path, ctype, body):
    if method == "GET" and path == "/ping":
        return 200, "text/plain", b""
    if method == "POST" and path == "/invocations":
        if ctype == "application/json":
            return 200, "application/json", json.dumps({"n": len(json.loads(body))})
        if ctype == "text/csv":
            raise ValueError("boom")
        return 415, "text/plain", b"unsupported"
    return 404, "text/plain", b""


def test_serves_pings_and_invocations_then_stops(capfd):
    with LocalServer(_app) as srv:
        port = srv.port
        assert srv.running and srv.url.startswith("http://127.0.0.1:")
        assert srv.request("GET", "/ping")[0] == 200
        assert srv.request("POST", "/invocations", "[1, 2, 3]", "application/json")[2] == b'{"n": 3}'
        assert srv.request("POST", "/invocations", b"x", "text/plain")[0] == 415
        status, _, body = srv.request("POST", "/invocations", "1,2", "text/csv")
        assert status == 500 and b"ValueError" in body          # the handler's error is an answer, not a crash
        assert srv.request("GET", "/nope")[0] == 404
    assert not srv.running
    with pytest.raises(OSError):
        request(port, "GET", "/ping", timeout_s=0.5)
    out, err = capfd.readouterr()
    assert err == ""                                             # no access log on stderr


def test_body_limit_and_stop_on_error():
    srv = LocalServer(_app, max_body_bytes=100)
    with pytest.raises(RuntimeError, match="inside"):
        with srv:
            assert srv.request("POST", "/invocations", b"[" + b"1," * 100 + b"1]", "application/json")[0] == 413
            assert srv.request("POST", "/invocations", b"1" * (3 * 2**20), "text/csv")[0] == 413
            raise RuntimeError("inside")
    assert not srv.running


def test_bad_ping_fails_fast():
    with pytest.raises(RuntimeError, match="500"):
        LocalServer(lambda *a: (500, "text/plain", b"")).start()
    with LocalServer(lambda *a: (500, "text/plain", b""), require_ping=False) as srv:
        assert srv.request("GET", "/ping")[0] == 500
