import pytest

from mlsc01.items import ItemBankError, bank, load_file, validate_item

GOOD_MC = {
    "id": "D2_1_1-mc-example", "goal": "D2.1.1", "type": "multiple_choice",
    "stem": "Which imputation keeps the median of a skewed column unchanged?",
    "options": ["Mean", "Median", "Zero", "Drop rows"], "answer": [1],
    "explanation": "Filling with the median leaves the median where it was.",
    "source": "https://docs.aws.amazon.com/sagemaker/latest/dg/data-wrangler-transform.html",
}
GOOD_MR = {**GOOD_MC, "id": "D2_1_1-mr-example", "type": "multiple_response",
           "stem": "Which two steps belong inside cross-validation? (Choose two.)",
           "options": ["SMOTE", "Scaling", "Reading the CSV", "Plotting", "Naming columns"], "answer": [0, 1]}


def test_valid_items_load():
    assert validate_item(GOOD_MC, "t").answer == (1,)
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


def test_shipped_bank_is_valid_and_unique():
    items = bank()
    assert len({i.id for i in items}) == len(items)
    assert all(i.source.startswith("https://") for i in items)
