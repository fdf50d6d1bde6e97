"""Progress of the per-article stage: a tqdm bar (articles/s, ETA, cache hits) and the stage-time tally."""

from __future__ import annotations

from collections import Counter

from tqdm import tqdm

POSTFIX_EVERY = 256  # refreshing the cache-hit figure per article would cost more than the article


class Progress:
    """Counts articles as workers finish them; the bar shows only on a terminal unless forced on or off."""

    def __init__(self, total: int, enabled: bool | None) -> None:
        # disable=None: tqdm decides (no bar when stderr is not a terminal, e.g. in CI logs).
        self.bar = tqdm(total=total, unit="article", disable=None if enabled is None else not enabled,
                        desc="articles", dynamic_ncols=True, mininterval=1.0, smoothing=0.05)
        self.worker_seconds: Counter = Counter()
        self.cached = 0
        self.computed = 0

    def worker_done(self, outcome) -> None:
        """One article came back from a worker (``haucan.per_article.Outcome``)."""
        self.worker_seconds.update(outcome.seconds)
        if outcome.cached:
            self.cached += 1
        else:
            self.computed += 1
        self.bar.update(1)
        if (self.cached + self.computed) % POSTFIX_EVERY == 0:
            self.bar.set_postfix(cached=self.cached, refresh=False)

    def close(self) -> None:
        self.bar.close()
