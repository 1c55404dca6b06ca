"""The ``mlsc01`` command."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

from . import course


def _root(args) -> Path:
    return course.find_root(args.root)


def cmd_goals(args) -> int:
    from .catalog import goals
    from .coverage import coverage
    from .items import ITEMS_PER_GOAL

    cov = coverage(_root(args))
    text = {g.id: g for g in goals()}
    if args.json:
        print(json.dumps([{"id": c.id, "verb": c.verb, "test_cells": c.test_cells, "points": c.points,
                           "notebooks": sorted(c.notebooks), "items": c.items} for c in cov], indent=1))
        return 0
    shown = [c for c in cov if c.test_cells == 0] if args.missing else cov
    if args.missing:
        print(f"{len(shown)} of {len(cov)} goals have no autograded test cell yet:")
    print(f"{'goal':8} {'verb':10} {'tests':>5} {'points':>6} {'items':>5}  notebooks / goal")
    for c in shown:
        where = ", ".join(sorted(c.notebooks)) or text[c.id].text[:70] + "…"
        print(f"{c.id:8} {c.verb:10} {c.test_cells:>5} {c.points:>6g} {c.items:>5}  {where}")
    covered = sum(1 for c in cov if c.test_cells)
    with_items = sum(1 for c in cov if c.items >= ITEMS_PER_GOAL)
    print(f"\n{covered}/{len(cov)} goals have autograded tests; {with_items}/{len(cov)} have {ITEMS_PER_GOAL}+ "
          f"exam-style items (each goal with graded exercises needs {ITEMS_PER_GOAL}); "
          f"{sum(c.points for c in cov):g} points in all.")
    return 0


def cmd_verify(args) -> int:
    from .verify import verify, verify_mutants

    if args.mutants:
        return verify_mutants(_root(args), args.assignments, jobs=args.jobs, max_per_cell=args.mutants_max,
                              budget=args.mutants_budget)
    return verify(_root(args), args.assignments, lessons=not args.no_lessons, jobs=args.jobs,
                  strict_budget=args.strict_budget, keep=args.keep)


def cmd_release(args) -> int:
    from .grading import scratch_course

    root = _root(args)
    for a in course.pick_assignments(root, args.assignments):
        with scratch_course(root) as sc:
            generated = sc.generate(a)
            dest = root / "release" / a
            dest.mkdir(parents=True, exist_ok=True)
            fresh = sorted(generated.glob("*.ipynb"))
            for old in dest.glob("*.ipynb"):
                if old.name not in {p.name for p in fresh}:
                    old.unlink()
                    print(f"removed {old.resolve()} (no source notebook)")
            for nb in fresh:
                shutil.copyfile(nb, dest / nb.name)
                print(f"wrote {(dest / nb.name).resolve()}")
    return 0


def cmd_strip(args) -> int:
    import nbformat

    from .authoring import write_notebook

    for name in args.paths:
        path = Path(name)
        try:
            nb = nbformat.read(str(path), as_version=4)
        except Exception as exc:
            print(f"{path}: cannot be read as a notebook ({type(exc).__name__}); nothing changed", file=sys.stderr)
            return 2
        write_notebook(path, nb)
        print(f"stripped {path.resolve()}")
    return 0


def _learner_workspace(args, *, must_exist: bool = True) -> tuple[Path, Path]:
    """(workspace, course root) for a learner's command: ``--workspace``, else the workspace the current folder
    is in, else the course's ``workspace/``; the root from ``--root``, else the one the workspace records."""
    from .workspace import course_root_of, default_workspace, find_workspace, is_workspace

    if args.workspace:
        ws = Path(args.workspace).expanduser().resolve()
    else:
        ws = find_workspace() or default_workspace(_root(args)).resolve()
    if must_exist and not is_workspace(ws):
        where = f" --workspace {ws}" if args.workspace else ""
        raise course.CourseError(f"no workspace at {ws}: create it with `mlsc01 start{where}`")
    root = _root(args) if args.root or not is_workspace(ws) else course_root_of(ws)
    return ws, root


def cmd_start(args) -> int:
    from .home import write_home
    from .workspace import lab_command, lab_env, sync_workspace

    if args.workspace:
        ws, root = Path(args.workspace).expanduser().resolve(), _root(args)
    else:
        root = _root(args)
        ws = (root / "workspace").resolve()
    report = sync_workspace(root, ws)
    home = write_home(root, ws)
    first = not report.kept
    print(f"workspace {ws}: {'created with' if first else 'added'} {len(report.added)} notebook(s)"
          + ("" if first else f"; your {len(report.kept)} existing notebook(s) left as they are"))
    for rel in report.added if not first else []:
        print(f"  new: {ws / rel}")
    print(f"course home (rewritten by start and grade): {home}")
    if args.no_lab:
        return 0
    cmd, env = lab_command(ws, args.no_browser), lab_env(ws)
    print("opening JupyterLab:", " ".join(cmd))
    os.chdir(ws)
    os.execve(cmd[0], cmd, env) if os.path.isabs(cmd[0]) else os.execvpe(cmd[0], cmd, env)
    return 0


