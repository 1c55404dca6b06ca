"""End to end in a real browser: JupyterLab on loopback, headless Debian Chromium driven by Playwright.

A learner opens a release notebook, runs it and sees *not attempted yet*, writes the solution, runs it
again and sees *pass*; an instructor opens the formgrader. Skipped where Chromium or Playwright is missing.
"""

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import add_assignment, fixture_cells

from mlsc01.cli import main

CHROMIUM = shutil.which("chromium")
playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is needed (apt-get install chromium)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def lab(course_root, tmp_path):
    add_assignment(course_root, "fx-good", fixture_cells())
    assert main(["--root", str(course_root), "release"]) == 0
    port, token = free_port(), secrets.token_hex(16)
    log = (tmp_path / "lab.log").open("w")
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "jupyter-lab"), "--no-browser", "--allow-root", f"--port={port}",
         "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={course_root}",
         "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
        cwd=course_root, stdout=log, stderr=subprocess.STDOUT,
        env={**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"})
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("JupyterLab did not start:\n" + (tmp_path / "lab.log").read_text()[-2000:])
    yield base, token
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def run_all(page):
    page.click("div.lm-MenuBar-itemLabel:text-is('Run')")
    page.click("li.lm-Menu-item:has-text('Run All Cells')")


def test_learner_sees_not_attempted_then_pass_and_formgrader_opens(lab):
    base, token = lab
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        page.set_default_timeout(90_000)
        page.goto(f"{base}/lab/tree/release/fx-good/fx-good.ipynb?token={token}")
        page.wait_for_selector(".jp-Notebook .jp-Cell", state="visible")
        page.wait_for_selector("text=Python 3 (ipykernel) | Idle")
        run_all(page)
        page.wait_for_selector(".jp-OutputArea-output:has-text('not attempted yet')")

        editor = page.locator(".jp-Cell").nth(2).locator(".cm-content")
        editor.click()
        page.keyboard.press("Control+a")
        page.keyboard.insert_text("def double(x):\n    return 2 * x\n")
        run_all(page)
        page.wait_for_selector(".jp-OutputArea-output:has-text('D2.1.1 double: pass')")
        assert page.locator(".jp-OutputArea-output:has-text('not attempted yet')").count() == 0

        page.goto(f"{base}/formgrader?token={token}")
        page.wait_for_selector("text=fx-good")
        assert "Manage Assignments" in page.content()
        browser.close()
