"""The item bank: exam-style questions, one TOML file per topic in ``mlsc01/items/``.

Format (one ``[[item]]`` table per question)::

    [[item]]
    id = "D2_1_1-mc-median-imputation"     # unique; starts with the goal id in grade-id form
    goal = "D2.1.1"
    type = "multiple_choice"               # or "multiple_response"
    stem = "A question in the course's own words ..."
    options = ["...", "...", "...", "..."]
    answer = [2]                           # 0-based indices of the correct options
    explanation = "Why the key is right and the distractors are not."
    source = "https://docs.aws.amazon.com/..."   # the AWS page the item rests on

Rules, as in the real exam: multiple choice has 4 options and one key;
multiple response has 5 or more options, 2 or more keys, and the stem says
how many to choose ("Choose two."); multiple response scores all-or-nothing.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .catalog import goal, goal_of_grade_id

TYPES = ("multiple_choice", "multiple_response")
NUMBER_WORDS = {2: "two", 3: "three", 4: "four"}
SOURCE = re.compile(r"^https://(docs\.aws\.amazon\.com|aws\.amazon\.com)/\S+$")


class ItemBankError(ValueError):
    pass


@dataclass(frozen=True)
class Item:
    id: str
    goal: str
    type: str
    stem: str
    options: tuple[str, ...]
    answer: tuple[int, ...]
    explanation: str
    source: str

    def is_correct(self, chosen) -> bool:
        """All-or-nothing: the chosen option indices equal the key exactly."""
        return set(chosen) == set(self.answer)


FIELDS = ("id", "goal", "type", "stem", "options", "answer", "explanation", "source")
OPTIONAL_FIELDS = ("quote",)   # a short verbatim quote from the source page that supports the key


def validate_item(raw: dict, where: str) -> Item:
    missing = [f for f in FIELDS if f not in raw]
    if missing:
        raise ItemBankError(f"{where}: missing field(s) {', '.join(missing)}")
    extra = sorted(set(raw) - set(FIELDS) - set(OPTIONAL_FIELDS))
    if extra:
        raise ItemBankError(f"{where}: unknown field(s) {', '.join(extra)}")
    iid = raw["id"]
    try:
        goal(raw["goal"])
    except KeyError as exc:
        raise ItemBankError(f"{where}: {exc.args[0]}") from None
    if goal_of_grade_id(iid) != raw["goal"]:
        raise ItemBankError(f"{where}: id {iid!r} must start with {raw['goal'].replace('.', '_')}- (its goal)")
    if raw["type"] not in TYPES:
        raise ItemBankError(f"{where}: type must be one of {', '.join(TYPES)}")
    opts, ans = raw["options"], raw["answer"]
    if not (isinstance(opts, list) and all(isinstance(o, str) and o.strip() for o in opts)):
        raise ItemBankError(f"{where}: options must be a list of non-empty strings")
    if len(set(opts)) != len(opts):
        raise ItemBankError(f"{where}: two options are the same")
    if not (isinstance(ans, list) and all(isinstance(a, int) for a in ans)) or len(set(ans)) != len(ans):
        raise ItemBankError(f"{where}: answer must be a list of distinct option indices (0-based)")
    if any(a < 0 or a >= len(opts) for a in ans):
        raise ItemBankError(f"{where}: answer index out of range (0..{len(opts) - 1})")
    if raw["type"] == "multiple_choice":
        if len(opts) != 4 or len(ans) != 1:
            raise ItemBankError(f"{where}: multiple choice needs 4 options and exactly one key")
    else:
        if len(opts) < 5 or len(ans) < 2 or len(ans) >= len(opts):
            raise ItemBankError(f"{where}: multiple response needs 5+ options and 2+ keys (not all)")
        word = NUMBER_WORDS.get(len(ans), str(len(ans)))
        if f"choose {word}" not in raw["stem"].lower():
            raise ItemBankError(f"{where}: a multiple-response stem must say 'Choose {word}.'")
    for f in ("stem", "explanation"):
        if not isinstance(raw[f], str) or len(raw[f].strip()) < 20:
            raise ItemBankError(f"{where}: {f} is missing or too short")
    if "quote" in raw and not (isinstance(raw["quote"], str) and 0 < len(raw["quote"].strip()) <= 300):
        raise ItemBankError(f"{where}: quote must be a short verbatim quote (1-300 characters) from the source page")
    if not SOURCE.match(raw["source"]):
        raise ItemBankError(f"{where}: source must be an https://docs.aws.amazon.com/ or https://aws.amazon.com/ page")
    return Item(iid, raw["goal"], raw["type"], raw["stem"].strip(), tuple(opts), tuple(ans),
                raw["explanation"].strip(), raw["source"])


def load_file(path: Path) -> list[Item]:
    try:
        data = tomllib.loads(Path(path).read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ItemBankError(f"{path}: not valid TOML: {exc}") from None
    return [validate_item(raw, f"{Path(path).name} item {i + 1} ({raw.get('id', '?')})")
            for i, raw in enumerate(data.get("item", []))]


def load_bank(folder: Path | None = None) -> list[Item]:
    """Every item of the bank, validated; ids are unique across files."""
    folder = Path(folder) if folder else Path(str(resources.files("mlsc01").joinpath("items")))
    items: list[Item] = []
    for path in sorted(folder.glob("*.toml")):
        items.extend(load_file(path))
    seen: set[str] = set()
    for it in items:
        if it.id in seen:
            raise ItemBankError(f"item id {it.id!r} is used twice")
        seen.add(it.id)
    return items


@lru_cache(maxsize=1)
def bank() -> tuple[Item, ...]:
    return tuple(load_bank())
