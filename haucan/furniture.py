"""Line-level page furniture the segmenter (blocks.py) needs beyond the residue patterns: navigation lines made
only of menu words, a breadcrumb whose parts the page separated by runs of spaces (seen in the file before
cleaning collapsed them), and a paragraph hard-wrapped in the middle of a sentence or of a person's name.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from pathlib import Path

import yaml

from haucan.clean import clean_text
from haucan.rules import per_object

# Separators between the phrases of a menu row or breadcrumb; a colon too ('Chia sẻ bài viết lên: Facebook Zalo').
_MENU_SEPARATORS = frozenset(" \t|>»/•·,-–—:")
# A menu line is short: a long line of category words is prose that happens to use them.
MAX_MENU_CHARS = 160
# A menu row of section names between bars: at least this many cells, each of at most this many words.
MIN_MENU_CELLS = 3
MAX_MENU_CELL_WORDS = 4
# Runs of this many spaces (or a tab) separate the parts of a breadcrumb in the saved file.
_WIDE_GAP = re.compile(r"(?: {2,}|\t+)")
# A headline cut off a breadcrumb is at least this long; shorter pieces are category names.
MIN_CRUMB_TITLE_CHARS = 16
# The separators between crumbs after which a breadcrumb may carry the headline as its last crumb
# ('Trang chủ > Quốc phòng > <headline>', 'Trang chủ>Tin tức><headline>', 'Home » News » <headline>').
_CRUMB_SEPARATOR = re.compile(r"\s*[>»›]\s*|\s+[/|]\s+")
_CRUMB_START = ("trang chủ", "home")
# A paper's masthead glued to the lead ('Báo Cà MauSáng 21/10, …', a spam mirror, dev 178): the paper's head word,
# at most four capitalised words, the last of which changes from a small letter to a capital, which no Vietnamese
# word does; the rest must be a sentence.
_MASTHEAD_HEADS = ("Báo", "Tạp chí", "Đài")
MAX_MASTHEAD_NAME_WORDS = 4
FINAL_PUNCTUATION = tuple(".!?…:;\"”)’»'")
# A related article's teaser: its headline (at least this many words, at most this long), an excerpt at most
# this long, and this share of the headline's words found in the excerpt.
MIN_TEASER_WORDS = 6
MAX_TEASER_TITLE_CHARS = 160
MAX_TEASER_CHARS = 300
TEASER_SHARED_WORDS = 0.6
_INNER_SENTENCE_END = re.compile(r"[.?!…][\"”’»]?\s")
# A rank opening an officer's name: a line naming one is a photo caption sooner than a related headline.
_RANK = re.compile(r"\b(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\b|\b(?:Đô đốc|Chuẩn Đô đốc)\b", re.IGNORECASE)
# The line before a hard wrap is prose-length: a caption ending in a name is usually shorter.
MIN_WRAPPED_CHARS = 80
# The rest of a name cut by the wrap: one to three words, then a comma or a dash ('Danh, Chính trị viên …',
# 'Vinh - Chính trị viên …').
_NAME_REST = re.compile(r"^((?:[^\W\d_]+ ){0,2}[^\W\d_]+)(?:,|\s?[-–—])\s")


@cache
def menu_phrases() -> tuple[str, ...]:
    """The case-folded phrases of ``menu_words`` in rules/residue.yml, longest first."""
    doc = yaml.safe_load((Path(__file__).parent / "rules" / "residue.yml").read_text(encoding="utf-8"))
    words = {w.casefold() for group in doc.get("menu_words") or () for w in group["words"]}
    return tuple(sorted(words, key=len, reverse=True))


@cache
def _phrases_by_initial() -> dict[str, tuple[str, ...]]:
    """``menu_phrases()`` by first character, each group longest first as there. A line can open with only the
    phrases of its own first character, and of two equally long phrases at most one opens it, so searching the
    group gives the phrase the whole list's first match gave, without testing every phrase at every place (the
    layout's largest cost: ~3 million ``startswith`` calls per 1,000 generated articles)."""
    groups: dict[str, list[str]] = {}
    for phrase in menu_phrases():
        groups.setdefault(phrase[:1], []).append(phrase)
    return {initial: tuple(group) for initial, group in groups.items()}


