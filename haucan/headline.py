"""The headline line cut into its parts: a masthead in capitals glued before it, an outlet tag ('(TTV) '), the
headline, the site's name appended as in the page's <title> ('<headline> - Báo Quân khu 7') and a date stamp glued
to its end. Used by blocks.py on the line it chose as the headline; also a headline printed over several lines
joined into one (never with a writer's 'bởi <Name>' under it), the tone-blind comparison that finds it retyped in
capitals, and the header lines never the headline whatever their length: a navigation bar, a note in brackets, a
masthead, a tagline, a motto, a row of section names, a contest's name over its entry (shapes: header_shapes.py);
a newsroom's workflow note cut off the headline; a headline ending in a full stop told by the stamp under it."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

import yaml

from haucan.header_rows import is_attribute_row, is_section_heading
from haucan.header_shapes import (
    MIN_HEADLINE_CHARS,
    is_legacy_font,
    is_masthead,
    is_nav_bar,
    is_poster_line,
    is_related_teaser,
    is_section_row,
    is_series_label,
    is_site_banner,
    is_slogan,
    is_tagline,
    printed_again_as_sapo,
    workflow_note,
)
from haucan.pasted_document import DOCUMENT_NUMBER
from haucan.rules import Rules
from haucan.site_labels import no_headline_above, one_sentence, site_label_lines

UNKNOWN_DATELINE = "dateline:unknown"
# A masthead in capitals glued before the headline ('CƠ QUAN CỦA … VIỆT NAM Hội CCB …', cuuchienbinh.vn): at
# least this many words in capitals before the first word that is not.
MIN_MASTHEAD_WORDS = 5
# A page kind as a label before the headline ('VIDEO: …', 'Infographic | …') is cut off (session 6's test of a
# province paper's video page); one in brackets ('[Ảnh] …', qdnd.vn's photo reports) is printed in the headline
# itself and stays in the title (set 9's 053; head14).
_TITLE_KIND = re.compile(r"^(?:Video|VIDEO|Clip|CLIP|Infographic|INFOGRAPHIC|Emagazine|E-magazine|Podcast)\s*[:|]\s+")
# A spam copy's keyword in CJK lenticular brackets glued before the headline ('【kết quả bóng đá …】<headline>', SEO
# mirrors of provincial papers, dev 178): no Vietnamese outlet writes these brackets, so the tag is never the title.
_TITLE_SPAM_TAG = re.compile(r"^\s*[【〖][^】〗]{1,80}[】〗]\s*(?=\S)")
_TITLE_TAG = re.compile(r"^\([A-ZĐ][A-Za-zĐđ0-9.&+ ]{1,20}\)\s+(?=\S)")
_LIST_MARK = re.compile(r"^\s*[•·▪▸►»›]\s*")  # a bulleted breadcrumb's last item is the headline (949)
# The separator before a site name appended to the headline: a dash or a bar with spaces around it.
_SUFFIX_SEPARATOR = re.compile(r"\s+[-–—|]\s+")
# The entries of a navigation bar ('Quốc phòng - An ninh | Biên giới - Biển đảo | Xây dựng lực lượng'): bars,
# chevrons, bullets or a portal's slashes ('Tin tức - Sự kiện / Trong huyện / An ninh - quốc phòng', set 11's 766)
# between them; a headline carries at most one such separator (before the site's name).
_CLOSING = tuple(".!?…:;")
MAX_TOOL_CHARS = 2


# A TV page's headline carries its programme after bars ('<headline> | Thời sự 19h | 05/03/2025', province and
# army TV stations; 'Chương trình Thời sự 23h00 | 19/03/2026'): short segments, a broadcast hour in one of them or
# a bar left at the end once the date is cut off; a page kind in the last one ('<headline> | Video', set 16's 1006).
MAX_PROGRAMME_WORDS = 4
_BROADCAST_HOUR = re.compile(r"\b\d{1,2}[hg](?:\d{2})?\b|\b\d{1,2}\s*giờ\b|^(?:Video|VIDEO|Clip|Podcast|Infographic)$")


def _programme_suffix(text: str) -> tuple[str, str] | None:
    """(headline, programme) when ``text`` ends with a TV programme's name after a bar ('… Quân đoàn 12 | Thời
    sự 19h |'): every segment after the first is at most MAX_PROGRAMME_WORDS words, and the line ends on a bar or
    a segment names a broadcast hour. A bar left alone at the end is dropped ('Chương trình Thời sự 23h00 |')."""
    stripped = text.rstrip()
    segments = [segment.strip() for segment in stripped.strip("|").split("|")]
    if "|" not in stripped or len(segments[0]) < MIN_HEADLINE_CHARS or not all(segments[1:]):
        return None
    tail = segments[1:]
    if not all(len(segment.split()) <= MAX_PROGRAMME_WORDS for segment in tail):
        return None
    if not (stripped.endswith("|") or any(_BROADCAST_HOUR.search(segment) for segment in tail)):
        return None
    return segments[0], " | ".join(tail)


def _site_suffix(text: str, rules: Rules) -> int | None:
    """Where the site's name appended to the headline starts (at its separator), or None: the part after the last
    ' - ' or ' | ' is an outlet's registry name or one of its domains, case-folded ('… năm 2024 - Báo Quân khu 7',
    '… | baotayninh.vn'), possibly followed by the site's tagline after a colon. Aliases are not used: some are plain unit names ('Học viện', 'Bộ đội Biên phòng') that a
    headline may end with."""
    separators = list(_SUFFIX_SEPARATOR.finditer(text))
    if not separators:
        return None
    tail = text[separators[-1].end():].strip().casefold()
    names = {n.casefold() for o in rules.outlets for n in (o.name, *o.domains)}
    # A mirror keeps the original's site name with its tagline ('… – Báo Lạng Sơn: Tin tức mới nhất về …').
    return separators[-1].start() if tail in names or tail.split(":")[0].strip() in names else None


def split_title(text: str, rule: str, rules: Rules) -> list[tuple[str, str, str]]:
    """(kind, rule, text) pieces of the headline line ``text`` labelled title by rule ``rule``: masthead, page
    kind, outlet tag, the title, the site's name, a TV programme after bars and the date stamp, each split off
    when present."""
    pieces: list[tuple[str, str, str]] = []
    rest = _LIST_MARK.sub("", text)
    words = rest.split(" ")
    capitals = next((k for k, w in enumerate(words) if any(ch.islower() for ch in w)), len(words))
    if MIN_MASTHEAD_WORDS <= capitals < len(words):
        pieces.append(("residue", "masthead", " ".join(words[:capitals]).strip(" -")))
        rest = " ".join(words[capitals:])
    if spam := _TITLE_SPAM_TAG.match(rest):
        pieces.append(("residue", "title_spam_tag", spam.group(0).strip()))
        rest = rest[spam.end():]
    if kind := _TITLE_KIND.match(rest):
        pieces.append(("residue", "title_kind_tag", kind.group(0).strip()))
        rest = rest[kind.end():]
    if match := _TITLE_TAG.match(rest):
        pieces.append(("dateline", UNKNOWN_DATELINE, match.group(0).strip()))
        rest = rest[match.end():]
    stamp = rules.title_stamp.pattern.search(rest)
    stamp_piece = None
    if stamp is not None and stamp.start() > 0:
        stamp_piece = ("publication_stamp", rules.title_stamp.name, stamp.group(0).strip())
        rest = rest[: stamp.start()]
    programme = _programme_suffix(rest)
    if programme is not None:
        rest = programme[0]
    programme_piece = [("residue", "title_programme_suffix", programme[1])] if programme and programme[1] else []
    if (note := workflow_note(rest.strip())) is not None:  # '<headline> - đã psts 14-10': the newsroom's mark
        programme_piece.insert(0, ("residue", "title_workflow_note", rest.strip()[note:].strip(" -–—()")))
        rest = rest.strip()[:note]
    suffix = _site_suffix(rest.strip(), rules)
    pieces.append(("title", rule, rest.strip()[:suffix].strip()))  # [:None] keeps it whole
    if suffix is not None:
        pieces.append(("residue", "title_site_suffix", rest.strip()[suffix:].strip(" -–—|")))
    return pieces + programme_piece + ([stamp_piece] if stamp_piece else [])


def toneless(text: str) -> str:
    """``text`` case-folded without tone marks and vowel hats ('HẬU CÂN' and 'Hậu cần' give 'hau can'): the
    headline retyped in capitals under itself often differs from it by a tone mark (hoitruongson.vn: 'Bộ đôi' /
    'BỘ ĐỘI'), which must not make the capitals a second headline."""
    stripped = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return " ".join(stripped.replace("đ", "d").replace("Đ", "D").casefold().split())


@cache
def _headline_open_ends() -> frozenset[str]:
    """Words a headline cannot end on (``headline_open_ends`` in rules/residue.yml), case-folded."""
    doc = yaml.safe_load((Path(__file__).parent / "rules" / "residue.yml").read_text(encoding="utf-8"))
    return frozenset(w.casefold() for w in doc["headline_open_ends"]["words"])


def _continues_headline(first: str, following: str) -> bool:
    """True when header line ``following`` is the rest of the headline ``first``: it opens in lower case, both
    are in capitals, or ``first`` ends on a word no headline ends on ('… cho' / 'Bệnh viện Quân y 103 …')."""
    last_word = first.rsplit(" ", 1)[-1].casefold()
    if is_slogan(first) or is_slogan(following) or is_tagline(following) or is_poster_line(following):
        return False  # a motto over a masthead, a masthead over its tagline, a writer's 'bởi <Name>' (set 13)
    if len(following) <= MAX_TOOL_CHARS and " " not in following:
        return False  # a text tool's letters under the headline ('aa', the font size; set 11's 789), no word of it
    if last_word in _headline_open_ends() or first.endswith(","):
        return True
    # An organisation's name in capitals under a headline in capitals that is complete is the issuer of a pasted
    # notice ('THÔNG BÁO KẾT LUẬN … NĂM 2024' / 'ỦY BAN NHÂN DÂN TỈNH …', set 9's 091) or a masthead, not its rest.
    return following[:1].islower() or (following.isupper() and first.isupper() and not is_masthead(following))


def join_headline_parts(texts: list[str], labels: list, header: list[int]) -> list[int]:
    """A headline printed over two or more lines joined into its first line's text (in place, ``texts``): the
    next header line, right under it, continues it when both are in capitals ('HỘI … THĂM VÀ LÀM VIỆC' / 'VỚI
    LÃNH ĐẠO …', hoitruongson.vn), when it opens in lower case, or when the line above ends on a preposition or
    conjunction ('… kỹ thuật cho' / 'Bệnh viện Quân y 103 năm 2024'). The lines joined on are labelled
    'headline_continued'. Returns the header lines still open."""
    kept: list[int] = []
    previous = None
    for i in header:
        if kept and i == previous + 1 and _continues_headline(texts[kept[-1]], texts[i]):
            texts[kept[-1]] = f"{texts[kept[-1]]} {texts[i]}"
            labels[i] = ("residue", "headline_continued")
        else:
            kept.append(i)
        previous = i
    return kept


# An e-mail address: a writer's or desk's credit line carries one, a headline never does.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def not_headline(texts: list[str], header: list[int]) -> dict[int, str]:
    """The header lines (indexes into ``texts``) that cannot be the headline, each with its residue rule: a nav bar,
    a line in brackets, a kicker ending in ':' over a line long enough to be the headline, a PDF header garbled by a
    legacy font and, when a line in mixed case could be the headline, a masthead in capitals above it."""
    found: dict[int, str] = {}
    for i in header:
        text = texts[i].strip()
        if is_nav_bar(text):
            found[i] = "nav_bar"
        elif is_legacy_font(text) and any(j != i and not is_legacy_font(texts[j]) for j in header):
            found[i] = "legacy_font_header"  # 'BOÄ CHQS TÆNH … Soá 215 naêm 2024 - 1 -' (set 15's 357)
        elif text.startswith("(") and text.endswith(")"):
            found[i] = "header_note"
        elif is_section_heading(text) and any(j < i and len(texts[j]) >= MIN_HEADLINE_CHARS for j in header):
            found[i] = "section_heading"  # 'II. BẢO ĐẢM …' under a history chunk's headline: text (set 19's 1191)
        elif is_attribute_row(text) and any(j != i and len(texts[j]) >= MIN_HEADLINE_CHARS for j in header):
            found[i] = "attribute_row"  # 'Mã: … Danh mục: …' under a product's name (set 19's 1158)
        elif text.endswith(":") and any(j > i and len(texts[j]) >= MIN_HEADLINE_CHARS for j in header):
            found[i] = "kicker"  # 'ĐẢNG BỘ … ĐẠI HỘI NHIỆM KỲ 2025 - 2030:' over the headline (dev 201)
        elif _EMAIL.search(text) and any(j != i and len(texts[j]) >= MIN_HEADLINE_CHARS and not _EMAIL.search(texts[j])
                                         for j in header):
            found[i] = "header_credit"  # writers with their desk's address ('A, B (Thời sự - x@vtv.vn)-', set 10's 689)
        elif text.endswith(".") and i + 1 < len(texts) and texts[i + 1].strip() == text and any(
                j != i and len(texts[j]) >= MIN_HEADLINE_CHARS and not texts[j].endswith(_CLOSING) for j in header):
            found[i] = "repeated_caption"  # a photo's caption printed twice under the headline, a sentence (head16)
        elif is_related_teaser(text) and any(j != i and len(texts[j]) >= MIN_HEADLINE_CHARS
                                             and not is_related_teaser(texts[j]) for j in header):
            found[i] = "related_teaser"  # 'Tin liên quan <another page's headline>' over this one (set 11's 791)
        elif is_site_banner(text) and any(j != i and len(texts[j]) >= MIN_HEADLINE_CHARS and not is_site_banner(texts[j])
                                          for j in header):
            found[i] = "site_banner"  # the site's name and tagline over another header line (set 10's 683-685)
        elif is_series_label(text) and any(j > i and len(texts[j]) >= MIN_HEADLINE_CHARS for j in header):
            found[i] = "series_label"  # a contest's name over its entry's headline (set 13's 925)
        elif printed_again_as_sapo(texts, i) and any(j != i and len(texts[j]) >= MIN_HEADLINE_CHARS
                                                     and not printed_again_as_sapo(texts, j) for j in header):
            found[i] = "sapo_again"  # the sapo over the portrait and again as the lead (set 12's 876)
        elif (is_slogan(text) or is_section_row(text)) and any(
                j != i and len(texts[j]) >= MIN_HEADLINE_CHARS and not is_slogan(texts[j]) for j in header):
            # A motto or a row of section names is often the longest header line; the headline is another.
            found[i] = "slogan" if is_slogan(text) else "section_row"
    number = next((j for j, text in enumerate(texts) if DOCUMENT_NUMBER.match(text.strip())), None)
    if number is not None and any(i < number and i not in found and len(texts[i]) >= MIN_HEADLINE_CHARS for i in header):
        # A document pasted under the page's headline ('THÔNG BÁO KẾT LUẬN …' over 'ỦY BAN NHÂN DÂN TỈNH …' /
        # 'Số: 1187/TB-UBND' / 'THÔNG BÁO' / 'Kết luận của …', set 9's 091): the lines under its number are its own
        # heading and subject, not the headline, however long.
        found.update({i: "document_heading" for i in header if i > number and i not in found})
    found.update(site_label_lines(texts, header, found))
    mixed = [i for i in header if i not in found and len(texts[i]) >= MIN_HEADLINE_CHARS and not texts[i].isupper()]
    for i in header:
        if i not in found and mixed and i < max(mixed) and is_masthead(texts[i]):
            found[i] = "masthead"
    return found


# A headline ending in a full stop ('Hội thi … năm 2025.', dev 026) reads as a one-sentence lead; the stamp right
# under it shows it is the headline: stamps stand between the headline and the text, not after the first paragraph.
MAX_STOPPED_HEADLINE_CHARS = 160


def headline_over_stamp(texts: list[str], labels: list, i: int, starts_lead=None) -> bool:
    """True when line ``i``, which ends like a sentence, is the headline: one short sentence (at most
    MAX_STOPPED_HEADLINE_CHARS, no sentence end inside), the next line a publication stamp or a tagged lead, and no
    header line in mixed case above it long enough to be the headline (only a site's name, menus or categories)."""
    text = texts[i].strip()
    if len(text) > MAX_STOPPED_HEADLINE_CHARS or not text[:1].isupper() or not one_sentence(text):
        return False
    following = next((j for j in range(i + 1, len(texts)) if texts[j].strip()), None)
    if following is None or not ((labels[following] or ("",))[0] == "publication_stamp" or (
            starts_lead is not None and labels[following] is None and starts_lead(texts[following]))):
        return False
    return no_headline_above(texts, labels, i)  # a site's or section's name above is no headline (head22)


def caption_over_headline(texts: list[str], labels: list, i: int, starts_lead) -> int | None:
    """The index of the second printing when line ``i``, the first open line that reads as a lead, is the lead
    photo's caption printed above the headline and again under the tagged lead (baoquankhu7.vn as stored: caption,
    'N lượt xem', headline, '(QK7 Online) - …', the caption again; set 9's 064): it is printed again further down
    with a line opening with a lead marker between, and no line above it is long enough to be the headline."""
    if starts_lead(texts[i]) or any(labels[j] is None and len(texts[j]) >= MIN_HEADLINE_CHARS for j in range(i)):
        return None
    again = next((j for j in range(i + 2, len(texts)) if texts[j] == texts[i]), None)
    if again is None or not any(labels[k] is None and starts_lead(texts[k]) for k in range(i + 1, again)):
        return None
    return again

