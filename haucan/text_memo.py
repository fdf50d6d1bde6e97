"""Per-article memos of pure functions of a text that the facts stage asks again and again with the same text.

The event readers (haucan/knowledge/events.py, event_reports.py, event_dates.py) each split the article into
paragraphs and each paragraph into sentences on their own: ~12,400 calls per 1,000 generated articles for ~1,000
distinct paragraph lists, and each article's paragraphs are split ~10 times (perf14's profile).
``span_memo`` remembers a function's answer by its text argument (a str: immutable, so a remembered answer
cannot go stale) and hands each caller a fresh list copy, so a caller that changes its list changes no one
else's. Each memo is bounded (least recently used out, ``maxsize`` texts: about one article's paragraphs and
sentences), so memory stays flat whatever the size of the corpus; it is the function's own cache, not a module
registry (tests/test_module_state.py), and nothing needs to empty it: the answers depend on the text alone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps


def span_memo(maxsize: int = 512) -> Callable:
    """Decorator: ``function(text) -> list`` remembered by ``text``; the original stays as ``.uncached``."""
    def wrap(function: Callable[[str], list]) -> Callable[[str], list]:
        remembered = lru_cache(maxsize=maxsize)(lambda text: tuple(function(text)))

        @wraps(function)
        def memoised(text: str) -> list:
            return list(remembered(text))
        memoised.uncached = function
        memoised.cache_info = remembered.cache_info
        return memoised
    return wrap

