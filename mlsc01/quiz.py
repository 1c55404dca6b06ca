"""Exam-style questions inside a lesson, checked in the notebook::

    from mlsc01.quiz import quiz, answer
    quiz("d2-1-data-sanitization")   # 4 questions from the topic's item bank, numbered 1..4, options shuffled
    answer(1, "B")                   # checks question 1 (several letters for multiple response: "AC")

``quiz`` picks the questions deterministically (``seed=``, default 0), spread over the topic's goals (one
per goal in turn), and shuffles each question's options with the same seed. Nothing of the key is shown
or written into the notebook: the displayed questions carry no hint of it, and the key stays in the
running kernel until ``answer`` explains the question (every option marked, the explanation, the AWS
page and its quote). Output is plain Markdown (text in a terminal), nothing goes to stderr, no widget is
needed, so lessons execute headless.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .catalog import topics
from .items import LETTERS, NUMBER_WORDS, Item, ItemBankError, displayed_key, shuffled_order, topic_items

DEFAULT_N = 4


class QuizError(ValueError):
    """A quiz that cannot be shown (unknown topic, bad ``n``); IPython shows only its message."""

    def _render_traceback_(self):  # IPython: one line instead of a traceback
        return [f"QuizError: {self}"]


@dataclass
class _Question:
    item: Item
    order: tuple[int, ...]  # displayed option j is item.options[order[j]]

    @property
    def key(self) -> str:
        return displayed_key(self.item, self.order)


@dataclass
class _Quiz:
    topic: str
    seed: int
    questions: list[_Question]


_current: _Quiz | None = None


class _Shown:
    """Markdown for notebooks, the same text for plain-text front ends."""

    def __init__(self, text: str):
        self.text = text

    def _repr_markdown_(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


def _show(text: str) -> None:
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        get_ipython = None
    if get_ipython is not None and get_ipython() is not None:
        display(_Shown(text))
    else:
        print(text)


def _resolve_topic(topic: str) -> tuple[str, str]:
    """(assignment name, topic name) for an assignment name like ``d2-1-data-sanitization`` or an id like ``D2.1``."""
    known = topics()
    for tid, name, assignment in known:
        if topic in (assignment, tid):
            return assignment, f"{tid} {name}"
    names = ", ".join(a for _, _, a in known)
    raise QuizError(f"no topic {topic!r}: use an assignment name such as d2-1-data-sanitization (topics: {names})")


def pick(items: list[Item], n: int, seed: int, topic: str) -> list[Item]:
    """``n`` items spread over the goals: one per goal in turn, each goal's items in a seeded order."""
    import random

    by_goal: dict[str, list[Item]] = {}
    for it in sorted(items, key=lambda it: it.id):
        by_goal.setdefault(it.goal, []).append(it)
    for g, group in by_goal.items():
        random.Random(f"{seed}/{topic}/{g}").shuffle(group)
    out: list[Item] = []
    while len(out) < n and any(by_goal.values()):
        for g in sorted(by_goal):
            if by_goal[g] and len(out) < n:
                out.append(by_goal[g].pop(0))
    return out


def _question_markdown(number: int, q: _Question) -> str:
    it = q.item
    kind = (f"multiple response, choose {NUMBER_WORDS.get(len(it.answer), len(it.answer))}"
            if it.type == "multiple_response" else "multiple choice, choose one")
    opts = "\n".join(f"- **{LETTERS[j]}.** {it.options[i]}" for j, i in enumerate(q.order))
    return f"**Question {number}** ({kind})\n\n{it.stem}\n\n{opts}"


