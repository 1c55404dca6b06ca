"""Practice exams drawn from the item bank, shaped like MLS-C01: 65 items, 50 scored and 15 unscored,
drawn by the domain weights 20/24/36/20, multiple choice and multiple response (all-or-nothing).

``new_exam`` writes two notebooks: the learner's exam (answer cells are stubs) and an nbgrader source
version (answers as solutions, keys in hidden tests) so an instructor can release and autograde it.
``score_exam`` reads the answers from a learner's exam notebook without running it.
"""

from __future__ import annotations

import ast
import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from .authoring import code, md, solution, write_notebook
from .authoring import tests as test_cell
from .catalog import DOMAIN_WEIGHTS, goal
from .course import CourseError
from .items import Item, bank
from .mastery import SCALE_MAX, SCALE_MIN

N_ITEMS, N_SCORED = 65, 50
LETTERS = "ABCDEFGH"
STUB = 'answer = ""  # your choice, e.g. "B" (one answer) or "AD" (several)'


def largest_remainder(total: int, weights: dict[int, float]) -> dict[int, int]:
    raw = {k: total * w / sum(weights.values()) for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    for k in sorted(raw, key=lambda k: (raw[k] - out[k], -k), reverse=True)[: total - sum(out.values())]:
        out[k] += 1
    return out


@dataclass
class ExamDraw:
    seed: int
    items: list[Item]
    unscored: set[str] = field(default_factory=set)
    adaptive: bool = False


def draw(items: list[Item], seed: int, *, weak: dict[str, float] | None = None,
         n_items: int = N_ITEMS, n_scored: int = N_SCORED, domains: list[int] | None = None) -> ExamDraw:
    """Draw ``n_items`` items by domain weight (over ``domains``, default all four); with ``weak``
    (goal -> mastery 0..1), items of weak goals come up more often."""
    rng = random.Random(seed)
    weights = {d: w for d, w in DOMAIN_WEIGHTS.items() if not domains or d in domains}
    if not weights:
        raise CourseError("--domain takes 1, 2, 3 or 4")
    per_domain = largest_remainder(n_items, weights)
    unscored_per_domain = largest_remainder(n_items - n_scored, weights)
    chosen: list[Item] = []
    unscored: set[str] = set()
    for d, k in per_domain.items():
        pool = [it for it in items if goal(it.goal).domain == d]
        if len(pool) < k:
            raise CourseError(f"the item bank has {len(pool)} item(s) for domain {d}, and a full practice exam "
                              f"needs {k}: add items to mlsc01/items/, or practise the domains that have items "
                              f"with --domain D --items N")
        picked: list[Item] = []
        pool = sorted(pool, key=lambda it: it.id)
        while len(picked) < k:  # weighted sampling without replacement
            w = [1.0 + 3.0 * (1.0 - weak.get(it.goal, 1.0)) if weak else 1.0 for it in pool]
            i = rng.choices(range(len(pool)), weights=w)[0]
            picked.append(pool.pop(i))
        unscored.update(it.id for it in rng.sample(picked, min(unscored_per_domain[d], len(picked))))
        chosen.extend(picked)
    rng.shuffle(chosen)
    return ExamDraw(seed, chosen, unscored, adaptive=bool(weak))


def _item_markdown(n: int, it: Item) -> str:
    kind = "Multiple response" if it.type == "multiple_response" else "Multiple choice"
    opts = "\n".join(f"- **{LETTERS[i]}.** {o}" for i, o in enumerate(it.options))
    return f"### Question {n}\n*{kind}*\n\n{it.stem}\n\n{opts}"


def _key(it: Item) -> str:
    return "".join(LETTERS[i] for i in sorted(it.answer))


def exam_cells(d: ExamDraw):
    cells = [md(f"# MLS-C01 practice exam (seed {d.seed}{', adaptive' if d.adaptive else ''})\n\n"
                f"{len(d.items)} questions, as in the real exam: {len(d.items) - len(d.unscored)} are scored and "
                f"{len(d.unscored)} are unscored, and you do not know which. Multiple-response questions score "
                "only when every chosen letter is right and none is missing.\n\n"
                "In each answer cell write `answer = \"B\"` (or `\"AD\"` for several). Then run "
                "`mlsc01 exam score THIS_NOTEBOOK` for the scaled score, the verdict and an explanation of "
                "every missed question.")]
    cells.append(code("from mlsc01.checks import exercise, expect"))
    for n, it in enumerate(d.items, 1):
        gid = f"{it.goal.replace('.', '_')}-exam-q{n:02d}"
        cells.append(md(_item_markdown(n, it)))
        cells.append(solution(f"{gid}-answer", f"### BEGIN SOLUTION\nanswer = \"{_key(it)}\"\n### END SOLUTION"))
        if it.id not in d.unscored:
            cells.append(test_cell(gid, 1, (
                f'with exercise("{gid}"):\n'
                f'    expect(isinstance(answer, str) and answer.strip(), "no answer chosen yet")\n'
                f'    ### BEGIN HIDDEN TESTS\n'
                f'    expect(set(answer.upper()) - set(" ,") == set("{_key(it)}"), "not the right choice")\n'
                f'    ### END HIDDEN TESTS')))
    nb = nbformat.v4.new_notebook(cells=cells)
    return nb


def new_exam(root: Path, out_dir: Path, seed: int, *, weak: dict[str, float] | None = None,
             n_items: int = N_ITEMS, domains: list[int] | None = None) -> tuple[Path, Path]:
    """Write ``exam-<seed>.ipynb`` (to answer) and ``exam-<seed>-source/`` (nbgrader source) into ``out_dir``."""
    from .grading import scratch_course

    n_scored = round(n_items * N_SCORED / N_ITEMS)
    d = draw(list(bank()), seed, weak=weak, n_items=n_items, n_scored=n_scored, domains=domains)
    name = f"exam-{seed}{'-adaptive' if weak else ''}{''.join(f'-d{x}' for x in sorted(domains or []))}"
    nb = exam_cells(d)
    nb.metadata["mlsc01"] = {"exam": name, "seed": seed, "items": [it.id for it in d.items],
                             "unscored": sorted(d.unscored)}
    out_dir.mkdir(parents=True, exist_ok=True)
    learner_path = out_dir / f"{name}.ipynb"
    if learner_path.exists():
        raise CourseError(f"{learner_path} exists already (your answers may be in it): use another --seed")
    source_dir = out_dir / f"{name}-source"
    src = write_notebook(source_dir / f"{name}.ipynb", nb)
    # the learner's version is generated by nbgrader, with the answer stubs below
    fake_root = out_dir / f".{name}-course"
    (fake_root / "source").mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(root) / "nbgrader_config.py", fake_root / "nbgrader_config.py")
    shutil.copytree(source_dir, fake_root / "source" / name, dirs_exist_ok=True)
    try:
        with scratch_course(fake_root) as sc:
            sc.config.ClearSolutions.code_stub = {"python": STUB}
            released = sc.generate(name) / f"{name}.ipynb"
            rel = nbformat.read(str(released), as_version=4)
            rel.metadata["mlsc01"] = nb.metadata["mlsc01"]
            nbformat.write(rel, str(learner_path))
    finally:
        shutil.rmtree(fake_root, ignore_errors=True)
    return learner_path, src


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
    missed: list[tuple[int, Item, str | None]]


