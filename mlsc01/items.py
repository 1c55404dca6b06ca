"""The item bank: exam-style questions, one TOML file per topic in ``mlsc01/items/<assignment>.toml``.

Format (one ``[[item]]`` table per question)::

    [[item]]
    id = "D2_1_1-mc-median-imputation"     # unique; starts with the goal id in grade-id form
    goal = "D2.1.1"                        # a goal of this file's topic
    type = "multiple_choice"               # or "multiple_response"
    stem = "A scenario in the course's own words ... Which approach is MOST cost-effective?"
    options = ["...", "...", "...", "..."]
    answer = [2]                           # 0-based indices of the correct options
    explanation = "Why the key is right and why each distractor is not."
    source = "https://docs.aws.amazon.com/..."   # the AWS page the item rests on
    quote = "A short verbatim quote from that page that supports the key."

Loading (``load_file``, ``bank``) refuses what would make an item unusable: a missing or unknown field,
a goal that does not exist, answer indices out of range; multiple choice has 4 options and one key,
multiple response 5 or more options, 2 or more keys (not all) and a stem that says how many to choose
("Choose two."); multiple response scores all-or-nothing, as in the exam.

The authoring rules (``check_bank``, run by ``mlsc01 verify`` and the item tests; ``python -m mlsc01.items``
prints them with the bank's figures) add, per item:

- ``quote``: non-empty, at most 300 characters (a human reviews that the page says it);
- no "all of the above" / "none of the above" (or both/neither of the above, all/none of these), and no
  option or explanation that names an option by its letter ("option B", "both A and C"): options are
  shuffled in every exam draw and quiz, so refer to an option by its content;

and, for the whole bank and for each topic (file) that has enough items of the kind:

- at least 3 items for every goal that has graded exercises;
- multiple choice (topics with 5+ multiple-choice items): no key position (A, B, C or D, as written in
  the file) holds more than 40 % of the keys, and the key is the *uniquely* longest option (in characters,
  ties do not count) in at most 40 % of the items;
- multiple response (topics with 3+ multiple-response items): no option position is in more than 60 %
  of the keys, rounded up to a whole key (with 3 keys: not in all of them); no key pattern (the exact
  set of positions, e.g. A+B) is used by more than 40 % of the items, rounded up; and not every key has
  the same number of correct options (mix "Choose two." with "Choose three.").
"""

from __future__ import annotations

import math
import random
import re
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .catalog import goal, goal_of_grade_id

TYPES = ("multiple_choice", "multiple_response")
NUMBER_WORDS = {2: "two", 3: "three", 4: "four"}
LETTERS = "ABCDEFGH"
SOURCE = re.compile(r"^https://(docs\.aws\.amazon\.com|aws\.amazon\.com)/\S+$")

# The authoring rules (documented above and in docs/authoring.md).
ITEMS_PER_GOAL = 3
QUOTE_MAX = 300
MC_KEY_POSITION_MAX = 0.40
MC_LONGEST_KEY_MAX = 0.40
MC_TOPIC_MIN = 5
MR_POSITION_MAX = 0.60
MR_PATTERN_MAX = 0.40
MR_TOPIC_MIN = 3
CATCH_ALL = re.compile(r"\b(all|none|both|neither) of (the )?(above|these|the options|the answers)\b", re.I)
LETTER_REF = re.compile(r"\b(?i:options?|answers?|choices?)\s+\(?[A-H]\b\)?"
                        r"|\b(?i:both|either|neither)\s+\(?[A-H]\)?\s+(?i:and|or|nor)\s+\(?[A-H]\b")


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
    quote: str = ""

    def is_correct(self, chosen) -> bool:
        """All-or-nothing: the chosen option indices equal the key exactly."""
        return set(chosen) == set(self.answer)

    @property
    def topic(self) -> str:
        """The assignment (and item file) of the item's topic, e.g. ``d2-1-data-sanitization``."""
        return goal(self.goal).assignment


FIELDS = ("id", "goal", "type", "stem", "options", "answer", "explanation", "source", "quote")
REQUIRED_AT_LOAD = FIELDS[:-1]  # a missing quote is an authoring-rule problem (check_bank), not a load error


