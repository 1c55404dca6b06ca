"""Play events of a podcast app, for the D3.6.5 recommendation tasks (seeded, no network).

``make_d3_6_plays(seed)`` returns one row per event: ``user`` (int), ``episode`` (str), ``played_at`` (an ISO
8601 string in UTC) and ``action`` ("play" or "follow"). Episodes belong to shows of a few genres; each listener
prefers one or two genres, so episodes listened to by the same people are related, and a few episodes are
popular with everyone.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def make_d3_6_plays(seed: int = 0, n_users: int = 300, n_genres: int = 8, per_genre: int = 15,
                    events_per_user: tuple[int, int] = (6, 30), start: str = "2026-05-01") -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    n_items = n_genres * per_genre
    ids = [f"ep-{g}{chr(97 + j)}{int(rng.integers(10, 99))}" for g in range(n_genres) for j in range(per_genre)]
    genre = np.repeat(np.arange(n_genres), per_genre)
    within = rng.uniform(0.5, 2.0, n_items)
    within[rng.choice(n_items, size=4, replace=False)] *= 6.0          # a few hits every genre's fans play
    global_pop = within / within.sum()
    t0 = pd.Timestamp(start, tz="UTC")
    rows = []
    for u in range(n_users):
        fav = rng.choice(n_genres, size=int(rng.integers(1, 3)), replace=False)
        w = np.where(np.isin(genre, fav), within * 12.0, within * 0.1)
        p = 0.9 * w / w.sum() + 0.1 * global_pop
        n = int(rng.integers(*events_per_user))
        items = rng.choice(n_items, size=n, replace=False, p=p)
        secs = np.sort(rng.integers(0, 60 * 86400, n))
        for it, s in zip(items, secs):
            act = "follow" if rng.random() < 0.1 else "play"
            rows.append((u, ids[it], (t0 + pd.Timedelta(seconds=int(s))).strftime("%Y-%m-%dT%H:%M:%SZ"), act))
    return pd.DataFrame(rows, columns=["user", "episode", "played_at", "action"])
