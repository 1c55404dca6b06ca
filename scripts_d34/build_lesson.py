"""Throwaway builder for the D3.4 lesson (run: .venv/bin/python scripts_d34/build_lesson.py)."""
from mlsc01.authoring import code, md, write_notebook

A = "d3-4-tuning-training"
E = f"../{A}/{A}.ipynb"
AMT = "https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning.html"
HOW = "https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning-how-it-works.html"
CFG = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobConfig.html"
HB = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperbandStrategyConfig.html"
RL = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceLimits.html"
PR = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ParameterRanges.html"
ES = "https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning-early-stopping.html"
WS = "https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning-warm-start.html"
WSAPI = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobWarmStartConfig.html"
GRIDPR = "https://github.com/aws/sagemaker-python-sdk/pull/3439"
RANGES = "https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning-define-ranges.html"
DBG = "https://docs.aws.amazon.com/sagemaker/latest/dg/debugger-createtrainingjob-api.html"
cells = []
cells.append(md(f"""
# D3.4 Hyperparameter tuning and training optimisation

*Estimated time: about 75 minutes.*

Goals: **D3.4.1** implement SageMaker AI automatic model tuning (Bayesian, random, Hyperband, grid; objective
metrics, ranges, early stopping), **D3.4.2** regularisation (L1, L2, dropout, early stopping, augmentation) and
cross-validation, **D3.4.3** diagnosing overfitting, underfitting, divergence and instability from training curves.
The [exercise]({E}) practises every technique shown here, on other data.

Everything runs locally: Optuna stands in for the tuning service's search, XGBoost and scikit-learn train the models,
and the AWS request is checked against botocore's model of the API. SageMaker Debugger, which AWS offered to watch
training curves for you, is [closed to new customers from 2026-07-30]({DBG}) (see its availability-change page for
what AWS recommends instead); the exam may still name it, and the technique underneath, reading the curves, is what
Part 3 teaches.
"""))
cells.append(code("""
import warnings

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import optuna
import xgboost as xgb
from scipy.stats import norm
from sklearn.datasets import load_breast_cancer, make_friedman1
from sklearn.exceptions import ConvergenceWarning
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import Matern
from sklearn.linear_model import Lasso, Ridge
from sklearn.model_selection import GridSearchCV, KFold, StratifiedKFold, cross_val_score, train_test_split

from mlsc01.awsrequest import request_problems
from mlsc01.conventions import show

optuna.logging.set_verbosity(optuna.logging.WARNING)   # Optuna logs every trial to stderr by default
warnings.filterwarnings("ignore", category=ConvergenceWarning)
np.seterr(divide="ignore", invalid="ignore", over="ignore")
X_bc, y_bc = load_breast_cancer(return_X_y=True)
print(X_bc.shape)
"""))
cells.append(md(f"""
## 1 Automatic model tuning

### 1.1 The four strategies

[SageMaker AI automatic model tuning]({AMT}) (AMT) runs many training jobs with hyperparameters from ranges you give
and keeps the job with the best objective metric. `HyperParameterTuningJobConfig.Strategy` takes `Bayesian`,
`Random`, `Hyperband` or `Grid` ([API reference]({CFG})); [how the strategies work]({HOW}):

| strategy | how it picks the next job | when |
|---|---|---|
| Random | independent draws from the ranges | many parallel jobs; a first look at a large space |
| Bayesian | a surrogate model of the score; the next job maximises an acquisition function | expensive jobs, few of them, little parallelism |
| Hyperband | many configurations on a small budget (epochs), the best promoted to larger budgets | iterative learners that report a metric per epoch |
| Grid | every combination of the listed discrete values | a small discrete space you want covered exactly |

Bayesian search learns from finished jobs, so many jobs in parallel learn less from each other: parallelism buys
wall-clock time at the price of search efficiency. Ranges take a `ScalingType` ([define ranges]({RANGES})):
`Logarithmic` for a learning rate or a penalty that spans decades (values must be above 0), `ReverseLogarithmic`
for values just below 1 such as a momentum (the range must lie in 0 ≤ x < 1), `Linear`, or `Auto`.
"""))
cells.append(md("""
### 1.2 Bayesian optimisation by hand

A Gaussian process (GP) fitted to the scores seen so far gives, at each candidate, a mean `mu` and an uncertainty
`sigma`. **Expected improvement** over the best score `best` (maximising) is

EI = (mu − best − ξ) Φ(z) + sigma φ(z), z = (mu − best − ξ) / sigma,

and EI = max(mu − best − ξ, 0) where sigma = 0. The first term rewards a high mean (exploitation), the second a large
uncertainty (exploration); ξ ≥ 0 tilts towards exploring. The next job runs where EI is largest, not where the mean is.
Here on a 1-D toy function of a "learning rate" on a log axis:
"""))
cells.append(code("""
def ei(mu, sigma, best, xi=0.0):
    gain = mu - best - xi
    s = np.where(sigma > 0, sigma, 1.0)
    return np.where(sigma > 0, gain * norm.cdf(gain / s) + s * norm.pdf(gain / s), np.maximum(gain, 0.0))


def score(log_lr):                        # a made-up validation AUC as a function of log10(learning rate)
    return 0.9 - 0.05 * (log_lr + 1.3) ** 2 + 0.02 * np.sin(4 * log_lr)


grid = np.linspace(-3, 0, 121).reshape(-1, 1)
X_seen = np.array([[-2.8], [-0.2], [-1.6]])
y_seen = score(X_seen).ravel()
for step in range(4):
    gp = GaussianProcessRegressor(kernel=Matern(nu=2.5), normalize_y=True, random_state=0).fit(X_seen, y_seen)
    mu, sd = gp.predict(grid, return_std=True)
    acq = ei(mu, sd, y_seen.max(), xi=0.01)
    nxt = grid[np.argmax(acq)]
    print(f"step {step}: highest mean at {grid[np.argmax(mu)][0]:+.3f}, EI picks {nxt[0]:+.3f}, best so far {y_seen.max():.4f}")
    X_seen, y_seen = np.vstack([X_seen, [nxt]]), np.append(y_seen, score(nxt))
fig, ax = plt.subplots(2, 1, figsize=(6, 4), sharex=True)
ax[0].plot(grid, mu); ax[0].fill_between(grid.ravel(), mu - 2 * sd, mu + 2 * sd, alpha=0.3); ax[0].plot(X_seen, y_seen, "k.")
ax[1].plot(grid, acq); ax[1].set_xlabel("log10 learning rate"); ax[0].set_ylabel("GP"); ax[1].set_ylabel("EI")
plt.close(fig)
"""))
cells.append(md("""
Two details matter when you write this: guard `sigma == 0` (a candidate already observed) without dividing by zero,
and return the *candidate* with the largest EI. With three points the GP's kernel optimiser may warn that a length
scale hit its bound; a warning is harmless here but goes to stderr, so the course's graded cells silence
`ConvergenceWarning`.

### 1.3 Optuna: random search, TPE and Hyperband pruning

Optuna runs the same loop with a real library. A study **maximises** or **minimises**; the sampler chooses
hyperparameters (`RandomSampler` = random search, `TPESampler` = a Bayesian method that models good and bad trials
with two densities l(x) and g(x) and picks x with a large l(x)/g(x)); `suggest_float(..., log=True)` is the
`Logarithmic` scaling. A fixed `seed` makes a study replay exactly, which is how you compare two runs honestly:
"""))
cells.append(code("""
X_tr, X_va, y_tr, y_va = train_test_split(X_bc, y_bc, test_size=0.3, random_state=1, stratify=y_bc)


def objective(trial):
    params = {"max_depth": trial.suggest_int("max_depth", 2, 6),
              "learning_rate": trial.suggest_float("learning_rate", 0.02, 0.5, log=True),
              "reg_alpha": trial.suggest_float("reg_alpha", 1e-3, 5, log=True)}       # L1 on leaf weights
    m = xgb.XGBClassifier(n_estimators=20, nthread=1, random_state=0, **params)
    return float(cross_val_score(m, X_tr, y_tr, cv=StratifiedKFold(3, shuffle=True, random_state=0), scoring="roc_auc").mean())


for sampler in (optuna.samplers.RandomSampler(seed=0), optuna.samplers.TPESampler(seed=0, n_startup_trials=4)):
    study = optuna.create_study(direction="maximize", sampler=sampler)
    study.optimize(objective, n_trials=8)
    print(f"{type(sampler).__name__:14s} best AUC {study.best_value:.4f} at {study.best_params}")
print("the space:", study.trials[0].distributions["learning_rate"])
"""))
cells.append(md("""
Hyperband stops bad configurations early: each trial reports its metric per round (`trial.report`), and the pruner
stops the ones that trail at the same budget (`trial.should_prune()`). With XGBoost a round is a tree:
"""))
cells.append(code("""
def pruned_objective(trial):
    lr = trial.suggest_float("learning_rate", 0.005, 0.5, log=True)
    depth = trial.suggest_int("max_depth", 1, 6)
    booster = xgb.train({"objective": "binary:logistic", "eta": lr, "max_depth": depth, "nthread": 1,
                         "eval_metric": "logloss", "seed": 0}, xgb.DMatrix(X_tr, y_tr), num_boost_round=0)
    dva = xgb.DMatrix(X_va, y_va)
    for rnd in range(1, 31):
        booster.update(xgb.DMatrix(X_tr, y_tr), rnd - 1)
        loss = float(booster.eval(dva).split(":")[1])
        trial.report(loss, rnd)
        if trial.should_prune():
            raise optuna.TrialPruned()
    return loss


study = optuna.create_study(direction="minimize", sampler=optuna.samplers.RandomSampler(seed=2),
                            pruner=optuna.pruners.HyperbandPruner(min_resource=3, max_resource=30, reduction_factor=3))
study.optimize(pruned_objective, n_trials=12)
states = [t.state.name for t in study.trials]
print("pruned", states.count("PRUNED"), "of", len(states), "| best log loss", round(study.best_value, 4))
"""))
cells.append(md("""
The pruner follows Hyperband's schedule (Li et al., 2018): with a maximum resource `R` and a reduction factor `eta`,
`s_max` is the largest integer with `eta ** s_max <= R` (find it with integers: `math.log(243) / math.log(3)` is
4.999…); bracket `s` (from `s_max` down to 0) starts `n = ceil((s_max + 1) * eta ** s / (s + 1))` configurations at
`R / eta ** s` and keeps `floor(n / eta ** i)` of them at rung `i`, each with `eta` times more resource:
"""))
cells.append(code("""
def brackets(R, eta):
    s_max = 0
    while eta ** (s_max + 1) <= R:
        s_max += 1
    out = []
    for s in range(s_max, -1, -1):
        n = -(-(s_max + 1) * eta ** s // (s + 1))     # an integer ceiling
        out.append([(n // eta ** i, R / eta ** (s - i)) for i in range(s + 1)])
    return out


for b in brackets(32, 2):
    print(" → ".join(f"{n} × {r:g}" for n, r in b))
"""))
cells.append(md(f"""
### 1.4 The SageMaker AI tuning request

`CreateHyperParameterTuningJob` takes a `HyperParameterTuningJobConfig` ([API reference]({CFG})) with the strategy,
the objective (`Type` `Maximize` for AUC or accuracy, `Minimize` for RMSE or log loss, and the `MetricName` the
algorithm emits, e.g. `validation:auc` for the built-in XGBoost), `ResourceLimits` ([API reference]({RL}):
`MaxParallelTrainingJobs` is required; `MaxNumberOfTrainingJobs` and `MaxRuntimeInSeconds`, 120 s to 15,768,000 s,
are optional) and `ParameterRanges` ([API reference]({PR}): `MinValue`/`MaxValue` are strings; at most 30 ranges of
each type, and the sum over all types can't exceed that maximum).

Early stopping: `TrainingJobEarlyStoppingType` is `Off` (the default) or `Auto`; with `Auto`, SageMaker AI stops a
job whose objective after an epoch is worse than the median of the running averages of earlier jobs at the same epoch
([stop training jobs early]({ES})). Hyperband has its own internal early stopping, and
`TrainingJobEarlyStoppingType` must be `OFF` to use it; its `StrategyConfig.HyperbandStrategyConfig` sets
`MinResource` and `MaxResource` (epochs; at most 20,000; inferred from an `epochs`-like static hyperparameter when
left out, [API reference]({HB})). To reuse what earlier tuning jobs learned, a warm start ([warm start]({WS})) names 1 to 5 parent tuning
jobs in `WarmStartConfig` with `WarmStartType` `IdenticalDataAndAlgorithm` (same data and image) or `TransferLearning`
(new data or another algorithm version) ([API reference]({WSAPI})). With `Grid`, the number of jobs follows from the
grid, which is why the SageMaker Python SDK asks you not to set `max_jobs` for it ([sagemaker-python-sdk
#3439]({GRIDPR})).
"""))
cells.append(code("""
MINIMIZE = {"rmse", "mae", "logloss", "error"}
definition = {"AlgorithmSpecification": {"TrainingImage": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
                                         "TrainingInputMode": "File"},
              "RoleArn": "arn:aws:iam::111122223333:role/Tuning", "OutputDataConfig": {"S3OutputPath": "s3://demo/out/"},
              "ResourceConfig": {"InstanceType": "ml.m5.large", "InstanceCount": 1, "VolumeSizeInGB": 5},
              "StoppingCondition": {"MaxRuntimeInSeconds": 1800}}
metric = "validation:rmse"
request = {
    "HyperParameterTuningJobName": "house-prices-hb",
    "HyperParameterTuningJobConfig": {
        "Strategy": "Hyperband",
        "StrategyConfig": {"HyperbandStrategyConfig": {"MinResource": 1, "MaxResource": 100}},
        "HyperParameterTuningJobObjective": {"Type": "Minimize" if metric.split(":")[-1] in MINIMIZE else "Maximize",
                                             "MetricName": metric},
        "ResourceLimits": {"MaxNumberOfTrainingJobs": 50, "MaxParallelTrainingJobs": 5},
        "ParameterRanges": {"ContinuousParameterRanges": [{"Name": "eta", "MinValue": "0.01", "MaxValue": "0.5",
                                                           "ScalingType": "Logarithmic"}],
                            "IntegerParameterRanges": [{"Name": "max_depth", "MinValue": "2", "MaxValue": "10",
                                                        "ScalingType": "Linear"}]},
        "TrainingJobEarlyStoppingType": "Off",          # required with Hyperband
    },
    "TrainingJobDefinition": definition,
}
print(request_problems("sagemaker", "CreateHyperParameterTuningJob", request) or "botocore accepts the request")
bad = {**request, "HyperParameterTuningJobConfig": {**request["HyperParameterTuningJobConfig"], "Strategy": "Evolutionary"}}
print(request_problems("sagemaker", "CreateHyperParameterTuningJob", bad))
"""))
cells.append(md("""
## 2 Regularisation and cross-validation

### 2.1 L1, L2, dropout and augmentation

L1 (`Lasso`, XGBoost's `alpha`/`reg_alpha`) drives weights to exactly zero and selects features; L2 (`Ridge`,
`lambda`/`reg_lambda`) shrinks all of them and keeps them non-zero. Dropout (neural networks) switches off a random
share of units at each step, so no unit can rely on another; data augmentation (flips, crops, noise for images;
synonyms or back-translation for text) shows the model more varied examples of the same label. All four trade a
little training fit for a smaller gap to validation.
"""))
cells.append(code("""
Xf, yf = make_friedman1(120, n_features=30, noise=1.0, random_state=3)     # 5 of 30 features matter
for alpha in (0.01, 0.1, 0.5):
    l1, l2 = Lasso(alpha=alpha).fit(Xf, yf), Ridge(alpha=alpha * 100).fit(Xf, yf)
    print(f"alpha {alpha}: Lasso keeps {np.sum(l1.coef_ != 0):2d} of 30 features, Ridge keeps {np.sum(l2.coef_ != 0)}")
# augmentation by jitter: more varied copies of the training rows with the same labels
rng = np.random.default_rng(0)
Xa = np.vstack([X_tr, X_tr * (1 + rng.normal(0, 0.02, X_tr.shape))])
print("augmented training rows:", len(X_tr), "→", len(Xa))
"""))
cells.append(md("""
### 2.2 Early stopping

Early stopping watches a **validation** set and stops when its loss has not improved for `early_stopping_rounds`
rounds; the model keeps the best round (`best_iteration`, counted from 0, so the best model has `best_iteration + 1`
trees). Watching the training set instead never stops: the training loss keeps falling.
"""))
cells.append(code("""
m = xgb.XGBClassifier(n_estimators=60, learning_rate=0.4, max_depth=6, nthread=1, random_state=0,
                      eval_metric="logloss", early_stopping_rounds=5)
m.fit(X_tr, y_tr, eval_set=[(X_tr, y_tr), (X_va, y_va)], verbose=False)     # the LAST eval set decides
curve = m.evals_result()["validation_1"]["logloss"]
print("rounds run:", len(curve), "| best_iteration:", m.best_iteration, "| trees kept:", m.best_iteration + 1,
      "| argmin of the validation curve:", int(np.argmin(curve)))
"""))
cells.append(md("""
### 2.3 Nested cross-validation

`GridSearchCV(...).best_score_` is the score of the winner on the folds that chose it: optimistic. Nested CV puts the
whole search inside an outer loop, `cross_val_score(GridSearchCV(...), X, y, cv=outer)`, so each outer test fold is
scored by a model tuned without it. Use k-fold (stratified for classes) for the estimate; for time series, folds that
respect time order. The gap grows with the size of the grid and shrinks with the data:
"""))
cells.append(code("""
Xn, yn = make_friedman1(60, n_features=40, noise=2.0, random_state=7)
search = GridSearchCV(Lasso(), {"alpha": [0.01, 0.03, 0.1, 0.3, 1.0]}, cv=KFold(3, shuffle=True, random_state=0))
nested = cross_val_score(search, Xn, yn, cv=KFold(5, shuffle=True, random_state=1)).mean()
flat = search.fit(Xn, yn).best_score_
print(f"flat best_score_ {flat:.3f}  vs nested {nested:.3f}")
"""))
cells.append(md("""
## 3 Diagnosing training from its curves

Read the optimisation first, then the generalisation, then the capacity. The course's rubric, first matching rule
wins (course conventions, not AWS facts):

1. **diverging**: the training loss becomes NaN/inf or ends above where it started — lower the learning rate, clip
   gradients, check the inputs' scale;
2. **oscillating**: the training loss rises in at least 30 % of the epoch-to-epoch steps — lower the learning rate,
   larger batches;
3. **overfitting**: the last validation loss is at least 10 % above its lowest — early stopping, L1/L2, dropout,
   augmentation, more data, a smaller model;
4. **underfitting**: the training loss still holds at least 80 % of a constant predictor's loss — more capacity
   (deeper trees, more units), more rounds, better features, less regularisation;
5. otherwise **good_fit**.
"""))
cells.append(code("""
show("training curves")
"""))
cells.append(code("""
def diagnose(train, val, baseline, up=0.3, rise=0.1, under=0.8):
    train, val = np.asarray(train, float), np.asarray(val, float)
    if not np.all(np.isfinite(train)) or train[-1] > train[0]:
        return "diverging"
    if np.mean(np.diff(train) > 0) >= up:          # share of the n - 1 steps that went up
        return "oscillating"
    if (val[-1] - val.min()) / val.min() >= rise:
        return "overfitting"
    if train[-1] >= under * baseline:
        return "underfitting"
    return "good_fit"


from sklearn.datasets import make_classification
Xc, yc = make_classification(1000, n_features=15, n_informative=4, flip_y=0.2, random_state=11)   # noisy labels
c_tr, c_va, yc_tr, yc_va = train_test_split(Xc, yc, test_size=0.3, random_state=1)
p = yc_tr.mean()
base = -(p * np.log(p) + (1 - p) * np.log(1 - p))       # log loss of predicting the prior: the constant baseline
runs = {"deep, fast": dict(max_depth=8, learning_rate=0.8, n_estimators=40),
        "stumps, slow": dict(max_depth=1, learning_rate=0.01, n_estimators=30),
        "moderate": dict(max_depth=3, learning_rate=0.1, n_estimators=40)}
for name, kw in runs.items():
    r = xgb.XGBClassifier(nthread=1, random_state=0, eval_metric="logloss", **kw)
    r.fit(c_tr, yc_tr, eval_set=[(c_tr, yc_tr), (c_va, yc_va)], verbose=False)
    tr, va = (np.array(r.evals_result()[k]["logloss"]) for k in ("validation_0", "validation_1"))
    print(f"{name:13s} train {tr[-1]:.3f} val last {va[-1]:.3f} lowest {va.min():.3f} → {diagnose(tr, va, base)}")
zig = 0.6 * 0.95 ** np.arange(30) + 0.05 * (-1) ** np.arange(30)
print("a zig-zag run →", diagnose(zig, zig + 0.05, 0.69), "| a run that blows up →",
      diagnose([0.7, 0.5, 0.4, 0.9, 3.0, np.nan], [0.7] * 6, 0.69))
"""))
cells.append(md(f"""
## How the exam asks about this

* **Strategy choice.** "Fewest training jobs / expensive jobs" → Bayesian; "many jobs at once / quick exploration"
  → Random; "stop poor configurations early on an iterative algorithm" → Hyperband; "every combination of a few
  discrete values" → Grid. The distractors swap these, or add parallelism to a Bayesian search.
* **Request details.** Hyperband requires `TrainingJobEarlyStoppingType` `Off`; `Auto` early stopping compares each
  job with the median of earlier jobs' running averages; log scaling for rates spanning decades; reuse earlier
  tuning with a warm start (`IdenticalDataAndAlgorithm` or `TransferLearning`). Check the objective direction.
* **Curves.** Training loss falls and validation loss rises → overfitting (regularise, stop early, more data or
  augmentation); both high → underfitting (more capacity or features, less regularisation); loss jumps or explodes →
  lower the learning rate. A qualifier like "LEAST effort" often points at early stopping over a new architecture.
* **Cross-validation.** k-fold for a small data set, stratified for imbalance, time-ordered folds for time series;
  the tuned score needs a held-out or nested estimate.

Practise in the [exercise]({E}). The questions below check the exam side:
"""))
cells.append(code(f"""
from mlsc01.quiz import quiz, answer
quiz("{A}")
"""))
cells.append(code("""
# answer(1, "B")
"""))
write_notebook(f"notebooks/{A}.ipynb", cells)
