"""Throwaway builder for the D3.4 exercise (run: .venv/bin/python scripts_d34/build_exercise.py)."""
from mlsc01.authoring import code, md, readonly, solution, tests, write_notebook

A = "d3-4-tuning-training"
L = f"../lessons/{A}.ipynb"
cells = []
cells.append(md(f"""
# D3.4 Hyperparameter tuning and training optimisation — exercise

*Estimated time: about 95 minutes.*

This notebook covers goals **D3.4.1** (automatic model tuning: random search, Bayesian optimisation, Hyperband, and
the SageMaker AI tuning request), **D3.4.2** (regularisation, early stopping and cross-validation) and **D3.4.3**
(diagnosing training from its curves). The [lesson]({L}) works every technique used here on other data.

| task | what | lesson | time |
|---|---|---|---|
| 1.1 | the acquisition step of Bayesian optimisation: expected improvement under a Gaussian process | [lesson §1.2]({L}#1.2-Bayesian-optimisation-by-hand) | 20 min |
| 1.2 | random search and TPE with Optuna on an XGBoost objective | [lesson §1.3]({L}#1.3-Optuna:-random-search,-TPE-and-Hyperband-pruning) | 15 min |
| 1.3 | the `CreateHyperParameterTuningJob` request | [lesson §1.4]({L}#1.4-The-SageMaker-AI-tuning-request) | 15 min |
| 1.4 | *(stretch)* Hyperband's brackets of successive halving | [lesson §1.3]({L}#1.3-Optuna:-random-search,-TPE-and-Hyperband-pruning) | 10 min |
| 2.1 | early stopping on a validation set with XGBoost | [lesson §2.2]({L}#2.2-Early-stopping) | 10 min |
| 2.2 | nested cross-validation: an honest score for a tuned model | [lesson §2.3]({L}#2.3-Nested-cross-validation) | 12 min |
| 3.1 | diagnose a training run from its loss curves | [lesson §3]({L}#3-Diagnosing-training-from-its-curves) | 18 min |

Each task has a cell where you write the answer and a locked test cell that prints one line: **pass**, **wrong**
(with what is wrong) or **not attempted yet**. Hidden checks run when the notebook is graded, on fresh data, other
seeds and other arguments. Tuning is random: every task fixes its seeds, and the hidden checks compare your run with
a reference run under the same seeds rather than demand a lucky score.

The thresholds of task 3.1 are **course conventions** (`mlsc01.conventions`, group "training curves", shown in the
lesson with `show(...)`), not AWS limits or exam facts; the hidden tests read the same values.

Stuck? Every test cell has hints: `hint("D3_4_1-expected-improvement")` shows the first,
`hint("D3_4_1-expected-improvement", 2)` the next. Still stuck after the hints? `reveal("<check id>")` prints the
reference solution; your progress report (`mlsc01 grade`) notes that you looked. Run the setup cell first: it
silences Optuna's per-trial log and the libraries' warnings, which would otherwise land on stderr (and a graded cell
that writes to stderr scores 0).
"""))
cells.append(code("""
import logging
import warnings

import numpy as np
import optuna
import xgboost as xgb
from scipy.stats import norm
from sklearn.datasets import make_classification, make_regression
from sklearn.exceptions import ConvergenceWarning
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import Matern
from sklearn.linear_model import Lasso
from sklearn.model_selection import GridSearchCV, KFold, StratifiedKFold, cross_val_score, train_test_split

from mlsc01 import conventions as C
from mlsc01.awsrequest import request_problems
from mlsc01.checks import exercise, expect, expect_close
from mlsc01.datagen.d3_4_curves import make_d3_4_curve
from mlsc01.hints import hint
from mlsc01.solutions import reveal

optuna.logging.set_verbosity(optuna.logging.WARNING)      # no per-trial log lines on stderr
warnings.filterwarnings("ignore", category=ConvergenceWarning)   # GP kernel bounds, Lasso on tiny folds
warnings.filterwarnings("ignore", category=UserWarning, module="xgboost")
warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
np.seterr(divide="ignore", invalid="ignore", over="ignore")   # NaN and inf in a diverging run are data, not errors

X_clf, y_clf = make_classification(900, n_features=10, n_informative=4, flip_y=0.08, class_sep=0.8, random_state=34)
print(X_clf.shape, "rows for the XGBoost tasks; positive share", round(y_clf.mean(), 3))
"""))