def cmd_grade(args) -> int:
    from .selfgrade import format_report, grade_workspace, resolve_target

    ws, root = _learner_workspace(args)
    target = resolve_target(root, ws, args.what) if args.what else None
    run = grade_workspace(root, ws, target=target, jobs=args.jobs, progress=not args.json)
    if args.json:
        print(json.dumps(run.data, indent=1))
    else:
        print(format_report(run.report, run.results, target))
        print("\nwrote:")
        for path in run.written:
            print(f"  {path}")
    return 0


def cmd_links(args) -> int:
    from .links import check_workspace

    ws, _ = _learner_workspace(args)
    broken, checked = check_workspace(ws)
    for b in broken:
        print(b)
    print(f"{checked} relative link(s) in {ws}: {len(broken)} broken")
    return 1 if broken else 0


def _workspace_and_root(args):
    from .workspace import course_root_of, default_workspace, find_workspace

    ws = Path(args.workspace).resolve() if args.workspace else (find_workspace() or default_workspace(_root(args)))
    if not args.root and (ws / ".mlsc01" / "workspace.json").is_file():
        return ws, course_root_of(ws)
    return ws, _root(args)


def cmd_exam_new(args) -> int:
    from .exam import N_ITEMS, new_exam, require_workspace, weak_goals_from_report

    ws, root = _workspace_and_root(args)
    require_workspace(ws)
    weak = weak_goals_from_report(ws) if args.adaptive else None
    made = new_exam(root, ws, args.seed, weak=weak, n_items=args.items or N_ITEMS, domains=args.domain)
    print(f"wrote {made.notebook} — answer it in JupyterLab, then: mlsc01 exam score {made.notebook}")
    print(f"its key, option order and start time (outside your workspace; out of sight, not secret): {made.draw}")
    print(f"nbgrader source version (for instructors): {made.source}")
    return 0


def cmd_exam_score(args) -> int:
    from .exam import format_result, score_exam

    root = _root(args) if args.root else None
    print(format_result(score_exam(Path(args.notebook), root)))
    return 0


def cmd_report(args) -> int:
    from .classreport import read_class, write_report
    from .grading import course_db_url, load_course_config, sqlite_path

    try:
        root = _root(args)
    except course.CourseError:
        if not (args.db and args.out):
            raise course.CourseError("not inside a course folder: run `mlsc01 report` in the course (or pass "
                                     "--root DIR), or name both the gradebook and the output folder: "
                                     "--db PATH --out DIR") from None
        root = None
    if args.db:
        db_url = args.db if "://" in args.db else f"sqlite:///{Path(args.db).resolve()}"
    else:
        db_url = course_db_url(root, load_course_config(root))
    out = Path(args.out).expanduser().resolve() if args.out else root / "reports"
    path = sqlite_path(db_url)
    if path is not None and not path.is_file():
        raise course.CourseError(f"no gradebook at {path}: autograde submissions first "
                                 "(nbgrader autograde ASSIGNMENT) or pass --db PATH")
    rep = read_class(db_url, args.assignment)
    paths = write_report(rep, out, root)
    print(f"{len(rep.students)} student(s), {len(rep.goals)} goal(s). Struggling most:")
    for gid, m in rep.struggling():
        print(f"  {gid}  {m:.0%}")
    for kind, p in paths.items():
        print(f"wrote {kind}: {Path(p).resolve()}")
    return 0


def cmd_autograde(args) -> int:
    from .batch import autograde_class

    root = _root(args)
    course.pick_assignments(root, [args.assignment])  # a misspelt name lists the known ones
    outcomes = autograde_class(root, args.assignment, jobs=args.jobs, sandbox=not args.no_sandbox,
                               memory_mb=args.memory_mb, students=args.student or None)
    return 0 if all(o.graded for o in outcomes) else 1