def validate_item(raw: dict, where: str) -> Item:
    missing = [f for f in REQUIRED_AT_LOAD if f not in raw]
    if missing:
        raise ItemBankError(f"{where}: missing field(s) {', '.join(missing)}")
    extra = sorted(set(raw) - set(FIELDS))
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
    if not SOURCE.match(raw["source"]):
        raise ItemBankError(f"{where}: source must be an https://docs.aws.amazon.com/ or https://aws.amazon.com/ page")
    quote = raw.get("quote", "")
    if not isinstance(quote, str):
        raise ItemBankError(f"{where}: quote must be a string")
    return Item(iid, raw["goal"], raw["type"], raw["stem"].strip(), tuple(opts), tuple(ans),
                raw["explanation"].strip(), raw["source"], quote.strip())


def _read_toml(path: Path) -> list[dict]:
    try:
        data = tomllib.loads(Path(path).read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ItemBankError(f"{path}: not valid TOML: {exc}") from None
    return data.get("item", [])


def _where(path: Path, i: int, raw: dict) -> str:
    return f"{Path(path).name} item {i + 1} ({raw.get('id', '?')})"


def load_file(path: Path) -> list[Item]:
    return [validate_item(raw, _where(path, i, raw)) for i, raw in enumerate(_read_toml(path))]


def default_folder() -> Path:
    return Path(str(resources.files("mlsc01").joinpath("items")))


def load_bank(folder: Path | None = None) -> list[Item]:
    """Every item of the bank, validated; ids are unique across files."""
    folder = Path(folder) if folder else default_folder()
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


def topic_items(topic: str, folder: Path | None = None) -> list[Item]:
    """The items of one topic's file (``<topic>.toml``); ItemBankError when there is none."""
    folder = Path(folder) if folder else default_folder()
    path = folder / f"{topic}.toml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in folder.glob("*.toml"))) or "none"
        raise ItemBankError(f"no item bank for topic {topic!r}; topics with items: {known}")
    return load_file(path)


# ---- the authoring rules ---------------------------------------------------------------------------

def key_letters(indices) -> str:
    return "".join(LETTERS[i] for i in sorted(indices))


def key_is_uniquely_longest(it: Item) -> bool:
    lengths = [len(o.strip()) for o in it.options]
    k = it.answer[0]
    return all(lengths[k] > n for j, n in enumerate(lengths) if j != k)


def shuffled_order(it: Item, seed: int | str) -> tuple[int, ...]:
    """The option order of ``it`` in draw ``seed``: displayed option j is ``it.options[order[j]]``.
    Seeded by the draw and the item id, so an item keeps its order whatever else is drawn with it."""
    order = list(range(len(it.options)))
    random.Random(f"{seed}/{it.id}").shuffle(order)
    return tuple(order)


def displayed_key(it: Item, order) -> str:
    """The key's letters as displayed under ``order``."""
    return "".join(LETTERS[j] for j, i in enumerate(order) if i in it.answer)


def item_problems(it: Item) -> list[str]:
    """What breaks the per-item authoring rules (quote, catch-all options, options named by letter)."""
    out = []
    if not it.quote:
        out.append("has no quote: add `quote = \"...\"`, a short verbatim sentence from its source page that "
                   "supports the key")
    elif len(it.quote) > QUOTE_MAX:
        out.append(f"quote is {len(it.quote)} characters long (at most {QUOTE_MAX}): quote only the sentence "
                   "that supports the key")
    for n, opt in enumerate(it.options):
        if CATCH_ALL.search(opt):
            out.append(f"option {LETTERS[n]} is a catch-all ({CATCH_ALL.search(opt).group(0)!r}): options are "
                       "shuffled and the exam avoids them; write a real alternative")
        if LETTER_REF.search(opt):
            out.append(f"option {LETTERS[n]} names another option by letter ({LETTER_REF.search(opt).group(0)!r}), "
                       "but options are shuffled: name its content instead")
    if LETTER_REF.search(it.explanation):
        out.append(f"explanation names an option by letter ({LETTER_REF.search(it.explanation).group(0)!r}), but "
                   "options are shuffled in exams and quizzes: name the option's content instead")
    return out


@dataclass
class Figures:
    """The cue-related figures of a set of items (the bank or one topic)."""
    n_items: int = 0
    mc: int = 0
    mc_positions: Counter = field(default_factory=Counter)
    mc_longest: list[str] = field(default_factory=list)
    mr: int = 0
    mr_positions: Counter = field(default_factory=Counter)
    mr_patterns: Counter = field(default_factory=Counter)
    mr_counts: Counter = field(default_factory=Counter)

    def describe(self) -> str:
        parts = [f"{self.n_items} items"]
        if self.mc:
            pos = ", ".join(f"{L} {self.mc_positions[L]}" for L in LETTERS[:4])
            parts.append(f"{self.mc} multiple choice: keys {pos}; key uniquely longest in "
                         f"{len(self.mc_longest)} ({_pct(len(self.mc_longest), self.mc)})")
        if self.mr:
            pats = ", ".join(f"{p} ×{n}" for p, n in sorted(self.mr_patterns.items()))
            pos = ", ".join(f"{L} {n}" for L, n in sorted(self.mr_positions.items()))
            counts = ", ".join(f"{n} keys ×{c}" for n, c in sorted(self.mr_counts.items()))
            parts.append(f"{self.mr} multiple response: keys {pats}; positions {pos}; {counts}")
        return "; ".join(parts)


def _cap(share: float) -> str:
    return f"{round(100 * share)} %"


def _some(ids: list[str], at_most: int = 8) -> str:
    return ", ".join(ids[:at_most]) + (f" and {len(ids) - at_most} more" if len(ids) > at_most else "")


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:.0f} %" if n else "-"