# ---------------------------------------------------------------- 1.1 EI
cells.append(md(f"""
## Part 1 — Automatic model tuning (D3.4.1)

### 1.1 Expected improvement under a Gaussian process ([lesson §1.2]({L}#1.2-Bayesian-optimisation-by-hand))

Bayesian optimisation fits a surrogate model to the scores seen so far and picks the next hyperparameters where an
**acquisition function** is largest. You write that step once, as SageMaker AI's Bayesian strategy and Optuna do it
for you everywhere else. The objective is **maximised** (think AUC). Write

* `expected_improvement(mu, sigma, best, xi=0.0)`: for arrays `mu` (the surrogate's mean) and `sigma` (its standard
  deviation) return the array `EI = (mu - best - xi) * Φ(z) + sigma * φ(z)` with `z = (mu - best - xi) / sigma`,
  where Φ and φ are the standard normal CDF and density (`scipy.stats.norm`). Where `sigma == 0` there is no
  uncertainty and `EI = max(mu - best - xi, 0)`; no division-by-zero warning may escape.
* `propose_next(X_obs, y_obs, candidates, xi=0.0)`: fit
  `GaussianProcessRegressor(kernel=Matern(nu=2.5), normalize_y=True, random_state=0)` on the observed points
  `X_obs` (2-D) and scores `y_obs`, predict `mu, sigma` on `candidates` (2-D) with `return_std=True`, and return the
  **row** of `candidates` with the largest expected improvement over `best = max(y_obs)`.

The test runs three steps of Bayesian optimisation on a 1-D function; the hidden test checks your EI on fresh arrays
against the formula and your proposals against a reference GP with other `xi`, including a case where the highest
mean is not the best proposal.
"""))
cells.append(solution("D3_4_1-expected-improvement-code", """
def expected_improvement(mu, sigma, best, xi=0.0):
    ### BEGIN SOLUTION
    mu = np.asarray(mu, dtype=float)
    sigma = np.asarray(sigma, dtype=float)
    gain = mu - best - xi
    # equivalent-mutant: sigma > 0 → sigma >= 0: the value computed where sigma is 0 is replaced by max(gain, 0) below
    # equivalent-mutant: 0 → -1: the value computed where sigma is 0 is replaced by max(gain, 0) below
    # equivalent-mutant: 1.0 → 0.9: the stand-in divisor is used only where sigma is 0, whose value is replaced below
    # equivalent-mutant: 1.0 → 1.1: the stand-in divisor is used only where sigma is 0, whose value is replaced below
    safe = np.where(sigma > 0, sigma, 1.0)
    z = gain / safe
    ei = gain * norm.cdf(z) + safe * norm.pdf(z)
    return np.where(sigma > 0, ei, np.maximum(gain, 0.0))
    ### END SOLUTION


def propose_next(X_obs, y_obs, candidates, xi=0.0):
    ### BEGIN SOLUTION
    gp = GaussianProcessRegressor(kernel=Matern(nu=2.5), normalize_y=True, random_state=0)
    gp.fit(X_obs, y_obs)
    mu, sigma = gp.predict(candidates, return_std=True)
    ei = expected_improvement(mu, sigma, np.max(y_obs), xi)
    return np.asarray(candidates)[int(np.argmax(ei))]
    ### END SOLUTION
"""))
cells.append(tests("D3_4_1-expected-improvement", 3, """
with exercise("D3_4_1-expected-improvement"):
    _ei = expected_improvement(np.array([0.5, 0.9, 0.7]), np.array([0.1, 0.0, 0.0]), best=0.8)
    expect(np.shape(_ei) == (3,), "expected_improvement must return one value per candidate")
    expect(np.all(np.asarray(_ei) >= 0), "expected improvement is never negative")
    expect(abs(_ei[1] - 0.1) < 1e-12 and _ei[2] == 0, "where sigma is 0 the improvement is max(mu - best - xi, 0)")
    expect(abs(_ei[0] - (-0.3 * norm.cdf(-3) + 0.1 * norm.pdf(-3))) < 1e-12,
           "with sigma > 0 the value does not follow the EI formula")

    def _f(x):
        return np.sin(3 * x) + 0.4 * x
    _cand = np.linspace(0, 3, 61).reshape(-1, 1)
    _Xo = np.array([[0.2], [1.4], [2.6]])
    _yo = _f(_Xo).ravel()
    for _ in range(3):
        _nx = np.asarray(propose_next(_Xo, _yo, _cand, xi=0.01)).reshape(1, -1)
        expect(_nx.shape == (1, 1) and np.any(np.all(_cand == _nx, axis=1)), "propose_next must return one row of candidates")
        _Xo = np.vstack([_Xo, _nx])
        _yo = np.append(_yo, _f(_nx).ravel())
    expect(_yo.max() > 1.5, "three Bayesian-optimisation steps did not climb towards the maximum of the function")
    ### BEGIN HIDDEN TESTS
    def _ref_ei(mu, sigma, best, xi):
        out = np.maximum(mu - best - xi, 0.0)
        pos = sigma > 0
        z = (mu[pos] - best - xi) / sigma[pos]
        out[pos] = (mu[pos] - best - xi) * norm.cdf(z) + sigma[pos] * norm.pdf(z)
        return out

    _rng = np.random.default_rng(3411)
    for _i in range(20):
        _n = int(_rng.integers(5, 60))
        _mu = _rng.normal(0, 1, _n)
        _sg = np.abs(_rng.normal(0, 0.5, _n)) * (_rng.random(_n) > 0.2)
        _best, _xi = float(_rng.normal()), float(_rng.choice([0.0, 0.01, 0.1, 0.5]))
        _got = np.asarray(expected_improvement(_mu, _sg, _best, _xi), dtype=float)
        expect(_got.shape == (_n,) and np.allclose(_got, _ref_ei(_mu, _sg, _best, _xi), rtol=1e-9, atol=1e-12),
               "on fresh arrays (some sigma 0, xi varied) your EI differs from the formula")
    _d = expected_improvement([1.0, 0.0], [0.5, 0.5], 0.0)            # default xi is 0
    expect(np.allclose(_d, _ref_ei(np.array([1.0, 0.0]), np.array([0.5, 0.5]), 0.0, 0.0)),
           "called without xi, expected_improvement does not use xi = 0")

    def _ref_next(Xo, yo, cand, xi):
        gp = GaussianProcessRegressor(kernel=Matern(nu=2.5), normalize_y=True, random_state=0).fit(Xo, yo)
        m, s = gp.predict(cand, return_std=True)
        return cand[int(np.argmax(_ref_ei(m, s, yo.max(), xi)))]

    # 2-D, other xi; and a case where exploring beats the highest mean
    _g = np.stack(np.meshgrid(np.linspace(-2, 2, 15), np.linspace(-2, 2, 15)), -1).reshape(-1, 2)
    for _seed, _xi in ((1, 0.0), (2, 0.05), (3, 0.3), (1, 1.0)):
        _r = np.random.default_rng(_seed)
        _Xo2 = _r.uniform(-2, 2, (6, 2))
        _yo2 = -((_Xo2 - 0.5) ** 2).sum(1) + 0.1 * _r.normal(size=6)
        _ref = _ref_next(_Xo2, _yo2, _g, _xi)
        _got = np.asarray(propose_next(_Xo2, _yo2, _g, xi=_xi)).ravel()
        expect(np.allclose(_got, _ref), f"in 2-D with xi={_xi} your proposal differs from the reference GP's EI maximum")
        if _xi == 1.0:
            expect(not np.allclose(_ref, _ref_next(_Xo2, _yo2, _g, 0.0)), "hidden check broken: xi must matter here")
    _Xe = np.array([[0.0], [0.1], [0.2], [3.0]])
    _ye = np.array([0.9, 1.0, 0.95, 0.2])
    _ce = np.linspace(0, 3, 31).reshape(-1, 1)
    _gp = GaussianProcessRegressor(kernel=Matern(nu=2.5), normalize_y=True, random_state=0).fit(_Xe, _ye)
    _top_mean = _ce[int(np.argmax(_gp.predict(_ce)))]
    _ref = _ref_next(_Xe, _ye, _ce, 0.05)
    expect(not np.allclose(_ref, _top_mean), "hidden check broken: the case must separate EI from the highest mean")
    expect(np.allclose(np.asarray(propose_next(_Xe, _ye, _ce, xi=0.05)).ravel(), _ref),
           "where uncertainty is large your proposal is not the EI maximum (the highest mean is not the answer)")
    # the prescribed surrogate: a spy on the GaussianProcessRegressor the setup imported (skipped if you import your own)
    _seen = []

    class _SpyGP(GaussianProcessRegressor):
        def fit(self, X, y):
            _seen.append(self.get_params())
            return super().fit(X, y)

    _orig_gp = GaussianProcessRegressor
    GaussianProcessRegressor = _SpyGP
    try:
        propose_next(_Xe, _ye, _ce, xi=0.05)
    finally:
        GaussianProcessRegressor = _orig_gp
    expect(not _seen or (isinstance(_seen[0]["kernel"], Matern) and _seen[0]["kernel"].nu == 2.5
                         and _seen[0]["normalize_y"] is True and _seen[0]["random_state"] == 0),
           "the GP is not GaussianProcessRegressor(kernel=Matern(nu=2.5), normalize_y=True, random_state=0)")
    # three points only: the GP's kernel optimiser warns (silenced in the setup), the answer is still graded
    _ref = _ref_next(_Xe[:3], _ye[:3], _ce, 0.0)
    expect(np.allclose(np.asarray(propose_next(_Xe[:3], _ye[:3], _ce)).ravel(), _ref),
           "called without xi on three points, your proposal differs from the reference")
    ### END HIDDEN TESTS
"""))

