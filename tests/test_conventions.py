"""The course conventions are one table: the generated document matches it and look-ups explain themselves."""

import pytest
from conftest import REPO

from mlsc01 import conventions


def test_document_is_generated_from_the_table():
    assert (REPO / "docs/conventions.md").read_text("utf-8") == conventions.document(), \
        "docs/conventions.md is stale: run `python -m mlsc01.conventions > docs/conventions.md`"


def test_values_are_module_constants_and_unknown_names_list_the_known_ones():
    assert conventions.SKEW_LOG == conventions.value("SKEW_LOG") == 1.0
    assert conventions.LEAK_AUC == 0.95
    with pytest.raises(KeyError, match="LEAK_AUC"):
        conventions.value("LEAK")
    assert "| `IMBALANCE_SHARE` | 0.1 |" in conventions.table_markdown("imbalance")
    with pytest.raises(KeyError, match="imbalance"):
        conventions.table_markdown("nope")