def quiz(topic: str, n: int = DEFAULT_N, seed: int = 0) -> None:
    """Show ``n`` exam-style questions of ``topic`` (numbered 1..n); check one with ``answer(number, "B")``."""
    global _current
    assignment, title = _resolve_topic(topic)
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise QuizError(f"n is the number of questions, a whole number of 1 or more (got {n!r})")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise QuizError(f"seed is a whole number (got {seed!r})")
    try:
        items = topic_items(assignment)
    except ItemBankError as exc:
        raise QuizError(str(exc)) from None
    if not items:
        raise QuizError(f"topic {assignment} has no exam-style items yet (mlsc01/items/{assignment}.toml)")
    chosen = pick(items, n, seed, assignment)
    _current = _Quiz(assignment, seed, [_Question(it, shuffled_order(it, f"quiz-{seed}")) for it in chosen])
    head = (f"**Exam-style questions on {title}:** {len(chosen)} question"
            f"{'s' if len(chosen) != 1 else ''} from the course's item bank"
            + (f" (the topic has only {len(items)})" if len(chosen) < n else "")
            + ". Check one with `answer(1, \"B\")`, or `answer(2, \"AC\")` when a question asks for several; "
            "each check explains every option. `quiz(..., seed=1)` draws other questions.")
    body = "\n\n---\n\n".join(_question_markdown(k, q) for k, q in enumerate(_current.questions, 1))
    _show(f"{head}\n\n---\n\n{body}")


def _parse(choice, q: _Question, number: int) -> tuple[set[int] | None, str | None]:
    n_opts = len(q.order)
    allowed = f"{LETTERS[0]} to {LETTERS[n_opts - 1]}"
    if not isinstance(choice, str) or not choice.strip():
        return None, (f"answer({number}, \"B\") takes your choice as letters, {allowed} for question {number} "
                      f"(got {choice!r})")
    letters = [ch for ch in choice.upper() if ch not in " ,;/+&"]
    bad = [ch for ch in letters if ch not in LETTERS[:n_opts]]
    if bad or not re.fullmatch(r"[A-Za-z ,;/+&]+", choice):
        return None, (f"{choice!r} is not a choice for question {number}: use the letters {allowed}, "
                      f"e.g. answer({number}, \"{LETTERS[1]}\")")
    chosen = {LETTERS.index(ch) for ch in letters}
    want = len(q.item.answer)
    if q.item.type == "multiple_choice" and len(chosen) != 1:
        return None, f"question {number} is multiple choice: choose one letter, e.g. answer({number}, \"{LETTERS[1]}\")"
    if q.item.type == "multiple_response" and len(chosen) != want:
        word = NUMBER_WORDS.get(want, str(want))
        return None, (f"question {number} asks you to choose {word}; you chose {len(chosen)} "
                      f"({''.join(LETTERS[i] for i in sorted(chosen))})")
    return chosen, None


def answer(question: int, choice: str) -> None:
    """Check question ``question`` of the last ``quiz``: right or not, every option marked, the explanation."""
    if _current is None:
        _show("No quiz to answer yet: run the `quiz(\"<topic>\")` cell first, then `answer(1, \"B\")`.")
        return
    count = len(_current.questions)
    if isinstance(question, bool) or not isinstance(question, int) or not 1 <= question <= count:
        _show(f"There is no question {question!r}: this quiz has questions 1 to {count}.")
        return
    q = _current.questions[question - 1]
    chosen, problem = _parse(choice, q, question)
    if problem:
        _show(problem)
        return
    it = q.item
    picked = "".join(LETTERS[j] for j in sorted(chosen))
    right = it.is_correct({q.order[j] for j in chosen})
    verdict = (f"**Question {question}: ✓ right** — you chose {picked}." if right else
               f"**Question {question}: ✗ not right** — you chose {picked}; the answer is {q.key}.")
    marks = []
    for j, i in enumerate(q.order):
        status = "correct" if i in it.answer else "not correct"
        mine = " (your choice)" if j in chosen else ""
        marks.append(f"- **{LETTERS[j]}.** {it.options[i]} — *{status}*{mine}")
    source = f"**Source:** <{it.source}>" + (f" — “{it.quote}”" if it.quote else "")
    _show("\n\n".join([verdict, "\n".join(marks), f"**Why:** {it.explanation}", source]))
