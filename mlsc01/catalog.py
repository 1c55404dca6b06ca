"""The 70 learning goals of the MLS-C01 outline, as data.

The catalog is stored in ``goals.json`` beside this module; ``parse_outline``
rebuilds it from the course outline text (``shared/seed``) and a test keeps the
two in step.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

DOMAIN_WEIGHTS = {1: 20, 2: 24, 3: 36, 4: 20}

# Short, stable names for the 18 topics: the assignment and lesson of topic
# D<d>.<t> are both called ``d<d>-<t>-<slug>``.
TOPIC_SLUGS = {
    (1, 1): "data-storage-ingestion",
    (1, 2): "data-transformation-etl",
    (1, 3): "orchestration-governance",
    (2, 1): "data-sanitization",
    (2, 2): "feature-engineering",
    (2, 3): "statistics-visualization",
    (2, 4): "dimensionality-reduction",
    (3, 1): "problem-framing",
    (3, 2): "builtin-algorithms",
    (3, 3): "custom-deep-learning",
    (3, 4): "tuning-training",
    (3, 5): "model-evaluation",
    (3, 6): "ai-services",
    (3, 7): "autopilot-automl",
    (4, 1): "deployment-inference",
    (4, 2): "pipelines-cicd",
    (4, 3): "monitoring-drift",
    (4, 4): "security-cost-governance",
}

GOAL_ID = re.compile(r"^D([1-4])\.([1-9])\.([1-9])$")
# A grade id starts with the goal id written with underscores, then "-slug".
GRADE_ID = re.compile(r"^D([1-4])_([1-9])_([1-9])-[A-Za-z0-9_-]+$")


@dataclass(frozen=True)
class Goal:
    id: str
    domain: int
    domain_name: str
    topic: int
    topic_name: str
    number: int
    verb: str
    text: str
    # A short name (≤ 34 characters) for tables, plots and the course home; not in the outline, so it is
    # kept out of comparisons with a parsed outline and carried over by ``write_catalog``.
    short: str = field(default="", compare=False)

    @property
    def label(self) -> str:
        """``D2.1.1 Data cleaning``: the id and the short name."""
        return f"{self.id} {self.short}" if self.short else self.id

    @property
    def weight(self) -> int:
        """Exam weight (percent) of the goal's domain."""
        return DOMAIN_WEIGHTS[self.domain]

    @property
    def topic_id(self) -> str:
        return f"D{self.domain}.{self.topic}"

    @property
    def assignment(self) -> str:
        return topic_assignment(self.domain, self.topic)

    @property
    def grade_prefix(self) -> str:
        return self.id.replace(".", "_")


def topic_assignment(domain: int, topic: int) -> str:
    return f"d{domain}-{topic}-{TOPIC_SLUGS[(domain, topic)]}"


@lru_cache(maxsize=1)
def goals() -> tuple[Goal, ...]:
    raw = json.loads(resources.files("mlsc01").joinpath("goals.json").read_text("utf-8"))
    return tuple(Goal(**g) for g in raw)


def goal(goal_id: str) -> Goal:
    for g in goals():
        if g.id == goal_id:
            return g
    raise KeyError(f"no goal {goal_id!r} in the catalog (ids look like D2.1.1)")


def goal_of_grade_id(grade_id: str) -> str | None:
    """The goal id a grade id names (``D2_1_1-impute`` -> ``D2.1.1``), or None."""
    m = GRADE_ID.match(grade_id or "")
    if not m:
        return None
    gid = "D{}.{}.{}".format(*m.groups())
    return gid if any(g.id == gid for g in goals()) else None


def topics() -> list[tuple[str, str, str]]:
    """(topic id, topic name, assignment name) in outline order."""
    seen: dict[str, tuple[str, str, str]] = {}
    for g in goals():
        seen.setdefault(g.topic_id, (g.topic_id, g.topic_name, g.assignment))
    return list(seen.values())


def parse_outline(text: str) -> list[Goal]:
    """Parse the outline's "Course Outline" section into goals."""
    lines = [ln.strip() for ln in text.splitlines()]
    start = lines.index("Course Outline")
    end = lines.index("Hands-On Labs")
    out: list[Goal] = []
    domain = topic = number = 0
    domain_name = topic_name = ""
    for ln in lines[start + 1 : end]:
        m = re.match(r"^Domain (\d): (.+)$", ln)
        if m:
            domain, domain_name, topic = int(m.group(1)), m.group(2), 0
        elif ln.startswith("- ") and domain:
            number += 1
            body = ln[2:].strip()
            out.append(
                Goal(
                    id=f"D{domain}.{topic}.{number}",
                    domain=domain,
                    domain_name=domain_name,
                    topic=topic,
                    topic_name=topic_name,
                    number=number,
                    verb=body.split()[0],
                    text=body,
                )
            )
        elif domain and ln and not ln.isdigit() and not re.match(r"^\d+ topics$", ln):
            topic, topic_name, number = topic + 1, ln, 0
    return out


def write_catalog(outline: Path, dest: Path) -> None:
    from dataclasses import asdict

    old = {g["id"]: g.get("short", "") for g in json.loads(dest.read_text("utf-8"))} if dest.is_file() else {}
    goals_ = [Goal(**{**asdict(g), "short": old.get(g.id, "")}) for g in parse_outline(outline.read_text("utf-8"))]
    dest.write_text(json.dumps([asdict(g) for g in goals_], indent=1, ensure_ascii=False) + "\n", "utf-8")
