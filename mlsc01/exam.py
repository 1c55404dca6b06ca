"""Practice exams drawn from the item bank, shaped like MLS-C01: 65 items, 50 scored and 15 unscored,
drawn by the domain weights 20/24/36/20, multiple choice and multiple response (all-or-nothing),
options shuffled per draw (seeded).

``new_exam`` writes the learner's exam notebook (answer cells are stubs) into ``<workspace>/exams/`` and
keeps everything that gives the answers away outside the workspace, in the course's own
``.mlsc01/exams/<workspace-id>/`` (git-ignored): the draw (items, unscored items, the option order of
every item, when it was written) and an nbgrader source version (answers as solutions, keys in hidden
tests) that an instructor can release and autograde. The bank itself is in the learner's clone, so this
keeps the key out of sight, not secret. ``score_exam`` reads the answers from the notebook without
running it, maps them back through the stored option order, and reports the time taken.
"""

from __future__ import annotations

import ast
import hashlib
import json
import random
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import nbformat

from .authoring import code, md, solution, write_notebook
from .authoring import tests as test_cell
from .catalog import DOMAIN_WEIGHTS, goal
from .course import CourseError
from .items import LETTERS, Item, bank, displayed_key, shuffled_order
from .mastery import SCALE_MAX, SCALE_MIN

N_ITEMS, N_SCORED = 65, 50
# The exam's format: 65 questions (50 scored, 15 unscored) in 180 minutes. The exam guide states the
# questions and their scoring; the duration is on the exam page. Change these two lines if AWS changes them.
EXAM_MINUTES = 180
EXAM_GUIDE = "https://docs.aws.amazon.com/aws-certification/latest/machine-learning-specialty-01/machine-learning-specialty-01.html"
EXAM_PAGE = "https://aws.amazon.com/certification/certified-machine-learning-specialty/"
STUB = 'answer = ""  # your choice, e.g. "B" (one answer) or "AD" (several)'
DRAWS = Path(".mlsc01") / "exams"  # inside the course folder, git-ignored


