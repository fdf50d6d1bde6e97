"""Writers printed outside a byline line: an officer signing a journal article at its end (the signature stays a
caption, because the office under it makes the signer a person too) and a credit inside the header's stamp row
('Đăng ngày: 28-08-2025 | Tác giả: <Name> | Lượt xem: 642'), which is furniture as a whole. Used by metadata.py
to complete the authors.

An officer's byline over the headline ('Đại tá KHỔNG VĂN ĐÀI (Chủ nhiệm …)', 'Đại tá, ThS. ĐINH XUÂN KỶ' /
'(Chủ nhiệm …)') is a signature too, kept as a caption like the one at the end; and the signer of an
administrative document pasted as a page (the office in capitals over the name, under 'KT. CHÁNH VĂN PHÒNG') is a
person, his two lines captions, not furniture: the schema keeps a person only with evidence in the text or a
caption (tests/realworld/README.md, conventions decided in session 11)."""

from __future__ import annotations

import dataclasses
import re

from haucan.extract.lexicon import lexicon
from haucan.page_parts import (
    Attribution,
    attribution_rules,
    byline_rule,
    is_person,
    is_unit_credit,
    split_names,
)
from haucan.records import Block

# The cells of a stamp row: bars, or runs of spaces the cleaning kept.
_CELL_SEPARATOR = re.compile(r"\s*\|\s*")
# A credit inside a row carries its label: a name alone between bars may be a category ('Quân sự | 14/10').
_LABELLED_RULES = ("news_byline", "contributor_byline", "video_byline")
# Writers before the stamp on one header line ('HOÀNG YẾN - MINH TRÍ 14/10/2025 16:40', baodanang.vn). Their desk
# in brackets may close the names, glued to the stamp's label ('<Name>, <Name> (VTV9)Cập nhật 15:20 ngày 18/10/2024',
# vtv.vn's template, set 11's 783); the clock may stand before the date, the time zone after it ('<NAME> 16/06/2023
# 05:10 GMT+7', tuoitre.vn, 784).
_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_WRITERS_THEN_STAMP = re.compile(
    r"^(?P<names>[^\d|:()]{3,60}?)\s*(?:\([^()\d]{0,20}\d{0,3}\))?\s*\|?\s*"
    r"(?:(?:Cập nhật|Đăng|Ngày đăng|Đăng ngày|Ngày cập nhật)(?:\s+(?:lúc|ngày))?\s*:?\s*)?"
    rf"(?:{_CLOCK}\s*[,|-]?\s*(?:ngày\s+)?{_DATE}|(?:ngày\s+)?{_DATE}(?:\s*[,|-]?\s*{_CLOCK})?)"
    r"(?:\s*\(?GMT\s*[+]\s*7\)?)?$")
# A single writer before a stamp must be a full name (a family name, then at least two more words): a category in
# title case or capitals before the date ('Thời Sự 14/10/2025', 'QUÂN SỰ …') has the shape of a pen name.
MIN_SINGLE_WRITER_WORDS = 3
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
    16:40', '<Name>, <Name> (VTV9)Cập nhật 15:20 ngày 18/10/2024'), or one full name ('VŨ THỊ THANH TÂM 16/06/2023
    05:10 GMT+7'); a shorter single name is left to the stamp rules (stamps.split_writer), and a category before a
    date is no name."""
    attribution = attribution_rules()
    match = _WRITERS_THEN_STAMP.match(text)
    if match is None or byline_rule(match.group("names").strip(), "last", attribution) not in _NAME_RULES:
        return []
    names = [n for n in split_names(match.group("names")) if is_person(n, attribution)]
    return names if len(names) >= 2 or len(names) == 1 and _full_name(names[0]) else []


def _full_name(name: str) -> bool:
    """True for a person's whole name: a family name first ('Vũ', 'VŨ'), then at least two more words."""
    words = name.split()
    return len(words) >= MIN_SINGLE_WRITER_WORDS and words[0].capitalize() in lexicon().family_names


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
# WordPress prints the same account with the date after a bar or a dash ('Đăng bởi <account> | 12/03/2023', 'Người
# đăng: <account> - dd/mm/yyyy', stamp rule posted_by; set 10's 685).
_POSTER = re.compile(r"^(?:Đăng bởi|Được đăng bởi|Posted by|Người đăng|Đăng tải bởi)\s*:?\s*(?P<names>[^\d|:]{1,40}?)"
                     r"(?:\s+(?:vào lúc|lúc|at|on)\s|\s*[-|,]\s*\d)")
_POSTER_RULES = ("poster_footer", "posted_by")
_SOURCE_RULES = ("source_theo", "source_note", "theo_writer")


def poster_as_author(blocks) -> list[str]:
    """The account a blog post footer names as its poster, as the author of a rewritten copy that names no source
    and no writer (the session-8 convention); [] when the page names a source, or has no such footer. Called only
    when no byline gave an author."""
    if any(block.rule in _SOURCE_RULES for block in blocks):
        return []
    attribution = attribution_rules()
    for block in blocks:
        match = _POSTER.match(block.text) if block.rule in _POSTER_RULES else None
        if match:
            names = split_names(match.group("names"))
            return [n for n in names if is_person(n, attribution) or is_collective_credit(n, attribution)]
    return []


