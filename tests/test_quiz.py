"""The in-lesson quiz: deterministic questions spread over goals, shuffled options, no key in sight, clear
messages, and a headless run in a real kernel with nothing on stderr."""

import dataclasses

import nbformat
import pytest

from mlsc01 import quiz as Q
from mlsc01.items import LETTERS, Item, topic_items

TOPIC = "d2-1-data-sanitization"


def fixture_items():
    """Two items per goal of D2.1; the key is always the file's first option (or first two)."""
    out = []
    for g in ("D2.1.1", "D2.1.2", "D2.1.3"):
        for k in range(2):
            mr = k == 1
            out.append(Item(f"{g.replace('.', '_')}-q{k}", g, "multiple_response" if mr else "multiple_choice",
                            f"Stem of {g} number {k}" + (" (Choose two.)" if mr else ""),
                            tuple(f"opt{j} of {g}/{k}" for j in range(5 if mr else 4)), (0, 1) if mr else (0,),
                            f"Why for {g}/{k}: every option explained.", "https://docs.aws.amazon.com/x",
                            f"Quote for {g}/{k}."))
    return out


@pytest.fixture
def bank(monkeypatch):
    items = fixture_items()
    monkeypatch.setattr(Q, "topic_items", lambda topic: items)
    monkeypatch.setattr(Q, "_current", None)
    return items


def shown(capsys):
    return capsys.readouterr().out


def test_four_questions_spread_over_goals_numbered_and_deterministic(bank, capsys):
    Q.quiz(TOPIC)
    text = shown(capsys)
    assert [f"**Question {k}**" in text for k in range(1, 6)] == [True] * 4 + [False]
    goals = [q.item.goal for q in Q._current.questions]
    assert len(goals) == 4 and set(goals) == {"D2.1.1", "D2.1.2", "D2.1.3"}
    first = [(q.item.id, q.order) for q in Q._current.questions]
    Q.quiz(TOPIC)
    assert shown(capsys) == text and [(q.item.id, q.order) for q in Q._current.questions] == first
    Q.quiz(TOPIC, n=6, seed=3)
    assert len(Q._current.questions) == 6 and "**Question 6**" in shown(capsys)
    Q.quiz(TOPIC, n=9)
    assert len(Q._current.questions) == 6 and "the topic has only 6" in shown(capsys)


def test_options_are_shuffled(bank, capsys):
    orders = set()
    for seed in range(8):
        Q.quiz(TOPIC, n=6, seed=seed)
        orders.update(q.order for q in Q._current.questions if q.item.type == "multiple_choice")
        capsys.readouterr()
    assert len(orders) > 3
    keys = {q.key for seed in range(8) for q in (Q.quiz(TOPIC, seed=seed) or Q._current.questions)}
    assert len(keys) > 2  # the file's key is always the first option; the displayed one varies


def test_nothing_of_the_key_is_shown(bank, monkeypatch, capsys):
    """The displayed quiz is the same whatever the key is, and shows no explanation or quote."""
    Q.quiz(TOPIC, n=6)
    text = shown(capsys)
    assert "Why for" not in text and "Quote for" not in text and "correct" not in text
    rekeyed = [dataclasses.replace(it, answer=(3,) if it.type == "multiple_choice" else (2, 4)) for it in bank]
    monkeypatch.setattr(Q, "topic_items", lambda topic: rekeyed)
    Q.quiz(TOPIC, n=6)
    assert shown(capsys) == text


def test_answer_checks_and_explains_every_option(bank, capsys):
    Q.quiz(TOPIC)
    capsys.readouterr()
    m, r = number_of("multiple_choice"), number_of("multiple_response")
    q1, q2 = Q._current.questions[m - 1], Q._current.questions[r - 1]
    Q.answer(m, q1.key.lower())
    text = shown(capsys)
    assert f"**Question {m}: ✓ right** — you chose" in text and q1.item.explanation in text and q1.item.quote in text
    assert text.count("— *correct*") == 1 and text.count("— *not correct*") == 3 and q1.item.source in text
    wrong = next(L for L in LETTERS[:4] if L != q1.key)
    Q.answer(m, wrong)
    text = shown(capsys)
    assert f"✗ not right** — you chose {wrong}; the answer is {q1.key}." in text and "(your choice)" in text
    Q.answer(r, " , ".join(q2.key))
    text = shown(capsys)
    assert f"**Question {r}: ✓ right**" in text and text.count("— *correct*") == 2
    Q.answer(r, q2.key[0] + next(L for L in "ABCDE" if L not in q2.key))
    assert f"the answer is {q2.key}" in shown(capsys)


