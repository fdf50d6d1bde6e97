"""Evaluation of the extractor (and of underthesea's NER as a baseline) against gold: exact character spans per
label, and the same spans projected onto syllable BIO tags (as ``ner_syllable`` publishes them) scored at the
entity level by ``seqeval``, the figures published Vietnamese NER results (PhoNER_COVID19) report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import underthesea

from haucan.bio import bio_tags, tag_names
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
    gold_tags: list[tuple[str, ...]] = field(default_factory=list)
    """Per scored sentence, the gold syllable BIO tags (``add_tags``), for ``seqeval_table``."""
    predicted_tags: list[tuple[str, ...]] = field(default_factory=list)

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

    def add_tags(self, gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> None:
        """Add one article's sentences as tag sequences (``span_tags`` of its gold and of its prediction)."""
        if len(gold) != len(predicted) or any(len(g) != len(p) for g, p in zip(gold, predicted, strict=True)):
            raise ValueError("gold and predicted tags must cover the same sentences and tokens")
        self.gold_tags.extend(tuple(g) for g in gold)
        self.predicted_tags.extend(tuple(p) for p in predicted)

    def seqeval_table(self, labels: Sequence[str] | None = None) -> dict:
        """seqeval's entity-level precision, recall and F1 per label (those of ``labels``, default the label
        set; a label with no gold and no prediction scores 0 with support 0), and its micro and macro averages
        over the labels that occur, from the tags of ``add_tags``. seqeval's default (conlleval) mode; the
        sequences are valid IOB2, so its strict mode agrees. Empty when no sentence was added."""
        if not self.gold_tags:
            return {}
        # Imported here: seqeval pulls in scikit-learn and scipy (~50 MB), which the worker processes, importing
        # this module for span_tags, never use.
        from seqeval.metrics import classification_report

        report = classification_report([list(t) for t in self.gold_tags], [list(t) for t in self.predicted_tags],
                                       output_dict=True, zero_division=0)

        def row(entry: dict | None) -> dict:
            entry = entry or {}
            return {"precision": float(entry.get("precision", 0.0)), "recall": float(entry.get("recall", 0.0)),
                    "f1": float(entry.get("f1-score", 0.0)), "support": int(entry.get("support", 0))}

        return {"labels": {label: row(report.get(label)) for label in labels or label_names()},
                "micro": row(report["micro avg"]), "macro": row(report["macro avg"]),
                "sentences": len(self.gold_tags)}

    def table(self, labels: Sequence[str] | None = None) -> dict:
        """Per-label and micro-averaged precision, recall and F1."""
        labels = tuple(labels or label_names())
        per_label = {label: self._prf(self.tp[label], self.fp[label], self.fn[label]) for label in labels}
        micro = self._prf(*(sum(counter[label] for label in labels) for counter in (self.tp, self.fp, self.fn)))
        return {"labels": per_label, "micro": micro, "articles": self.articles}


@dataclass(frozen=True)
class _Tagged:
    """A span in the shape ``bio_tags`` reads (the sentence it starts in; outermost or not)."""

    sent_idx: int
    start: int
    end: int
    label: str
    parent_mention_id: str | None


def _outermost(spans: Sequence[Span]) -> list[Span]:
    """The spans no other span of the list contains (a POSITION's ORG is dropped, as ``ner_*`` drop it)."""
    return [s for s in spans if not any(o is not s and o.start <= s.start and s.end <= o.end
                                        and (o.end - o.start) > (s.end - s.start) for o in spans)]


def span_tags(sentences: Sequence[Sentence], spans: Iterable[Span]) -> tuple[tuple[str, ...], ...]:
    """Per sentence, its syllable tokens' BIO tag names for ``spans``, projected exactly as ``ner_syllable``
    projects mentions (``bio_tags``: outermost spans, a token cut by a span tagged whole). A span belongs to the
    sentence of its field where it starts."""
    by_field: dict[tuple, list[Span]] = {}
    for span in spans:
        by_field.setdefault((span.field, span.caption_idx), []).append(span)
    names = tag_names()
    tags = []
    for sentence in sentences:
        inside = [s for s in by_field.get((sentence.field, sentence.caption_idx), ())
                  if sentence.start <= s.start < sentence.end]
        tagged = [_Tagged(sentence.sent_idx, s.start, s.end, s.label, None) for s in _outermost(inside)]
        ids, _ = bio_tags(sentence, tagged, "syllable")
        tags.append(tuple(names[i] for i in ids))
    return tuple(tags)


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