def _phrases_opening(folded: str, position: int) -> tuple[str, ...]:
    """The phrases that may open ``folded`` at ``position``, longest first (an empty phrase, if the rules had one,
    last, as in ``menu_phrases()``)."""
    groups = _phrases_by_initial()
    return groups.get(folded[position:position + 1], ()) + groups.get("", ())


def is_menu_line(text: str) -> bool:
    """True when ``text`` is nothing but menu phrases and separators ('Thời sự', 'Chia sẻ | In bài',
    'Trang chủ > Quân sự > Hậu cần'). Read left to right, longest phrase first: linear in the line's length."""
    if len(text) > MAX_MENU_CHARS:
        return False
    folded, position, found = text.casefold(), 0, False
    while position < len(folded):
        if folded[position] in _MENU_SEPARATORS:
            position += 1
            continue
        phrase = next((p for p in _phrases_opening(folded, position) if folded.startswith(p, position)
                       and (position + len(p) == len(folded) or folded[position + len(p)] in _MENU_SEPARATORS)), None)
        if phrase is None:
            return False
        position += len(phrase)
        found = True
    return found


def is_menu_row(text: str) -> bool:
    """True for a row of at least MIN_MENU_CELLS short section names between bars, whatever the names ('Giới thiệu
    | Tin tức - Sự kiện | Hoạt động chuyên môn | Đào tạo', a hospital's menu; 'Quốc phòng - An ninh | Biên giới -
    Biển đảo | Xây dựng lực lượng'): each cell opens with a capital and holds at most MAX_MENU_CELL_WORDS words,
    no figure, no rank and no final punctuation. The segmenter trusts it only above the first paragraph, where no
    table row stands."""
    # A portal's breadcrumb parts its crumbs with a spaced slash the same way ('Tin tức - Sự kiện / Trong huyện / An
    # ninh - quốc phòng', a district portal, set 11's 766); a slash inside a word ('Tin/bài') parts nothing.
    cells = [cell.strip() for cell in re.split(r"\||\s/\s", text)]
    return len(text) <= MAX_MENU_CHARS and len(cells) >= MIN_MENU_CELLS and all(
        cell[:1].isupper() and len(cell.replace(" - ", " ").split()) <= MAX_MENU_CELL_WORDS
        and not any(ch.isdigit() for ch in cell) and not cell.endswith(FINAL_PUNCTUATION) and not _RANK.search(cell)
        for cell in cells)


def cut_crumb_headline(text: str) -> list[str] | None:
    """[crumbs, headline] when ``text`` is a breadcrumb from the home page whose last crumb is the headline
    ('Trang chủ > Quốc phòng > Sư đoàn 5 tổng kết …'): that crumb is long enough for a headline and is not itself
    a menu phrase. None for any other line (a breadcrumb of categories only stays whole)."""
    if not text.casefold().startswith(_CRUMB_START):
        return None
    separators = list(_CRUMB_SEPARATOR.finditer(text))
    if not separators:
        return None
    crumbs, headline = text[: separators[-1].start()].strip(), text[separators[-1].end():].strip()
    if len(headline) < MIN_CRUMB_TITLE_CHARS or is_menu_line(headline) or not headline[:1].isupper():
        return None
    return [crumbs, headline]


def _glued_masthead(text: str) -> list[str] | None:
    """[masthead, lead] for a paper's name glued to the lead's first word ('Báo Cà MauSáng 21/10, …'), else None."""
    head = next((h for h in _MASTHEAD_HEADS if text.startswith(h + " ")), None)
    if head is None:
        return None
    words = text[len(head) + 1:].split(" ")
    for k, word in enumerate(words[:MAX_MASTHEAD_NAME_WORDS]):
        if not word[:1].isupper():
            return None
        glue = next((p for p in range(1, len(word)) if word[p].isupper() and word[p - 1].islower()), None)
        if glue is None:
            continue
        rest = " ".join([word[glue:], *words[k + 1:]])
        # A brand changes case inside one word ('Báo VnExpress'): a place or paper name glued to the lead has two
        # syllables at least ('Cà Mau', 'Lạng Sơn'); a sentence follows the glue, so the rest is long and spaced.
        if k == 0 or len(rest) < MIN_CRUMB_TITLE_CHARS or " " not in rest or not word[glue + 1:glue + 2].islower():
            return None
        return [" ".join([head, *words[:k], word[:glue]]), rest]
    return None


