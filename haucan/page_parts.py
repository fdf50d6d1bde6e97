"""The page around the article: the header above the lead (site names, categories, kickers, the headline and a
byline under it) and the closing byline after the last paragraph. Used by the block segmenter (blocks.py).

The header is everything before the lead, the first line that reads as prose. Of its open lines the headline is
the longest; the others are furniture (a site name, a category, a banner, a kicker ending in ':'), a writer's
name under the headline, or the headline again in capitals. Pages that print the sapo before the headline
(baothanhhoa.vn, baohagiang.vn) have no header line: the short line after the lead is then the headline.
"""

from __future__ import annotations

import re

from haucan.attribution import Attribution, attribution_rules, is_person
from haucan.attribution import (
    is_unit_credit as is_unit_credit,  # re-exported: the segmenter's callers import it here
)
from haucan.header_rows import opens_on_its_day
from haucan.header_shapes import MIN_HEADLINE_CHARS, interview_headline
from haucan.headline import (
    caption_over_headline,
    headline_over_stamp,
    join_headline_parts,
    not_headline,
    toneless,
)
from haucan.name_shape import can_be_name, has_vowel, holds_words, is_code_then_level
from haucan.pasted_document import clause_lead, document_start

Label = tuple[str, str] | None
# A line this long is prose whatever its last character; shorter lines ending in ':' above the lead are kickers.
MAX_TITLE_CHARS = 250
MAX_KICKER_CHARS = 100
FINAL_PUNCTUATION = tuple(".!?…:;\"”)’»'")
# Header lines the first pass labelled as a caption (a line printed twice, e.g. a banner) are header lines too.
_HEADER_CAPTION_RULES = ("repeated_line",)
# A headline may end with bracketed figures ('… (2021 ÷ 2025)', '… (1975-2015) (Phần 3)'): they close no sentence.
_FIGURE_SUFFIX = re.compile(r"(?:\s*\([^()]{0,40}\d[^()]{0,40}\))+$")
_STAMP_SUFFIX = re.compile(r"\s+\(?\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?)?\)?$")
# A headline may end like a sentence: a question, an exclamation or a closing quote ('Vì sao …?', '… mưa bão!',
# 'Tướng X: "…"'). It is still one short sentence: nothing inside it ends a sentence before its end.
_HEADLINE_END = re.compile(r'(?:[?!]+["”’»]?|[^.?!…]["”’»])$')
_INNER_SENTENCE_END = re.compile(r'[.?!…]["”’»]?\s')
MAX_SENTENCE_HEADLINE_CHARS = 160
# One word that is a name all the same: initials with dots, then a capitalised syllable ('T.Thủy', 'N.V.Hải').
_INITIALS_THEN_NAME = re.compile(r"^(?:[A-ZĐ]\.)+[A-ZĐ][a-zà-ỹđ]+$")
# The separators of a list of names or bodies, before a name is cut at a dash ('A, B và C').
_LIST_SEPARATOR = re.compile(r"\s*(?:,|;|\svà\s)\s*")
_BULLET = re.compile(r"^[*•·]\s+")
_UNIT_DASH = re.compile(r"\s[-–]\s")
_NOTE_SUFFIX = re.compile(r"\s*\([^()]{1,40}\)")
_ALT_SUFFIX = re.compile(r"\s*-?\s*(?:[Ảả]nh\s*)?\d{1,3}\.?$")
# The labels the header gives a line that is only a writer's name (or names), with no credit word.
_BARE_NAME_BYLINES = (("byline", "byline_under_title"), ("byline", "closing_names"))


def is_unpunctuated(text: str) -> bool:
    """True when the line does not end like a prose paragraph."""
    return not text.endswith(FINAL_PUNCTUATION)


def looks_like_name(text: str, attribution: Attribution) -> bool:
    """A writer's name alone: 1 to max_words words, each opening with a capital, letters and dots only
    ('Công Trường', 'V. Huy', 'THU PHƯƠNG', 'B.T.C', 'H.HOÀNG'). One word only when it is in capitals or is
    initials glued to a name ('T.Thủy', baomoi's copies of cadn.com.vn)."""
    words = text.split()
    if not words or len(words) > attribution.closing_max_words or len(text) > attribution.closing_max_chars:
        return False
    if len(words) == 1 and not (text.replace(".", "").isupper() and len(text.replace(".", "")) >= 2
                                or _INITIALS_THEN_NAME.match(text)):
        return False
    # An apostrophe belongs to ethnic-minority names ("Z'RÂM TƯƠI", "H'Hen Niê").
    return (all(w[0].isupper() and all(ch.isalpha() or ch in ".-'’" for ch in w) for w in words) and can_be_name(text)
            and not holds_words(text, attribution.not_in_a_name))


