"""Projects (possibly nested) mentions onto token sequences as flat BIO tags.

Where spans nest, the outermost span is kept (a POSITION hides the ORG inside it; the ORG is still in
``mentions`` with its ``parent_mention_id``). A token overlapping a span gets its tag even when the span
starts or ends inside the token; such spans are counted as cut by a token boundary.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import cache

from haucan.records import Mention, Sentence
from schema.ner import tag_names as _schema_tag_names


@cache
def tag_names() -> tuple[str, ...]:
    """The ClassLabel names, from the schema (single source): 'O', then B-/I- per label."""
    return tuple(_schema_tag_names())


@cache
def _tag_ids() -> dict[str, int]:
    """Tag name -> id, built once per process (not once per sentence and level)."""
    return {name: i for i, name in enumerate(tag_names())}


def outermost(mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions not contained in another mention of the same field."""
    return [m for m in mentions if m.parent_mention_id is None]


def bio_tags(sentence: Sentence, mentions: Sequence[Mention], level: str) -> tuple[list[int], int]:
    """(tag ids for the sentence's tokens at ``level`` 'word' or 'syllable', number of cut spans)."""
    spans = sentence.word_spans if level == "word" else sentence.syllable_spans
    index = _tag_ids()
    tags = [0] * len(spans)
    cut = 0
    kept = outermost([m for m in mentions if m.sent_idx == sentence.sent_idx])
    if not kept:
        return tags, cut
    # Tokens are disjoint and in order, so the tokens a mention overlaps are one run, found by bisection
    # (scanning every token for every mention made a long sentence quadratic).
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    for mention in kept:
        covered = range(bisect.bisect_right(ends, mention.start), bisect.bisect_left(starts, mention.end))
        if not covered:
            continue
        if spans[covered[0]][0] != mention.start or spans[covered[-1]][1] != mention.end:
            cut += 1
        # A token already taken by a neighbouring span (both cut by it) keeps its tag; B- goes to the first free one.
        for position, token in enumerate(t for t in covered if tags[t] == 0):
            tags[token] = index[("B-" if position == 0 else "I-") + mention.label]
    return tags, cut