def largest_remainder(total: int, weights: dict[int, float]) -> dict[int, int]:
    raw = {k: total * w / sum(weights.values()) for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    for k in sorted(raw, key=lambda k: (raw[k] - out[k], -k), reverse=True)[: total - sum(out.values())]:
        out[k] += 1
    return out


def minutes_for(n_items: int) -> int:
    """The exam guide's time budget, pro rata for a shorter practice set."""
    return max(1, round(EXAM_MINUTES * n_items / N_ITEMS))


@dataclass
class ExamDraw:
    seed: int
    items: list[Item]
    unscored: set[str] = field(default_factory=set)
    adaptive: bool = False
    orders: dict[str, tuple[int, ...]] = field(default_factory=dict)  # item id -> displayed option order

    def key(self, it: Item) -> str:
        return displayed_key(it, self.orders.get(it.id, tuple(range(len(it.options)))))


def _request(n_items: int, domains: list[int] | None) -> str:
    if n_items == N_ITEMS and not domains:
        return f"a full practice exam of {N_ITEMS} questions"
    where = f" from domain{'s' if len(domains) > 1 else ''} {', '.join(map(str, sorted(domains)))}" if domains else ""
    return f"a practice set of {n_items} question{'s' if n_items != 1 else ''}{where}"


def _largest_possible(pools: dict[int, int], weights: dict[int, float], n_items: int) -> int:
    for n in range(n_items - 1, 0, -1):
        if all(pools[d] >= k for d, k in largest_remainder(n, weights).items()):
            return n
    return 0


def draw(items: list[Item], seed: int, *, weak: dict[str, float] | None = None,
         n_items: int = N_ITEMS, n_scored: int = N_SCORED, domains: list[int] | None = None) -> ExamDraw:
    """Draw ``n_items`` items by domain weight (over ``domains``, default all four); with ``weak``
    (goal -> mastery 0..1), items of weak goals come up more often. Each item's options are shuffled."""
    if n_items < 1:
        raise CourseError("--items takes the number of questions, 1 or more")
    rng = random.Random(seed)
    if domains and any(d not in DOMAIN_WEIGHTS for d in domains):
        raise CourseError("--domain takes 1, 2, 3 or 4")
    weights = {d: w for d, w in DOMAIN_WEIGHTS.items() if not domains or d in domains}
    per_domain = largest_remainder(n_items, weights)
    unscored_per_domain = largest_remainder(n_items - n_scored, weights)
    pools = {d: sorted((it for it in items if goal(it.goal).domain == d), key=lambda it: it.id) for d in weights}
    short = [(d, k) for d, k in per_domain.items() if len(pools[d]) < k]
    if short:
        d, k = short[0]
        request = _request(n_items, domains)
        fewer = _largest_possible({x: len(p) for x, p in pools.items()}, weights, n_items)
        if domains:
            advice = (f"ask for fewer questions (--items {fewer} at most)" if fewer
                      else "add items to mlsc01/items/ first")
        else:
            advice = "add items to mlsc01/items/, or practise the domains that have items with --domain D --items N"
        raise CourseError(f"{request} needs {k} items from domain {d}, and the item bank has {len(pools[d])}: {advice}")
    chosen: list[Item] = []
    unscored: set[str] = set()
    for d, k in per_domain.items():
        pool = list(pools[d])
        picked: list[Item] = []
        while len(picked) < k:  # weighted sampling without replacement
            w = [1.0 + 3.0 * (1.0 - weak.get(it.goal, 1.0)) if weak else 1.0 for it in pool]
            i = rng.choices(range(len(pool)), weights=w)[0]
            picked.append(pool.pop(i))
        unscored.update(it.id for it in rng.sample(picked, min(unscored_per_domain[d], len(picked))))
        chosen.extend(picked)
    rng.shuffle(chosen)
    return ExamDraw(seed, chosen, unscored, adaptive=bool(weak),
                    orders={it.id: shuffled_order(it, seed) for it in chosen})


def _item_markdown(n: int, it: Item, order) -> str:
    kind = "Multiple response" if it.type == "multiple_response" else "Multiple choice"
    opts = "\n".join(f"- **{LETTERS[j]}.** {it.options[i]}" for j, i in enumerate(order))
    return f"### Question {n}\n*{kind}*\n\n{it.stem}\n\n{opts}"


def exam_cells(d: ExamDraw):
    n = len(d.items)
    minutes = minutes_for(n)
    aws = f"as AWS states for MLS-C01 ([exam guide]({EXAM_GUIDE}), [exam page]({EXAM_PAGE}))"
    budget = (f"{EXAM_MINUTES} minutes for {N_ITEMS} questions, {aws}" if n == N_ITEMS
              else f"about {minutes} minutes for these {n} questions: their share of {EXAM_MINUTES} minutes for "
                   f"{N_ITEMS} questions, {aws}")
    cells = [md(f"# MLS-C01 practice exam (seed {d.seed}{', adaptive' if d.adaptive else ''})\n\n"
                f"**Time budget:** {budget}. `mlsc01 exam score` reports the time you took, "
                "from when this exam was drawn to the notebook's last save.\n\n"
                f"{n} questions, as in the real exam: {n - len(d.unscored)} are scored and "
                f"{len(d.unscored)} are unscored, and you do not know which. Multiple-response questions score "
                "only when every chosen letter is right and none is missing.\n\n"
                "In each answer cell write `answer = \"B\"` (or `\"AD\"` for several). Then run "
                "`mlsc01 exam score THIS_NOTEBOOK` for the scaled score, the verdict and an explanation of "
                "every missed question. The key and this draw's option order are kept outside your workspace "
                "(in the course's `.mlsc01/exams/`): out of sight, not secret, since the item bank is in your "
                "copy of the course.")]
    cells.append(code("from mlsc01.checks import exercise, expect"))
    for q, it in enumerate(d.items, 1):
        gid = f"{it.goal.replace('.', '_')}-exam-q{q:02d}"
        key = d.key(it)
        cells.append(md(_item_markdown(q, it, d.orders.get(it.id, range(len(it.options))))))
        cells.append(solution(f"{gid}-answer", f"### BEGIN SOLUTION\nanswer = \"{key}\"\n### END SOLUTION"))
        if it.id not in d.unscored:
            cells.append(test_cell(gid, 1, (
                f'with exercise("{gid}"):\n'
                f'    expect(isinstance(answer, str) and answer.strip(), "no answer chosen yet")\n'
                f'    ### BEGIN HIDDEN TESTS\n'
                f'    expect(set(answer.upper()) - set(" ,") == set("{key}"), "not the right choice")\n'
                f'    ### END HIDDEN TESTS')))
    return nbformat.v4.new_notebook(cells=cells)


def workspace_id(workspace: Path) -> str:
    ws = Path(workspace).resolve()
    return f"{ws.name}-{hashlib.sha256(str(ws).encode()).hexdigest()[:8]}"


def require_workspace(workspace: Path) -> Path:
    ws = Path(workspace).resolve()
    create = f"`mlsc01 start --workspace {ws} --no-lab`"
    if not ws.is_dir():
        raise CourseError(f"no workspace at {ws}: create it first with {create}")
    if not (ws / ".mlsc01" / "workspace.json").is_file():
        raise CourseError(f"{ws} is not a course workspace (it has no .mlsc01/workspace.json): make it one with "
                          f"{create} (it never overwrites a file)")
    return ws


@dataclass
class NewExam:
    notebook: Path  # the learner's exam, in the workspace
    draw: Path      # the key, the option order and the start time, in the course's .mlsc01/exams/
    source: Path    # the nbgrader source version (for instructors), beside the draw


def new_exam(root: Path, workspace: Path, seed: int, *, weak: dict[str, float] | None = None,
             n_items: int = N_ITEMS, domains: list[int] | None = None, items: list[Item] | None = None) -> NewExam:
    """Write ``<workspace>/exams/<name>.ipynb`` and, outside the workspace, its draw and nbgrader source."""
    from .grading import scratch_course

    ws = require_workspace(workspace)
    n_scored = round(n_items * N_SCORED / N_ITEMS)
    d = draw(list(bank() if items is None else items), seed, weak=weak, n_items=n_items, n_scored=n_scored,
             domains=domains)
    name = (f"exam-{seed}{'-adaptive' if weak else ''}{''.join(f'-d{x}' for x in sorted(domains or []))}"
            f"{f'-{n_items}q' if n_items != N_ITEMS else ''}")
    learner_path = ws / "exams" / f"{name}.ipynb"
    if learner_path.exists():
        raise CourseError(f"{learner_path} exists already (your answers may be in it): use another --seed")
    keep = Path(root).resolve() / DRAWS / workspace_id(ws)
    draw_ref = f"{workspace_id(ws)}/{name}"
    nb = exam_cells(d)
    nb.metadata["mlsc01"] = {"exam": name, "seed": seed, "draw": draw_ref}
    src = write_notebook(keep / f"{name}-source" / f"{name}.ipynb", nb)
    # the learner's version is generated by nbgrader, with the answer stubs below
    with tempfile.TemporaryDirectory(prefix="mlsc01-exam-") as tmp:
        fake_root = Path(tmp)
        (fake_root / "source").mkdir()
        shutil.copy(Path(root) / "nbgrader_config.py", fake_root / "nbgrader_config.py")
        shutil.copytree(src.parent, fake_root / "source" / name)
        with scratch_course(fake_root) as sc:
            sc.config.ClearSolutions.code_stub = {"python": STUB}
            released = sc.generate(name) / f"{name}.ipynb"
            rel = nbformat.read(str(released), as_version=4)
    rel.metadata["mlsc01"] = nb.metadata["mlsc01"]
    record = {"exam": name, "seed": seed, "workspace": str(ws), "notebook": str(learner_path),
              "written": datetime.now(UTC).isoformat(timespec="seconds"), "minutes": minutes_for(n_items),
              "items": [it.id for it in d.items], "unscored": sorted(d.unscored),
              "orders": {it.id: list(d.orders[it.id]) for it in d.items}}
    draw_path = keep / f"{name}.json"
    draw_path.write_text(json.dumps(record, indent=1), "utf-8")
    learner_path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(rel, str(learner_path))
    return NewExam(learner_path, draw_path, src)


def read_answers(nb) -> list[str | None]:
    """The `answer = "..."` value of each answer cell, in order (None when missing or not a string)."""
    out = []
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("solution"):
            value = None
            try:
                for node in ast.parse(cell.source).body:
                    if (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "answer"
                                                             for t in node.targets)
                            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
                        value = node.value.value
            except SyntaxError:
                value = None
            out.append(value)
    return out


def parse_choice(value: str | None) -> set[int] | None:
    if not value or not value.strip():
        return None
    letters = [ch for ch in value.upper() if ch not in " ,;/"]
    if not letters or any(ch not in LETTERS for ch in letters):
        return None
    return {LETTERS.index(ch) for ch in letters}


@dataclass
class ExamResult:
    scaled: int
    passed: bool
    correct: int
    scored: int
    domains: dict[int, tuple[int, int]]
    missed: list[tuple[int, Item, str | None, str]]  # question number, item, the answer given, the displayed key
    minutes_taken: float | None = None
    minutes_budget: int | None = None
    started: str | None = None


def _find_draw(path: Path, meta: dict, root: Path | None) -> dict:
    from .course import find_root
    from .workspace import course_root_of, find_workspace

    if root is None:
        ws = find_workspace(Path(path).resolve().parent)
        root = course_root_of(ws) if ws else find_root()
    draw_path = Path(root) / DRAWS / f"{meta['draw']}.json"
    if not draw_path.is_file():
        raise CourseError(f"the key of this exam ({draw_path}) is not there: `mlsc01 exam new` keeps it in the "
                          "course folder that drew the exam; score it from that course (--root DIR), or draw a new exam")
    return json.loads(draw_path.read_text("utf-8"))


def score_exam(path: Path, root: Path | None = None) -> ExamResult:
    path = Path(path)
    try:
        nb = nbformat.read(str(path), as_version=4)
    except Exception as exc:
        raise CourseError(f"{path} cannot be read as a notebook ({type(exc).__name__}); it was not changed") from None
    meta = nb.metadata.get("mlsc01", {})
    if "draw" in meta:
        record = _find_draw(path, meta, root)
    elif "items" in meta:  # an exam drawn before options were shuffled: the file's order, no start time
        record = {"items": meta["items"], "unscored": meta.get("unscored", []), "orders": {}}
    else:
        raise CourseError(f"{path} is not a practice exam made by `mlsc01 exam new`")
    by_id = {it.id: it for it in bank()}
    missing = [i for i in record["items"] if i not in by_id]
    if missing:
        raise CourseError(f"the item bank no longer has {', '.join(missing[:3])}: make a new exam")
    answers = read_answers(nb)
    if len(answers) != len(record["items"]):
        raise CourseError(f"{path} has {len(answers)} answer cells for {len(record['items'])} questions: "
                          "an answer cell was deleted; restore it (answer = \"...\") and score again")
    unscored = set(record.get("unscored", []))
    domains: dict[int, list[int]] = {d: [0, 0] for d in DOMAIN_WEIGHTS}
    correct = scored = 0
    missed = []
    for n, (iid, ans) in enumerate(zip(record["items"], answers, strict=True), 1):
        it = by_id[iid]
        order = record["orders"].get(iid) or list(range(len(it.options)))
        if len(order) != len(it.options) or sorted(order) != list(range(len(it.options))):
            raise CourseError(f"item {iid} changed in the bank since this exam was drawn: make a new exam")
        choice = parse_choice(ans)
        ok = choice is not None and all(j < len(order) for j in choice) and it.is_correct({order[j] for j in choice})
        if not ok:
            missed.append((n, it, ans, displayed_key(it, order)))
        if iid in unscored:
            continue
        d = goal(it.goal).domain
        domains[d][1] += 1
        scored += 1
        if ok:
            domains[d][0] += 1
            correct += 1
    scaled = round(SCALE_MIN + (SCALE_MAX - SCALE_MIN) * correct / scored) if scored else SCALE_MIN
    taken = started = None
    if record.get("written"):
        started = record["written"]
        saved = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        taken = max(0.0, (saved - datetime.fromisoformat(started)).total_seconds() / 60)
    return ExamResult(scaled, scaled >= 750, correct, scored, {d: tuple(v) for d, v in domains.items()}, missed,
                      taken, record.get("minutes"), started)


def _duration(minutes: float) -> str:
    m = round(minutes)
    return f"{m // 60} h {m % 60:02d} min" if m >= 60 else f"{m} min"


def format_result(r: ExamResult) -> str:
    lines = [f"Scaled score: {r.scaled} / 1000 — {'PASS' if r.passed else 'FAIL'} (pass mark 750); "
             f"{r.correct} of {r.scored} scored questions right."]
    if r.minutes_taken is not None:
        over = r.minutes_budget is not None and r.minutes_taken > r.minutes_budget
        lines.append(f"Time taken: {_duration(r.minutes_taken)}, from the draw ({r.started}) to the notebook's last "
                     f"save; the budget is {r.minutes_budget} min{' — over it' if over else ''}.")
    lines += ["", "By domain:"]
    for d, (c, n) in r.domains.items():
        lines.append(f"  Domain {d} ({DOMAIN_WEIGHTS[d]}%): {c}/{n}" if n else f"  Domain {d}: no scored questions")
    if r.missed:
        lines += ["", "Questions to review (scored or not):"]
    for n, it, ans, key in r.missed:
        shown = "no answer" if not (ans or "").strip() else f"you chose {ans.strip().upper()}"
        lines.append(f"\nQuestion {n} [{it.goal}] — {shown}; the key is {key}.\n  {it.explanation}\n  Source: {it.source}")
    return "\n".join(lines)


def weak_goals_from_report(workspace: Path) -> dict[str, float]:
    path = Path(workspace) / "feedback" / "report.json"
    if not path.is_file():
        raise CourseError(f"--adaptive needs your last grade report ({path}): run `mlsc01 grade` first")
    data = json.loads(path.read_text("utf-8"))
    return {g: (t["mastery"] if t["mastery"] is not None else 1.0) for g, t in data["goals"].items()}
