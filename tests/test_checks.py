import linecache

import pytest

from mlsc01.checks import CheckFailed, NotAttempted, exercise, expect, expect_close, expect_equal_sets

MARK = "### BEGIN " + "HIDDEN TESTS"  # spelt in two parts so that this file itself holds no marker


def run_cell(source: str, name: str) -> None:
    """Run ``source`` as IPython runs a notebook cell: compiled under a file name whose lines linecache holds."""
    linecache.cache[name] = (len(source), None, source.splitlines(True), name)
    try:
        exec(compile(source, name, "exec"), {"exercise": exercise, "expect": expect})
    finally:
        linecache.cache.pop(name, None)


def learner_stub():
    raise NotImplementedError()


def learner_bug():
    return 1 / 0


def test_pass_prints_one_line(capsys):
    with exercise("D2_1_1-demo"):
        expect(True, "never shown")
    assert capsys.readouterr().out == "✓ D2.1.1 demo: visible checks pass; hidden checks run when graded\n"


def test_a_graded_run_says_plain_pass_a_release_cell_says_hidden_checks_follow(capsys):
    release = 'with exercise("D2_1_1-demo"):\n    expect(True, "x")\n'
    graded = release + f"    {MARK}\n    expect(1 + 1 == 2, 'hidden')\n    ### END HIDDEN TESTS\n"
    run_cell(release, "/tmp/ipykernel_1/101.py")
    assert capsys.readouterr().out == "✓ D2.1.1 demo: visible checks pass; hidden checks run when graded\n"
    run_cell(graded, "/tmp/ipykernel_1/102.py")
    assert capsys.readouterr().out == "✓ D2.1.1 demo: pass\n"
    with pytest.raises(CheckFailed):  # a graded failure is still an exception (nbgrader scores it 0)
        run_cell(graded.replace("1 + 1 == 2", "False"), "/tmp/ipykernel_1/103.py")


def test_wrong_answer_is_one_line_without_hidden_code():
    with pytest.raises(CheckFailed) as info:
        with exercise("D2_1_1-demo"):
            secret = 42  # noqa: F841  (stands for hidden test code)
            expect(False, "the median is not used")
    assert info.value.line() == "✗ D2.1.1 demo wrong: the median is not used"
    assert info.value._render_traceback_() == ["\x1b[31m✗ D2.1.1 demo wrong: the median is not used\x1b[0m"]


def test_stub_and_undefined_names_are_not_attempted():
    with pytest.raises(NotAttempted) as info:
        with exercise("D2_1_1-demo"):
            learner_stub()
    assert info.value.line().startswith("○ D2.1.1 demo not attempted yet: replace `raise NotImplementedError()`")
    # looks different from a wrong answer (mark and colour), yet is the same failure to nbgrader
    assert info.value._render_traceback_()[0].startswith("\x1b[34m○")
    assert isinstance(info.value, CheckFailed) and isinstance(info.value, AssertionError)
    with pytest.raises(NotAttempted) as info:
        with exercise("D2_1_1-demo"):
            undefined_function()  # noqa: F821
    assert "`undefined_function` is not defined" in info.value.line()


def test_crash_in_learner_code_shows_learner_frames_only():
    with pytest.raises(CheckFailed) as info:
        with exercise("D2_1_1-demo"):
            learner_bug()
    assert info.value.line() == "✗ D2.1.1 demo wrong: your code raised ZeroDivisionError: division by zero"
    assert isinstance(info.value, AssertionError)


def test_expect_helpers():
    expect_close([1.0, 2.0], [1.0, 2.0 + 1e-12], "close")
    with pytest.raises(CheckFailed, match="shape"):
        expect_close([1.0], [1.0, 2.0], "shape")
    with pytest.raises(CheckFailed, match="not numeric"):
        expect_close(["a"], [1.0], "x")
    expect_equal_sets(["a", "b"], ("b", "a"), "sets")
    with pytest.raises(CheckFailed, match="1 unexpected, 1 missing"):
        expect_equal_sets(["a", "c"], ["a", "b"], "sets")
