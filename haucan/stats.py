"""Figures about the published data, accumulated article by article for the card and the build summary."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from haucan.records import AnnotatedArticle, Article


@dataclass
class CorpusStats:
    """Running counts over the accepted articles (compact: a few numbers per article)."""

    articles: int = 0
    blocks: int = 0
    splits: Counter = field(default_factory=Counter)
    outlets: Counter = field(default_factory=Counter)
    block_kinds: Counter = field(default_factory=Counter)
    residue_rules: Counter = field(default_factory=Counter)
    with_title: int = 0
    with_url: int = 0
    with_authors: int = 0
    with_published_date: int = 0
    with_event_date: int = 0
    captions: int = 0
    syllables: int = 0
    n_chars: Counter = field(default_factory=Counter)
    """Histogram of article lengths: as many entries as distinct lengths, not as articles (memory stays flat)."""
    date_min: dt.date | None = None
    date_max: dt.date | None = None
    years: Counter = field(default_factory=Counter)
    sentences: int = 0
    mentions_by_source: Counter = field(default_factory=Counter)
    mentions_by_label: Counter = field(default_factory=Counter)
    cut_by_words: int = 0
    cut_by_syllables: int = 0
    outermost_mentions: int = 0
    example_id: str | None = None
    """The card's before/after cleaning example: most kinds of residue, then of blocks; ties keep the first
    (lowest id). Only the id is kept; the build reads the article again for the card."""
    example_rank: tuple[int, int] = (-1, -1)

    def add(self, annotated: AnnotatedArticle) -> None:
        """Count one accepted article and its annotations."""
        article = annotated.article
        self.sentences += len(annotated.sentences)
        self.mentions_by_source.update(m.source for m in annotated.mentions)
        self.mentions_by_label.update(m.label for m in annotated.mentions)
        self.outermost_mentions += sum(1 for m in annotated.mentions if m.parent_mention_id is None)
        self.cut_by_words += annotated.cut_by_words
        self.cut_by_syllables += annotated.cut_by_syllables
        self.articles += 1
        self.blocks += len(article.blocks)
        self.splits[article.split] += 1
        self.outlets[article.metadata.outlet or "(not stated)"] += 1
        for block in article.blocks:
            self.block_kinds[block.kind] += 1
            if block.kind == "residue":
                self.residue_rules[block.rule] += 1
        self.with_title += article.metadata.title is not None
        self.with_url += article.url is not None
        self.with_authors += bool(article.metadata.authors)
        self.with_published_date += article.metadata.published_date is not None
        self.with_event_date += article.metadata.event_date is not None
        self.captions += len(article.metadata.captions)
        self.syllables += article.n_syllables
        self.n_chars[article.n_chars] += 1
        if _example_rank(article) > self.example_rank:
            self.example_id, self.example_rank = article.article_id, _example_rank(article)
        known = article.metadata.published_date or article.metadata.event_date
        if known:
            self.date_min = min(self.date_min or known, known)
            self.date_max = max(self.date_max or known, known)
            self.years[known.year] += 1

    def merge(self, other: CorpusStats) -> None:
        """Add the figures of ``other`` (articles with higher ids than any seen so far) to these."""
        for name, value in vars(other).items():
            if isinstance(value, Counter):
                # In place: ``self.x + value`` would copy the whole running Counter for every article merged
                # (quadratic in the corpus). Same result, because every count here is positive.
                getattr(self, name).update(value)
            elif isinstance(value, int) and not isinstance(value, bool):
                setattr(self, name, getattr(self, name) + value)
        if other.example_rank > self.example_rank:
            self.example_id, self.example_rank = other.example_id, other.example_rank
        for date in (other.date_min, other.date_max):
            if date is not None:
                self.date_min = min(self.date_min or date, date)
                self.date_max = max(self.date_max or date, date)

    def summary(self) -> dict:
        """Plain, sorted figures for the card template."""
        return {
            "articles": self.articles,
            "blocks": self.blocks,
            "splits": dict(sorted(self.splits.items())),
            "outlets": sorted(self.outlets.items(), key=lambda kv: (-kv[1], kv[0])),
            "block_kinds": sorted(self.block_kinds.items(), key=lambda kv: (-kv[1], kv[0])),
            "residue_rules": sorted(self.residue_rules.items(), key=lambda kv: (-kv[1], kv[0])),
            "with_title": self.with_title,
            "with_url": self.with_url,
            "with_authors": self.with_authors,
            "with_published_date": self.with_published_date,
            "with_event_date": self.with_event_date,
            "captions": self.captions,
            "syllables": self.syllables,
            "chars_total": sum(length * n for length, n in self.n_chars.items()),
            "chars_min": min(self.n_chars, default=0),
            "chars_median": _median(self.n_chars),
            "chars_max": max(self.n_chars, default=0),
            "date_min": self.date_min.isoformat() if self.date_min else None,
            "date_max": self.date_max.isoformat() if self.date_max else None,
            "years": sorted(self.years.items()),
            "sentences": self.sentences,
            "mentions_by_source": dict(sorted(self.mentions_by_source.items())),
            "mentions_by_label": dict(self.mentions_by_label),
            "outermost_mentions": self.outermost_mentions,
            "cut_by_words": self.cut_by_words,
            "cut_by_syllables": self.cut_by_syllables,
        }


def _median(histogram: Counter) -> int:
    """``int(statistics.median(values))`` of the values the histogram counts, without expanding it."""
    total = sum(histogram.values())
    if not total:
        return 0
    middle = [(total - 1) // 2, total // 2]  # the two middle positions (equal when the count is odd)
    found, seen = [], 0
    for value in sorted(histogram):
        seen += histogram[value]
        while middle and middle[0] < seen:
            found.append(value)
            middle.pop(0)
    return int((found[0] + found[1]) / 2)


def _example_rank(article: Article) -> tuple[int, int]:
    """Articles arrive in id order, so replacing only on a strictly higher rank keeps the lowest id on ties."""
    return len({b.rule for b in article.blocks if b.kind == "residue"}), len({b.kind for b in article.blocks})