def byline_rule(text: str, where: str, attribution: Attribution) -> str | None:
    """The name of the byline rule ``text`` matches at position ``where`` ('any', 'first', 'last'), or None."""
    for name, allowed, pattern in attribution.bylines:
        if (allowed == "any" or allowed == where) and (match := pattern.match(text)):
            if name in attribution.name_checked and not all(
                    looks_like_name(n, attribution) or n.replace(".", "").isupper() and can_be_name(n)
                    and not holds_words(n, attribution.not_in_a_name) for n in split_names(match.group("names"))):
                continue
            return name
    if where == "last" and looks_like_name(text, attribution):
        return "closing_name"
    return None


def _is_open(label: Label) -> bool:
    return label is None or (label[0] == "caption" and label[1] in _HEADER_CAPTION_RULES)


def reads_as_headline(text: str) -> bool:
    """True for one short sentence ending in '?', '!' or a closing quote: a headline, though punctuated."""
    return (len(text) <= MAX_SENTENCE_HEADLINE_CHARS and bool(_HEADLINE_END.search(text))
            and not _INNER_SENTENCE_END.search(text))


def _opens_lead(text: str, starts_lead) -> bool:
    text = _STAMP_SUFFIX.sub("", text)  # a headline may end with its '(dd/mm/yyyy hh:mm)' stamp
    text = _FIGURE_SUFFIX.sub("", text)
    if len(text) > MAX_TITLE_CHARS or opens_on_its_day(text):  # a hard-wrapped lead's first line has no stop
        return True
    if reads_as_headline(text) and not starts_lead(text):
        return False
    if starts_lead(text):  # '(TTV) <headline>' is a tagged headline, not the lead
        return not is_unpunctuated(text)
    return not is_unpunctuated(text) and not (text.endswith(":") and len(text) <= MAX_KICKER_CHARS)


def _sapo_under_headline(texts: list[str], labels: list[Label], i: int) -> bool:
    """True for a line printed twice right under the headline that is the sapo (set 11's 755, baokhanhhoa.vn): two
    sentences or more, and an open line above it long enough to be the headline."""
    return bool(_INNER_SENTENCE_END.search(texts[i])) and any(
        labels[j] is None and len(texts[j]) >= MIN_HEADLINE_CHARS for j in range(i))


