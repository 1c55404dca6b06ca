"""A small customer table as it arrives from a CSV export: every column is text, and it is dirty.

``make_dirty_customers(seed)`` returns a DataFrame whose columns are all strings (or missing),
the way ``pd.read_csv(..., dtype=str)`` would hand them over:

=============  ==========================================================================
customer_id    ``"C01234"``: a surrogate key, unique per row (even for duplicated people)
email          the business key; duplicates differ in case and surrounding spaces
signup_date    mixed formats: ``2023-04-05``, ``2023/04/05``, ``05 Apr 2023``, ``Apr 05, 2023``
age            ``"34"``, ``"34.0"``, ``" 34 "``; missing as NaN, ``""``, ``"N/A"``, ``"unknown"``, ``"?"``
income         ``"52300"``, ``"52,300.00"``, ``"$52,300"``; about 1 % are gross entry errors
               (the amount in cents, i.e. 100 times too large); missing as above
plan           ``basic``/``plus``/``premium`` in random case with stray spaces
is_active      ``yes``/``no``, ``Y``/``N``, ``true``/``false``, ``1``/``0`` in random case
=============  ==========================================================================

With ``manifest=True`` it also returns what was injected (the exercises' functions only
ever receive the data)::

    df, m = make_dirty_customers(seed=0, manifest=True)
    m["duplicate_ids"]    # customer_id of every later copy of an earlier customer
    m["age_missing"]      # customer_id of every row whose age is missing
    m["income_missing"]   # ... whose income is missing
    m["income_outliers"]  # ... whose income is a x100 entry error
    m["clean"]            # the true values, typed, one row per input row (same order)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

PLANS = ("basic", "plus", "premium")
MISSING_TOKENS = ("", "N/A", "unknown", "?", "  ")
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %b %Y", "%b %d, %Y")
_FIRST = ("ana", "ben", "chen", "dara", "eli", "fatima", "gus", "hana", "ivan", "jo", "kai", "lena",
          "mo", "nia", "omar", "pia", "quinn", "rosa", "sam", "tara", "uma", "vic", "wen", "yara", "zoe")
_LAST = ("alvarez", "brown", "costa", "diallo", "eriksen", "fischer", "garcia", "haddad", "ito", "jansen",
         "kowalski", "lee", "mensah", "nguyen", "okafor", "patel", "quispe", "rossi", "silva", "tanaka")
_DOMAINS = ("example.com", "mail.test", "post.example", "inbox.test")
_TRUE = ("yes", "Y", "true", "1", "Yes", "TRUE")
_FALSE = ("no", "N", "false", "0", "No", "FALSE")


def _money(x: float, rng) -> str:
    style = rng.integers(4)
    if style == 0:
        return f"{x:.0f}"
    if style == 1:
        return f"{x:,.2f}"
    if style == 2:
        return f"${x:,.0f}"
    return f"{x:.2f}"


def _messy_case(s: str, rng) -> str:
    style = rng.integers(4)
    s = (s, s.upper(), s.capitalize(), s.title())[style]
    pad = rng.integers(4)
    return (s, " " + s, s + " ", "  " + s + " ")[pad]


def make_dirty_customers(seed: int = 0, n: int = 1000, *, dup_rate: float = 0.05, missing_rate: float = 0.08,
                         outlier_rate: float = 0.01, manifest: bool = False):
    """A dirty customer table of ``n`` rows (all text columns); see the module docstring."""
    rng = np.random.default_rng(seed)
    n_dup = int(round(dup_rate * n))
    n_people = n - n_dup

    # -- the true people ----------------------------------------------------------------------
    emails: set[str] = set()
    email_list = []
    while len(email_list) < n_people:
        e = f"{rng.choice(_FIRST)}.{rng.choice(_LAST)}{rng.integers(1, 999)}@{rng.choice(_DOMAINS)}"
        if e not in emails:
            emails.add(e)
            email_list.append(e)
    start = np.datetime64("2019-01-01")
    days = rng.integers(0, 6 * 365, n_people)
    people = pd.DataFrame({
        "email": email_list,
        "signup_date": (start + days.astype("timedelta64[D]")).astype("datetime64[ns]"),
        "age": rng.integers(18, 80, n_people).astype(float),
        "income": np.round(np.exp(rng.normal(np.log(55_000), 0.35, n_people))),  # whole dollars
        "plan": rng.choice(PLANS, n_people, p=[0.5, 0.3, 0.2]),
        "is_active": rng.random(n_people) < 0.7,
    })

    # -- rows: each person once, plus later copies of some of them ------------------------------
    order = list(range(n_people))
    dup_sources = rng.choice(n_people, n_dup, replace=False)
    for src in dup_sources:
        pos = order.index(src)
        insert_at = int(rng.integers(pos + 1, len(order) + 1))  # always after the original
        order.insert(insert_at, int(src))
    person = np.array(order)
    seen: set[int] = set()
    is_dup = np.zeros(n, dtype=bool)
    for i, p in enumerate(person):
        is_dup[i] = p in seen
        seen.add(p)

    ids = rng.choice(np.arange(1000, 100_000), n, replace=False)
    customer_id = np.array([f"C{v:05d}" for v in ids])
    clean = people.iloc[person].reset_index(drop=True)
    clean.insert(0, "customer_id", customer_id)

    # -- inject defects (per row, so a duplicate may differ in what is missing) ------------------
    age_missing = rng.random(n) < missing_rate
    income_missing = rng.random(n) < missing_rate * 0.6
    outlier = (~income_missing) & (rng.random(n) < outlier_rate)
    if not outlier.any():  # at least one gross error, whatever the seed
        outlier[int(np.flatnonzero(~income_missing)[0])] = True
    true_income = clean["income"].to_numpy()
    entered_income = np.where(outlier, true_income * 100, true_income)

    def text_or_missing(values: list[str], missing) -> list[object]:
        out: list[object] = []
        for v, m in zip(values, missing, strict=True):
            if m:
                tok = rng.integers(len(MISSING_TOKENS) + 1)
                out.append(np.nan if tok == len(MISSING_TOKENS) else MISSING_TOKENS[tok])
            else:
                out.append(v)
        return out

    age_txt = [(f"{a:.0f}", f"{a:.1f}", f" {a:.0f} ")[rng.integers(3)] for a in clean["age"]]
    income_txt = [_money(x, rng) for x in entered_income]
    date_txt = [pd.Timestamp(d).strftime(DATE_FORMATS[rng.integers(len(DATE_FORMATS))]) for d in clean["signup_date"]]
    email_txt = [e if not (d or rng.random() < 0.1) else _messy_case(e, rng) for e, d in zip(clean["email"], is_dup,
                                                                                            strict=True)]
    plan_txt = [_messy_case(p, rng) if rng.random() < 0.6 else p for p in clean["plan"]]
    active_txt = [(_TRUE if a else _FALSE)[rng.integers(6)] for a in clean["is_active"]]

    df = pd.DataFrame({
        "customer_id": customer_id,
        "email": email_txt,
        "signup_date": date_txt,
        "age": text_or_missing(age_txt, age_missing),
        "income": text_or_missing(income_txt, income_missing),
        "plan": plan_txt,
        "is_active": active_txt,
    })
    df = df.astype({c: "str" for c in ("customer_id", "email", "signup_date", "plan", "is_active")})
    df = df.astype({"age": "str", "income": "str"})  # NaN stays missing in pandas' str dtype
    if not manifest:
        return df

    clean["age"] = clean["age"].where(~age_missing)
    clean["income"] = pd.Series(true_income).where(~income_missing)
    clean["plan"] = pd.Categorical(clean["plan"], categories=list(PLANS))
    m = {
        "duplicate_ids": set(customer_id[is_dup]),
        "age_missing": set(customer_id[age_missing]),
        "income_missing": set(customer_id[income_missing]),
        "income_outliers": set(customer_id[outlier]),
        "clean": clean,
    }
    return df, m
