"""Writers printed outside a byline line: an officer signing a journal article at its end (the signature stays a
caption, because the office under it makes the signer a person too) and a credit inside the header's stamp row
('Đăng ngày: 28-08-2025 | Tác giả: <Name> | Lượt xem: 642'), which is furniture as a whole. Used by metadata.py
to complete the authors."""

from __future__ import annotations

import re

from haucan.page_parts import (
    Attribution,
    attribution_rules,
    byline_rule,
    is_person,
    is_unit_credit,
    split_names,
)

# The cells of a stamp row: bars, or runs of spaces the cleaning kept.
_CELL_SEPARATOR = re.compile(r"\s*\|\s*")
# A credit inside a row carries its label: a name alone between bars may be a category ('Quân sự | 14/10').
_LABELLED_RULES = ("news_byline", "contributor_byline", "video_byline")
# Writers before the stamp on one header line ('HOÀNG YẾN - MINH TRÍ 14/10/2025 16:40', baodanang.vn).
_WRITERS_THEN_STAMP = re.compile(r"^(?P<names>[^\d|:]{3,60}?)\s*\|?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
                                 r"(?:\s*[,|-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
# Name-shaped lines that are writers, by the byline rules.
_NAME_RULES = ("closing_name", "closing_names")


def signed_names(text: str) -> list[str]:
    """The writers of an officer's signature ('Thiếu tướng, TS <Name>', 'Đại tá, TS. <Name> - <office>'), their
    ranks and titles removed; [] when the line is no signature."""
    attribution = attribution_rules()
    rule = byline_rule(text, "last", attribution)
    pattern = attribution.byline_pattern(rule) if rule is not None else None
    match = pattern.match(text) if pattern is not None else None
    names = split_names(match.group("names") if match else text) if rule is not None else ()
    return [name for name in names if is_person(name, attribution)]


def writers_before_stamp(text: str) -> list[str]:
    """The writers of a header line holding several names and then the stamp ('HOÀNG YẾN - MINH TRÍ 14/10/2025
    16:40'); one name there is the stamp rules' (stamps.split_writer), and a category before a date is no name."""
    attribution = attribution_rules()
    match = _WRITERS_THEN_STAMP.match(text)
    if match is None or byline_rule(match.group("names").strip(), "last", attribution) not in _NAME_RULES:
        return []
    names = [n for n in split_names(match.group("names")) if is_person(n, attribution)]
    return names if len(names) >= 2 else []


def label_writer_beside_stamp(texts: list[str], labels: list, lead: int | None) -> None:
    """A writer's name alone on the line right above or under the publication stamp, after the lead (znews.vn
    prints the sapo, then the writer, then the stamp: dev 845), is the byline, in place (rule
    'writer_beside_stamp'); above the lead the header pass labels it."""
    if lead is None:
        return
    attribution = attribution_rules()
    for i in range(lead + 1, len(labels)):
        beside = [labels[j] for j in (i - 1, i + 1) if 0 <= j < len(labels) and labels[j] is not None]
        if labels[i] is None and any(label[0] == "publication_stamp" for label in beside) \
                and byline_rule(texts[i], "last", attribution) in _NAME_RULES:
            labels[i] = ("byline", "writer_beside_stamp")


def bylines_inside(text: str) -> list[str]:
    """The writers credited in one cell of a row of stamp cells separated by bars, when the cell is a labelled
    credit ('Tác giả: Minh Đạt', 'Bài: X'); [] for a row without one or a line without bars."""
    cells = _CELL_SEPARATOR.split(text)
    if len(cells) < 2:
        return []
    attribution = attribution_rules()
    found: list[str] = []
    for cell in cells:
        rule = byline_rule(cell, "any", attribution)
        if rule in _LABELLED_RULES and (match := attribution.byline_pattern(rule).match(cell)):
            found.extend(n for n in split_names(match.group("names")) if is_person(n, attribution))
    return found



def is_collective_credit(name: str, attribution: Attribution) -> bool:
    """True for a credit naming the newsroom or the office that sent the news ('Nhóm PV', 'Ban Biên tập', 'BBT',
    'Phòng Chính trị'): with no person beside it, the body that signs is the article's author as printed. An
    outlet or agency credited alone ('TTXVN', 'Báo X') is not: it is the source, not a writer."""
    desk = attribution.byline_pattern("desk_byline")
    return bool(desk is not None and desk.match(name)) or is_unit_credit(name, attribution)


# A Blogger post footer ('Đăng bởi <account> vào lúc 20:15', residue rule poster_footer) and the lines that name the
# copy's source (a 'Theo …' line, a source note): with a source named, the poster only re-posted.
_POSTER = re.compile(r"^(?:Đăng bởi|Được đăng bởi|Posted by)\s+(?P<names>[^\d|:]{1,40}?)\s+(?:vào lúc|lúc|at)\s")
_SOURCE_RULES = ("source_theo", "source_note", "theo_writer")


def poster_as_author(blocks) -> list[str]:
    """The account a blog post footer names as its poster, as the author of a rewritten copy that names no source
    and no writer (the session-8 convention); [] when the page names a source, or has no such footer. Called only
    when no byline gave an author."""
    if any(block.rule in _SOURCE_RULES for block in blocks):
        return []
    attribution = attribution_rules()
    for block in blocks:
        match = _POSTER.match(block.text) if block.rule == "poster_footer" else None
        if match:
            names = split_names(match.group("names"))
            return [n for n in names if is_person(n, attribution) or is_collective_credit(n, attribution)]
    return []
