"""Progress of the per-article stage: a tqdm bar (articles/s, ETA, cache hits) and the stage-time tally."""

from __future__ import annotations

from collections import Counter

from tqdm import tqdm


class Progress:
    """Counts articles as workers finish them; the bar shows only on a terminal unless forced on or off."""

    def __init__(self, total: int, enabled: bool | None) -> None:
        # disable=None: tqdm decides (no bar when stderr is not a terminal, e.g. in CI logs).
        self.bar = tqdm(total=total, unit="article", disable=None if enabled is None else not enabled,
                        desc="articles", dynamic_ncols=True, mininterval=1.0, smoothing=0.05)
        self.worker_seconds: Counter = Counter()
        self.cached = 0
        self.computed = 0
        self.chunks_from_cache = 0
        self.dedup_computed: int | None = None
        """Articles the dedup pass computed (not from the cache); the main pass sizes its tasks by it."""
        self.release_reused = False
        """Nothing changed since the last build: its release was kept (haucan/uptodate.py)."""

    def chunk_done(self, outcome) -> None:
        """A chunk of articles came back from a worker (``haucan.results.ChunkOutcome``)."""
        self.worker_seconds.update(outcome.seconds)
        self.cached += outcome.from_cache
        self.computed += outcome.articles - outcome.from_cache
        self.chunks_from_cache += outcome.chunk_from_cache
        self.bar.update(outcome.articles)
        self.bar.set_postfix(cached=self.cached, refresh=False)

    def close(self) -> None:
        self.bar.close()