# ---------------------------------------------------------------- 1.2 Optuna
cells.append(md(f"""
### 1.2 Random search and TPE with Optuna ([lesson §1.3]({L}#1.3-Optuna:-random-search,-TPE-and-Hyperband-pruning))

SageMaker AI's `Random` strategy draws each job's hyperparameters independently; its `Bayesian` strategy learns from
the jobs so far. Optuna gives you both locally: `RandomSampler` and `TPESampler` (tree-structured Parzen estimator,
a Bayesian method). Write

* `xgb_objective(trial, X, y, seed=0)`: the objective of one trial. Ask the trial for
  `max_depth` (integer, 2 to 6), `learning_rate` (float, 0.01 to 0.3, **log** scale) and `reg_lambda` (float, 0.001
  to 10, **log** scale: the L2 penalty on leaf weights), in this order and with these names; train
  `xgb.XGBClassifier(n_estimators=20, nthread=1, random_state=seed, **params)` and return the mean ROC AUC of
  `cross_val_score` with `cv=StratifiedKFold(3, shuffle=True, random_state=seed)` as a float.
* `make_study(strategy, seed)`: an Optuna study that **maximises**, with `optuna.samplers.RandomSampler(seed=seed)`
  for `strategy == "random"` and `optuna.samplers.TPESampler(seed=seed)` for `strategy == "bayesian"`; raise
  `ValueError` for any other strategy.

The test runs a small random search (the cell is timed: keep `n_estimators=20`). The hidden test replays studies
with other seeds on a cheap function against the reference samplers and scores your objective on fixed
hyperparameters (`optuna.trial.FixedTrial`) against the same model.
"""))
cells.append(solution("D3_4_1-optuna-study-code", """
def xgb_objective(trial, X, y, seed=0):
    ### BEGIN SOLUTION
    params = {
        "max_depth": trial.suggest_int("max_depth", 2, 6),
        "learning_rate": trial.suggest_float("learning_rate", 0.01, 0.3, log=True),
        "reg_lambda": trial.suggest_float("reg_lambda", 0.001, 10, log=True),
    }
    # equivalent-mutant: 1 → 0: nthread changes the speed, not the trees (exact histogram sums on this small data)
    # equivalent-mutant: 1 → 2: nthread changes the speed, not the trees (exact histogram sums on this small data)
    model = xgb.XGBClassifier(n_estimators=20, nthread=1, random_state=seed, **params)
    cv = StratifiedKFold(3, shuffle=True, random_state=seed)
    return float(cross_val_score(model, X, y, cv=cv, scoring="roc_auc").mean())
    ### END SOLUTION


def make_study(strategy, seed):
    ### BEGIN SOLUTION
    if strategy == "random":
        sampler = optuna.samplers.RandomSampler(seed=seed)
    elif strategy == "bayesian":
        sampler = optuna.samplers.TPESampler(seed=seed)
    else:
        raise ValueError(f"unknown strategy {strategy!r}")
    return optuna.create_study(direction="maximize", sampler=sampler)
    ### END SOLUTION
"""))
cells.append(tests("D3_4_1-optuna-study", 3, """
with exercise("D3_4_1-optuna-study"):
    _st = make_study("random", seed=1)
    expect(isinstance(_st, optuna.Study), "make_study must return an optuna Study")
    expect(_st.direction == optuna.study.StudyDirection.MAXIMIZE, "the study must maximise the AUC")
    _st.optimize(lambda t: xgb_objective(t, X_clf, y_clf, seed=1), n_trials=4)
    expect(set(_st.best_params) == {"max_depth", "learning_rate", "reg_lambda"},
           "the trial must suggest max_depth, learning_rate and reg_lambda")
    _dist = _st.trials[0].distributions
    expect(_dist["learning_rate"].log and _dist["reg_lambda"].log, "learning_rate and reg_lambda are searched on a log scale")
    expect(0.5 < _st.best_value <= 1, "the objective must return a ROC AUC")
    _bad = False
    try:
        make_study("grid", seed=0)
    except ValueError:
        _bad = True
    expect(_bad, "an unknown strategy must raise ValueError")
    ### BEGIN HIDDEN TESTS
    from optuna.distributions import FloatDistribution, IntDistribution
    expect(_dist == {"max_depth": IntDistribution(2, 6), "learning_rate": FloatDistribution(0.01, 0.3, log=True),
                     "reg_lambda": FloatDistribution(0.001, 10, log=True)},
           "the search space differs from the task's (names, bounds, log scales)")

    def _toy(t):
        return -(t.suggest_float("a", -3, 3) - 1) ** 2 - (t.suggest_float("b", 0, 2) - 0.4) ** 2

    for _strat, _cls in (("random", optuna.samplers.RandomSampler), ("bayesian", optuna.samplers.TPESampler)):
        for _seed in (3, 17):
            _mine = make_study(_strat, seed=_seed)
            _mine.optimize(_toy, n_trials=14)
            _ref = optuna.create_study(direction="maximize", sampler=_cls(seed=_seed))
            _ref.optimize(_toy, n_trials=14)
            expect([t.params for t in _mine.trials] == [t.params for t in _ref.trials],
                   f"strategy {_strat!r} with seed {_seed}: your study does not replay the reference sampler's trials")
            expect(_mine.best_value == _ref.best_value, f"strategy {_strat!r}: the best value differs (direction?)")
    # the objective on fixed hyperparameters, other data and seeds
    for _seed, _p in ((5, dict(max_depth=2, learning_rate=0.05, reg_lambda=0.01)),
                      (9, dict(max_depth=5, learning_rate=0.25, reg_lambda=3.0))):
        _Xh, _yh = make_classification(600, n_features=8, n_informative=3, flip_y=0.1, random_state=_seed)
        _m = xgb.XGBClassifier(n_estimators=20, nthread=1, random_state=_seed, **_p)
        _ref = cross_val_score(_m, _Xh, _yh, cv=StratifiedKFold(3, shuffle=True, random_state=_seed), scoring="roc_auc").mean()
        _got = xgb_objective(optuna.trial.FixedTrial(_p), _Xh, _yh, seed=_seed)
        expect(isinstance(_got, float) and abs(_got - _ref) < 1e-12,
               "on fixed hyperparameters and other data your objective differs from the 3-fold stratified CV AUC "
               "of the task's XGBClassifier with that seed")
    _Xh, _yh = make_classification(500, n_features=6, random_state=2)
    _p = dict(max_depth=3, learning_rate=0.1, reg_lambda=1.0)
    _m = xgb.XGBClassifier(n_estimators=20, nthread=1, random_state=0, **_p)
    _ref = cross_val_score(_m, _Xh, _yh, cv=StratifiedKFold(3, shuffle=True, random_state=0), scoring="roc_auc").mean()
    expect(abs(xgb_objective(optuna.trial.FixedTrial(_p), _Xh, _yh) - _ref) < 1e-12,
           "called without seed, the objective does not use seed 0")
    ### END HIDDEN TESTS
"""))

