"""Loan applications with planted leaks, for the D2.2 leakage exercise.

    >>> from mlsc01.datagen.loans import make_loans
    >>> df = make_loans(seed=0)        # target `defaulted` (0/1), decision time `application_date`

Legitimate columns (known when the application is decided)::

    income, loan_amount, credit_score, debt_to_income, employment_years, age,
    n_open_accounts, purpose (str), account_opened (datetime, before the application),
    branch (str), application_date (datetime: the decision time)

Planted leaks, the kinds a learner must find (each proxy's single-feature AUC is well above the course's
``LEAK_AUC`` of 0.95; the id's is between ``ID_ORDER_AUC`` and ``LEAK_AUC``):

* ``days_past_due`` - recorded after the loan ran for a while: a target proxy;
* ``in_collections`` - 0/1 flag set by the collections team: a target proxy;
* ``application_id`` - unique integer id, re-keyed when defaulted loans were
  re-imported, so id order carries the outcome (an ID-ordering leak);
* ``last_payment_date`` - a timestamp after the decision time (post-outcome).

``names`` renames columns (old -> new); ``n`` rows; the same seed gives the same frame.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

LEAKS = ("days_past_due", "in_collections", "application_id", "last_payment_date")


def make_loans(seed: int = 0, n: int = 3000, names: dict[str, str] | None = None) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    income = np.round(rng.lognormal(10.8, 0.45, size=n), 2)
    loan = (np.round(rng.lognormal(9.3, 0.6, size=n) / 500) * 500 + 500).astype(int)
    credit = np.clip(np.round(rng.normal(680, 60, size=n)), 300, 850).astype(int)
    dti = np.round(np.clip(rng.normal(0.3, 0.12, size=n), 0.01, 0.95), 3)
    emp = np.clip(np.round(rng.exponential(6, size=n)), 0, 40).astype(int)
    age = np.clip(np.round(rng.normal(40, 11, size=n)), 19, 80).astype(int)
    n_open = rng.poisson(4, size=n).astype(int)
    purpose = rng.choice(["car", "home", "education", "medical", "debt"], size=n, p=[0.3, 0.2, 0.15, 0.1, 0.25])
    branch = rng.choice([f"B{i:02d}" for i in range(12)], size=n)
    app_date = (pd.Timestamp("2022-01-01") + pd.to_timedelta(rng.integers(0, 730 * 86_400, size=n), unit="s"))
    opened = app_date - pd.to_timedelta(rng.integers(30, 3650, size=n), unit="D")

    logit = (-1.3 - 0.012 * (credit - 680) + 3.0 * (dti - 0.3) - 0.5 * np.log(income / 50_000)
             + 0.25 * np.log(loan / 10_000) - 0.04 * emp + (purpose == "medical") * 0.4)
    y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)

    dpd = np.where((y == 1) & (rng.random(n) < 0.97), rng.gamma(3.0, 25.0, size=n),
                   rng.exponential(1.5, size=n) * (rng.random(n) < 0.15))
    collections = np.where(y == 1, rng.random(n) < 0.97, rng.random(n) < 0.01).astype(int)
    app_id = 500_000 + np.argsort(np.argsort(rng.normal(0, 1, size=n) + 1.1 * y)) * 7 + rng.integers(0, 7, size=n)
    last_pay = app_date + pd.to_timedelta(rng.integers(20, 900, size=n), unit="D")

    df = pd.DataFrame({
        "application_id": app_id.astype(int),
        "application_date": pd.Series(app_date).astype("datetime64[ns]"),
        "income": income,
        "loan_amount": loan,
        "credit_score": credit,
        "debt_to_income": dti,
        "employment_years": emp,
        "age": age,
        "n_open_accounts": n_open,
        "purpose": pd.Series(purpose, dtype="str"),
        "branch": pd.Series(branch, dtype="str"),
        "account_opened": pd.Series(opened).astype("datetime64[ns]"),
        "days_past_due": np.round(dpd, 1),
        "in_collections": collections,
        "last_payment_date": pd.Series(last_pay).astype("datetime64[ns]"),
        "defaulted": y,
    })
    return df.rename(columns=names or {})
