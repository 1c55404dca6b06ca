"""One progress bar for every grading run (on stderr, so JSON on stdout stays clean)."""

from __future__ import annotations

import sys
import time


def progress_bar(total: int, desc: str, unit: str, enabled: bool = True):
    """Return ``step(name)``: call it once per finished item; the bar closes itself with the elapsed time."""
    if not enabled or total == 0 or not sys.stderr.isatty():  # no bar in CI logs or redirected output
        return lambda _name: None
    from tqdm import tqdm

    bar = tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, leave=False)
    start = time.perf_counter()

    def step(name: str) -> None:
        bar.set_postfix_str(str(name)[-40:])
        bar.update(1)
        if bar.n >= total:
            bar.close()
            print(f"{desc}: {total} {unit}(s) in {time.perf_counter() - start:.1f} s", file=sys.stderr)

    return step
