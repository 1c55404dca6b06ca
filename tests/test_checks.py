import pytest

from mlsc01.checks import CheckFailed, NotAttempted, exercise, expect, expect_close, expect_equal_sets


def learner_stub():
    raise NotImplementedError()


def learner_bug():
    return 1 / 0


def test_pass_prints_one_line(capsys):
    with exercise("D2_1_1-demo"):
        expect(True, "never shown")
    assert capsys.readouterr().out == "✓ D2.1.1 demo: pass\n"


def test_wrong_answer_is_one_line_without_hidden_code():
    with pytest.raises(CheckFailed) as info:
        with exercise("D2_1_1-demo"):
            secret = 42  # noqa: F841  (stands for hidden test code)
            expect(False, "the median is not used")
    lines = info.value._render_traceback_()
    assert lines == ["✗ D2.1.1 demo wrong: the median is not used"]


def test_stub_and_undefined_names_are_not_attempted():
    with pytest.raises(NotAttempted) as info:
        with exercise("D2_1_1-demo"):
            learner_stub()
    assert "not attempted yet" in info.value.line()
    with pytest.raises(NotAttempted) as info:
        with exercise("D2_1_1-demo"):
            undefined_function()  # noqa: F821
    assert "`undefined_function` is not defined" in info.value.line()


def test_crash_in_learner_code_shows_learner_frames_only():
    with pytest.raises(CheckFailed) as info:
        with exercise("D2_1_1-demo"):
            learner_bug()
    lines = info.value._render_traceback_()
    assert lines[0] == "✗ D2.1.1 demo wrong: your code raised ZeroDivisionError: division by zero"
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
