"""Decision rubrics for hidden tests: ordered rules, and proof that a scenario generator covers them.

A decision exercise asks for ``choose_x(scenario) -> label`` and grades it on hidden scenarios. Its
rubric is an ordered list of ``(label, predicate)`` rules: the first rule whose predicate holds decides,
and a default label answers when none does. The hidden block of a test cell writes the rubric there
(never in this package, which learners have installed) and uses this module to prove its generator
exercises every rule::

    from mlsc01 import conventions as C
    from mlsc01.rubric import Rubric
    rubric = Rubric([("collect_more_data", lambda s: s["minority"] < C.MIN_MINORITY_ROWS),
                     ("undersample_majority", lambda s: s["rows"] >= C.UNDERSAMPLE_MIN_ROWS)],
                    default="class_weights")
    scenarios = [make_scenario(rng) for _ in range(200)]
    rubric.check_coverage(scenarios)          # fails, saying which branch or pair is too rare
    keys = [rubric.decide(s) for s in scenarios]

Why both checks: a learner who drops a rule gets the scenarios that rule wins wrong, and a learner who
tests rule j before rule i gets wrong the scenarios where i wins while j also holds. With a pass mark of
``DECISION_PASS`` (95 %), each of those groups needs more than 5 % of the scenarios to make the mistake
fail; ``MIN_BRANCH_SHARE`` (10 %) is the course's bar.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from .conventions import MIN_BRANCH_SHARE

__all__ = ["Coverage", "Rubric", "RubricCoverageError", "boundary", "exact_count"]


class RubricCoverageError(AssertionError):
    """The scenarios do not cover a branch or an ordered pair of the rubric well enough."""


@dataclass
class Coverage:
    """How a list of scenarios exercises a rubric.

    ``wins[name]`` is the share of scenarios each rule (and the default, named ``default: <label>``) decides.
    ``pairs[(a, b)]``, for rules a before b with different labels, is the share of scenarios that rule a
    wins while rule b also holds: the scenarios that catch the two rules applied in the wrong order.
    """

    n: int
    wins: dict[str, float]
    pairs: dict[tuple[str, str], float]
    pair_counts: dict[tuple[str, str], int]
    exclusive: set[frozenset[str]] = field(default_factory=set)

    def problems(self, min_share: float = MIN_BRANCH_SHARE, min_pair_count: int | None = None) -> list[str]:
        out = []
        for name, share in self.wins.items():
            if share < min_share:
                out.append(f"branch {name!r} decides {share:.1%} of the {self.n} scenarios (needs ≥ {min_share:.0%})")
        for (a, b), share in self.pairs.items():
            if frozenset((a, b)) in self.exclusive:
                continue
            count = self.pair_counts[(a, b)]
            if min_pair_count is not None:
                if count < min_pair_count:
                    out.append(f"pair {a!r} before {b!r}: {count} scenario(s) where {a!r} wins and {b!r} also holds "
                               f"(needs ≥ {min_pair_count}); a learner testing them in the wrong order would not fail")
            elif share < min_share:
                out.append(f"pair {a!r} before {b!r}: {share:.1%} of the scenarios have {a!r} winning while {b!r} "
                           f"also holds (needs ≥ {min_share:.0%}); a learner testing them in the wrong order would "
                           "not fail. If the two can never hold together, declare them exclusive=")
        return out

    def format(self) -> str:
        lines = [f"{self.n} scenarios; share decided by each branch:"]
        lines += [f"  {share:6.1%}  {name}" for name, share in self.wins.items()]
        if self.pairs:
            lines.append("share where the earlier rule wins and the later one also holds (catches a wrong order):")
            for (a, b), share in self.pairs.items():
                note = "  (declared exclusive)" if frozenset((a, b)) in self.exclusive else ""
                lines.append(f"  {share:6.1%}  {a} before {b}{note}")
        return "\n".join(lines)


class Rubric:
    """An ordered decision rubric: the first rule whose predicate holds gives the label, else ``default``.

    ``rules`` holds ``(label, predicate)`` pairs, or ``(label, predicate, name)`` when two rules give the same
    label (names must be unique; they default to the label, numbered when a label repeats).
    ``exclusive`` lists pairs of rule names that can never hold together (their pair is not checked).
    """

    def __init__(self, rules: Sequence[tuple], default: str, *, exclusive: Iterable[tuple[str, str]] = ()):
        if not rules:
            raise ValueError("a rubric needs at least one rule")
        labels = [r[0] for r in rules]
        self.rules: list[tuple[str, str, Callable[[Any], bool]]] = []
        for i, rule in enumerate(rules):
            if len(rule) not in (2, 3) or not callable(rule[1]):
                raise ValueError(f"rule {i} must be (label, predicate) or (label, predicate, name), got {rule!r}")
            label, pred = rule[0], rule[1]
            if len(rule) == 3:
                name = rule[2]
            else:
                name = label if labels.count(label) == 1 else f"{label}#{labels[:i + 1].count(label)}"
            self.rules.append((name, label, pred))
        names = [n for n, _, _ in self.rules]
        if len(set(names)) != len(names):
            raise ValueError(f"rule names must be unique: {names}")
        self.default = default
        self.default_name = f"default: {default}"
        self.exclusive = set()
        for a, b in exclusive:
            unknown = {a, b} - set(names)
            if unknown:
                raise ValueError(f"exclusive names unknown rule(s) {sorted(unknown)}; rules are {names}")
            self.exclusive.add(frozenset((a, b)))

    def winner(self, scenario) -> str:
        """The name of the rule that decides the scenario (or the default's name)."""
        for name, _label, pred in self.rules:
            if pred(scenario):
                return name
        return self.default_name

    def decide(self, scenario) -> str:
        """The rubric's label for the scenario: the first rule that holds, else the default."""
        for _name, label, pred in self.rules:
            if pred(scenario):
                return label
        return self.default

    def coverage(self, scenarios: Sequence) -> Coverage:
        scenarios = list(scenarios)
        n = len(scenarios)
        if n == 0:
            raise ValueError("coverage needs at least one scenario")
        names = [name for name, _, _ in self.rules]
        wins = dict.fromkeys([*names, self.default_name], 0)
        order = [(a, b) for i, a in enumerate(names) for b in names[i + 1:]
                 if self.rules[i][1] != self.rules[names.index(b)][1]]
        counts = dict.fromkeys(order, 0)
        for s in scenarios:
            holds = [bool(pred(s)) for _, _, pred in self.rules]
            first = next((i for i, h in enumerate(holds) if h), None)
            if first is None:
                wins[self.default_name] += 1
                continue
            a = names[first]
            wins[a] += 1
            for j in range(first + 1, len(names)):
                if holds[j] and (a, names[j]) in counts:
                    counts[(a, names[j])] += 1
        return Coverage(n, {k: v / n for k, v in wins.items()}, {k: v / n for k, v in counts.items()}, counts,
                        set(self.exclusive))

    def check_coverage(self, scenarios: Sequence, *, min_share: float = MIN_BRANCH_SHARE,
                       min_pair_count: int | None = None) -> Coverage:
        """Fail unless every branch, and every pair of rules with different labels, has enough scenarios.

        A branch needs ``min_share`` of the scenarios; a pair needs ``min_share`` too, or ``min_pair_count``
        scenarios when that is given. Returns the coverage (``.format()`` prints the shares).
        """
        cov = self.coverage(scenarios)
        problems = cov.problems(min_share, min_pair_count)
        if problems:
            raise RubricCoverageError("grader check: the hidden scenarios do not cover the rubric:\n- "
                                      + "\n- ".join(problems) + "\n" + cov.format())
        return cov


def boundary(threshold, step=None) -> tuple:
    """``(just_below, exactly, just_above)`` a threshold, for exact-boundary test cases.

    Integers step by 1 (or ``step``); floats by ``step``, by default the smallest step that still changes the
    value's comparison (``math.nextafter``), so a ``<`` written as ``<=`` (or the reverse) fails at ``exactly``
    and a nudged threshold fails at one of the neighbours.
    """
    if isinstance(threshold, bool):
        raise TypeError("a boundary needs a number, not a bool")
    if isinstance(threshold, int) and (step is None or isinstance(step, int)):
        s = 1 if step is None else step
        return threshold - s, threshold, threshold + s
    t = float(threshold)
    if step is None:
        return math.nextafter(t, -math.inf), t, math.nextafter(t, math.inf)
    return t - step, t, t + step


def exact_count(share: float, total: int) -> int:
    """The count ``k`` with ``k / total == share`` exactly in floating point (a share exactly at a threshold).

    Raises ValueError when no whole count out of ``total`` gives the share exactly: pick another total.
    """
    k = Fraction(share).limit_denominator(10**9) * total
    k = round(k)
    if k / total != share:
        raise ValueError(f"no whole count out of {total} gives exactly {share!r}; choose a total such as "
                         f"{Fraction(share).limit_denominator(10**6).denominator * 10}")
    return int(k)
