"""Help-centre articles of an internal IT and HR knowledge base, for the D3.6.6 search tasks (seeded, no network).

``make_d3_6_kb(seed)`` returns a list of documents, each a dict with ``id``, ``title``, ``body``, ``uri`` (an S3 key
under a department folder, as a data source connector reports it in ``_source_uri``) and ``updated`` (a date
string, ``_last_updated_at``). Several articles are older versions of the same topic.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

TOPICS = {
    "it": ["vpn", "password", "laptop", "printer", "wifi", "email", "mfa", "monitor", "software", "backup"],
    "hr": ["leave", "payroll", "benefits", "pension", "onboarding", "holiday", "parental", "expenses", "review", "training"],
    "facilities": ["parking", "desk", "badge", "canteen", "heating", "locker", "meeting", "room", "bike", "visitor"],
}
FILLER = ("the a how to your for request policy team office new update guide form steps please contact "
          "open submit approval manager portal page check status help time").split()


def make_d3_6_kb(seed: int = 0, n_docs: int = 90, today: str = "2026-11-30") -> list[dict]:
    rng = np.random.default_rng(seed)
    end = pd.Timestamp(today)
    docs = []
    depts = list(TOPICS)
    for i in range(n_docs):
        dept = depts[int(rng.integers(0, len(depts)))]
        words = TOPICS[dept]
        k = rng.choice(len(words), size=2, replace=False)
        title = f"{words[k[0]]} {rng.choice(FILLER)} {words[k[1]]} {rng.choice(FILLER)}"
        n_body = int(rng.integers(20, 80))
        pool = list(FILLER) * 3 + list(words) + [words[k[0]]] * 3
        body = " ".join(rng.choice(pool, size=n_body))
        age = int(rng.integers(0, 900))
        docs.append(dict(id=f"KB-{1000 + i}", title=title.capitalize(), body=body,
                         uri=f"s3://helpdesk-kb/{dept}/{words[k[0]]}-{i}.html",
                         updated=(end - pd.Timedelta(days=age)).strftime("%Y-%m-%d")))
    return docs
