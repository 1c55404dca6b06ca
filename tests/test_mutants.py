"""Mutation testing: which mutants are made, where, how they are marked equivalent, and `verify --mutants`."""

import nbformat
from conftest import add_assignment

from mlsc01 import mutants as M
from mlsc01.authoring import code, md, solution
from mlsc01.authoring import tests as graded
from mlsc01.cli import main
from mlsc01.replay import code_cells, dependents, support

CELL = '''
import numpy as np
LIMIT = 3 + 4


def summarise(train, test, key="email", k=1.5):
    ### BEGIN SOLUTION
    out = train.copy()
    out = out.sort_values("v")
    norm = out[key].str.lower()
    out = out.loc[~norm.duplicated(keep="first")]
    scale = out["v"].std() * k
    if scale > 0.5 and len(out) >= 10:
        out["z"] = out["v"] / scale
    centre = np.mean(out["v"])
    mid = sorted(out["v"])
    scaler.fit(train)
    model.fit(X[rows], y[rows])
    return out.mean(axis=0), centre, mid
    ### END SOLUTION
'''


def labels(source=CELL):
    return {(m.kind, m.label) for m in M.cell_mutants(source, 2, "D2_1_1-x-code")}


def test_each_kind_of_mutation_is_made_inside_the_solution_region_only():
    got = labels()
    for expected in [
        ("copy", "train.copy() → train"),
        ("sorting", '.sort_values(…) → (unsorted)'),
        ("sorting", 'out.sort_values(…) → out.sort_values(…, ascending=False)'),
        ("ignored argument", 'key → "email" (the default)'),
        ("ignored argument", "k → 1.5 (the default)"),
        ("operator", '~norm.duplicated(keep="first") → norm.duplicated(keep="first")'),
        ("constant", "keep=\"first\" → keep='last'"),
        ("statistic", 'out["v"].std(…) → out["v"].std(…, ddof=0)'),
        ("operator", 'out["v"].std() * k → out["v"].std() / k'),
        ("boundary", "scale > 0.5 → scale >= 0.5"),
        ("boundary", "len(out) >= 10 → len(out) > 10"),
        ("operator", "scale > 0.5 and len(out) >= 10 → scale > 0.5 or len(out) >= 10"),
        ("constant", "0.5 → 0.55"), ("constant", "0.5 → 0.45"), ("constant", "10 → 11"), ("constant", "10 → 9"),
        ("dropped statement", 'out["z"] = out["v"] / scale → pass'),
        ("dropped statement", 'if scale > 0.5 and len(out) >= 10: → pass'),
        ("dropped statement", 'out = out.sort_values("v") → pass'),
        ("statistic", ".mean( → .median("),
        ("sorting", 'sorted(out["v"]) → out["v"]'),
        ("leak", "scaler.fit(train, …) → scaler.fit([train + test rows], …)"),
        ("leak", "model.fit(X[rows], y[rows]) → model.fit(X, y)"),
        ("statistic", "axis=0 → axis=1"),
    ]:
        assert expected in got, (expected, sorted(got))
    # `LIMIT = 3 + 4` is outside the region: never mutated
    assert not any("3 + 4" in label or "3 → " in label for _, label in got)


def test_every_mutant_compiles_changes_the_source_and_keeps_the_markers():
    ms = M.cell_mutants(CELL, 2, "D2_1_1-x-code")
    assert len(ms) == len({m.source for m in ms}) > 20
    for m in ms:
        compile(m.source, "<m>", "exec")
        assert m.source != CELL and "### BEGIN SOLUTION" in m.source and "### END SOLUTION" in m.source
        assert CELL.splitlines()[m.line - 1].strip(), m.describe()   # the line names real code


def test_a_dropped_statement_that_only_creates_a_name_is_not_a_mutant():
    src = "def f(x):\n    ### BEGIN SOLUTION\n    y = x + 1\n    return y\n    ### END SOLUTION\n"
    assert not any(m.kind == "dropped statement" for m in M.cell_mutants(src, 0, "g"))


SIMPLE = '''
def over(values, limit=2):
    ### BEGIN SOLUTION
    # equivalent-mutant: v > limit → v >= limit: no test value is ever equal to the limit (reason given)
    return sum(1 for v in values if v > limit)  # equivalent-mutant: 1 -> 0: nope
    ### END SOLUTION
'''


def test_equivalent_markers_match_by_line_and_label_and_unused_ones_are_reported():
    nb = nbformat.v4.new_notebook()
    nb.cells = [solution("D2_1_1-over-code", SIMPLE)]
    run, equivalent, warnings, generated = M.notebook_mutants(nb, None)
    assert generated == 4
    assert [m.label for m, _ in equivalent] == ["v > limit → v >= limit", "1 → 0"]
    assert "no test value" in equivalent[0][1]
    assert {m.label for m in run} == {"1 → 2", "limit → 2 (the default)"}
    assert not warnings
    nb.cells = [solution("D2_1_1-over-code", SIMPLE.replace("1 -> 0: nope", "1 -> 5: nope"))]
    _, equivalent, warnings, _ = M.notebook_mutants(nb, None)
    assert len(equivalent) == 1 and "matches no mutant of line 4" in warnings[0] and "1 → 0" in warnings[0]


