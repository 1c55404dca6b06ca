"""Which goals the course's exercises and item bank cover."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from . import course
from .catalog import goal_of_grade_id, goals
from .items import bank
from .verify import test_cells


@dataclass
class GoalCoverage:
    id: str
    verb: str
    test_cells: int = 0
    points: float = 0.0
    notebooks: set[str] = field(default_factory=set)
    items: int = 0


def coverage(root: Path) -> list[GoalCoverage]:
    cov = {g.id: GoalCoverage(g.id, g.verb) for g in goals()}
    for a in course.assignments(root):
        for path in course.source_notebooks(root, a):
            try:
                nb = nbformat.read(str(path), as_version=4)
            except Exception:
                continue  # `mlsc01 verify` reports unreadable notebooks
            for grade_id, points in test_cells(nb):
                gid = goal_of_grade_id(grade_id)
                if gid:
                    cov[gid].test_cells += 1
                    cov[gid].points += points
                    cov[gid].notebooks.add(f"{a}/{path.name}")
    counts: dict[str, int] = defaultdict(int)
    for item in bank():
        counts[item.goal] += 1
    for gid, n in counts.items():
        cov[gid].items = n
    return list(cov.values())
