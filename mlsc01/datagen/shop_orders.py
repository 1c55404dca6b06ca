"""Online-shop orders: skewed numeric columns and categoricals of very different cardinality.

Used by the D2.2 feature-engineering exercise (numeric transforms and categorical encoding)::

    >>> from mlsc01.datagen.shop_orders import make_shop_orders
    >>> df = make_shop_orders(seed=0)          # 1,500 orders, target `returned` (0/1)

Columns
-------
order_id            int, unique
basket_value        float, lognormal (strong right skew), >= 0
n_items             int, 1 + Poisson
customer_age        float, roughly normal, 18..85
days_since_last     float, exponential (right skew), >= 0
discount_pct        float, uniform 0..30
city                str, about 300 levels with Zipf-like frequencies (high cardinality)
device              str, 4 levels ("web", "ios", "android", "tablet")
size                str, ordered levels "S" < "M" < "L" < "XL"
returned            int 0/1, the target (depends on city, size, device and basket value)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SIZES = ["S", "M", "L", "XL"]
DEVICES = ["web", "ios", "android", "tablet"]


def make_shop_orders(seed: int = 0, n: int = 1500, n_cities: int = 300) -> pd.DataFrame:
    """``n`` orders drawn with ``np.random.default_rng(seed)``; the same seed gives the same frame."""
    rng = np.random.default_rng(seed)
    # city frequencies: Zipf-like, so a few big cities and a long tail of rare ones
    weights = 1.0 / np.arange(1, n_cities + 1) ** 0.9
    weights /= weights.sum()
    city_codes = rng.choice(n_cities, size=n, p=weights)
    city_effect = rng.normal(0.0, 1.0, size=n_cities)
    city = np.array([f"city_{c:03d}" for c in city_codes], dtype=object)

    device_idx = rng.choice(4, size=n, p=[0.4, 0.25, 0.25, 0.1])
    size_idx = rng.choice(4, size=n, p=[0.2, 0.35, 0.3, 0.15])
    basket = np.round(rng.lognormal(mean=3.6, sigma=0.9, size=n), 2)
    n_items = 1 + rng.poisson(2.0, size=n)
    age = np.round(np.clip(rng.normal(41, 12, size=n), 18, 85), 1)
    days_since = np.round(rng.exponential(scale=25.0, size=n), 1)
    discount = np.round(rng.uniform(0, 30, size=n), 1)

    logit = (-1.6 + 0.9 * city_effect[city_codes] + 0.45 * size_idx
             + np.array([0.0, -0.3, 0.2, 0.5])[device_idx] + 0.25 * np.log(basket / 40.0)
             + 0.02 * discount)
    returned = (rng.random(n) < 1.0 / (1.0 + np.exp(-logit))).astype(int)

    return pd.DataFrame({
        "order_id": np.arange(100_000, 100_000 + n),
        "basket_value": basket,
        "n_items": n_items.astype(int),
        "customer_age": age,
        "days_since_last": days_since,
        "discount_pct": discount,
        "city": pd.Series(city, dtype="str"),
        "device": pd.Series(np.array(DEVICES, dtype=object)[device_idx], dtype="str"),
        "size": pd.Series(np.array(SIZES, dtype=object)[size_idx], dtype="str"),
        "returned": returned,
    })
