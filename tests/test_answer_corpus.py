"""The answer corpus (tests/answers/): right answers keep full marks, wrong answers lose points.

Each assignment with corpus files is one test: its source notebooks run once each in one kernel, and
every corpus file is substituted for its solution cell (mlsc01.answer_corpus). A failure names the file,
the cell and the test cell that let it through (or rejected it).
"""

import pytest
from conftest import REPO, add_assignment

from mlsc01.answer_corpus import CORPUS_DIR, check_answers, judge, read_answers
from mlsc01.authoring import code, md, solution
from mlsc01.authoring import tests as graded
from mlsc01.cisample import from_env

# the assignments with corpus files, within the CI sample ($MLSC01_CI_SAMPLE; default: all)
ASSIGNMENTS = sorted(p.name for p in (REPO / CORPUS_DIR).iterdir()
                     if p.is_dir() and p.name in from_env(REPO)) if (REPO / CORPUS_DIR).is_dir() else []


def test_corpus_files_are_well_named():
    answers, problems = read_answers(REPO)
    assert not problems, "\n".join(problems)
    assert answers, "the corpus is empty"
    assert {a.kind for a in answers} == {"right", "wrong"}


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_answer_corpus(assignment):
    verdicts, problems = check_answers(REPO, [assignment])
    assert not problems, "\n".join(problems)
    assert verdicts, f"no corpus answer of {assignment} was run"
    bad = [str(v) for v in verdicts if not v.ok]
    assert not bad, "corpus answers judged wrongly by the tests:\n" + "\n".join(bad)


# ---- the runner itself, on a fixture course -----------------------------------------------------

SOLUTION = '''
import math


def over(values, limit=2):
    ### BEGIN SOLUTION
    return sum(1 for v in values if v > limit)
    ### END SOLUTION
'''
TEST = '''
with exercise("D2_1_1-over"):
    expect(over([1, 5, 9]) == 2, "wrong count")
    ### BEGIN HIDDEN TESTS
    expect(over([0, 10], limit=5) == 1, "wrong count (hidden)")
    ### END HIDDEN TESTS
'''


def test_runner_reports_a_wrong_answer_that_passes_and_a_right_one_that_fails(course_root):
    add_assignment(course_root, "fx-over", [md("# fixture"), code("import math\nfrom mlsc01.checks import exercise, expect"),
                                            solution("D2_1_1-over-code", SOLUTION), graded("D2_1_1-over", 2, TEST)])
    folder = course_root / CORPUS_DIR / "fx-over" / "D2_1_1-over-code"
    folder.mkdir(parents=True)
    (folder / "right-len-filter.py").write_text("def over(values, limit=2):\n    return len([v for v in values if math.isfinite(v) and v > limit])\n")
    (folder / "right-but-rejected.py").write_text("def over(values, limit=2):\n    return float(len(values))\n")
    (folder / "wrong-inclusive.py").write_text("# expect: D2_1_1-over\ndef over(values, limit=2):\n"
                                               "    return sum(1 for v in values if v >= limit)\n")
    (folder / "wrong-ignores-limit.py").write_text("def over(values, limit=2):\n    return sum(v > 2 for v in values)\n")
    (folder / "wrong-off-by-one.py").write_text("def over(values, limit=2):\n    return sum(1 for v in values if v > limit) + 1\n")
    (folder / "wrong-minus-one.toml").write_text('base = "wrong-off-by-one.py"\n[[edit]]\nold = "v > limit) + 1"\n'
                                                      'new = "v > limit) - 1"\n')
    (folder / "wrong-edit-kept.toml").write_text('base = "right-len-filter.py"\n[[edit]]\nold = "math.isfinite(v) and "\n'
                                                 'new = ""\n')
    (folder / "notes.txt").write_text("x")
    verdicts, problems = check_answers(course_root)
    assert problems == [f"{CORPUS_DIR}/fx-over/D2_1_1-over-code/notes.txt: name it right-<slug>.py, wrong-<slug>.py "
                        "or wrong-<slug>.toml (an edit)"]
    by_name = {v.answer.path.name: v for v in verdicts}
    assert by_name["right-len-filter.py"].ok   # uses `math` imported by an earlier cell, not by its own
    assert by_name["wrong-off-by-one.py"].ok
    assert not by_name["right-but-rejected.py"].ok
    assert "loses points on test cell D2_1_1-over" in str(by_name["right-but-rejected.py"])
    assert str(by_name["wrong-inclusive.py"]).startswith("fx-over/D2_1_1-over-code/wrong-inclusive.py (cell 2 of fx-over.ipynb)")
    assert "keeps full marks on D2_1_1-over, the test cell it names" in str(by_name["wrong-inclusive.py"])
    assert "keeps full marks on every test cell of goal D2.1.1" in str(by_name["wrong-ignores-limit.py"])
    assert by_name["wrong-minus-one.toml"].ok                   # the edit is applied to its base
    assert not by_name["wrong-edit-kept.toml"].ok                    # an edit that leaves the answer right is caught


def test_an_edit_file_says_what_is_wrong_with_it(tmp_path):
    from mlsc01.answer_corpus import edited_source

    (tmp_path / "right-a.py").write_text("# expect: X\ndef f(x):\n    return x + 1  # one\n")
    def edit(body):
        (tmp_path / "wrong-e.toml").write_text(body)
        return edited_source(tmp_path / "wrong-e.toml")
    assert edit('base = "right-a.py"\nexpect = "D1_1_1-t"\n[[edit]]\nold = "x + 1"\nnew = "x - 1"\n') == \
        ("def f(x):\n    return x - 1  # one\n", "D1_1_1-t")          # the base's own expect line is not inherited
    for body, message in [('base = "nope.py"\n[[edit]]\nold = "x"\nnew = "y"\n', "set base"),
                          ('base = "right-a.py"\n', "at least one"),
                          ('base = "right-a.py"\n[[edit]]\nold = "x"\nnew = "y"\n', "occurs 2 times"),
                          ('base = "right-a.py"\n[[edit]]\nold = "zzz"\nnew = "y"\n', "occurs 0 times"),
                          ('base = "right-a.py"\n[[edit]]\nold = "x + 1"\n', "exactly old and new"),
                          ('base = "right-a.py"\nbogus = 1\n[[edit]]\nold = "x + 1"\nnew = "y"\n', "unknown keys"),
                          ('base = [\n', "not valid TOML")]:
        with pytest.raises(ValueError, match=message):
            edit(body)


def test_judging_rules():
    from mlsc01.answer_corpus import Answer

    wrong = Answer(REPO, "a", "D2_1_1-x-code", "wrong", "", expect="D2_1_1-y")
    assert judge(wrong, {"D2_1_1-y": (0, 2)}, "ok", {})[0]
    assert not judge(wrong, {"D2_1_1-z": (0, 2)}, "ok", {})[0]   # the named cell did not run
    assert judge(wrong, {}, "timeout", {})[0]
    loose = Answer(REPO, "a", "D2_1_1-x-code", "wrong", "")
    assert not judge(loose, {"D2_1_1-y": (2, 2), "D2_1_2-other": (0, 1)}, "ok", {})[0]  # only another goal failed