def cut_glued_menu(text: str) -> list[str]:
    """[menu phrase, rest] when a line opens with a menu phrase glued to the next capital ('Chính trịNgày 5-1,
    …' on cadn.com.vn, 'Chi tiếtSáng 5/1, …' on phongkhongkhongquan.vn); [crumbs, headline] for a breadcrumb
    ending with the headline (cut_crumb_headline); else [text]."""
    if (crumbs := cut_crumb_headline(text)) is not None:
        return crumbs
    if (masthead := _glued_masthead(text)) is not None:
        return masthead
    folded = text.casefold()
    phrase = next((p for p in _phrases_opening(folded, 0) if folded.startswith(p)), None)
    if phrase is None or len(text) <= len(phrase) + MIN_CRUMB_TITLE_CHARS or not text[len(phrase)].isupper():
        return [text]
    # The glue shows as a change of case inside one word; a word all in capitals ('XÃ TỊNH LÂM …' under the menu
    # word 'X', a headline in capitals, dev 175) has no such point, so it is never cut.
    split_word = text[: len(phrase)].split(" ")[-1] + text[len(phrase):].split(" ")[0]
    if split_word.isupper():
        return [text]
    return [text[: len(phrase)], text[len(phrase):]]


def strip_table_bars(text: str) -> str:
    """A line of a flattened photo table without its bars ('| Quang cảnh hội nghị |', '<caption> |'); a line
    that is only a bar, or has bars inside it ('A- A A+ | Tăng tương phản'), is left as it is."""
    inner = text.strip()
    if not (inner.startswith("|") or inner.endswith(" |")):
        return text
    inner = inner.strip("| ").strip()
    return inner if inner and "|" not in inner else text


def split_wide_breadcrumb(clean_line: str, raw_line: str | None) -> list[str] | None:
    """[crumbs, headline] when ``raw_line`` (the same line before cleaning) is a breadcrumb whose parts are
    separated by runs of spaces ('Trang chủ    <category>    <headline>', lyluanchinhtri.vn) and its last part is
    long enough to be a headline; None otherwise (also when the raw line does not clean to ``clean_line``)."""
    if raw_line is None or not clean_line.startswith("Trang chủ"):
        return None
    parts = [" ".join(clean_text(part).split()) for part in _WIDE_GAP.split(raw_line.strip())]
    parts = [part for part in parts if part]
    if len(parts) < 2 or " ".join(parts) != clean_line:
        return None
    headline = parts[-1]
    if len(headline) < MIN_CRUMB_TITLE_CHARS or is_menu_line(headline):
        return None
    return [" ".join(parts[:-1]), headline]


def continues(previous: str, following: str) -> bool:
    """True when ``following`` is the rest of ``previous``'s sentence, cut by a hard wrap: ``previous`` is
    prose-length and ends without final punctuation, and ``following`` opens in lower case, or with the rest of
    a name ('… do Thiếu tá Trịnh Công' / 'Danh, Chính trị viên …'). A caption followed by a paragraph opening
    with a capital is never joined. A name cut in two needs no prose length, but the line must end with at least
    two capitalised words (the name's first syllables, 'Khúc Văn' / 'Thạch, Phó Chủ tịch …'): a caption ends so
    only when it ends with a name, which then goes on."""
    if previous.endswith(FINAL_PUNCTUATION):
        return False
    if following[:1].islower():
        return len(previous) >= MIN_WRAPPED_CHARS
    last_words = previous.rsplit(" ", 2)[-2:]
    rest = _NAME_REST.match(following)
    # An outlet's tag in capitals after a name in ordinary case ('Hoài Thương' / 'TPO - <lead>') is the byline
    # under the headline and the tagged lead, not one name cut in two.
    return bool(len(last_words) == 2 and all(w[:1].isupper() and w.isalpha() for w in last_words) and rest
                and all(word[:1].isupper() for word in rest.group(1).split())
                and not any(len(word) >= 2 and word.isupper() and not previous.isupper()
                            for word in rest.group(1).split()))


