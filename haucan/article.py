"""Turns a RawArticle into an Article: clean, segment into blocks, lay out the text, read the metadata."""

from __future__ import annotations

import dataclasses
import hashlib
import re

from haucan.blocks import segment
from haucan.clean import clean_text
from haucan.errors import SeedError
from haucan.metadata import extract_metadata
from haucan.records import Article, Block, RawArticle
from haucan.rules import Rules
from haucan.splits import assign_split
from schema.articles import PARAGRAPH_BREAK
from schema.vocab import in_text_block_kinds

PARAGRAPH_SEPARATOR = PARAGRAPH_BREAK
# Below this many characters of prose an input is a fragment (a caption, a teaser), not an article.
MIN_TEXT_CHARS = 40
MAX_ARTICLE_CHARS = 1_000_000
"""Above this many characters after cleaning, an input is rejected ``too_long`` before any other work. Every
per-article step is linear in the length, at ~8 CPU seconds per MB (half of it underthesea's word
segmentation): an article at the limit takes ~8-10 s on one core, one of 10 MB would take ~80 s, and is
rejected in ~2 s instead (benchmarks/bench_length.py, RESULTS.md). Real news articles are far below the limit
(the seeds' longest is about 6,000 characters)."""
# A syllable is a maximal run of letters and digits: Vietnamese writes one syllable per space-separated unit.
_SYLLABLE = re.compile(r"[^\W_]+")


def count_syllables(text: str) -> int:
    """Number of letter/digit runs in ``text`` ('Hà Nội, 6/7' -> 4)."""
    return len(_SYLLABLE.findall(text))  # the same matches as finditer, without a match object each


def lay_out_text(blocks: tuple[Block, ...]) -> tuple[str, tuple[Block, ...]]:
    """Join lead and body blocks into the article text and give those blocks their offsets."""
    in_text = in_text_block_kinds()
    parts: list[str] = []
    placed: list[Block] = []
    cursor = 0
    for block in blocks:
        if block.kind not in in_text:
            placed.append(block)
            continue
        if parts:
            parts.append(PARAGRAPH_SEPARATOR)
            cursor += len(PARAGRAPH_SEPARATOR)
        parts.append(block.text)
        placed.append(dataclasses.replace(block, text_start=cursor, text_end=cursor + len(block.text)))
        cursor += len(block.text)
    return "".join(parts), tuple(placed)


def lead_after_own_line_dateline(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """When the lead line was only a dateline ("HQ Online -" or "(Canhsatbien.vn) - " alone on its line, as those
    outlets print it), the first body paragraph after it is the lead."""
    if any(b.kind == "lead" for b in blocks) or not any(b.kind == "dateline" for b in blocks):
        return blocks
    first_body = next((i for i, b in enumerate(blocks) if b.kind == "body"), None)
    if first_body is None:
        return blocks
    lead = dataclasses.replace(blocks[first_body], kind="lead", rule="after_own_line_dateline")
    return blocks[:first_body] + (lead,) + blocks[first_body + 1:]


def build_article(raw: RawArticle, rules: Rules) -> Article:
    """Build the published Article, or raise SeedError when no prose is left after removing residue."""
    clean = raw.clean or clean_text(raw.raw_text)
    if len(clean) > MAX_ARTICLE_CHARS:
        raise SeedError(raw.source.relative_path, "too_long", f"{len(clean):,} characters after cleaning, more than "
                        f"the {MAX_ARTICLE_CHARS:,}-character limit for one article", field="text")
    blocks = lead_after_own_line_dateline(segment(clean, rules, raw.raw_text))
    text, blocks = lay_out_text(blocks)
    if not text:
        raise SeedError(raw.source.relative_path, "no_prose", "no lead or body paragraph is left after removing residue",
                        field="text")
    if len(text) < MIN_TEXT_CHARS:
        raise SeedError(raw.source.relative_path, "too_short",
                        f"{len(text)} characters of prose, fewer than {MIN_TEXT_CHARS}", field="text")
    return Article(
        article_id=raw.source.article_id,
        source_file=raw.source.relative_path,
        url=raw.source.url,
        metadata=extract_metadata(blocks, rules, raw.source.url, raw.page_published),
        lead=next(b.text for b in blocks if b.kind == "lead"),
        text=text,
        raw_text=raw.raw_text,
        n_chars=len(text),
        n_syllables=count_syllables(text),
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        split=assign_split(raw.source.article_id),
        blocks=blocks,
    )
