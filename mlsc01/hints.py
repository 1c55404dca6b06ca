"""Tiered hints per exercise, one TOML file per topic in ``mlsc01/hints/``::

    ["D2_1_1-impute-median"]
    hints = ["A nudge.", "A bigger nudge.", "Almost the recipe."]

In a notebook: ``hint("D2_1_1-cast-types")`` shows the first hint, ``hint("D2_1_1-cast-types", 2)`` the
second; ``hint("D2.1.1")`` (a goal id) or an id that does not exist lists the check ids there are.
"""

from __future__ import annotations

import difflib
import tomllib
from functools import lru_cache
from importlib import resources

from .catalog import GOAL_ID, goal_of_grade_id


@lru_cache(maxsize=1)
def all_hints() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    folder = resources.files("mlsc01").joinpath("hints")
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".toml"):
            for grade_id, table in tomllib.loads(entry.read_text("utf-8")).items():
                out[grade_id] = list(table.get("hints", []))
    return out


def check_ids(goal_id: str | None = None) -> list[str]:
    """The check ids (test and answer cells' grade ids) with hints, in course order; only one goal's if given."""
    ids = list(all_hints())
    return [i for i in ids if goal_id is None or goal_of_grade_id(i) == goal_id]


def unknown_check(grade_id: str, what: str = "hints", known: list[str] | None = None) -> str:
    """Why ``grade_id`` names no check, and the check ids to use instead (from ``known``, else the hinted ones)."""
    grade_id = str(grade_id).strip()
    goal_id = grade_id if GOAL_ID.match(grade_id) else goal_of_grade_id(grade_id) or \
        (grade_id.replace("_", ".") if GOAL_ID.match(grade_id.replace("_", ".")) else None)
    every = check_ids() if known is None else list(known)
    if goal_id:
        ids = [i for i in every if goal_of_grade_id(i) == goal_id]
        if not ids:
            return f"{goal_id} has no checks with {what} yet."
        lead = f"{grade_id!r} is a goal id" if grade_id == goal_id else f"There is no check {grade_id!r}"
        return f"{lead}; the checks of {goal_id} are: {', '.join(ids)}"
    close = difflib.get_close_matches(grade_id, every, n=3)
    also = f" Did you mean {', '.join(close)}?" if close else ""
    return (f"There is no check {grade_id!r}.{also} A check id is the text in the check's `exercise(...)` line, "
            "for example D2_1_1-cast-types; hint('D2.1.1') lists a goal's checks.")


def hint_text(grade_id: str, level: int = 1) -> str:
    """Hint number ``level`` for the exercise ``grade_id``, or a message saying why there is none."""
    tiers = all_hints().get(grade_id)
    if not tiers:
        msg = unknown_check(grade_id)
    elif not 1 <= level <= len(tiers):
        msg = f"{grade_id} has hints 1 to {len(tiers)}."
    else:
        more = f" (hint({grade_id!r}, {level + 1}) says more)" if level < len(tiers) else ""
        msg = f"Hint {level}/{len(tiers)}: {tiers[level - 1]}{more}"
    return msg


def hint(grade_id: str, level: int = 1) -> None:
    """Show hint number ``level`` for the exercise ``grade_id``."""
    print(hint_text(grade_id, level))
