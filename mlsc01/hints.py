"""Tiered hints per exercise, one TOML file per topic in ``mlsc01/hints/``::

    ["D2_1_1-impute-median"]
    hints = ["A nudge.", "A bigger nudge.", "Almost the recipe."]

In a notebook: ``hint("D2_1_1-impute-median")`` shows the first hint,
``hint("D2_1_1-impute-median", 2)`` the second.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def all_hints() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    folder = resources.files("mlsc01").joinpath("hints")
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".toml"):
            for grade_id, table in tomllib.loads(entry.read_text("utf-8")).items():
                out[grade_id] = list(table.get("hints", []))
    return out


def hint_text(grade_id: str, level: int = 1) -> str:
    """Hint number ``level`` for the exercise ``grade_id``, or a message saying why there is none."""
    tiers = all_hints().get(grade_id)
    if not tiers:
        msg = f"No hints are written for {grade_id!r} yet: reread the lesson section named in the exercise."
    elif not 1 <= level <= len(tiers):
        msg = f"{grade_id} has hints 1 to {len(tiers)}."
    else:
        more = f" (hint({grade_id!r}, {level + 1}) says more)" if level < len(tiers) else ""
        msg = f"Hint {level}/{len(tiers)}: {tiers[level - 1]}{more}"
    return msg


def hint(grade_id: str, level: int = 1) -> None:
    """Show hint number ``level`` for the exercise ``grade_id``."""
    print(hint_text(grade_id, level))
