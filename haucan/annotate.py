"""Builds the published annotation layer of an article: sentences, and mentions from gold or the extractor."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from haucan.bio import bio_tags
from haucan.cache.stores import SegmentCache
from haucan.extract.entities import EXTRACTOR
from haucan.extract.normalize import document_number, normalize
from haucan.gold import Span
from haucan.records import AnnotatedArticle, Article, Mention, Sentence
from haucan.sentences import segment_sentences


def mention_id(article_id: str, span: Span) -> str:
    """Stable, readable id: article, field (``c<k>`` for caption k), offsets and label."""
    where = "t" if span.field == "text" else f"c{span.caption_idx}"
    return f"{article_id}:{where}:{span.start}-{span.end}:{span.label}"


class _SentenceIndex:
    """Finds the sentence holding a span by bisection: the non-empty sentences of one field are disjoint and
    in order, so the only candidate is the last one starting at or before the span (a scan of every sentence
    for every span made the article's time quadratic in its length)."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.by_field: dict[tuple[str, int | None], tuple[list[int], list[Sentence]]] = {}
        for sentence in sentences:
            if sentence.start < sentence.end:  # an empty sentence holds no span
                starts, held = self.by_field.setdefault((sentence.field, sentence.caption_idx), ([], []))
                starts.append(sentence.start)
                held.append(sentence)

    def sent_idx(self, span: Span) -> int:
        starts, held = self.by_field.get((span.field, span.caption_idx), ((), ()))
        position = bisect.bisect_right(starts, span.start) - 1
        if position >= 0 and span.start < held[position].end:
            return held[position].sent_idx
        raise ValueError(f"span {span} lies in no sentence")


def _parents(ordered: Sequence[Span]) -> list[Span | None]:
    """For each span (sorted by field, start, longest first), the smallest strictly longer span of its field
    that encloses it (the first such in ``ordered`` on a tie), or None.

    A sweep: the spans still open at a span's start (those ending at or after it) are the only ones that can
    enclose it or any later span, so each span is compared with the few open around it, not with all."""
    parents: list[Span | None] = []
    open_by_field: dict[tuple[str, int | None], list[Span]] = {}
    for span in ordered:
        key = (span.field, span.caption_idx)
        still_open = [p for p in open_by_field.get(key, ()) if p.end >= span.start]
        length = span.end - span.start
        best = None
        for p in still_open:
            if p.start <= span.start and span.end <= p.end and (p.end - p.start) > length:
                if best is None or (p.end - p.start) < (best.end - best.start):
                    best = p
        parents.append(best)
        still_open.append(span)
        open_by_field[key] = still_open
    return parents


def build_mentions(article: Article, sentences: Sequence[Sentence], spans: Sequence[Span], source: str) -> tuple[Mention, ...]:
    """Mentions with ids, sentence, parent (the smallest enclosing span) and normalised value."""
    ordered = sorted(spans, key=lambda s: (s.field, s.caption_idx or 0, s.start, -s.end, s.label))
    # A short reference ('Nghị quyết 623') is normalised to the full number the article gives elsewhere.
    full_documents: dict[str, str] = {}
    for span in ordered:
        if span.label == "DOC_REF":
            number = document_number(span.surface)
            if number and ("-" in number or "/" in number):
                full_documents.setdefault(number.split("-")[0].split("/")[0], number)
    mentions = []
    where = _SentenceIndex(sentences)
    for span, parent in zip(ordered, _parents(ordered), strict=True):
        mentions.append(Mention(
            mention_id=mention_id(article.article_id, span),
            field=span.field,
            caption_idx=span.caption_idx,
            sent_idx=where.sent_idx(span),
            start=span.start,
            end=span.end,
            surface=span.surface,
            label=span.label,
            normalized=normalize(span.label, span.surface, full_documents),
            parent_mention_id=mention_id(article.article_id, parent) if parent else None,
            source=source,
            extractor=EXTRACTOR if source == "auto" else None,
        ))
    return tuple(mentions)


def annotate(article: Article, gold: Sequence[Span] | None, auto: Sequence[Span],
             words: str = "underthesea", segments: SegmentCache | None = None) -> AnnotatedArticle:
    """Publish gold mentions where the article has gold, the extractor's otherwise; ``words``: the word segmenter,
    ``segments``: the store of its output (None: segment without one)."""
    sentences = segment_sentences(article, words, segments)
    spans, source = (gold, "gold") if gold is not None else (auto, "auto")
    mentions = build_mentions(article, sentences, spans, source)
    # bio_tags keeps only the mentions of the sentence it tags; handing it just those (grouped once here)
    # spares scanning every mention of the article for every sentence, twice.
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sent_idx, []).append(mention)
    syllable = [bio_tags(sentence, by_sentence.get(sentence.sent_idx, ()), "syllable") for sentence in sentences]
    word = [bio_tags(sentence, by_sentence.get(sentence.sent_idx, ()), "word") for sentence in sentences]
    return AnnotatedArticle(
        article, sentences, mentions,
        syllable_tags=tuple(tuple(tags) for tags, _ in syllable),
        word_tags=tuple(tuple(tags) for tags, _ in word),
        cut_by_syllables=sum(cut for _, cut in syllable),
        cut_by_words=sum(cut for _, cut in word),
    )