def join_wrapped(lines: list, labels: list) -> tuple[list, list]:
    """Open lines (label None) that continue the open line right above them (a hard wrap inside a sentence or a
    name, no blank line between: consecutive ``number``) joined to it with a space, so that neither half reads
    as a caption. ``lines`` are blocks.Line; returns the new lines and their labels."""
    joined_lines: list = []
    joined_labels: list = []
    last_number = None  # the source line the last joined line ends on (a line wrapped twice joins twice)
    for line, label in zip(lines, labels, strict=True):
        # A short line in small letters reads as an image's alt text (residue 'lowercase_alt_text') unless it is the
        # rest of the sentence above it.
        if label == ("residue", "lowercase_alt_text") and joined_lines and joined_labels[-1] is None \
                and line.number == last_number + 1 and continues(joined_lines[-1].text, line.text):
            label = None
        if joined_lines and label is None and joined_labels[-1] is None \
                and line.number == last_number + 1 and continues(joined_lines[-1].text, line.text):
            joined_lines[-1] = dataclasses.replace(joined_lines[-1], text=f"{joined_lines[-1].text} {line.text}")
        else:
            joined_lines.append(line)
            joined_labels.append(label)
        last_number = line.number
    return joined_lines, joined_labels


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", text.casefold())]


def is_teaser(headline: str, excerpt: str) -> bool:
    """True when two lines read as another article's teaser: an unpunctuated headline over an excerpt opening with an
    outlet's tag, or a short headline-shaped line and a short excerpt that repeats most of its words ('Sư đoàn 375 tổ chức bắn đạn thật …' / 'Sáng 18/6, … Sư đoàn 375 tổ chức bắn đạn
    thật … tầm thấp...'). The excerpt is cut off with '...'; or else the headline is unpunctuated, names no ranked
    officer and the excerpt opens with its first two words, as a sapo restates its subject ('Quân khu 7 tổng kết
    …' / 'Quân khu 7 đã hoàn thành …'): a photo caption and the paragraph under it ('Đại tá X phát biểu …' /
    'Phát biểu bế mạc, Đại tá X …') are no teaser."""
    words = _words(headline)
    if not (MIN_TEASER_WORDS <= len(words) and len(headline) <= MAX_TEASER_TITLE_CHARS
            and len(excerpt) <= MAX_TEASER_CHARS) or _INNER_SENTENCE_END.search(headline):
        return False
    if outlet_tag().match(excerpt) and not headline.endswith(FINAL_PUNCTUATION):
        return True  # another item's sapo with the outlet's tag ('VTV.vn - …'), as only a lead carries it (783)
    if not excerpt.endswith(("...", "…")) and (
            headline.endswith(FINAL_PUNCTUATION) or _RANK.search(headline) or _words(excerpt)[:2] != words[:2]):
        return False
    shared = set(_words(excerpt))
    return sum(w in shared for w in words) >= TEASER_SHARED_WORDS * len(words)


@cache
def outlet_tag() -> re.Pattern[str]:
    """The generic outlet tag opening a lead ('VTV.vn - ', '(QĐND) - '; ``generic_dateline`` of rules/residue.yml)."""
    doc = yaml.safe_load((Path(__file__).parent / "rules" / "residue.yml").read_text(encoding="utf-8"))
    return re.compile(doc["generic_dateline"]["pattern"])


def trailing_teasers(texts: list[str], labels: list, lead: int | None) -> list[int]:
    """The lines of the related-article teasers (headline, excerpt) that close a page after its text and byline
    (ppk.vn's 'Sư đoàn 375 …' / 'Chi tiết…', vietnamplus's box before '(TTXVN/Vietnam+)'): pairs of open lines
    with nothing but furniture after them, read from the end. At least one open line must stay before them, and
    no byline or credit may follow them: lines the writer signs under are the article's own."""
    if lead is None:
        return []
    open_lines = [i for i in range(lead + 1, len(labels)) if labels[i] is None]
    found: list[int] = []
    while len(open_lines) >= 3 and is_teaser(texts[open_lines[-2]], texts[open_lines[-1]]) and not any(
            label is not None and label[0] in ("byline", "photo_credit") for label in labels[open_lines[-2]:]):
        found.extend(open_lines[-2:])
        open_lines = open_lines[:-2]
    return found


def is_outlet_name(text: str, outlets) -> bool:
    """True for a line that is only an outlet's name or alias ('Tiền Phong' above the category): the masthead
    the scraper kept as a line. Compared case-folded, so 'TIỀN PHONG' matches too; any other word on the line
    (a headline that merely names the outlet) keeps it prose."""
    folded = text.strip(" -|:").casefold()
    return bool(folded) and folded in _folded_outlet_names(outlets)


@per_object
def _folded_outlet_names(outlets) -> frozenset[str]:
    return frozenset(n.casefold() for o in outlets for n in (o.name, *o.aliases))
