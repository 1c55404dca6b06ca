"""End to end in a real browser: JupyterLab on loopback, headless Debian Chromium driven by Playwright.

The learner's session (``mlsc01 start``'s command, environment and workspace, from the real course) opens on
the course home, whose links open the lesson and the exercise and which shows the progress of the last
grade; **Run All** on the D2.1 release notebook executes every cell and prints every check's line; heading
anchors in the page are the ones ``mlsc01.links`` computes; the formgrader and the create-assignment panel
are not there. The instructor's ``jupyter-lab`` in the course folder keeps the formgrader.
Skipped where Chromium or Playwright is missing. Screenshots go to ``$MLSC01_SCREENSHOTS`` when it is set.
"""

import os
import re
import secrets
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import nbformat
import pytest
from conftest import REPO, add_assignment, fixture_cells
from servers import free_port

from mlsc01.authoring import md, write_notebook
from mlsc01.cli import main

CHROMIUM = shutil.which("chromium")
playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is needed (apt-get install chromium)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]
EXERCISE = "d2-1-data-sanitization"
PART1 = f"{EXERCISE}-part1"  # the D2.1 exercise is split into two sittings
SHOTS = os.environ.get("MLSC01_SCREENSHOTS")
HEADINGS = ["1.1 Parse the types", "§2 Cost: *cheap* vs `fast`", "3. A [linked](x.ipynb) title & more",
            "Ünïcode — dash (parens)", "Setext heading"]


CURRENT = ".jp-NotebookPanel:not(.lm-mod-hidden)"  # the notebook in the active tab (others stay in the DOM)


def shot(page, name):
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=False)


