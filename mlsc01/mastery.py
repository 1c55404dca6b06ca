"""From per-cell scores to mastery by goal, topic and domain, a readiness estimate and what to study next.

Everything is driven by the catalog and the grade ids, so topics added later need no code here.

A goal's progress is one of: *no exercise yet*, *not attempted* (every check of the goal still reports
*not attempted yet*, or its notebook is not in the workspace), *in progress*, *mastered* (every point).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from .catalog import DOMAIN_WEIGHTS, goal_of_grade_id, goals

PASS_MARK = 750
SCALE_MIN, SCALE_MAX = 100, 1000

NO_EXERCISE, NOT_ATTEMPTED, IN_PROGRESS, MASTERED = "no exercise yet", "not attempted", "in progress", "mastered"
# What one test cell reported when graded (``selfgrade`` reads it from the autograded notebook).
PASS, WRONG = "pass", "wrong"


@dataclass
class Tally:
    earned: float = 0.0
    possible: float = 0.0
    attempted: bool = False  # some check of it reported pass or wrong (not *not attempted yet*)

    @property
    def status(self) -> str:
        if self.possible == 0:
            return NO_EXERCISE
        if self.earned >= self.possible:
            return MASTERED
        return IN_PROGRESS if self.attempted or self.earned > 0 else NOT_ATTEMPTED

    @property
    def mastery(self) -> float | None:
        return None if self.possible == 0 else self.earned / self.possible


@dataclass
class Recommendation:
    goal: str
    text: str
    mastery: float
    lesson: str
    exercise: str


@dataclass
class MasteryReport:
    goals: dict[str, Tally] = field(default_factory=dict)
    topics: dict[str, Tally] = field(default_factory=dict)
    domains: dict[int, Tally] = field(default_factory=dict)
    readiness: float | None = None
    goals_with_exercises: int = 0
    recommendations: list[Recommendation] = field(default_factory=list)
    revealed: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.readiness is not None and self.readiness >= PASS_MARK

    def to_json(self) -> dict:
        def tally(t: Tally) -> dict:
            return {"earned": t.earned, "possible": t.possible, "mastery": t.mastery, "status": t.status}

        return {
            "goals": {k: tally(v) for k, v in self.goals.items()},
            "topics": {k: tally(v) for k, v in self.topics.items()},
            "domains": {f"D{k}": {**tally(v), "weight": DOMAIN_WEIGHTS[k]} for k, v in self.domains.items()},
            "readiness": self.readiness,
            "pass_mark": PASS_MARK,
            "passed": self.passed,
            "goals_with_exercises": self.goals_with_exercises,
            "recommendations": [asdict(r) for r in self.recommendations],
            "revealed_solutions": self.revealed,
        }


def readiness(domains: dict[int, Tally]) -> float | None:
    """Scaled score (100–1000) from domain mastery, weighted 20/24/36/20 over the domains that have exercises."""
    avail = {d: t for d, t in domains.items() if t.possible > 0}
    if not avail:
        return None
    total_w = sum(DOMAIN_WEIGHTS[d] for d in avail)
    frac = sum(DOMAIN_WEIGHTS[d] * t.mastery for d, t in avail.items()) / total_w
    return round(SCALE_MIN + (SCALE_MAX - SCALE_MIN) * frac, 1)


def build_report(cell_scores: Iterable[tuple[str, float, float]], *, lesson_for=None, exercise_for=None,
                 n_recommend: int = 5, revealed: Iterable[str] = ()) -> MasteryReport:
    """``cell_scores``: (grade_id, earned, possible[, cell status]) for every test cell of every assignment.

    The optional status is what the check reported: ``pass``, ``wrong`` or ``not attempted``; without it a
    cell counts as attempted when it earned points.
    """
    rep = MasteryReport()
    by_id = {g.id: g for g in goals()}
    for g in goals():
        rep.goals[g.id] = Tally()
        rep.topics.setdefault(g.topic_id, Tally())
        rep.domains.setdefault(g.domain, Tally())
    for grade_id, earned, possible, *status in cell_scores:
        gid = goal_of_grade_id(grade_id)
        if gid is None:
            continue
        g = by_id[gid]
        attempted = (status[0] in (PASS, WRONG)) if status else earned > 0
        for t in (rep.goals[gid], rep.topics[g.topic_id], rep.domains[g.domain]):
            t.earned += earned
            t.possible += possible
            t.attempted = t.attempted or attempted
    rep.readiness = readiness(rep.domains)
    rep.goals_with_exercises = sum(1 for t in rep.goals.values() if t.possible > 0)
    rep.revealed = sorted(set(revealed))
    order = {g.id: i for i, g in enumerate(goals())}
    weak = sorted((gid for gid, t in rep.goals.items() if t.possible > 0 and t.mastery < 1),
                  key=lambda gid: (rep.goals[gid].mastery, order[gid]))
    for gid in weak[:n_recommend]:
        g = by_id[gid]
        rep.recommendations.append(Recommendation(
            gid, g.text, rep.goals[gid].mastery,
            lesson_for(g) if lesson_for else f"notebooks/{g.assignment}.ipynb",
            exercise_for(g) if exercise_for else f"{g.assignment}/"))
    return rep