# ---------------------------------------------------------------- 1.3 request
cells.append(md(f"""
### 1.3 The `CreateHyperParameterTuningJob` request ([lesson §1.4]({L}#1.4-The-SageMaker-AI-tuning-request))

Write `tuning_request(name, strategy, metric, ranges, max_jobs, max_parallel, definition, max_epochs=None)` that
returns the parameters of SageMaker AI's `CreateHyperParameterTuningJob` (the `**kwargs` of boto3's
`create_hyper_parameter_tuning_job`):

* `HyperParameterTuningJobName` is `name`; `TrainingJobDefinition` is `definition` (given below);
* `HyperParameterTuningJobConfig` holds
  * `Strategy` (`strategy` is one of `"Bayesian"`, `"Random"`, `"Hyperband"`, `"Grid"`);
  * `HyperParameterTuningJobObjective`: `MetricName` is `metric` (e.g. `"validation:auc"`); `Type` is
    `"Minimize"` when the part after the last `:` is in `MINIMIZE` (below, the error metrics), else `"Maximize"`;
  * `ResourceLimits`: `MaxNumberOfTrainingJobs` = `max_jobs`, `MaxParallelTrainingJobs` = `max_parallel`;
  * `ParameterRanges`: `ranges` maps a hyperparameter name to `("Integer", low, high, scaling)`,
    `("Continuous", low, high, scaling)` or `("Categorical", [values])`; put each in
    `IntegerParameterRanges`, `ContinuousParameterRanges` or `CategoricalParameterRanges` as
    `{{"Name", "MinValue", "MaxValue", "ScalingType"}}` or `{{"Name", "Values"}}`. The API wants **strings** for
    `MinValue`, `MaxValue` and every categorical value (`str(...)`). Leave out a list that would be empty;
  * `TrainingJobEarlyStoppingType`: Hyperband has its own early stopping, and the API requires `"Off"` with it;
    use `"Auto"` for `"Bayesian"` and `"Random"`, `"Off"` for `"Hyperband"` and `"Grid"`;
  * with `"Hyperband"` only: `StrategyConfig = {{"HyperbandStrategyConfig": {{"MinResource": 1, "MaxResource": max_epochs}}}}`.
* Raise `ValueError` when `ranges` names more than 30 hyperparameters in total (the documented limit for all range
  types together).

The test validates your request against botocore's model of the API (types, enums, maximums) with
`request_problems`; the hidden test varies every argument, other metric names among them.
"""))
cells.append(readonly("D3_4_1-request-data", """
MINIMIZE = {"rmse", "mae", "mse", "logloss", "mlogloss", "error", "merror", "mape"}
DEFINITION = {
    "AlgorithmSpecification": {"TrainingImage": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
                               "TrainingInputMode": "File"},
    "RoleArn": "arn:aws:iam::111122223333:role/SageMakerTuning",
    "StaticHyperParameters": {"objective": "binary:logistic", "num_round": "200"},
    "InputDataConfig": [{"ChannelName": c, "DataSource": {"S3DataSource": {
        "S3DataType": "S3Prefix", "S3Uri": f"s3://acme-ml/churn/{c}/", "S3DataDistributionType": "FullyReplicated"}},
        "ContentType": "text/csv"} for c in ("train", "validation")],
    "OutputDataConfig": {"S3OutputPath": "s3://acme-ml/churn/tuning/"},
    "ResourceConfig": {"InstanceType": "ml.m5.xlarge", "InstanceCount": 1, "VolumeSizeInGB": 10},
    "StoppingCondition": {"MaxRuntimeInSeconds": 3600},
}
RANGES = {"eta": ("Continuous", 0.01, 0.3, "Logarithmic"), "max_depth": ("Integer", 3, 10, "Linear"),
          "subsample": ("Continuous", 0.5, 1.0, "Linear"), "booster": ("Categorical", ["gbtree", "dart"])}
"""))
cells.append(solution("D3_4_1-tuning-request-code", """
def tuning_request(name, strategy, metric, ranges, max_jobs, max_parallel, definition, max_epochs=None):
    ### BEGIN SOLUTION
    if len(ranges) > 30:
        raise ValueError("at most 30 hyperparameters can be tuned")
    ints, conts, cats = [], [], []
    for pname, spec in ranges.items():
        if spec[0] == "Categorical":
            cats.append({"Name": pname, "Values": [str(v) for v in spec[1]]})
        else:
            kind, low, high, scaling = spec
            item = {"Name": pname, "MinValue": str(low), "MaxValue": str(high), "ScalingType": scaling}
            (ints if kind == "Integer" else conts).append(item)
    pr = {}
    if ints:
        pr["IntegerParameterRanges"] = ints
    if conts:
        pr["ContinuousParameterRanges"] = conts
    if cats:
        pr["CategoricalParameterRanges"] = cats
    direction = "Minimize" if metric.split(":")[-1] in MINIMIZE else "Maximize"
    config = {
        "Strategy": strategy,
        "HyperParameterTuningJobObjective": {"Type": direction, "MetricName": metric},
        "ResourceLimits": {"MaxNumberOfTrainingJobs": max_jobs, "MaxParallelTrainingJobs": max_parallel},
        "ParameterRanges": pr,
        "TrainingJobEarlyStoppingType": "Auto" if strategy in ("Bayesian", "Random") else "Off",
    }
    if strategy == "Hyperband":
        config["StrategyConfig"] = {"HyperbandStrategyConfig": {"MinResource": 1, "MaxResource": max_epochs}}
    return {"HyperParameterTuningJobName": name, "HyperParameterTuningJobConfig": config,
            "TrainingJobDefinition": definition}
    ### END SOLUTION
"""))
cells.append(tests("D3_4_1-tuning-request", 3, """
with exercise("D3_4_1-tuning-request"):
    _req = tuning_request("churn-xgb-bayes", "Bayesian", "validation:auc", RANGES, 40, 4, DEFINITION)
    _probs = request_problems("sagemaker", "CreateHyperParameterTuningJob", _req)
    expect(not _probs, "botocore rejects the request: " + "; ".join(_probs[:3]))
    _cfg = _req["HyperParameterTuningJobConfig"]
    expect(_cfg["HyperParameterTuningJobObjective"]["Type"] == "Maximize", "AUC is a metric to maximise")
    expect(_cfg["TrainingJobEarlyStoppingType"] == "Auto", "the Bayesian strategy in this task uses early stopping Auto")
    _hb = tuning_request("churn-xgb-hb", "Hyperband", "validation:logloss", RANGES, 40, 8, DEFINITION, max_epochs=200)
    _probs = request_problems("sagemaker", "CreateHyperParameterTuningJob", _hb)
    expect(not _probs, "botocore rejects the Hyperband request: " + "; ".join(_probs[:3]))
    _hc = _hb["HyperParameterTuningJobConfig"]
    expect(_hc["TrainingJobEarlyStoppingType"] == "Off", "with Hyperband the training-job early stopping must be Off")
    expect(_hc.get("StrategyConfig", {}).get("HyperbandStrategyConfig", {}).get("MaxResource") == 200,
           "the Hyperband request needs StrategyConfig.HyperbandStrategyConfig with MaxResource")
    expect(_hc["HyperParameterTuningJobObjective"]["Type"] == "Minimize", "log loss is a metric to minimise")
    ### BEGIN HIDDEN TESTS
    def _norm(pr):
        return {k: sorted(v, key=lambda d: d["Name"]) for k, v in pr.items()}

    _cases = [("a", "Random", "train:rmse", {"alpha": ("Continuous", 0, 2, "Auto"), "num_round": ("Integer", 50, 400, "Auto")}, 20, 10, None),
              ("b-grid", "Grid", "validation:f1", {"booster": ("Categorical", ["gbtree", "gblinear", "dart"]),
                                                   "max_depth": ("Categorical", [3, 6, 9])}, 9, 3, None),
              ("c-hb", "Hyperband", "validation:accuracy", {"lr": ("Continuous", 1e-4, 0.1, "Logarithmic")}, 60, 6, 30),
              ("d", "Bayesian", "validation:mape", {"w": ("Continuous", 0.1, 0.999, "ReverseLogarithmic"),
                                                     "k": ("Integer", 1, 64, "Logarithmic")}, 25, 1, None),
              ("e", "Random", "objective:ndcg", {"m": ("Integer", 2, 9, "Linear")}, 5, 5, None)]
    for _name, _s, _m, _r, _mj, _mp, _me in _cases:
        _q = tuning_request(_name, _s, _m, _r, _mj, _mp, DEFINITION, max_epochs=_me)
        _probs = request_problems("sagemaker", "CreateHyperParameterTuningJob", _q)
        expect(not _probs, f"botocore rejects the {_s} request for {_m}: " + "; ".join(_probs[:3]))
        _c = _q["HyperParameterTuningJobConfig"]
        expect(_q["HyperParameterTuningJobName"] == _name and _q["TrainingJobDefinition"] == DEFINITION,
               "the name and the training definition must be the ones passed in")
        expect(_c["Strategy"] == _s, "Strategy must be the one passed in")
        _want = "Minimize" if _m.split(":")[-1] in MINIMIZE else "Maximize"
        expect(_c["HyperParameterTuningJobObjective"] == {"Type": _want, "MetricName": _m},
               f"the objective for {_m} is wrong (direction or name)")
        expect(_c["ResourceLimits"] == {"MaxNumberOfTrainingJobs": _mj, "MaxParallelTrainingJobs": _mp},
               "ResourceLimits must hold max_jobs and max_parallel")
        expect(_c["TrainingJobEarlyStoppingType"] == ("Auto" if _s in ("Bayesian", "Random") else "Off"),
               f"TrainingJobEarlyStoppingType is wrong for the {_s} strategy")
        expect(("StrategyConfig" in _c) == (_s == "Hyperband"), "StrategyConfig belongs to Hyperband requests only")
        if _s == "Hyperband":
            expect(_c["StrategyConfig"] == {"HyperbandStrategyConfig": {"MinResource": 1, "MaxResource": _me}},
                   "HyperbandStrategyConfig must hold MinResource 1 and MaxResource = max_epochs")
        _want_pr = {}
        for _pn, _sp in _r.items():
            if _sp[0] == "Categorical":
                _want_pr.setdefault("CategoricalParameterRanges", []).append({"Name": _pn, "Values": [str(v) for v in _sp[1]]})
            else:
                _want_pr.setdefault(_sp[0] + "ParameterRanges", []).append(
                    {"Name": _pn, "MinValue": str(_sp[1]), "MaxValue": str(_sp[2]), "ScalingType": _sp[3]})
        expect(_norm(_c["ParameterRanges"]) == _norm(_want_pr),
               "ParameterRanges do not match `ranges` (list per type, string values, ScalingType, no empty lists)")
    _many = {f"p{i}": ("Continuous", 0, 1, "Linear") for i in range(20)}
    _many.update({f"c{i}": ("Categorical", ["a", "b"]) for i in range(10)})
    expect(not request_problems("sagemaker", "CreateHyperParameterTuningJob",
                                tuning_request("n30", "Random", "validation:auc", _many, 10, 2, DEFINITION)),
           "30 hyperparameters are allowed")
    _many["one_more"] = ("Integer", 1, 3, "Linear")
    _raised = False
    try:
        tuning_request("n31", "Random", "validation:auc", _many, 10, 2, DEFINITION)
    except ValueError:
        _raised = True
    expect(_raised, "31 hyperparameters over all range types must raise ValueError")
    ### END HIDDEN TESTS
"""))