def settle_header(texts: list[str], labels: list[Label], starts_lead) -> tuple[int | None, int | None]:
    """Label the header lines in place and return (lead index, title index); ``starts_lead(text)`` says whether
    a line opens with a date prefix or a dateline. A line labelled 'dateline' alone marks the lead as the next
    open line."""
    attribution = attribution_rules()
    first = next((i for i, label in enumerate(labels) if label is None), None)
    if first is not None and byline_rule(texts[first], "first", attribution) == "byline_first_with_office":
        labels[first] = ("byline", "byline_first_with_office")
    lead = None
    for i, label in enumerate(labels):
        if label is not None and label[0] == "dateline" and i + 1 < len(labels):
            lead = next((j for j in range(i + 1, len(labels)) if labels[j] is None), None)
            break
        # The sapo printed twice in a row (a copy's '(ĐN)- …' over itself, dev 185) was taken for a caption printed
        # twice; a line opening with a dateline is the lead, never a caption.
        if label == ("caption", "repeated_line") and not is_unpunctuated(texts[i]) and (
                starts_lead(texts[i]) or _sapo_under_headline(texts, labels, i)):
            labels[i] = None
        if labels[i] is None and _opens_lead(texts[i], starts_lead) and (
                again := caption_over_headline(texts, labels, i, starts_lead)) is not None:
            labels[i] = labels[again] = ("caption", "caption_over_headline")  # a caption printed twice (session 6)
            continue
        if labels[i] is None and _opens_lead(texts[i], starts_lead) and not headline_over_stamp(texts, labels, i, starts_lead):
            lead = i
            break
    if lead is None:
        return None, None
    lead = clause_lead(texts, labels, lead)
    if (document := document_start(texts, labels, lead)) is not None:
        # A document pasted under the headline: its issuer, number, kind and subject lines are text (head15).
        labels[document:lead] = [label or ("body", "pasted_document") for label in labels[document:lead]]
    header = [i for i in range(lead) if _is_open(labels[i])]
    for i in header:
        text = texts[i]
        in_capitals = text.isupper() and any(j != i and text in texts[j].upper() for j in header)
        # A line in capitals right under another is the rest of a headline in capitals, not a writer's name.
        in_capitals = in_capitals or (text.isupper() and i - 1 in header and texts[i - 1].isupper())
        # A writer may stand after a bullet ('* <NAME>', Blogger); an interview's headline is none ('X, <office>: …', 876).
        rule = None if not i or in_capitals or interview_headline(text) else byline_rule(_BULLET.sub("", text), "last", attribution)
        if rule == "closing_author_with_office":
            # An officer with his office above the lead is a photo caption ('Đại tá X, Chủ nhiệm … phát biểu'); a
            # journal signs that way only at the end.
            labels[i] = ("caption", "header_caption")
        elif rule is not None:
            labels[i] = ("byline", "byline_under_title" if rule == "closing_name" else rule)
    for i in header:
        # The headline again with debris before it ('null <headline>', a CMS's empty field): furniture.
        if _is_open(labels[i]) and any(j != i and len(texts[j]) >= MIN_HEADLINE_CHARS and len(texts[i]) > len(
                texts[j]) and texts[i].endswith(texts[j]) for j in header):
            labels[i] = ("residue", "headline_with_debris")
    header = join_headline_parts(texts, labels, [i for i in header if _is_open(labels[i])])
    for i in header:
        text = texts[i]
        if text.isupper() and any(j != i and not texts[j].isupper() and toneless(text) in toneless(texts[j])
                                  for j in header):
            labels[i] = ("residue", "title_in_capitals")
    header = [i for i in header if _is_open(labels[i])]
    for i, rule in not_headline(texts, header).items():
        labels[i] = ("body" if rule == "section_heading" else "residue", rule)  # a numbered section heading is text
    header = [i for i in header if _is_open(labels[i])]
    title = max(header, key=lambda i: (len(texts[i]), i), default=None)
    for i in header:
        # One header line is the headline as before ('first_unpunctuated_line'); of several, the longest.
        rule = "first_unpunctuated_line" if len(header) == 1 else "longest_header_line"
        labels[i] = ("title", rule) if i == title else ("residue", "header_line")
    if title is not None:
        for i in range(title):
            # A bare name above the headline is a section's or a magazine's name ('Đất Nghệ' under a literary
            # magazine's masthead, set 8's 039): a writer's name stands under the headline it signs. An officer's
            # byline with his rank or title ('Đại tá, ThS. <NAME>') is a journal's signature above it (session 11).
            if labels[i] in _BARE_NAME_BYLINES and not attribution.name_prefix.match(texts[i]):
                labels[i] = ("residue", "header_line")
    if title is None:
        title = _headline_after_sapo(texts, labels, lead, starts_lead)
    if title is not None:
        _label_title_repeats(texts, labels, title, lead)
    return lead, title


def _headline_after_sapo(texts: list[str], labels: list[Label], lead: int, starts_lead) -> int | None:
    """On pages that print the sapo (with its dateline) before the headline, the short line after it."""
    after_prefix = lead > 0 and labels[lead - 1] is not None and labels[lead - 1][1].endswith("_prefix")
    if not (starts_lead(texts[lead]) or after_prefix):
        return None
    after = next((j for j in range(lead + 1, len(labels)) if labels[j] is None), None)
    if after is None or len(texts[after]) > MAX_TITLE_CHARS:
        return None
    if not (is_unpunctuated(texts[after]) or reads_as_headline(texts[after])):
        return None
    # The headline printed twice, in capitals then as written (thdt.vn): the capitals are furniture.
    again = next((j for j in range(after + 1, len(labels)) if labels[j] is None), None)
    if (again is not None and texts[after].isupper() and not texts[again].isupper()
            and texts[again].casefold() == texts[after].casefold()):
        labels[after], after = ("residue", "title_in_capitals"), again
    labels[after] = ("title", "headline_after_sapo")
    # A writer's name right under that headline is its byline, as under a headline at the top.
    under = after + 1
    rule = byline_rule(texts[under], "last", attribution_rules()) if under < len(labels) else None
    if rule is not None and labels[under] is None:
        labels[under] = ("byline", "byline_under_title" if rule == "closing_name" else rule)
    return after