def figures(items) -> Figures:
    f = Figures(n_items=len(items))
    for it in items:
        if it.type == "multiple_choice":
            f.mc += 1
            f.mc_positions[LETTERS[it.answer[0]]] += 1
            if key_is_uniquely_longest(it):
                f.mc_longest.append(it.id)
        else:
            f.mr += 1
            key = key_letters(it.answer)
            f.mr_patterns[key] += 1
            f.mr_counts[len(it.answer)] += 1
            f.mr_positions.update(key)
    return f


def distribution_problems(f: Figures, *, topic: bool) -> list[str]:
    """Key-position, longest-option and multiple-response rules over one scope's figures."""
    out = []
    if f.mc and (not topic or f.mc >= MC_TOPIC_MIN):
        letter, top = max(f.mc_positions.items(), key=lambda kv: (kv[1], -ord(kv[0][0])))
        if top > MC_KEY_POSITION_MAX * f.mc:
            spread = ", ".join(f"{L} {f.mc_positions[L]}" for L in LETTERS[:4])
            out.append(f"the key is option {letter} in {top} of {f.mc} multiple-choice items ({_pct(top, f.mc)}; "
                       f"at most {_cap(MC_KEY_POSITION_MAX)} per position): move keys to other positions "
                       f"(keys now {spread})")
        if len(f.mc_longest) > MC_LONGEST_KEY_MAX * f.mc:
            out.append(f"the key is the uniquely longest option in {len(f.mc_longest)} of {f.mc} multiple-choice items "
                       f"({_pct(len(f.mc_longest), f.mc)}; at most {_cap(MC_LONGEST_KEY_MAX)}): make a distractor as "
                       f"detailed as the key, or the key shorter, in some of {_some(f.mc_longest)}")
    if f.mr and (not topic or f.mr >= MR_TOPIC_MIN) and f.mr >= 2:
        cap = math.ceil(MR_POSITION_MAX * f.mr)
        if f.mr_positions:
            letter, top = max(f.mr_positions.items(), key=lambda kv: (kv[1], -ord(kv[0][0])))
            if top > min(cap, f.mr - 1):
                out.append(f"option {letter} is in {top} of {f.mr} multiple-response keys (at most {min(cap, f.mr - 1)}: "
                           f"{_cap(MR_POSITION_MAX)} rounded up, never all): put some keys on other positions "
                           f"(keys now {', '.join(sorted(f.mr_patterns.elements()))})")
        pcap = math.ceil(MR_PATTERN_MAX * f.mr)
        pattern, used = max(f.mr_patterns.items(), key=lambda kv: (kv[1], -ord(kv[0][0])))
        if used > pcap:
            out.append(f"the multiple-response key {pattern} is used by {used} of {f.mr} items (at most {pcap}: "
                       f"{_cap(MR_PATTERN_MAX)} rounded up): vary which options are correct")
        if len(f.mr_counts) == 1 and f.mr >= MR_TOPIC_MIN:
            (n, _), = f.mr_counts.items()
            out.append(f"every one of the {f.mr} multiple-response keys has {n} correct options: write some with "
                       f"{'three' if n == 2 else 'two'} (\"Choose {'three' if n == 2 else 'two'}.\")")
    return out