# ---------------------------------------------------------------- 1.4 hyperband brackets
cells.append(md(f"""
### 1.4 *(stretch)* Hyperband's brackets ([lesson §1.3]({L}#1.3-Optuna:-random-search,-TPE-and-Hyperband-pruning))

Hyperband (Li et al., 2018) runs several rounds of *successive halving* ("brackets"), from aggressive (many
configurations, a tiny budget each, most stopped early) to cautious (a few configurations on the full budget). With a
maximum resource `R` per configuration (epochs; SageMaker AI's `MaxResource`) and a reduction factor `eta`:

* `s_max` is the largest integer `s` with `eta ** s <= R` (compute it with integers, not with `math.log`, which
  can round 81 / 3 to 3.9999…);
* for `s = s_max, s_max - 1, …, 0`, bracket `s` starts `n = ceil((s_max + 1) * eta ** s / (s + 1))` configurations
  at the resource `r = R / eta ** s`; rung `i = 0, …, s` keeps `n_i = floor(n / eta ** i)` configurations at
  the resource `r_i = R / eta ** (s - i)`.

Write `hyperband_brackets(R, eta=3) -> list[list[tuple[int, float]]]`: one list per bracket, in the order of `s`
above, each holding its rungs `(n_i, r_i)`. For `R = 81, eta = 3` the first bracket is
`[(81, 1.0), (27, 3.0), (9, 9.0), (3, 27.0), (1, 81.0)]`. The hidden test uses other `R` (not only powers of `eta`)
and other `eta`.
"""))
cells.append(solution("D3_4_1-hyperband-code", """
def hyperband_brackets(R, eta=3):
    ### BEGIN SOLUTION
    # equivalent-mutant: 0 → -1: eta ** 0 = 1 <= R for every R >= 1, so the loop's first step brings s_max to 0
    s_max = 0
    while eta ** (s_max + 1) <= R:
        s_max += 1
    brackets = []
    for s in range(s_max, -1, -1):
        n = -(-(s_max + 1) * eta ** s // (s + 1))          # integer ceil
        brackets.append([(n // eta ** i, R / eta ** (s - i)) for i in range(s + 1)])
    return brackets
    ### END SOLUTION
"""))
cells.append(tests("D3_4_1-hyperband", 1, """
with exercise("D3_4_1-hyperband"):
    _hb = hyperband_brackets(81)
    expect(isinstance(_hb, list) and len(_hb) == 5, "R = 81 with eta = 3 gives five brackets (s = 4 down to 0)")
    expect([tuple(x) for x in _hb[0]] == [(81, 1.0), (27, 3.0), (9, 9.0), (3, 27.0), (1, 81.0)],
           "the first (most aggressive) bracket for R = 81 is not the one the task shows")
    expect([tuple(x) for x in _hb[-1]] == [(5, 81.0)], "the last bracket runs ceil(5 / 1) = 5 configurations on R")
    ### BEGIN HIDDEN TESTS
    import math

    def _ref(R, eta):
        s_max = 0
        while eta ** (s_max + 1) <= R:
            s_max += 1
        out = []
        for s in range(s_max, -1, -1):
            n = math.ceil((s_max + 1) * eta ** s / (s + 1) - 1e-12)
            out.append([(int(n // eta ** i), R / eta ** (s - i)) for i in range(s + 1)])
        return out

    for _R, _eta in ((27, 3), (100, 3), (64, 2), (30, 4), (1, 3), (8, 2), (243, 3)):
        _got = hyperband_brackets(_R, eta=_eta)
        _want = _ref(_R, _eta)
        expect(len(_got) == len(_want), f"R={_R}, eta={_eta}: the number of brackets is wrong (s_max?)")
        for _g, _w in zip(_got, _want):
            expect(len(_g) == len(_w) and all(a == b and abs(float(c) - d) < 1e-9 * d for (a, c), (b, d) in zip(_g, _w)),
                   f"R={_R}, eta={_eta}: a bracket's rungs (configurations, resource) differ from Hyperband's schedule")
    expect([tuple(x) for x in hyperband_brackets(9)[0]] == [(9, 1.0), (3, 3.0), (1, 9.0)],
           "called without eta, hyperband_brackets does not use eta = 3")
    ### END HIDDEN TESTS
"""))