def serve(cmd, cwd, env, log_path):
    port, token = free_port(), secrets.token_hex(16)
    log = log_path.open("w")
    proc = subprocess.Popen([*cmd, f"--port={port}", "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}"],
                            cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(240):
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
            return proc, base, token
        except OSError:
            time.sleep(0.5)
    proc.kill()
    pytest.fail("JupyterLab did not start:\n" + log_path.read_text()[-2000:])


def stop(proc):
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def status_of(url) -> int:
    try:
        return urllib.request.urlopen(url, timeout=10).status
    except urllib.error.HTTPError as exc:
        return exc.code


@pytest.fixture(scope="module")
def learner_lab(tmp_path_factory):
    """The learner's JupyterLab exactly as `mlsc01 start` runs it, on a fresh workspace of the real course."""
    from mlsc01.workspace import lab_command, lab_env

    ws = tmp_path_factory.mktemp("learner") / "workspace"
    assert main(["--root", str(REPO), "start", "--workspace", str(ws), "--no-lab"]) == 0
    write_notebook(ws / "lessons" / "anchors.ipynb", [md("\n\n".join(
        [f"## {h}" if h != "Setext heading" else f"{h}\n---" for h in HEADINGS]))])
    proc, base, token = serve(lab_command(ws, no_browser=True), ws, lab_env(ws), ws.parent / "lab.log")
    yield ws, base, token
    stop(proc)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def new_page(browser):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.set_default_timeout(120_000)
    return page


def run_all(page):
    page.click("div.lm-MenuBar-itemLabel:text-is('Run')")
    page.click("li.lm-Menu-item:has-text('Run All Cells')")


def wait_idle(page):
    page.wait_for_selector("text=Python 3 (ipykernel) | Idle")


def test_run_all_runs_every_cell_and_prints_every_check(learner_lab, browser):
    ws, base, token = learner_lab
    nb = nbformat.read(str(ws / EXERCISE / f"{PART1}.ipynb"), as_version=4)
    n_code = sum(c.cell_type == "code" for c in nb.cells)
    n_checks = sum(bool(c.metadata.get("nbgrader", {}).get("grade")) for c in nb.cells if c.cell_type == "code")
    page = new_page(browser)
    page.goto(f"{base}/lab/tree/{EXERCISE}/{PART1}.ipynb?reset&token={token}")
    page.wait_for_selector(f"{CURRENT} .jp-Cell", state="visible")
    wait_idle(page)
    run_all(page)
    prompts = page.locator(f"{CURRENT} .jp-CodeCell .jp-InputPrompt")
    deadline = time.time() + 240
    while time.time() < deadline:  # every code cell has an execution count: Run All did not stop
        texts = prompts.all_text_contents()
        if len(texts) == n_code and all(re.fullmatch(r"\[\d+\]:", t.strip()) for t in texts):
            break
        time.sleep(1)
    texts = prompts.all_text_contents()
    assert len(texts) == n_code and all(re.fullmatch(r"\[\d+\]:", t.strip()) for t in texts), texts
    wait_idle(page)
    lines = page.locator(".jp-OutputArea-output:has-text('not attempted yet')")
    assert lines.count() == n_checks  # one line per check, none hidden by a stopped queue
    assert page.locator(".jp-OutputArea-output:has-text('is not defined')").count() == 0
    assert page.locator(".jp-OutputArea-output:has-text('Traceback')").count() == 0
    lines.first.scroll_into_view_if_needed()
    shot(page, "run-all-untouched")

    # the learner writes one answer and runs it and its check: the pass line says hidden checks come at grading
    from mlsc01.solutions import solution_source, without_markers

    idx = next(i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("grade_id") == "D2_1_1-cast-types-code")
    cell = page.locator(f"{CURRENT} .jp-Cell").nth(idx)
    cell.scroll_into_view_if_needed()
    cell.locator(".cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(without_markers(solution_source(REPO, "D2_1_1-cast-types")))
    page.keyboard.press("Shift+Enter")
    page.keyboard.press("Shift+Enter")
    page.wait_for_selector(".jp-OutputArea-output:has-text('✓ D2.1.1 cast-types: visible checks pass; "
                           "hidden checks run when graded')")
    assert lines.count() == n_checks - 1
    shot(page, "one-check-passes")
    page.close()


def test_course_home_links_progress_and_no_instructor_tools(learner_lab, browser):
    from mlsc01.home import write_home
    from mlsc01.mastery import build_report
    from mlsc01.selfgrade import REPORT

    ws, base, token = learner_lab
    # the progress of a last `mlsc01 grade` (written as grade writes it), then the home refreshed
    rep = build_report([("D2_1_1-cast-types", 2, 2, "pass"), ("D2_1_2-majority-vote", 1, 3, "wrong"),
                        ("D2_1_3-smote-in-cv", 0, 2, "not attempted")])
    (ws / "feedback").mkdir(exist_ok=True)
    import json
    (ws / "feedback" / REPORT).write_text(json.dumps({**rep.to_json(), "graded_at": "2026-12-01T20:00:00+00:00"}))
    write_home(REPO, ws)

    page = new_page(browser)
    page.goto(f"{base}/?token={token}")  # where the browser `mlsc01 start` opens goes: the course home
    page.wait_for_selector(f"{CURRENT} .jp-RenderedMarkdown h1:has-text('course home')")
    assert page.url.split("?")[0].endswith("/lab/tree/course-home.ipynb")
    home = page.locator(f"{CURRENT} .jp-Notebook")
    assert "the course's file, not yours" in home.inner_text()
    page.wait_for_selector("td:has-text('✓ mastered')")
    # JupyterLab renders a long notebook as it scrolls (cells below the window are not in the page yet): scroll to
    # the last rendered cell until no new cell appears, reading each cell once
    cells = page.locator(f"{CURRENT} .jp-Cell")
    parts, seen = {}, -1
    for _ in range(200):
        n = cells.count()
        for i in range(n):
            key = cells.nth(i).get_attribute("data-windowed-list-index") or str(i)
            if key not in parts:
                cells.nth(i).scroll_into_view_if_needed()
                parts[key] = cells.nth(i).inner_text()
        last = cells.nth(n - 1)
        last.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        if len(parts) == seen:
            break
        seen = len(parts)
    text = "\n".join(parts[k] for k in sorted(parts, key=lambda k: int(k) if k.isdigit() else 0))
    assert len(parts) == len(nbformat.read(str(ws / "course-home.ipynb"), as_version=4).cells), "not every cell was read"
    assert "D2.1.1" in text and "Data cleaning" in text and "◐ in progress (33%)" in text and "○ not attempted" in text
    assert re.search(r"readiness estimate \d+ / 1000", text)
    from mlsc01 import course
    from mlsc01.catalog import goals
    if {g.assignment for g in goals()} - set(course.assignments(REPO)):  # while some topics are not written yet
        assert "no exercise yet" in text and "Not written yet" in text
    assert page.locator("text=Would you like to receive official Jupyter news?").count() == 0
    assert page.locator(".lm-TabBar-tab.jp-mod-current.jp-mod-dirty").count() == 0  # nothing to save
    shot(page, "course-home")
    page.locator(f"{CURRENT} .jp-RenderedMarkdown h3:has-text('D2.1 Data sanitization')").scroll_into_view_if_needed()
    shot(page, "course-home-progress")

    # the learner's server has no instructor tools: no formgrader route, no create-assignment panel
    assert status_of(f"{base}/formgrader?token={token}") == 404
    assert page.locator("[title='Nbgrader Create Assignment']").count() == 0
    page.click("div.lm-MenuBar-itemLabel:text-is('Nbgrader')")
    menu = page.locator(".lm-Menu").last.inner_text()
    assert "Assignment List" in menu and "Formgrader" not in menu and "Course List" not in menu
    page.keyboard.press("Escape")

    # the home's exercise link opens the exercise in JupyterLab
    link = page.locator(f"{CURRENT} .jp-RenderedMarkdown a:text-is('{PART1}')").first  # D2.1's: the first topic written
    link.scroll_into_view_if_needed()
    link.click()
    page.wait_for_selector(f".lm-TabBar-tab:has-text('{PART1}.ipynb')")
    page.wait_for_selector(f"{CURRENT} .jp-RenderedMarkdown h1:has-text('D2.1')")
    page.close()


def test_heading_anchors_are_the_ones_jupyterlab_makes(learner_lab, browser):
    from mlsc01.links import anchors_of

    ws, base, token = learner_lab
    page = new_page(browser)
    page.goto(f"{base}/lab/tree/lessons/anchors.ipynb?reset&token={token}")
    page.wait_for_selector(f"{CURRENT} .jp-RenderedMarkdown h2:has-text('Setext heading')")
    # JupyterLab 4.6 puts the anchor in data-jupyter-id (and the ¶ link's href), computed before the ¶ is added
    ids = page.eval_on_selector_all(f"{CURRENT} .jp-RenderedMarkdown h2",
                                    "els => els.map(e => e.getAttribute('data-jupyter-id'))")
    hrefs = page.eval_on_selector_all(f"{CURRENT} .jp-RenderedMarkdown h2 a.jp-InternalAnchorLink",
                                      "els => els.map(e => decodeURIComponent(e.getAttribute('href').slice(1)))")
    assert ids == hrefs
    assert len(ids) == len(HEADINGS)
    assert set(ids) == set(anchors_of(ws / "lessons" / "anchors.ipynb"))
    page.close()


def test_instructor_lab_keeps_the_formgrader(course_root, tmp_path, browser):
    add_assignment(course_root, "fx-good", fixture_cells())
    assert main(["--root", str(course_root), "release"]) == 0
    cmd = [str(Path(sys.executable).parent / "jupyter-lab"), "--no-browser", "--allow-root",
           f"--ServerApp.root_dir={course_root}", "--LabApp.news_url=",
           "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("JUPYTER_CONFIG_PATH", None)
    proc, base, token = serve(cmd, course_root, env, tmp_path / "lab.log")
    try:
        page = new_page(browser)
        page.goto(f"{base}/formgrader?token={token}")
        page.wait_for_selector("text=fx-good")
        assert "Manage Assignments" in page.content()
        assert "exchange directory" not in page.content().lower()  # a fresh course shows no exchange banner
        shot(page, "instructor-formgrader")
        page.close()
    finally:
        stop(proc)