def _label_title_repeats(texts: list[str], labels: list[Label], title: int, lead: int) -> None:
    """The headline printed again (in capitals, above a caption as alt text '<title> - 1')."""
    headline = texts[title].casefold()
    for j in range(lead + 1, len(labels)):
        if labels[j] is not None and labels[j][0] not in ("caption", "body"):
            continue
        text = texts[j].casefold().strip("| ")
        if text == headline:
            labels[j] = ("residue", "repeated_title")
        elif text.startswith(headline) and _ALT_SUFFIX.fullmatch(text[len(headline):]):
            labels[j] = ("residue", "title_alt_text")
        elif text.startswith(headline) and _NOTE_SUFFIX.fullmatch(text[len(headline):]):
            labels[j] = ("residue", "title_with_note")  # '<headline> (PS CTTS NGAY 26/3)': an editor's slug


def split_names(names: str) -> tuple[str, ...]:
    """Split a byline's or credit's name list ('A, B và C') into names, as written."""
    attribution = attribution_rules()
    whole = names.strip(" .")
    if " và " in whole and not re.search(r"[,;]", whole) and not is_person(whole, attribution) \
            and is_unit_credit(whole, attribution):
        return (whole,)  # one office's name holds 'và' ('Văn phòng HĐND và UBND xã', set 10's 680): no list
    parts = []
    for chunk in _LIST_SEPARATOR.split(names.strip()):
        if not is_person(chunk.strip(), attribution):
            # A body keeps its hyphen ('CÔNG ĐOÀN CỤC HẬU CẦN - KỸ THUẬT'): its second half is no writer.
            parts.append(chunk)
            continue
        chunk, unit = _cut_unit(chunk, attribution)
        for piece in attribution.name_separator.split(chunk):
            # Two names in capitals joined by a bare hyphen ('LÊ HÀ-TRẦN AN', baobariavungtau.com.vn) are two; so
            # are two names of two words or more in ordinary case ('Minh Tuệ-Hữu Lộc', dev 934): a hyphen inside
            # one name joins single syllables ('Y-Moan').
            parts.extend(piece.split("-") if "-" in piece.strip("-") and (piece.isupper() or _two_names(piece))
                         else [piece])
        if unit is not None:
            parts.append(unit)  # the writer's unit, whole with its own hyphen: no second writer
    names_found = [_once(name) for p in parts if (name := _without_prefixes(_BULLET.sub("", p.strip(" ."))))]
    # A unit or desk code after a writer ('<Name> - TTVH', '<Name> - TTVH-TT', '<Name> - VPUBND tỉnh'): capitals
    # with no vowel and no dot, or a code then small words, are no name when a name in ordinary case stands
    # beside them (initials alone, 'TQ', stay).
    if any(not n.isupper() for n in names_found):
        names_found = [n for n in names_found if not (n.isupper() and "." not in n and not has_vowel(n))
                       and not is_code_then_level(n)]
    return tuple(names_found)


def _cut_unit(chunk: str, attribution) -> tuple[str, str | None]:
    """(names, unit) of a credit whose names are followed, after a dash, by the writer's unit ('Kim Anh - Phòng
    Hậu cần - Kỹ thuật', 'Lục Thị Hoa - Ban Chỉ huy quân sự cơ quan'): the unit runs to the end of the chunk, its
    own hyphen included, so the half after that hyphen ('Kỹ thuật') is never read as a second writer."""
    for dash in _UNIT_DASH.finditer(chunk):
        rest = chunk[dash.end():].strip()
        if rest and not is_person(rest, attribution):
            return chunk[: dash.start()], rest
    return chunk, None


def _two_names(piece: str) -> bool:
    """True for two names of at least two capitalised words each joined by a bare hyphen ('Minh Tuệ-Hữu Lộc')."""
    halves = piece.split("-")
    return len(halves) == 2 and all(len(h.split()) >= 2 and all(w[:1].isupper() for w in h.split()) for h in halves)


def _once(name: str) -> str:
    """A name the page printed twice in a row said once ('KIỀU OANH KIỀU OANH', two spans of one byline)."""
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half >= 1 and len(words) % 2 == 0 and words[:half] == words[half:] else name


def _without_prefixes(name: str) -> str:
    """``name`` without the ranks and academic titles before it ('Đại tá, TS Nguyễn Văn Hải' → 'Nguyễn Văn Hải';
    'TS' alone → ''), so that a byline's authors are names only."""
    prefix = attribution_rules().name_prefix
    while (match := prefix.match(name)) and match.end() > 0:
        name = name[match.end():]
    return name.strip(" .")