def score_exam(path: Path) -> ExamResult:
    try:
        nb = nbformat.read(str(path), as_version=4)
    except Exception as exc:
        raise CourseError(f"{path} cannot be read as a notebook ({type(exc).__name__}); it was not changed") from None
    meta = nb.metadata.get("mlsc01", {})
    if "items" not in meta:
        raise CourseError(f"{path} is not a practice exam made by `mlsc01 exam new`")
    by_id = {it.id: it for it in bank()}
    missing = [i for i in meta["items"] if i not in by_id]
    if missing:
        raise CourseError(f"the item bank no longer has {', '.join(missing[:3])}: make a new exam")
    answers = read_answers(nb)
    if len(answers) != len(meta["items"]):
        raise CourseError(f"{path} has {len(answers)} answer cells for {len(meta['items'])} questions: "
                          "an answer cell was deleted; restore it (answer = \"...\") and score again")
    unscored = set(meta.get("unscored", []))
    domains: dict[int, list[int]] = {d: [0, 0] for d in DOMAIN_WEIGHTS}
    correct = scored = 0
    missed = []
    for n, (iid, ans) in enumerate(zip(meta["items"], answers, strict=True), 1):
        it = by_id[iid]
        ok = (choice := parse_choice(ans)) is not None and it.is_correct(choice)
        if not ok:
            missed.append((n, it, ans))
        if iid in unscored:
            continue
        d = goal(it.goal).domain
        domains[d][1] += 1
        scored += 1
        if ok:
            domains[d][0] += 1
            correct += 1
    scaled = round(SCALE_MIN + (SCALE_MAX - SCALE_MIN) * correct / scored) if scored else SCALE_MIN
    return ExamResult(scaled, scaled >= 750, correct, scored, {d: tuple(v) for d, v in domains.items()}, missed)


def format_result(r: ExamResult) -> str:
    lines = [f"Scaled score: {r.scaled} / 1000 — {'PASS' if r.passed else 'FAIL'} (pass mark 750); "
             f"{r.correct} of {r.scored} scored questions right.", "", "By domain:"]
    for d, (c, n) in r.domains.items():
        lines.append(f"  Domain {d} ({DOMAIN_WEIGHTS[d]}%): {c}/{n}" if n else f"  Domain {d}: no scored questions")
    if r.missed:
        lines += ["", "Questions to review (scored or not):"]
    for n, it, ans in r.missed:
        shown = "no answer" if not (ans or "").strip() else f"you chose {ans.strip().upper()}"
        lines.append(f"\nQuestion {n} [{it.goal}] — {shown}; the key is {_key(it)}.\n  {it.explanation}\n  Source: {it.source}")
    return "\n".join(lines)


def weak_goals_from_report(workspace: Path) -> dict[str, float]:
    path = Path(workspace) / "feedback" / "report.json"
    if not path.is_file():
        raise CourseError(f"--adaptive needs your last grade report ({path}): run `mlsc01 grade` first")
    data = json.loads(path.read_text("utf-8"))
    return {g: (t["mastery"] if t["mastery"] is not None else 1.0) for g, t in data["goals"].items()}