# ---------------------------------------------------------------- 2.1 early stopping
cells.append(md(f"""
## Part 2 — Regularisation and cross-validation (D3.4.2)

### 2.1 Early stopping ([lesson §2.2]({L}#2.2-Early-stopping))

Early stopping is regularisation by time: stop adding trees (or epochs) once the **validation** loss has not improved
for `patience` rounds, and keep the model of the best round. Write
`early_stopped(X_tr, y_tr, X_val, y_val, patience, seed=0) -> (model, n_trees)`:

* train `xgb.XGBClassifier(n_estimators=60, learning_rate=0.3, max_depth=6, nthread=1, random_state=seed,
  eval_metric="logloss", early_stopping_rounds=patience)` with `eval_set=[(X_val, y_val)]` and `verbose=False`;
* return the fitted model and the number of trees the best model uses (xgboost's `best_iteration` counts from 0).

The hidden test compares with xgboost on other data, seeds and patience values.
"""))
cells.append(readonly("D3_4_2-early-data", """
X_tr, X_val, y_tr, y_val = train_test_split(X_clf, y_clf, test_size=0.3, random_state=0, stratify=y_clf)
"""))
cells.append(solution("D3_4_2-early-stopping-code", """
def early_stopped(X_tr, y_tr, X_val, y_val, patience, seed=0):
    ### BEGIN SOLUTION
    # equivalent-mutant: 1 → 0: nthread changes the speed, not the trees (exact histogram sums on this small data)
    # equivalent-mutant: 1 → 2: nthread changes the speed, not the trees (exact histogram sums on this small data)
    model = xgb.XGBClassifier(n_estimators=60, learning_rate=0.3, max_depth=6, nthread=1, random_state=seed,
                              eval_metric="logloss", early_stopping_rounds=patience)
    model.fit(X_tr, y_tr, eval_set=[(X_val, y_val)], verbose=False)
    return model, model.best_iteration + 1
    ### END SOLUTION
"""))
cells.append(tests("D3_4_2-early-stopping", 2, """
with exercise("D3_4_2-early-stopping"):
    _model, _n = early_stopped(X_tr, y_tr, X_val, y_val, patience=5)
    expect(isinstance(_model, xgb.XGBClassifier), "return the fitted XGBClassifier first")
    expect(1 <= _n < 60, "with patience 5 the run should stop before all 60 trees")
    _curve = _model.evals_result()["validation_0"]["logloss"]
    expect(_n == int(np.argmin(_curve)) + 1, "n_trees must be the number of trees of the best validation round")
    ### BEGIN HIDDEN TESTS
    for _seed, _pat in ((4, 3), (8, 10), (13, 1)):
        _Xh, _yh = make_classification(700, n_features=9, n_informative=3, flip_y=0.12, random_state=_seed)
        _a, _b, _c, _d = train_test_split(_Xh, _yh, test_size=0.3, random_state=_seed)
        _ref = xgb.XGBClassifier(n_estimators=60, learning_rate=0.3, max_depth=6, nthread=1, random_state=_seed,
                                 eval_metric="logloss", early_stopping_rounds=_pat).fit(_a, _c, eval_set=[(_b, _d)], verbose=False)
        _m, _n = early_stopped(_a, _c, _b, _d, patience=_pat, seed=_seed)
        expect(_n == _ref.best_iteration + 1, f"with patience={_pat} on other data the best number of trees differs from xgboost's")
        _got = _m.evals_result()["validation_0"]["logloss"]
        expect(len(_got) == len(_ref.evals_result()["validation_0"]["logloss"]),
               "the run did not stop where xgboost stops with that patience on the validation set")
        expect(np.allclose(_m.predict_proba(_b), _ref.predict_proba(_b)), "the model's predictions differ from the reference")
        expect(_m.get_params()["random_state"] == _seed, "the model must use random_state=seed")
    # a patience longer than the run: all 60 trees are trained
    _Xh, _yh = make_classification(700, n_features=6, n_informative=5, n_redundant=0, flip_y=0.0, class_sep=2.0, random_state=21)
    _a2, _b2, _c2, _d2 = train_test_split(_Xh, _yh, test_size=0.3, random_state=21)
    _m2, _n2 = early_stopped(_a2, _c2, _b2, _d2, patience=100, seed=2)
    _r2 = xgb.XGBClassifier(n_estimators=60, learning_rate=0.3, max_depth=6, nthread=1, random_state=2,
                            eval_metric="logloss", early_stopping_rounds=100).fit(_a2, _c2, eval_set=[(_b2, _d2)], verbose=False)
    expect(len(_m2.evals_result()["validation_0"]["logloss"]) == 60 and _n2 == _r2.best_iteration + 1,
           "with a patience longer than the run, the model must train the task's 60 trees")
    _m0, _ = early_stopped(_a, _c, _b, _d, patience=4)
    _r0 = xgb.XGBClassifier(n_estimators=60, learning_rate=0.3, max_depth=6, nthread=1, random_state=0,
                            eval_metric="logloss", early_stopping_rounds=4).fit(_a, _c, eval_set=[(_b, _d)], verbose=False)
    expect(_m0.get_params()["random_state"] == 0 and _m0.best_iteration == _r0.best_iteration,
           "called without seed, early_stopped does not use seed 0")
    ### END HIDDEN TESTS
"""))

