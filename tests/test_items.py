"""The item bank: what loading refuses, and the authoring rules ``mlsc01 verify`` enforces (on fixture banks)."""

import pytest

from mlsc01 import items as I
from mlsc01.items import ItemBankError, bank, check_bank, figures, load_file, validate_item

QUOTE = "Use the median to impute missing values in a skewed numeric column."
GOOD_MC = {
    "id": "D2_1_1-mc-example", "goal": "D2.1.1", "type": "multiple_choice",
    "stem": "Which imputation keeps the median of a skewed column unchanged?",
    "options": ["Mean", "Median", "Zero", "Drop rows"], "answer": [1],
    "explanation": "Filling with the median leaves the median where it was.",
    "source": "https://docs.aws.amazon.com/sagemaker/latest/dg/data-wrangler-transform.html",
    "quote": QUOTE,
}
GOOD_MR = {**GOOD_MC, "id": "D2_1_1-mr-example", "type": "multiple_response",
           "stem": "Which two steps belong inside cross-validation? (Choose two.)",
           "options": ["SMOTE", "Scaling", "Reading the CSV", "Plotting", "Naming columns"], "answer": [0, 1]}


def test_valid_items_load():
    assert validate_item(GOOD_MC, "t").answer == (1,)
    assert validate_item(GOOD_MC, "t").quote == QUOTE
    mr = validate_item(GOOD_MR, "t")
    assert mr.is_correct([1, 0]) and not mr.is_correct([0]) and not mr.is_correct([0, 1, 2])


@pytest.mark.parametrize("change, message", [
    ({"goal": "D9.9.9"}, "no goal"),
    ({"id": "D2_1_2-mc-example"}, "must start with D2_1_1-"),
    ({"type": "essay"}, "type must be"),
    ({"answer": [4]}, "out of range"),
    ({"answer": [0, 1]}, "exactly one key"),
    ({"options": ["a", "b", "c"]}, "4 options"),
    ({"options": ["a", "a", "b", "c"]}, "two options are the same"),
    ({"source": "https://example.com/dump"}, "source must be"),
    ({"explanation": ""}, "explanation"),
    ({"quote": 3}, "quote must be a string"),
])
def test_bad_mc_items_are_refused(change, message):
    with pytest.raises(ItemBankError, match=message):
        validate_item({**GOOD_MC, **change}, "t")


def test_bad_mr_items_are_refused():
    with pytest.raises(ItemBankError, match="Choose two"):
        validate_item({**GOOD_MR, "stem": "Which steps belong inside cross-validation?"}, "t")
    with pytest.raises(ItemBankError, match="2\\+ keys"):
        validate_item({**GOOD_MR, "answer": [0]}, "t")
    with pytest.raises(ItemBankError, match="missing field"):
        validate_item({k: v for k, v in GOOD_MR.items() if k != "answer"}, "t")
    with pytest.raises(ItemBankError, match="unknown field"):
        validate_item({**GOOD_MR, "difficulty": 3}, "t")