def number_of(kind):
    return next(k for k, q in enumerate(Q._current.questions, 1) if q.item.type == kind)


@pytest.mark.parametrize("question, choice, message", [
    (9, "A", "There is no question 9: this quiz has questions 1 to 4."),
    (0, "A", "There is no question 0"),
    ("1", "A", "There is no question '1'"),
    ("mc", "", "takes your choice as letters, A to D for question {n}"),
    ("mc", 2, "takes your choice as letters"),
    ("mc", "E", "'E' is not a choice for question {n}: use the letters A to D"),
    ("mr", "F", "'F' is not a choice for question {n}: use the letters A to E"),
    ("mc", "B?", "'B?' is not a choice"),
    ("mc", "AB", "question {n} is multiple choice: choose one letter"),
    ("mr", "A", "question {n} asks you to choose two; you chose 1 (A)"),
])
def test_bad_answers_get_a_clear_message(bank, capsys, question, choice, message):
    Q.quiz(TOPIC)
    capsys.readouterr()
    kinds = {"mc": "multiple_choice", "mr": "multiple_response"}
    n = number_of(kinds[question]) if question in kinds else question
    Q.answer(n, choice)
    assert message.format(n=n) in shown(capsys)


def test_answer_before_quiz_and_unknown_topic(bank, capsys):
    Q.answer(1, "B")
    assert "No quiz to answer yet: run the `quiz(\"<topic>\")` cell first" in shown(capsys)
    with pytest.raises(Q.QuizError, match="no topic 'd2-9-nothing'.*d2-1-data-sanitization"):
        Q.quiz("d2-9-nothing")
    with pytest.raises(Q.QuizError, match="n is the number of questions"):
        Q.quiz(TOPIC, n=0)
    Q.quiz("D2.1")  # a topic id works too
    assert "D2.1 Data sanitization" in shown(capsys)


def test_real_topic_without_a_bank_file(monkeypatch, tmp_path):
    monkeypatch.setattr(Q, "topic_items", lambda topic, folder=None: topic_items(topic, tmp_path))  # an empty bank
    with pytest.raises(Q.QuizError, match="no item bank for topic 'd3-1-problem-framing'"):
        Q.quiz("d3-1-problem-framing")


def test_runs_headless_in_a_kernel_without_stderr_or_key(tmp_path):
    """The lesson cells, executed by nbclient as `verify` does: Markdown output, nothing on stderr."""
    from nbclient import NotebookClient

    from mlsc01.grading import prepare_nbgrader

    prepare_nbgrader()
    cells = [nbformat.v4.new_code_cell(f'from mlsc01.quiz import quiz, answer\nquiz("{TOPIC}")'),
             # a well-formed answer to question 1, whatever its type (a wrong one is fine: it is explained too)
             nbformat.v4.new_code_cell('from mlsc01 import quiz as _q\n'
                                       'answer(1, "ABCDE"[:len(_q._current.questions[0].item.answer)])'),
             nbformat.v4.new_code_cell('answer(7, "B")')]
    nb = nbformat.v4.new_notebook(cells=cells)
    NotebookClient(nb, timeout=120, kernel_name="python3", extra_arguments=["--IPKernelApp.log_level=ERROR"],
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for c in nb.cells for o in c.outputs]
    assert all(o.get("name") != "stderr" and o.output_type != "error" for o in outputs), outputs
    first = nb.cells[0].outputs
    assert len(first) == 1 and first[0].output_type == "display_data"
    md = first[0].data["text/markdown"]
    assert "**Question 4**" in md and first[0].data["text/plain"] == md
    items = {it.id: it for it in topic_items(TOPIC)}
    assert not any(it.explanation[:60] in md for it in items.values())
    assert "**Question 1:" in nb.cells[1].outputs[0].data["text/markdown"]
    assert "There is no question 7" in nb.cells[2].outputs[0].data["text/markdown"]