def cmd_ci_sample(args) -> int:
    from . import cisample

    root = _root(args)
    names = cisample.from_env(root) if os.environ.get(cisample.ENV) else cisample.sample(root, cisample.SIZE if args.size is None else args.size)
    print(" ".join(names))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mlsc01", description="Toolkit of the open MLS-C01 course.")
    p.add_argument("--root", help="the course folder (default: found upward from the current folder)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    g = sub.add_parser("goals", help="the 70 goals with their coverage by exercises and exam-style items")
    g.add_argument("--missing", action="store_true", help="list only goals with no autograded test cell")
    g.add_argument("--json", action="store_true", help="print the coverage as JSON")
    g.set_defaults(func=cmd_goals)

    v = sub.add_parser("verify", help="prove the assignments honest: release up to date, solutions score 100%%, "
                                      "untouched releases score 0, lessons run")
    v.add_argument("assignments", nargs="*", help="assignment names (default: all)")
    v.add_argument("--no-lessons", action="store_true", help="skip executing the lesson notebooks")
    v.add_argument("--jobs", type=int, default=2, help="notebooks executed in parallel (default 2)")
    v.add_argument("--strict-budget", action="store_true", help="fail when a notebook is over its time budget")
    v.add_argument("--keep", action="store_true", help="keep the scratch course folder (for debugging)")
    v.add_argument("--mutants", action="store_true", help="instead: mutation-test the hidden tests (every plausible "
                                                           "mutant of a solution must fail a test; score ≥ 0.95)")
    v.add_argument("--mutants-max", type=int, metavar="N", help="mutants run per solution cell, chosen "
                                                                 "deterministically (default 12; 0 = all)")
    v.add_argument("--mutants-budget", type=float, metavar="SECONDS",
                   help="stop starting mutants after this many seconds per assignment (default: no limit)")
    v.set_defaults(func=cmd_verify)

    r = sub.add_parser("release", help="regenerate release/ASSIGNMENT from source/ASSIGNMENT with nbgrader")
    r.add_argument("assignments", nargs="*", help="assignment names (default: all)")
    r.set_defaults(func=cmd_release)

    st = sub.add_parser("start", help="create or update your workspace (never overwriting your work) and open JupyterLab")
    st.add_argument("--workspace", help="your workspace folder (default: workspace/ in the course folder; created if missing)")
    st.add_argument("--no-browser", action="store_true", help="do not open a browser (remote use)")
    st.add_argument("--no-lab", action="store_true", help="only create or update the workspace")
    st.set_defaults(func=cmd_start)

    gr = sub.add_parser("grade", help="autograde your workspace (or one assignment or notebook) with the hidden "
                                      "tests and report mastery by goal")
    gr.add_argument("what", nargs="?", help="an assignment (d2-1-data-sanitization) or one of your exercise "
                                            "notebooks (a path); default: the whole workspace")
    gr.add_argument("--workspace", help="your workspace folder (default: the one you are in, else workspace/)")
    gr.add_argument("--json", action="store_true", help="print the report as JSON")
    gr.add_argument("--jobs", type=int, default=2, help="assignments graded in parallel (default 2)")
    gr.set_defaults(func=cmd_grade)

    lk = sub.add_parser("links", help="check every relative link (and the heading it names) in your workspace's notebooks")
    lk.add_argument("--workspace", help="your workspace folder (default: the one you are in, else workspace/)")
    lk.set_defaults(func=cmd_links)

    ex = sub.add_parser("exam", help="practice exams from the item bank")
    exsub = ex.add_subparsers(dest="exam_command", required=True, metavar="ACTION")
    en = exsub.add_parser("new", help="write a 65-question practice exam (50 scored, 15 unscored, options shuffled) "
                                       "into <workspace>/exams/; its key stays in the course's .mlsc01/exams/")
    en.add_argument("--seed", type=int, default=0, help="which draw (default 0)")
    en.add_argument("--adaptive", action="store_true", help="more questions on your weakest goals (from `mlsc01 grade`)")
    en.add_argument("--workspace", help="your workspace folder")
    en.add_argument("--items", type=int, help="a shorter practice set of N questions (default 65)")
    en.add_argument("--domain", type=int, action="append", help="only this domain (repeatable), e.g. --domain 2")
    en.set_defaults(func=cmd_exam_new)
    es = exsub.add_parser("score", help="score an answered exam notebook: scaled score, verdict, explanations")
    es.add_argument("notebook")
    es.set_defaults(func=cmd_exam_score)

    rp = sub.add_parser("report", help="per-goal class results from the nbgrader gradebook (CSV, heatmap, struggling goals)")
    rp.add_argument("--assignment", help="only this assignment (default: all in the gradebook)")
    rp.add_argument("--out", help="output folder (default: reports/ in the course folder)")
    rp.add_argument("--db", help="gradebook path or URL (default: the course's, from nbgrader_config.py)")
    rp.set_defaults(func=cmd_report)

    ag = sub.add_parser("autograde", help="instructors: grade every submission of an assignment in parallel, "
                                          "sandboxed, into the course gradebook")
    ag.add_argument("assignment")
    ag.add_argument("--jobs", type=int, default=2, help="submissions executed in parallel (default 2)")
    ag.add_argument("--student", action="append", help="only this student (repeatable)")
    ag.add_argument("--memory-mb", type=int, default=6144, help="memory limit per notebook run (default 6144)")
    ag.add_argument("--no-sandbox", action="store_true", help="run learner code without bubblewrap isolation")
    ag.set_defaults(func=cmd_autograde)

    cs = sub.add_parser("ci-sample", help="CI: the assignments the slow tests of the tests run on this commit "
                                          "(recently changed first, then a rotation; $MLSC01_CI_SAMPLE overrides)")
    cs.add_argument("--size", type=int, default=None, help="how many (default: mlsc01.cisample.SIZE; 0 = all)")
    cs.set_defaults(func=cmd_ci_sample)

    s = sub.add_parser("strip", help="remove outputs, execution counts and volatile metadata from notebooks")
    s.add_argument("paths", nargs="+")
    s.set_defaults(func=cmd_strip)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except course.CourseError as exc:
        print(f"mlsc01: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("mlsc01: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
