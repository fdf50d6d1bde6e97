"""Figures about the published data, accumulated article by article for the card and the build summary."""

from __future__ import annotations

import datetime as dt
import statistics
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
    n_chars: list[int] = field(default_factory=list)
    dates: list[dt.date] = field(default_factory=list)
    years: Counter = field(default_factory=Counter)
    sentences: int = 0
    mentions_by_source: Counter = field(default_factory=Counter)
    mentions_by_label: Counter = field(default_factory=Counter)
    cut_by_words: int = 0
    cut_by_syllables: int = 0
    outermost_mentions: int = 0
    example: Article | None = None
    """The card's before/after cleaning example: most kinds of residue, then of blocks; ties keep the first (lowest id)."""

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
        self.outlets[article.outlet or "(not stated)"] += 1
        for block in article.blocks:
            self.block_kinds[block.kind] += 1
            if block.kind == "residue":
                self.residue_rules[block.rule] += 1
        self.with_title += article.title is not None
        self.with_url += article.url is not None
        self.with_authors += bool(article.authors)
        self.with_published_date += article.published_date is not None
        self.with_event_date += article.event_date is not None
        self.captions += len(article.captions)
        self.syllables += article.n_syllables
        self.n_chars.append(article.n_chars)
        if self.example is None or _example_rank(article) > _example_rank(self.example):
            self.example = article
        known = article.published_date or article.event_date
        if known:
            self.dates.append(known)
            self.years[known.year] += 1

    def summary(self) -> dict:
        """Plain, sorted figures for the card template."""
        chars = sorted(self.n_chars)
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
            "chars_total": sum(chars),
            "chars_min": chars[0] if chars else 0,
            "chars_median": int(statistics.median(chars)) if chars else 0,
            "chars_max": chars[-1] if chars else 0,
            "date_min": min(self.dates).isoformat() if self.dates else None,
            "date_max": max(self.dates).isoformat() if self.dates else None,
            "years": sorted(self.years.items()),
            "sentences": self.sentences,
            "mentions_by_source": dict(sorted(self.mentions_by_source.items())),
            "mentions_by_label": dict(self.mentions_by_label),
            "outermost_mentions": self.outermost_mentions,
            "cut_by_words": self.cut_by_words,
            "cut_by_syllables": self.cut_by_syllables,
        }


def _example_rank(article: Article) -> tuple[int, int]:
    """Articles arrive in id order, so replacing only on a strictly higher rank keeps the lowest id on ties."""
    return len({b.rule for b in article.blocks if b.kind == "residue"}), len({b.kind for b in article.blocks})