# ---------------------------------------------------------------- 2.2 nested CV
cells.append(md(f"""
### 2.2 Nested cross-validation ([lesson §2.3]({L}#2.3-Nested-cross-validation))

The best score a grid search finds is optimistic: the same folds chose the hyperparameter and scored it. Nested
cross-validation tunes inside each outer training fold and scores on the outer test fold, which the tuning never saw.
Write `nested_vs_flat(X, y, alphas, seed=0) -> dict` for an L1-regularised regression (`Lasso`) with keys

* `"flat"`: the `best_score_` of `GridSearchCV(Lasso(), {{"alpha": alphas}}, cv=inner)` fitted on all of `X, y`;
* `"nested"`: the mean of `cross_val_score(that GridSearchCV, X, y, cv=outer)`;

with `inner = KFold(3, shuffle=True, random_state=seed)` and `outer = KFold(5, shuffle=True, random_state=seed + 1)`,
scoring R² (the default of both). The data below have 60 features of which 5 matter and only 80 rows, where the gap
shows. The hidden test compares with scikit-learn on other data, grids and seeds.
"""))
cells.append(readonly("D3_4_2-nested-data", """
X_reg, y_reg = make_regression(80, n_features=60, n_informative=5, noise=25.0, random_state=34)
ALPHAS = [0.1, 1.0, 3.0, 10.0, 30.0]
"""))
cells.append(solution("D3_4_2-nested-cv-code", """
def nested_vs_flat(X, y, alphas, seed=0):
    ### BEGIN SOLUTION
    inner = KFold(3, shuffle=True, random_state=seed)
    outer = KFold(5, shuffle=True, random_state=seed + 1)
    search = GridSearchCV(Lasso(), {"alpha": list(alphas)}, cv=inner)
    nested = cross_val_score(search, X, y, cv=outer).mean()
    flat = search.fit(X, y).best_score_
    return {"flat": float(flat), "nested": float(nested)}
    ### END SOLUTION
"""))
cells.append(tests("D3_4_2-nested-cv", 2, """
with exercise("D3_4_2-nested-cv"):
    _r = nested_vs_flat(X_reg, y_reg, ALPHAS)
    expect(isinstance(_r, dict) and {"flat", "nested"} <= set(_r), "return a dict with the keys 'flat' and 'nested'")
    expect(_r["flat"] > _r["nested"], "the flat (non-nested) score should be the optimistic one here")
    _flat = GridSearchCV(Lasso(), {"alpha": ALPHAS}, cv=KFold(3, shuffle=True, random_state=0)).fit(X_reg, y_reg).best_score_
    expect(abs(_r["flat"] - _flat) < 1e-9, "the flat score is not the grid search's best_score_ with the task's inner folds")
    ### BEGIN HIDDEN TESTS
    for _seed, _al in ((3, [0.5, 2.0, 8.0]), (7, [0.05, 20.0]), (11, [1.0, 4.0, 16.0, 64.0])):
        _Xh, _yh = make_regression(70, n_features=40, n_informative=4, noise=15.0, random_state=_seed)
        _gs = GridSearchCV(Lasso(), {"alpha": _al}, cv=KFold(3, shuffle=True, random_state=_seed))
        _nest = cross_val_score(_gs, _Xh, _yh, cv=KFold(5, shuffle=True, random_state=_seed + 1)).mean()
        _fl = _gs.fit(_Xh, _yh).best_score_
        _g = nested_vs_flat(_Xh, _yh, _al, seed=_seed)
        expect(abs(_g["nested"] - _nest) < 1e-9, "on other data and seeds the nested score differs from cross_val_score of "
               "the grid search over the outer folds (tuning must happen inside each outer training fold)")
        expect(abs(_g["flat"] - _fl) < 1e-9, "on other data and seeds the flat score differs from the grid search's best_score_")
    ### END HIDDEN TESTS
"""))