def test_file_errors(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[[item]\nid=")
    with pytest.raises(ItemBankError, match="not valid TOML"):
        load_file(bad)


# ---- the authoring rules, on fixture banks ------------------------------------------------------------

def toml_value(v):
    if isinstance(v, str):
        return "'''" + v + "'''"
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    return str(v)


def write_bank(folder, topic, raws):
    folder.mkdir(parents=True, exist_ok=True)
    text = "\n".join("[[item]]\n" + "\n".join(f"{k} = {toml_value(v)}" for k, v in raw.items()) + "\n" for raw in raws)
    (folder / f"{topic}.toml").write_text(text, "utf-8")
    return folder


def mc(n, key, goal="D2.1.1", longest=False, **extra):
    """A multiple-choice item with its key at position ``key``; the key is uniquely longest when ``longest``."""
    opts = [f"Distractor number {j} of item {n}, as detailed as the rest." for j in range(4)]
    opts[key] = f"The key of item {n}, worded with as many words as the others{' and a good deal more' if longest else ''}."
    if not longest:  # the key ties with (or is shorter than) a distractor
        opts[key] = opts[key][: len(opts[(key + 1) % 4])].rstrip() or opts[key]
    return {**GOOD_MC, "id": f"{goal.replace('.', '_')}-mc-{n}", "goal": goal, "options": opts, "answer": [key],
            "stem": f"Scenario {n}: which approach is MOST cost-effective?", **extra}


def mr(n, keys, goal="D2.1.1", **extra):
    word = {2: "two", 3: "three"}[len(keys)]
    return {**GOOD_MR, "id": f"{goal.replace('.', '_')}-mr-{n}", "goal": goal, "answer": list(keys),
            "options": [f"Option {j} of item {n}" for j in range(5)],
            "stem": f"Scenario {n}: which actions meet the requirement? (Choose {word}.)", **extra}


GOALS = ["D2.1.1", "D2.1.2", "D2.1.3"]


def sound_topic():
    """10 multiple choice (keys spread, 3 uniquely longest) and 4 multiple response (varied), 3+ items per goal."""
    mcs = [mc(n, n % 4, GOALS[n % 3], longest=n < 3) for n in range(10)]
    mrs = [mr(10, (0, 1), GOALS[0]), mr(11, (2, 4), GOALS[1]), mr(12, (1, 3, 4), GOALS[2]), mr(13, (0, 2), GOALS[0])]
    return mcs + mrs


def problems(tmp_path, raws, topic="d2-1-data-sanitization", graded=GOALS, topics=None):
    folder = write_bank(tmp_path / "bank", topic, raws)
    return [f"{w}: {m}" for w, m in check_bank(folder, graded_goals=set(graded), topics=topics)]


def test_a_sound_bank_has_no_problem(tmp_path):
    raws = sound_topic()
    assert problems(tmp_path, raws) == []
    f = figures([validate_item(r, "t") for r in raws])
    assert f.mc == 10 and f.mr == 4 and len(f.mc_longest) == 3
    assert dict(f.mc_positions) == {"A": 3, "B": 3, "C": 2, "D": 2}


@pytest.mark.parametrize("change, message", [
    ({"quote": ""}, "has no quote"),
    ({"quote": "x" * 301}, "quote is 301 characters long (at most 300)"),
    ({"options": ["All of the above", "b", "c", "d"]}, "option A is a catch-all ('All of the above')"),
    ({"options": ["a", "b", "c", "None of these options"]}, "option D is a catch-all"),
    ({"options": ["a", "Both A and C", "c", "d"]}, "option B names another option by letter"),
    ({"explanation": "Option B is right because the median is robust to outliers."},
     "explanation names an option by letter ('Option B')"),
])
def test_item_rules_say_what_and_where(tmp_path, change, message):
    raws = sound_topic()
    raws[0] = {**raws[0], **change}
    found = problems(tmp_path, raws)
    assert len(found) == 1, found
    assert found[0].startswith(f"{tmp_path / 'bank'}/d2-1-data-sanitization.toml: item D2_1_1-mc-0: ")
    assert message in found[0]


def test_missing_quote_field_is_a_rule_problem_not_a_load_error(tmp_path):
    raws = sound_topic()
    del raws[3]["quote"]
    folder = write_bank(tmp_path / "bank", "d2-1-data-sanitization", raws)
    assert len(I.load_bank(folder)) == len(raws)  # exams and quizzes keep working while quotes are written
    assert any("D2_1_1-mc-3: has no quote" in m for _, m in check_bank(folder, graded_goals=set()))


def test_three_items_per_graded_goal(tmp_path):
    raws = [r for r in sound_topic() if not (r["goal"] == "D2.1.3" and r["id"] != "D2_1_3-mc-2")]
    found = problems(tmp_path, raws)
    assert any("goal D2.1.3 has graded exercises and 1 item(s); it needs at least 3" in p for p in found), found
    assert not any("D2.1.3" in p for p in problems(tmp_path, raws, graded=["D2.1.1", "D2.1.2"]))


def test_key_position_over_40_percent_fails(tmp_path):
    raws = sound_topic()
    for n in (1, 2, 5):  # A now holds 3 + 3 = 6 of 10 keys
        raws[n] = mc(n, 0, GOALS[n % 3], longest=n < 3)
    found = problems(tmp_path, raws)
    assert any("the key is option A in 6 of 10 multiple-choice items (60 %; at most 40 % per position)" in p
               and "keys now A 6, B 1, C 1, D 2" in p for p in found), found


def test_exactly_40_percent_passes_and_a_small_topic_is_judged_only_in_the_bank(tmp_path):
    raws = sound_topic()
    raws[1] = mc(1, 0, GOALS[1], longest=True)  # A 4 of 10 = 40 %
    assert problems(tmp_path, raws) == []
    few = [mc(n, 0, GOALS[n % 3]) for n in range(4)]
    # 4 multiple-choice items, all keyed A: the topic is too small for the topic rule, the bank rule catches it
    found = problems(tmp_path, few, graded=[])
    assert found and all(p.startswith("mlsc01/items (whole bank)") for p in found), found
    assert problems(tmp_path, few, graded=[], topics=["d2-1-data-sanitization"]) == []


def test_key_uniquely_longest_over_40_percent_fails_and_ties_do_not_count(tmp_path):
    raws = sound_topic()
    for n in (3, 4):
        raws[n] = mc(n, n % 4, GOALS[n % 3], longest=True)  # 5 of 10
    found = problems(tmp_path, raws)
    assert any("the key is the uniquely longest option in 5 of 10 multiple-choice items (50 %; at most 40 %)" in p
               and "D2_1_1-mc-3" in p for p in found), found
    tie = mc(99, 2)
    tie["options"] = ["same length!", "same length?", "same length.", "short"]
    assert not I.key_is_uniquely_longest(validate_item(tie, "t"))


def test_mr_keys_must_vary_in_position_pattern_and_count(tmp_path):
    base = [r for r in sound_topic() if r["type"] == "multiple_choice"]
    same = base + [mr(10 + k, (0, 1), GOALS[k % 3]) for k in range(4)]
    found = "\n".join(problems(tmp_path, same))
    assert "option A is in 4 of 4 multiple-response keys (at most 3: 60 % rounded up, never all)" in found
    assert "the multiple-response key AB is used by 4 of 4 items (at most 2: 40 % rounded up)" in found
    assert "every one of the 4 multiple-response keys has 2 correct options: write some with three" in found
    varied_positions = base + [mr(10, (0, 1), GOALS[0]), mr(11, (2, 3), GOALS[1]), mr(12, (1, 4), GOALS[2]),
                               mr(13, (0, 3), GOALS[0])]
    found = "\n".join(problems(tmp_path, varied_positions))
    assert "rounded up" not in found and "correct options: write some with three" in found
    three = [mr(10, (0, 1), GOALS[0]), mr(11, (0, 2), GOALS[1]), mr(12, (1, 2, 4), GOALS[2])]
    found = "\n".join(problems(tmp_path, base + three))
    assert found == "", found  # A, B and C each in 2 of 3 keys, three patterns, two counts


def test_goal_of_another_topic_and_duplicate_ids(tmp_path):
    raws = sound_topic()
    raws.append({**mc(50, 1, "D2.2.1")})
    raws.append(dict(raws[0]))
    found = "\n".join(problems(tmp_path, raws))
    assert "item D2_2_1-mc-50: its goal D2.2.1 belongs to d2-2-feature-engineering.toml, not this file" in found
    assert "item id 'D2_1_1-mc-0' is used twice" in found


def test_broken_item_is_reported_and_the_rest_still_checked(tmp_path):
    raws = sound_topic()
    raws[0] = {**raws[0], "answer": [7]}
    raws[1] = {**raws[1], "quote": ""}
    found = "\n".join(problems(tmp_path, raws))
    assert "item 1 (D2_1_1-mc-0): answer index out of range" in found and "D2_1_2-mc-1: has no quote" in found


def test_shuffled_order_is_seeded_and_a_permutation():
    it = validate_item(GOOD_MR, "t")
    orders = {I.shuffled_order(it, s) for s in range(30)}
    assert all(sorted(o) == list(range(5)) for o in orders) and len(orders) > 10
    assert I.shuffled_order(it, 3) == I.shuffled_order(it, 3)
    order = I.shuffled_order(it, 3)
    assert I.displayed_key(it, order) == "".join(sorted(I.LETTERS[order.index(k)] for k in it.answer))


def test_shipped_bank_loads_and_ids_are_unique():
    items = bank()
    assert len({i.id for i in items}) == len(items)
    assert all(i.source.startswith("https://") for i in items)


def test_shipped_bank_meets_the_authoring_rules():
    """The same check as `mlsc01 verify`; it fails until Domain 2's items are rewritten to the rules."""
    from conftest import REPO

    from mlsc01.verify import graded_goals

    found = check_bank(REPO / "mlsc01" / "items", graded_goals=graded_goals(REPO))
    assert found == [], "\n".join(f"{w}: {m}" for w, m in found)


def test_verify_checks_the_bank_next_to_the_assignments(tmp_path):
    """`mlsc01 verify` adds an item-bank row and fails, saying where, when the course's bank breaks a rule."""
    from conftest import add_assignment, fixture_cells, make_course

    from mlsc01.cli import main
    from mlsc01.verify import verify

    root = make_course(tmp_path / "course")
    add_assignment(root, "fx-good", fixture_cells())  # grades goal D2.1.1
    assert main(["--root", str(root), "release", "fx-good"]) == 0
    raws = [r for r in sound_topic() if r["goal"] != "D2.1.1"] + [mc(90, 1, "D2.1.1"), mc(91, 2, "D2.1.1")]
    write_bank(root / "mlsc01" / "items", "d2-1-data-sanitization", raws)
    lines = []
    rc = verify(root, lessons=False, out=lines.append, progress=False)
    text = "\n".join(lines)
    row = next(line for line in text.splitlines() if line.startswith("mlsc01/items/ (whole bank)"))
    assert rc == 1 and "item bank" in row and row.endswith("FAIL")
    assert ("- mlsc01/items/d2-1-data-sanitization.toml: goal D2.1.1 has graded exercises and 2 item(s); "
            "it needs at least 3") in text
    assert "fx-good/fx-good.ipynb" in text and "problem(s)" in text


def test_goals_command_counts_three_items_per_goal(capsys):
    from mlsc01.cli import main

    assert main(["goals"]) == 0
    assert "have 3+ exam-style items (each goal with graded exercises needs 3)" in capsys.readouterr().out