def check_bank(folder: Path | None = None, *, graded_goals=None, topics=None) -> list[tuple[str, str]]:
    """Every authoring-rule problem of the bank as (where, message) pairs; empty when the bank is sound.

    ``graded_goals``: the goals that have graded exercises (each needs ``ITEMS_PER_GOAL`` items).
    ``topics``: only these topics' files (per-topic rules); the bank-wide rules run when it is None.
    """
    folder = Path(folder) if folder else default_folder()
    label = "mlsc01/items/{}" if folder.parts[-2:] == ("mlsc01", "items") else f"{folder}/{{}}"
    out: list[tuple[str, str]] = []
    paths = sorted(folder.glob("*.toml"))
    if topics is not None:
        paths = [p for p in paths if p.stem in set(topics)]
    loaded: list[Item] = []
    ids: dict[str, str] = {}
    for path in paths:
        where = label.format(path.name)
        try:
            raws = _read_toml(path)
        except ItemBankError as exc:
            out.append((where, str(exc).replace(f"{path}: ", "")))
            continue
        file_items = []
        for i, raw in enumerate(raws):
            try:
                it = validate_item(raw, _where(path, i, raw))
            except ItemBankError as exc:
                out.append((where, str(exc).replace(f"{path.name} ", "", 1)))
                continue
            if it.id in ids:
                out.append((where, f"item id {it.id!r} is used twice (also in {ids[it.id]})"))
            ids[it.id] = path.name
            if it.topic != path.stem:
                out.append((where, f"item {it.id}: its goal {it.goal} belongs to {it.topic}.toml, not this file"))
            out.extend((where, f"item {it.id}: {m}") for m in item_problems(it))
            file_items.append(it)
        out.extend((where, f"{m}") for m in distribution_problems(figures(file_items), topic=True))
        loaded.extend(file_items)
    if topics is None:
        out.extend(("mlsc01/items (whole bank)", m) for m in distribution_problems(figures(loaded), topic=False))
    per_goal = Counter(it.goal for it in loaded)
    chosen = set(topics) if topics is not None else None
    for gid in sorted(graded_goals or ()):
        assignment = goal(gid).assignment
        if chosen is not None and assignment not in chosen:
            continue
        if per_goal[gid] < ITEMS_PER_GOAL:
            out.append((label.format(f"{assignment}.toml"),
                        f"goal {gid} has graded exercises and {per_goal[gid]} item(s); it needs at least "
                        f"{ITEMS_PER_GOAL}"))
    return out


def report(folder: Path | None = None, graded_goals=None) -> str:
    """The bank's figures per topic and in all, then its rule problems (``python -m mlsc01.items``)."""
    folder = Path(folder) if folder else default_folder()
    lines = []
    every: list[Item] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            its = load_file(path)
        except ItemBankError as exc:
            lines.append(f"{path.name}: cannot be loaded: {exc}")
            continue
        every.extend(its)
        lines.append(f"{path.stem}: {figures(its).describe()}")
    lines.append(f"whole bank: {figures(every).describe()}")
    problems = check_bank(folder, graded_goals=graded_goals)
    lines.append("")
    lines.append(f"{len(problems)} rule problem(s)" + (":" if problems else ""))
    lines += [f"- {w}: {m}" for w, m in problems]
    return "\n".join(lines)


if __name__ == "__main__":
    from .course import find_root
    from .verify import graded_goals

    print(report(graded_goals=graded_goals(find_root())))
    sys.exit(0)