def test_sampling_is_deterministic_and_spread_over_kinds():
    ms = M.cell_mutants(CELL, 2, "D2_1_1-x-code")
    a, b = M.sample(ms, 8), M.sample(list(reversed(ms)), 8)
    assert a == b and len(a) == 8
    assert len({m.kind for m in a}) == 8
    assert M.sample(ms, None) == ms


def test_dependent_cells_and_the_cells_they_read_from():
    nb = nbformat.v4.new_notebook()
    nb.cells = [code("import numpy as np"), code("data = np.arange(3)"), solution("D2_1_1-f-code", "def f(x):\n    ### BEGIN SOLUTION\n    return x\n    ### END SOLUTION"),
                code("other = 1"), code("result = f(data)"), graded("D2_1_1-f", 1, "assert result is not None"),
                graded("D2_1_1-g", 1, "assert other == 1"), code("data = None")]
    cells = code_cells(nb)
    assert dependents(cells, 2) == [4, 5]
    assert support(cells, [2, 4, 5]) == [0, 1]


# ---- end to end, in a kernel --------------------------------------------------------------------

SETUP = "from mlsc01.checks import exercise, expect"
OVER = '''
def over(values, limit=2):
    ### BEGIN SOLUTION
    return sum(1 for v in values if v > limit)
    ### END SOLUTION
'''
WEAK = '''
with exercise("D2_1_1-over"):
    expect(over([1, 5, 9]) == 2, "wrong count")
    ### BEGIN HIDDEN TESTS
    expect(over([0, 10], limit=5) == 1, "wrong count (hidden)")
    ### END HIDDEN TESTS
'''
STRONG = WEAK.replace("    ### END HIDDEN TESTS",
                      '    expect(over([2, 3], limit=3) == 0, "at the limit")\n    ### END HIDDEN TESTS')
LOOP = '''
def count_up(n):
    ### BEGIN SOLUTION
    i = 0
    while i < n:
        i += 1
    return i
    ### END SOLUTION
'''
LOOP_TEST = 'with exercise("D2_1_1-count"):\n    expect(count_up(3) == 3 and count_up(-2) == 0, "wrong")\n'


def cells(test_src, sol=OVER):
    return [md("# fixture"), code(SETUP), solution("D2_1_1-over-code", sol), graded("D2_1_1-over", 2, test_src)]


def run(course_root, *extra):
    lines = []
    from mlsc01.verify import verify_mutants

    rc = verify_mutants(course_root, list(extra) or None, jobs=1, max_per_cell=0, out=lines.append)
    return rc, "\n".join(lines)


def test_verify_mutants_lists_survivors_and_fails_below_the_bar(course_root, monkeypatch):
    monkeypatch.setattr(M, "MIN_TIMEOUT_S", 3.0)
    add_assignment(course_root, "fx-weak", cells(WEAK))
    add_assignment(course_root, "fx-strong", cells(STRONG) + [solution("D2_1_1-count-code", LOOP),
                                                              graded("D2_1_1-count", 1, LOOP_TEST)])
    marked = OVER.replace("    return", "    # equivalent-mutant: v > limit → v >= limit: (fixture)\n"
                                     "    # equivalent-mutant: limit → 2 (the default): (fixture)\n    return")
    add_assignment(course_root, "fx-marked", cells(WEAK, sol=marked))

    rc, text = run(course_root, "fx-weak")
    assert rc == 1, text
    assert "mutation score 0.50 (2 of 4 mutants killed; 0 marked equivalent" in text
    assert "survivors in cell 2 (D2_1_1-over-code):" in text
    assert "line 3: boundary: v > limit → v >= limit" in text
    assert "line 3: ignored argument: limit → 2 (the default)" in text
    assert "verify --mutants FAILED" in text and "source/fx-weak/fx-weak.ipynb" in text

    rc, text = run(course_root, "fx-marked")
    assert rc == 0, text
    assert "mutation score 1.00 (2 of 2 mutants killed; 2 marked equivalent" in text

    rc, text = run(course_root, "fx-strong")
    assert rc == 0, text
    assert "survivors" not in text
    # dropping `i += 1` (or stepping by 0) loops for ever: stopped, counted as killed, and the kernel replayed
    assert "killed by timeout" in text and "i += 1 → pass" in text


def test_cli_flag_runs_mutants(course_root):
    add_assignment(course_root, "fx-strong", cells(STRONG))
    assert main(["--root", str(course_root), "verify", "--mutants", "--jobs", "1", "fx-strong"]) == 0


def test_the_looks_of_a_figure_and_tuning_arguments_are_not_mutated():
    src = ('def plot(ax, fig, X, y):\n    ### BEGIN SOLUTION\n    fig.set_size_inches(*(8.5, 4))\n'
           '    ax.set_title("t", fontsize=14)\n    fig.colorbar(im, ax=ax, shrink=0.8)\n'
           '    LogisticRegression(max_iter=1000, random_state=0).fit(X, y)\n    fig.subplots(figsize=(8.5, 4))\n'
           '    ### END SOLUTION\n')
    # only the positional size on line 3 is mutated
    assert {m.label for m in M.cell_mutants(src, 0, "g") if m.kind == "constant"} == {"8.5 → 7.65", "8.5 → 9.35",
                                                                                      "4 → 3", "4 → 5"}