def capitals_signature(text: str) -> bool:
    """An officer's byline with his office on one line above the lead, his name in capitals ('Thượng tá GIANG VĂN
    KHOÁI, Phó Chỉ huy trưởng, Chủ nhiệm …', a border guard paper's study article, set 9's 071): the header took it
    for a photo's caption, whose names are printed in ordinary case ('Đại tá X, Chủ nhiệm … phát biểu')."""
    names = signed_names(text) if lexicon().rank.match(text) and not text.rstrip().endswith((".", "!", "?")) else []
    return bool(names) and all(name.isupper() for name in names)


# A publication stamp closing a header line after a space: its date, maybe a clock ('… Việt Nam 14/11/2025 09:12').
_TRAILING_STAMP = re.compile(r"\s\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?"
                             r"(?:\s*\(?GMT\s*\+\s*0?7\)?)?$")


def _signed_over_stamp(text: str) -> bool:
    """An officer's signature with his office, the page's stamp run onto its line ('Thiếu tướng <Name> - Phó Tư
    lệnh, Tham mưu trưởng <unit> dd/mm/yyyy HH:MM', nguoihanoi.vn's signed articles, set 15's 567): a photo's
    caption never ends in the page's date, so a ranked name over a stamp is the writer, in any case."""
    stamp = _TRAILING_STAMP.search(text)
    return bool(stamp) and _ranked_signature(text[:stamp.start()].rstrip())


def _ranked_signature(head: str) -> bool:
    """A ranked name with its office and no sentence end: the signature part of a signed header line."""
    return bool(head) and lexicon().rank.match(head) is not None and not head.endswith((".", "!", "?")) \
        and bool(signed_names(head))


def label_officer_byline(texts: list[str], labels: list, lead: int | None) -> None:
    """An officer's byline above the lead (a rank before the name, as journals print it over the headline) is the
    article's signature: relabelled in place as the caption 'officer_signature' (metadata still takes its writer),
    and the office on the line under it, alone or in brackets, as the caption 'officer_office', so the signer is a
    person with his rank and office (the session-8 signed-article convention, which the officer signing at the end
    already followed: page_footer). The same line with the office after the name, which the header labels a
    caption, is a signature when the name is in capitals (capitals_signature). A ranked contributor's line closing a
    news page stays a byline (page_footer; an open question of session 11)."""
    if lead is None:
        return
    for i, text in enumerate(texts[:lead]):
        below = labels[i + 1] if i + 1 < len(texts) else None  # the stamp, when line repair cut it off this line
        over_stamp = _signed_over_stamp(text) or (bool(below) and below[0] == "publication_stamp" and _ranked_signature(text))
        if labels[i] == ("caption", "header_caption") and (capitals_signature(text) or over_stamp):
            labels[i] = ("caption", "officer_signature")
            continue
        if labels[i] is None or labels[i][0] != "byline" or not lexicon().rank.match(text) or not signed_names(text):
            continue
        if _named_above(texts, labels, i):
            labels[i] = ("caption", "portrait_caption")  # the interviewee the headline quotes, not a writer
            continue
        labels[i] = ("caption", "officer_signature")
        under = i + 1
        if under < lead and labels[under] is not None and labels[under][0] == "residue" and (
                office := lexicon().position.match(texts[under].strip().lstrip("("))) and office.start() == 0:
            labels[under] = ("caption", "officer_office")


def _named_above(texts: list[str], labels: list, i: int) -> bool:
    """Whether the officer of the ranked name line ``i`` is already named by the headline or a header caption above
    it: an interview's headline quotes him ('Thiếu tướng X, Phó Chủ nhiệm …: <his words>') and the line under it is
    his portrait's caption (set 12's 876), while a journal's byline stands over a headline that names no writer."""
    names = signed_names(texts[i])
    return bool(names) and any(labels[k] is not None and labels[k][0] in ("title", "caption")
                               and all(name.casefold() in texts[k].casefold() for name in names) for k in range(i))


# The authority a document is signed for ('KT. CHỦ TỊCH', 'TL. CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN'), at a line's start
# or in its last cell (a recipients' table row joined with it: '- Lưu: VT. | KT. CHỦ TỊCH').
# The mark a copy prints where the signature was ('(Đã ký)', '[đã ký]', 'Đã ký').
_SIGNED_MARK = re.compile(r"^[(\[]?\s*(?i:đã ký|đã ký và đóng dấu|ký)\s*[)\]]?$")
_SIGNED_FOR = re.compile(r"(?:^|\|\s*)(?:KT|TL|TM|TUQ|Q)\.\s+[^\sa-z][^a-z|]{2,80}$")


def _signer_name(text: str) -> bool:
    """A signer's name line: a person's name in ordinary case, maybe after a rank ('Đại tá Hầu A Lềnh')."""
    attribution = attribution_rules()
    prefix = attribution.name_prefix.match(text)
    name = text[prefix.end():] if prefix else text
    words = name.split()
    return 2 <= len(words) <= 5 and all(w[0].isupper() and w.isalpha() for w in words) and not name.isupper() \
        and is_person(name, attribution)


