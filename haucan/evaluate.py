"""Exact-span evaluation of the extractor (and of underthesea's NER as a baseline) against gold."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import underthesea

from haucan.gold import Span
from haucan.records import Sentence
from schema.vocab import label_names

BASELINE = f"underthesea.ner@{underthesea.__version__}"
BASELINE_LABELS = ("PER", "ORG", "LOC")


@dataclass
class Scores:
    """True positives, false positives and false negatives per label; exact (field, start, end, label) match."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    articles: int = 0

    def add(self, predicted: Iterable[Span], gold: Iterable[Span], labels: Sequence[str] | None = None) -> None:
        """Score one article; with ``labels``, only those labels count."""
        keep = set(labels) if labels else None
        predicted_keys = {s.key for s in predicted if keep is None or s.label in keep}
        gold_keys = {s.key for s in gold if keep is None or s.label in keep}
        for key in predicted_keys & gold_keys:
            self.tp[key[4]] += 1
        for key in predicted_keys - gold_keys:
            self.fp[key[4]] += 1
        for key in gold_keys - predicted_keys:
            self.fn[key[4]] += 1
        self.articles += 1

    @staticmethod
    def _prf(tp: int, fp: int, fn: int) -> dict:
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1, "support": tp + fn}

    def table(self, labels: Sequence[str] | None = None) -> dict:
        """Per-label and micro-averaged precision, recall and F1."""
        labels = tuple(labels or label_names())
        per_label = {label: self._prf(self.tp[label], self.fp[label], self.fn[label]) for label in labels}
        micro = self._prf(*(sum(counter[label] for label in labels) for counter in (self.tp, self.fp, self.fn)))
        return {"labels": per_label, "micro": micro, "articles": self.articles}


def _sentence_baseline(sentence: Sentence) -> list[Span]:
    """underthesea.ner on one sentence; word-level BIO runs become character spans in the sentence's field."""
    found: list[tuple[int, int, str]] = []
    cursor = 0
    current: list | None = None
    for word, _pos, _chunk, tag in underthesea.ner(sentence.text):
        start = sentence.text.find(word, cursor)
        if start < 0:
            continue  # a token underthesea rewrote: leave it out rather than invent an offset
        cursor = start + len(word)
        label = tag[2:] if tag != "O" else None
        if tag.startswith("I-") and current is not None and current[2] == label:
            current[1] = cursor
            continue
        if current is not None:
            found.append(tuple(current))
        current = [start, cursor, label] if label else None
    if current is not None:
        found.append(tuple(current))
    return [Span(sentence.field, sentence.caption_idx, sentence.start + s, sentence.start + e, label,
                 sentence.text[s:e]) for s, e, label in found if label in BASELINE_LABELS]


def baseline_spans(sentences: Sequence[Sentence]) -> list[Span]:
    """underthesea's own NER over every sentence (its labels PER, ORG, LOC)."""
    return [span for sentence in sentences for span in _sentence_baseline(sentence)]
