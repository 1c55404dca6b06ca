"""mlsc01.rubric: first-match decisions, branch and pair coverage, exact-boundary values."""

import random

import pytest

from mlsc01 import conventions as C
from mlsc01.rubric import Rubric, RubricCoverageError, boundary, exact_count


def imbalance_rubric():
    return Rubric([("collect_more_data", lambda s: s["minority"] < C.MIN_MINORITY_ROWS),
                   ("undersample_majority", lambda s: s["rows"] >= C.UNDERSAMPLE_MIN_ROWS)],
                  default="class_weights")


def scenario(rng, case):
    if case == "collect":
        return {"minority": rng.randint(3, 40), "rows": rng.choice([rng.randint(500, 50_000), rng.randint(150_000, 10**6)])}
    if case == "under":
        return {"minority": rng.randint(100, 5_000), "rows": rng.randint(150_000, 10**6)}
    return {"minority": rng.randint(100, 5_000), "rows": rng.randint(10_000, 60_000)}


def test_first_matching_rule_wins_and_default_answers_otherwise():
    r = imbalance_rubric()
    assert r.decide({"minority": 10, "rows": 500_000}) == "collect_more_data"   # both hold: the first wins
    assert r.decide({"minority": 900, "rows": 500_000}) == "undersample_majority"
    assert r.decide({"minority": 900, "rows": 5_000}) == "class_weights"
    assert r.winner({"minority": 900, "rows": 5_000}) == "default: class_weights"


def test_coverage_shares_of_branches_and_ordered_pairs():
    r = imbalance_rubric()
    scen = ([{"minority": 10, "rows": 500_000}] * 2 + [{"minority": 10, "rows": 5_000}] * 3
            + [{"minority": 900, "rows": 500_000}] * 4 + [{"minority": 900, "rows": 5_000}])
    cov = r.coverage(scen)
    assert cov.n == 10
    assert cov.wins == {"collect_more_data": 0.5, "undersample_majority": 0.4, "default: class_weights": 0.1}
    assert cov.pairs == {("collect_more_data", "undersample_majority"): 0.2}
    assert cov.pair_counts == {("collect_more_data", "undersample_majority"): 2}
    assert "collect_more_data before undersample_majority" in cov.format()


def test_check_passes_on_a_covering_generator_and_names_the_missing_branch():
    rng = random.Random(0)
    good = [scenario(rng, c) for c in ["collect", "under", "weights"] * 60]
    cov = imbalance_rubric().check_coverage(good)
    assert all(v >= C.MIN_BRANCH_SHARE for v in cov.wins.values())
    no_default = [scenario(rng, c) for c in ["collect", "under"] * 90]
    with pytest.raises(RubricCoverageError, match=r"branch 'default: class_weights' decides 0\.0%"):
        imbalance_rubric().check_coverage(no_default)


def test_check_fails_when_the_wrong_order_would_pass():
    # collect wins only on small data sets: testing `undersample` first would change no answer
    rng = random.Random(1)
    scen = [{"minority": rng.randint(3, 40), "rows": rng.randint(500, 50_000)} for _ in range(60)]
    scen += [scenario(rng, "under") for _ in range(60)] + [scenario(rng, "weights") for _ in range(60)]
    with pytest.raises(RubricCoverageError) as info:
        imbalance_rubric().check_coverage(scen)
    assert "pair 'collect_more_data' before 'undersample_majority'" in str(info.value)
    assert "wrong order" in str(info.value)
    # a stated minimum count for pairs replaces the share; exclusive pairs are not checked
    scen += [{"minority": 10, "rows": 500_000}] * 5
    imbalance_rubric().check_coverage(scen, min_pair_count=5)
    with pytest.raises(RubricCoverageError, match="needs ≥ 6"):
        imbalance_rubric().check_coverage(scen, min_pair_count=6)


def test_pairs_with_the_same_label_are_not_conflicts_and_exclusive_pairs_are_skipped():
    r = Rubric([("collect", lambda s: s["rare"] < 50), ("collect", lambda s: s["absent"]),
                ("weights", lambda s: s["x"] > 10)], default="none", exclusive=[("collect#2", "weights")])
    assert [n for n, _, _ in r.rules] == ["collect#1", "collect#2", "weights"]
    scen = ([{"rare": 1, "absent": False, "x": 20}] * 3 + [{"rare": 100, "absent": True, "x": 0}] * 3
            + [{"rare": 100, "absent": False, "x": 20}] * 3 + [{"rare": 100, "absent": False, "x": 0}] * 3)
    cov = r.check_coverage(scen)
    assert set(cov.pairs) == {("collect#1", "weights"), ("collect#2", "weights")}
    with pytest.raises(ValueError, match="unknown rule"):
        Rubric([("a", bool)], default="b", exclusive=[("a", "zzz")])
    with pytest.raises(ValueError, match="predicate"):
        Rubric([("a", 3)], default="b")


def test_boundary_values():
    assert boundary(50) == (49, 50, 51)
    assert boundary(100_000, step=1000) == (99_000, 100_000, 101_000)
    lo, at, hi = boundary(0.1)
    assert lo < at == 0.1 < hi
    assert (at < 0.1) != (at <= 0.1)          # `<` written as `<=` fails exactly at the threshold
    assert hi * 1 > 0.1 and hi < 0.1 * 1.1 and lo > 0.1 * 0.9   # a nudged threshold flips one neighbour
    assert boundary(0.5, step=0.01) == (0.49, 0.5, 0.51)
    with pytest.raises(TypeError):
        boundary(True)


def test_exact_count_gives_a_share_exactly_at_the_threshold():
    k = exact_count(C.IMBALANCE_SHARE, 2400)
    assert k == 240 and k / 2400 == C.IMBALANCE_SHARE
    assert exact_count(0.3, 10) / 10 == 0.3
    with pytest.raises(ValueError, match="no whole count"):
        exact_count(0.1, 7)
