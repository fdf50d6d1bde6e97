"""Per-article memos of pure functions of a text that the facts stage asks again and again with the same text.

The event readers (haucan/knowledge/events.py, event_reports.py, event_dates.py) each split the article into
paragraphs and each paragraph into sentences on their own: ~12,400 calls per 1,000 generated articles for ~1,000
distinct paragraph lists, and each article's paragraphs are split ~10 times (perf14's profile).
``span_memo`` remembers a function's answer by its text argument (a str: immutable, so a remembered answer
cannot go stale) and hands each caller a fresh list copy, so a caller that changes its list changes no one
else's. Each memo is bounded (least recently used out), and ``new_article`` empties them all: process.py calls
it before an article's facts, so what is kept is one article's splits, whatever the size of the corpus or of
the article; a caller that never calls it still gets the same answers, from at most ``maxsize`` texts.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps

_MEMOS: list = []


def span_memo(maxsize: int = 512) -> Callable:
    """Decorator: ``function(text) -> list`` remembered by ``text``; the original stays as ``.uncached``."""
    def wrap(function: Callable[[str], list]) -> Callable[[str], list]:
        remembered = lru_cache(maxsize=maxsize)(lambda text: tuple(function(text)))
        _MEMOS.append(remembered)

        @wraps(function)
        def memoised(text: str) -> list:
            return list(remembered(text))
        memoised.uncached = function
        memoised.cache_info = remembered.cache_info
        return memoised
    return wrap


def new_article() -> None:
    """Forget every memo's texts: the next article starts empty (and the last one's texts are freed)."""
    for remembered in _MEMOS:
        remembered.cache_clear()
