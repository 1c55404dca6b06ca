"""The answer corpus: plausible learner answers that regression-test the hidden tests.

``tests/answers/<assignment>/<solution-cell-grade-id>/{right,wrong}-<slug>.py`` each hold the complete
replacement source of one solution cell (the function definition included, no solution markers). A file
may start with ``# expect: <grade id of a test cell>``. Each is substituted into the source notebook
(one kernel per notebook, ``mlsc01.replay``): a ``right-*`` answer must keep full marks on every test cell
it re-runs; a ``wrong-*`` answer must lose points on the expected test cell, or, without ``# expect:``, on
at least one test cell of the solution cell's goal.

A mistake that is one or two changed lines of a longer answer is written as an *edit* of another corpus file
of the same folder, so that the mistake is what the reader sees and the body is not copied:
``wrong-<slug>.toml`` with ``base = "right-<other>.py"``, optionally ``expect = "<test cell grade id>"``, and
one or more ``[[edit]]`` tables with ``old`` (text that occurs exactly once in the base) and ``new``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from . import course
from .catalog import goal_of_grade_id
from .replay import Session, code_cells

EXPECT = re.compile(r"^#\s*expect:\s*(\S+)\s*$")
CORPUS_DIR = Path("tests") / "answers"


@dataclass
class Answer:
    path: Path
    assignment: str
    grade_id: str      # of the solution cell it replaces
    kind: str          # "right" or "wrong"
    source: str
    expect: str | None = None

    @property
    def rel(self) -> str:
        return f"{self.assignment}/{self.grade_id}/{self.path.name}"


@dataclass
class Verdict:
    answer: Answer
    ok: bool
    message: str
    notebook: str = ""
    cell: int | None = None
    scores: dict[str, tuple[float, float]] = field(default_factory=dict)

    def __str__(self) -> str:
        where = f" (cell {self.cell} of {self.notebook})" if self.cell is not None else ""
        return f"{self.answer.rel}{where}: {self.message}"


def read_answers(root: Path, assignments: list[str] | None = None) -> tuple[list[Answer], list[str]]:
    """The corpus files (of the given assignments), and problems with misnamed files or folders."""
    base = Path(root) / CORPUS_DIR
    answers, problems = [], []
    if not base.is_dir():
        return answers, problems
    known = set(course.assignments(root))
    for adir in sorted(p for p in base.iterdir() if p.is_dir()):
        if assignments and adir.name not in assignments:
            continue
        if adir.name not in known:
            problems.append(f"{CORPUS_DIR}/{adir.name}: no assignment of that name in source/")
            continue
        for gdir in sorted(p for p in adir.iterdir() if p.is_dir()):
            for f in sorted(gdir.iterdir()):
                rel = f"{CORPUS_DIR}/{adir.name}/{gdir.name}/{f.name}"
                kind = f.name.split("-", 1)[0]
                if f.suffix not in (".py", ".toml") or kind not in ("right", "wrong") or "-" not in f.name:
                    problems.append(f"{rel}: name it right-<slug>.py, wrong-<slug>.py or wrong-<slug>.toml (an edit)")
                    continue
                if f.suffix == ".toml":
                    try:
                        text, expect = edited_source(f)
                    except ValueError as err:
                        problems.append(f"{rel}: {err}")
                        continue
                    answers.append(Answer(f, adir.name, gdir.name, kind, text, expect))
                    continue
                text = f.read_text("utf-8")
                first = text.splitlines()[0] if text.strip() else ""
                m = EXPECT.match(first)
                if first.lstrip().startswith("# expect") and not m:
                    problems.append(f"{rel}: write the first line as `# expect: <test cell grade id>`")
                answers.append(Answer(f, adir.name, gdir.name, kind, text, m.group(1) if m else None))
    return answers, problems


def edited_source(path: Path) -> tuple[str, str | None]:
    """The answer an edit file describes (its base with each ``old`` replaced by its ``new``) and its ``expect``;
    ValueError says what is wrong with the file."""
    try:
        spec = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise ValueError(f"not valid TOML ({err})") from None
    unknown = set(spec) - {"base", "expect", "edit"}
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}: an edit has base, expect and [[edit]] tables")
    base = spec.get("base")
    if not isinstance(base, str) or Path(base).suffix != ".py" or not (path.parent / base).is_file():
        raise ValueError("set base = \"<a .py answer of this folder>\"")
    edits = spec.get("edit")
    if not isinstance(edits, list) or not edits:
        raise ValueError("add at least one [[edit]] table with old and new")
    text = (path.parent / base).read_text("utf-8")
    if EXPECT.match(text.splitlines()[0] if text.strip() else ""):
        text = text.split("\n", 1)[1] if "\n" in text else ""
    for i, e in enumerate(edits, 1):
        if set(e) != {"old", "new"} or not all(isinstance(v, str) for v in e.values()):
            raise ValueError(f"edit {i}: give exactly old and new, both strings")
        n = text.count(e["old"])
        if n != 1:
            raise ValueError(f"edit {i}: its old text occurs {n} times in {base}, not once: quote more lines")
        if e["old"] == e["new"]:
            raise ValueError(f"edit {i}: old and new are the same")
        text = text.replace(e["old"], e["new"])
    expect = spec.get("expect")
    if expect is not None and not isinstance(expect, str):
        raise ValueError("expect must be a test cell's grade id, as a string")
    return text, expect


def judge(answer: Answer, scores: dict[str, tuple[float, float]], status: str, messages: dict[str, str]) -> tuple[bool, str]:
    lost = {g: s for g, s in scores.items() if s[0] < s[1]}
    if answer.kind == "right":
        if status != "ok":
            return False, f"a right answer must keep full marks, but its cells ended with a {status}"
        if lost:
            return False, ("a right answer loses points on " + "; ".join(
                f"test cell {g} ({s:g}/{m:g}: {messages.get(g, '')})" for g, (s, m) in lost.items())
                + ": the test demands something the task may not state")
        return True, f"keeps full marks on {', '.join(scores) or 'no test cell'}"
    if status != "ok":
        return True, f"fails ({status})"
    if answer.expect:
        if answer.expect not in scores:
            return False, (f"expects test cell {answer.expect} to fail, but that cell does not re-run with this answer "
                           f"(re-run: {', '.join(scores) or 'none'}); check the grade id")
        if answer.expect not in lost:
            return False, (f"a wrong answer keeps full marks on {answer.expect}, the test cell it names: the tests "
                           "accept this mistake")
        return True, f"loses points on {answer.expect}"
    goal = goal_of_grade_id(answer.grade_id)
    same_goal = [g for g in scores if goal_of_grade_id(g) == goal]
    if not any(g in lost for g in same_goal):
        return False, (f"a wrong answer keeps full marks on every test cell of goal {goal} "
                       f"({', '.join(same_goal) or 'none re-ran'}): the tests accept this mistake")
    return True, f"loses points on {', '.join(g for g in same_goal if g in lost)}"


def check_answers(root: Path, assignments: list[str] | None = None) -> tuple[list[Verdict], list[str]]:
    """Run every corpus answer of the assignments; one kernel per source notebook."""
    root = Path(root)
    answers, problems = read_answers(root, assignments)
    verdicts: list[Verdict] = []
    by_assignment: dict[str, list[Answer]] = {}
    for a in answers:
        by_assignment.setdefault(a.assignment, []).append(a)
    for assignment, group in by_assignment.items():
        placed: dict[Path, list[tuple[Answer, int]]] = {}
        cells_of = {}
        for path in course.source_notebooks(root, assignment):
            nb = nbformat.read(str(path), as_version=4)
            cells_of[path] = {c.grade_id: c.index for c in code_cells(nb) if c.kind == "solution"}
        for ans in group:
            where = next(((p, cells[ans.grade_id]) for p, cells in cells_of.items() if ans.grade_id in cells), None)
            if where is None:
                verdicts.append(Verdict(ans, False, f"no solution cell {ans.grade_id} in source/{assignment}/: "
                                                    "name the folder after the solution cell's grade id"))
                continue
            placed.setdefault(where[0], []).append((ans, where[1]))
        for path, items in placed.items():
            with Session(path) as session:
                reference = session.start()
                if reference.failed():
                    for ans, cell in items:
                        verdicts.append(Verdict(ans, False, f"the reference notebook fails {reference.failed()}: "
                                                            "fix it first", path.name, cell))
                    continue
                for ans, cell in items:
                    res = session.run_variant(cell, ans.source)
                    ok, message = judge(ans, res.scores, res.status, res.messages)
                    verdicts.append(Verdict(ans, ok, message, path.name, cell, res.scores))
    return verdicts, problems