def label_document_signer(texts: list[str], labels: list) -> None:
    """The two lines of an administrative document pasted as a page right under the authority it is signed for
    ('KT. CHỦ TỊCH'): the signer's office in capitals ('PHÓ CHÁNH VĂN PHÒNG') and the signer's name, maybe with a
    rank. Relabelled in place as the caption 'document_signer', whatever the lists rules made of them: the signer is
    a person with the office as printed (README, sessions 9 and 11), and no author. The site's own lines may follow
    the document ('Các tin khác', a copyright line: set 9's 068, 091), so the block is found by its shape, not by
    its place at the page's end."""
    for i in range(len(texts) - 2):
        if not _SIGNED_FOR.search(texts[i]) or _SIGNED_FOR.search(texts[i + 1]):
            continue  # under 'TM. ỦY BAN NHÂN DÂN' / 'KT. CHỦ TỊCH', the last authority line heads the signer
        # A portal's copy may print the seal's mark between the office and the name ('(Đã ký)'): furniture.
        mark = i + 2 if _SIGNED_MARK.match(texts[i + 2]) and i + 3 < len(texts) else None
        office, name = texts[i + 1].strip(" |"), texts[(mark or i + 1) + 1].strip(" |")
        if office.isupper() and lexicon().position.fullmatch(office.capitalize()) and _signer_name(name):
            labels[i + 1] = labels[(mark or i + 1) + 1] = ("caption", "document_signer")
            if mark is not None:
                labels[mark] = ("residue", "document_signed_mark")


# Byline rules of a writer signing the text at its end, by name.
_SIGNING_RULES = ("closing_name", "closing_names", "news_byline", "contributor_byline", "interview_byline")
# The header's labels of a bare name under the headline (page_parts.settle_header).
_HEADER_NAMES = (("byline", "byline_under_title"), ("byline", "closing_names"))


def label_header_name_beside_signer(texts: list[str], labels: list, lead: int | None) -> None:
    """A bare name-shaped line in the header, read as a writer under the headline (_HEADER_NAMES), is a
    header line instead (rule 'header_name') when the page signs at its end with other writers: a page names its
    writer once or twice, and the same one; the header's line was a section or a magazine's name ('Đất Nghệ' above a
    literary magazine's article signed 'Lê Hữu Tường', set 8's 039). A name under the headline that the signature
    repeats, or with no signature at the end, stays the byline."""
    if lead is None:
        return
    attribution = attribution_rules()
    signers: set[str] = set()
    for k in range(lead + 1, len(labels)):
        if labels[k] is not None and labels[k][0] == "byline" and labels[k][1] in _SIGNING_RULES:
            pattern = attribution.byline_pattern(labels[k][1])
            match = pattern.match(texts[k]) if pattern is not None else None
            signers.update(n.casefold() for n in split_names(match.group("names") if match else texts[k])
                           if is_person(n, attribution))
    if not signers:
        return
    for i in range(lead):
        if labels[i] in _HEADER_NAMES and not {n.casefold() for n in split_names(texts[i])} & signers:
            labels[i] = ("residue", "header_name")



# A stamp that names its poster after 'bởi'/'by' ('Đăng ngày: 03/10/2025 bởi Ban Biên tập', stamp rules
# date_then_by_writer and writer_then_date, whose name stamps.split_writer cuts off as a byline).
_BY_POSTER = re.compile(r"(?i:\bbởi|\bby)\s")


def poster_beside_signer(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The name a header stamp gives after 'bởi' is the account that posted the page (WordPress's 'Đăng ngày: … bởi
    Ban Biên tập', set 10's 663) when the page signs at its end with other writers: relabelled residue
    'poster_account', so the signer alone is the author (a poster account is no writer, session 10; a page names
    its writer once or twice, and the same one, as label_header_name_beside_signer decides for a bare name). With
    no signature at the end, or one repeating the name, the stamp's name stays the byline."""
    attribution = attribution_rules()
    stamps = {b.line for b in blocks if b.kind == "publication_stamp" and _BY_POSTER.search(b.text)}
    lead = next((b.block_idx for b in blocks if b.kind == "lead"), None)
    if not stamps or lead is None:
        return blocks
    signers: set[str] = set()
    for block in blocks[lead + 1:]:
        if block.kind == "byline" and block.rule in _SIGNING_RULES:
            pattern = attribution.byline_pattern(block.rule)
            match = pattern.match(block.text) if pattern is not None else None
            signers.update(n.casefold() for n in split_names(match.group("names") if match else block.text)
                           if is_person(n, attribution))
    if not signers:
        return blocks
    return tuple(dataclasses.replace(b, kind="residue", rule="poster_account")
                 if b.block_idx < lead and b.kind == "byline" and b.rule == "byline_under_title" and b.line in stamps
                 and not {n.casefold() for n in split_names(b.text)} & signers else b for b in blocks)