# ---------------------------------------------------------------- 3.1 diagnose
cells.append(md(f"""
## Part 3 — Diagnosing training from its curves (D3.4.3)

### 3.1 Diagnose a run ([lesson §3]({L}#3-Diagnosing-training-from-its-curves))

A run gives you two arrays, the training and the validation loss per epoch (or per boosting round), and the
`baseline` loss of a constant prediction (for log loss: the entropy of the class prior). Write
`diagnose(train_loss, val_loss, baseline) -> str`, the lesson's rubric, first matching rule wins:

1. `"diverging"`: a training loss is not finite (NaN or infinite), or the last training loss is **above** the first;
2. `"oscillating"`: the training loss rose from one epoch to the next in **at least** `C.CURVE_UP_STEP_SHARE` (30 %)
   of the epoch-to-epoch steps (a run of *n* epochs has *n* − 1 steps);
3. `"overfitting"`: the last validation loss is **at least** `C.CURVE_OVERFIT_RISE` (10 %) above the lowest
   validation loss, `(last - lowest) / lowest >= 0.1`;
4. `"underfitting"`: the last training loss is **at least** `C.CURVE_UNDERFIT_SHARE` (80 %) of `baseline`;
5. otherwise `"good_fit"`.

Compute from the arrays (lists or NumPy arrays); the thresholds come from `C`. The test shows five runs with their
answers, two of them real XGBoost runs; the hidden test generates about 250 runs per seed (every rule gets a large
share, with runs where two rules hold and the order decides) and runs exactly at each threshold, and needs 95 % right.
"""))
cells.append(readonly("D3_4_3-curves-data", """
def xgb_curves(max_depth, learning_rate, n_estimators, seed=0):
    a, b, c, d = train_test_split(X_clf, y_clf, test_size=0.3, random_state=seed)
    m = xgb.XGBClassifier(n_estimators=n_estimators, max_depth=max_depth, learning_rate=learning_rate, nthread=1,
                          random_state=seed, eval_metric="logloss")
    m.fit(a, c, eval_set=[(a, c), (b, d)], verbose=False)
    r = m.evals_result()
    return np.array(r["validation_0"]["logloss"]), np.array(r["validation_1"]["logloss"])


p = y_clf.mean()
BASELINE = float(-(p * np.log(p) + (1 - p) * np.log(1 - p)))   # log loss of predicting the prior
deep = xgb_curves(max_depth=8, learning_rate=0.6, n_estimators=40)
stump = xgb_curves(max_depth=1, learning_rate=0.02, n_estimators=30)
print("baseline", round(BASELINE, 3), "| deep: train", deep[0][[0, -1]].round(3), "val", deep[1][[0, -1]].round(3))
"""))
cells.append(solution("D3_4_3-diagnose-code", """
def diagnose(train_loss, val_loss, baseline):
    ### BEGIN SOLUTION
    tr = np.asarray(train_loss, dtype=float)
    va = np.asarray(val_loss, dtype=float)
    if not np.all(np.isfinite(tr)) or tr[-1] > tr[0]:
        return "diverging"
    if np.mean(np.diff(tr) > 0) >= C.CURVE_UP_STEP_SHARE:
        return "oscillating"
    lowest = va.min()
    if (va[-1] - lowest) / lowest >= C.CURVE_OVERFIT_RISE:
        return "overfitting"
    if tr[-1] >= C.CURVE_UNDERFIT_SHARE * baseline:
        return "underfitting"
    return "good_fit"
    ### END SOLUTION
"""))
cells.append(tests("D3_4_3-diagnose", 4, """
with exercise("D3_4_3-diagnose"):
    _vis = [(deep, BASELINE, "overfitting"), (stump, BASELINE, "underfitting"),
            (make_d3_4_curve("oscillating", seed=2, baseline=0.69), 0.69, "oscillating"),
            (make_d3_4_curve("diverging", seed=1, baseline=0.69), 0.69, "diverging"),
            (make_d3_4_curve("good_fit", seed=5, baseline=0.69), 0.69, "good_fit")]
    _got = [diagnose(list(tv[0]), list(tv[1]), b) for tv, b, _ in _vis]
    _wrong = [i + 1 for i, (g, (_, _, w)) in enumerate(zip(_got, _vis)) if g != w]
    expect(not _wrong, f"run(s) {_wrong} of the five shown get another diagnosis than the rubric's")
    ### BEGIN HIDDEN TESTS
    from mlsc01.rubric import Rubric, boundary

    def _ups(s):
        return np.mean(np.diff(s["train"]) > 0)

    _rub = Rubric([
        ("diverging", lambda s: (not np.all(np.isfinite(s["train"]))) or s["train"][-1] > s["train"][0]),
        ("oscillating", lambda s: _ups(s) >= C.CURVE_UP_STEP_SHARE),
        ("overfitting", lambda s: np.all(np.isfinite(s["val"]))
         and (s["val"][-1] - s["val"].min()) / s["val"].min() >= C.CURVE_OVERFIT_RISE),
        ("underfitting", lambda s: np.isfinite(s["train"][-1]) and s["train"][-1] >= C.CURVE_UNDERFIT_SHARE * s["b"]),
    ], default="good_fit")
    _rng = np.random.default_rng(3431)
    _kinds = ("good_fit", "overfitting", "underfitting", "oscillating", "diverging")
    _sc = []
    for _i in range(250):
        _b = float(_rng.uniform(0.3, 1.2))
        _tr, _va = make_d3_4_curve(_kinds[_i % 5], seed=int(_rng.integers(1e9)), n_epochs=int(_rng.integers(20, 60)),
                                   baseline=_b)
        _sc.append({"train": _tr, "val": _va, "b": _b})
    # exactly at the thresholds, 31 epochs = 30 steps
    _base = 0.5 * 0.97 ** np.arange(31)
    for _k in (8, 9, 10):                                   # 8/30 < 0.3 <= 9/30
        _t = _base.copy()
        _idx = np.arange(2, 2 + 3 * _k, 3)[:_k]
        _t[_idx] = _t[_idx - 1] * 1.001
        _sc.append({"train": _t, "val": _t + 0.05, "b": 1.0})
    for _last in (0.5 * 1.1 - 1e-9, 0.55, 0.56):           # lowest 0.5, rise exactly 10 % at 0.55
        _v = np.concatenate([np.linspace(0.9, 0.5, 20), np.linspace(0.5, _last, 11)[1:]])
        _sc.append({"train": np.linspace(0.9, 0.2, 30), "val": _v, "b": 1.0})
    for _last in (0.6875 - 1e-9, 0.6875):                  # lowest 0.625: (0.6875 - 0.625) / 0.625 is exactly 0.1
        _v = np.concatenate([np.linspace(0.9, 0.625, 20), np.linspace(0.625, _last, 6)[1:]])
        _sc.append({"train": np.linspace(0.9, 0.2, 25), "val": _v, "b": 1.0})
    for _end in (0.8 - 1e-9, 0.8, 0.81):                   # last training loss at 80 % of the baseline 1.0
        _sc.append({"train": np.linspace(1.0, _end, 25), "val": np.linspace(1.05, _end + 0.05, 25), "b": 1.0})
    for _end in (0.7, 0.7 + 1e-9):                         # last == first is not diverging
        _t = np.concatenate([np.linspace(0.7, 0.3, 10), np.linspace(0.3, _end, 10)])
        _sc.append({"train": _t, "val": _t + 0.02, "b": 1.0})
    for _pos, _bad in ((5, np.nan), (19, np.nan), (7, np.inf)):   # a NaN or inf anywhere is divergence
        _t = np.linspace(0.7, 0.2, 20)
        _t[_pos] = _bad
        _sc.append({"train": _t, "val": np.linspace(0.75, 0.3, 20), "b": 1.0})
    _rub.check_coverage(_sc, min_pair_count=6)
    _hits = sum(diagnose(s["train"], s["val"], s["b"]) == _rub.decide(s) for s in _sc)
    expect(_hits >= 0.95 * len(_sc), f"only {_hits / len(_sc):.0%} of the hidden runs get the rubric's diagnosis (95 % needed)")
    _edge = _sc[250:]
    _edge_ok = all(diagnose(s["train"], s["val"], s["b"]) == _rub.decide(s) for s in _edge)
    expect(_edge_ok, "a run exactly at a threshold (30 % up-steps, a 10 % rise, 80 % of the baseline, last == first) "
           "or a run with a NaN or infinite training loss gets the wrong diagnosis: check 'at least', 'above' and non-finite values")
    ### END HIDDEN TESTS
"""))
cells.append(md(f"""
## Done

Run `mlsc01 grade` in a terminal to see your score per goal, and try the exam-style questions at the end of the
[lesson]({L}#How-the-exam-asks-about-this).
"""))
write_notebook(f"source/{A}/{A}.ipynb", cells)
