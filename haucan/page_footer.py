"""The page's footer told by its place, not by its words: what follows the writer's signature.

A news page ends with its last paragraph, the writer's name (or a credit line), and then the site's own lists:
'other articles' headers, related headlines (often with their date in brackets), share and comment links,
visitor counters. The phrases of those lists differ from outlet to outlet, but their shape does not: after the
signature no line reads as a sentence. So once the last sentence of the page is followed by a byline-shaped line
and then only short unpunctuated lines, that line is the byline and everything open after it is furniture. Used
by the block segmenter (blocks.py) after the header and before the closing byline.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from haucan import furniture, page_lists
from haucan.footnotes import trailing_notes_start
from haucan.furniture import is_menu_line
from haucan.page_parts import attribution_rules, byline_rule, is_unit_credit

Label = tuple[str, str] | None
# A sentence ends with final punctuation, maybe inside quotes or brackets ('… đồng chí!', '… (TTXVN).').
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)\]]*$")
# A related headline may end with its date in brackets ('<headline> (12/07/2024)'): still a list item.
_DATED_ITEM = re.compile(r"\(\s*\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?(?:\s+\d{1,2}:\d{2})?\s*\)$")
# A footer line is at most this long; a longer line is some paragraph, and the rule stays out.
MAX_FOOTER_LINE_CHARS = 200
# A broadcaster's name is at most this many words ('Đài Phát thanh và Truyền hình tỉnh Bà Rịa - Vũng Tàu').
MAX_STATION_WORDS = 12
# Furniture after the last sentence that opens the site's own lists: the open lines after it are their items.
_LIST_STARTERS = frozenset({"menu_line", "tags_line", "tags_header", "related_links_header", "other_articles_header",
                            "comment_form", "comment_policy", "comment_heading", "reaction_counter",
                            "view_counter", "document_recipients", "archive_date_box",
                            "advert_and_teaser",  # 'Xem thêm: <title>' opens a list of look-alike titles (773)
                            "counter_row", "next_page_link", "related_documents_header",  # a document site's (878)
                            "foreign_script_label"})  # a mirror's heading in its own script (1093)
# Headers after which every line is an item, a name included: a place or a person may be a tag ('Điện Biên'),
# and an administrative document's recipients and signatures are no byline.
_WHOLE_LIST_STARTERS = frozenset({"tags_header", "document_recipients"})
# A footnote under the rule that closes a journal article: '(1) Nghị quyết số …', '[2] …', '3. …', '* …'.
_FOOTNOTE = re.compile(r"^(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}[.)]|\*)\s*\S")
# An aggregator's copy ends with the original's address on a source line ('Nguồn Hà Nội TV: https://…'); the
# teasers the site lists under it are at most this long.
_COPY_END_RULES = frozenset({"source_note", "labelled_url", "bare_url"})
_ADDRESS = re.compile(r"https?://|www\.")
MAX_TEASER_CHARS = 300
# Byline rules of a writer's name alone or names alone.
_NAME_RULES = ("closing_name", "closing_names")
# A line the header called furniture, printed again between paragraphs, is a running header (a print edition's
# 'TẠP CHÍ … SỐ 2 - 2026' on every page) when it is at least this long; shorter ones may be a category word.
MIN_RUNNING_HEADER_CHARS = 16


def _reads_as_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text)) and not _DATED_ITEM.search(text)


def _is_list_item(text: str) -> bool:
    return len(text) <= MAX_FOOTER_LINE_CHARS and not _reads_as_sentence(text)


def _byline_shaped(text: str, label: Label) -> str | None:
    """The byline rule the line stands under, if it is a signature: already labelled byline by the first pass
    ('Tin, ảnh: …'), a writer's name or names, or the sending department."""
    if label is not None:
        return label[1] if label[0] == "byline" else None
    attribution = attribution_rules()
    if (rule := byline_rule(text, "last", attribution)) is not None:
        return rule
    return "unit_credit" if is_unit_credit(text, attribution) else None


# An entry of a bibliography: numbered or bulleted ('1. Quân ủy Trung ương (2022), Nghị quyết …', '[2] …', '- …'),
# or a work cited with its year in brackets or its publisher ('Đảng Cộng sản Việt Nam (2021), Văn kiện …', '…, Nxb
# Quân đội nhân dân, H, 2020.').
_REFERENCE_ENTRY = re.compile(r"^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]|[-–•*+])\s*\S|^[^.!?]{2,160}\(\d{4}\)|\bN(?:xb|XB)\b")
# An entry is a reference, not a paragraph: at most this long.
MAX_REFERENCE_CHARS = 400


def label_references(texts: list[str], labels: list[Label], lead: int | None) -> None:
    """The entries under a bibliography's heading after the lead (residue rule 'references_header': 'Tài liệu tham
    khảo') are furniture, in place (rule 'reference_entry'): they read as sentences, so the site-list rules, which
    stop at the page's last sentence, never reach them. The run ends at the first open line that is no entry (a
    writer signing under the list stays open for the closing byline)."""
    if lead is None:
        return
    for i in range(lead + 1, len(labels)):
        if labels[i] != ("residue", "references_header"):
            continue
        for k in range(i + 1, len(labels)):
            if labels[k] is not None:
                if labels[k][0] == "residue":
                    continue
                break
            if len(texts[k]) > MAX_REFERENCE_CHARS or not _REFERENCE_ENTRY.search(texts[k]):
                break
            labels[k] = ("residue", "reference_entry")


def label_repeated_header(texts: list[str], labels: list[Label], lead: int | None) -> None:
    """Open lines after the page's last sentence that repeat a line printed above the lead (the site's name, its
    menu, its address block printed in the header and again in the footer) are furniture, in place (rule
    'repeated_header_line'): the article prints nothing twice around itself. So are the open lines after a
    comment form's first line there. Between paragraphs, a long line repeating header furniture is a print
    edition's running header (rule 'running_header')."""
    if lead is None:
        return
    # Only what the header pass called furniture: a writer's name under the headline may sign again at the end.
    above = {texts[i].casefold() for i in range(lead) if labels[i] is not None and labels[i][0] == "residue"}
    last_sentence = _last_sentence(texts, labels, lead)
    for k in range(lead + 1, last_sentence):
        # The header pass may have joined the running header to the section line under it: its start counts.
        folded = texts[k].casefold()
        if labels[k] is None and len(folded) >= MIN_RUNNING_HEADER_CHARS and any(
                line == folded or line.startswith(folded + " ") for line in above):
            labels[k] = ("residue", "running_header")
    form = False
    for k in range(last_sentence + 1, len(labels)):
        # After the last sentence, a comment form's fields all belong to it, with or without the required mark
        # ('Trang web') but a writer's name printed under the form; a form line between paragraphs ends nothing.
        form = form or labels[k] == ("residue", "comment_form")
        if labels[k] is None and (form and _byline_shaped(texts[k], None) is None or texts[k].casefold() in above):
            labels[k] = ("residue", "comment_form" if form else "repeated_header_line")


def _last_sentence(texts: list[str], labels: list[Label], lead: int, end: int | None = None) -> int:
    """Index of the page's last open line before ``end`` that reads as a sentence (the lead when no other does)."""
    return max((i for i in range(lead, len(labels) if end is None else end) if (labels[i] is None or i == lead)
                and _reads_as_sentence(texts[i])), default=lead)


def _footnotes_start(texts: list[str], labels: list[Label], lead: int) -> int:
    """Index of the rule line under which only footnotes are open (a journal signs above its notes: dev 842,
    912), else the page's length: the signature is looked for before it."""
    rules = [i for i in range(lead + 1, len(labels)) if labels[i] == ("residue", "separator_line")]
    if rules and all(_FOOTNOTE.match(texts[k]) for k in range(rules[-1] + 1, len(labels)) if labels[k] is None):
        return rules[-1]
    notes = trailing_notes_start(texts, labels, lead)  # notes whose markers the text prints, no rule above them
    return len(labels) if notes is None else notes


def _starts_whole_list(text: str, label: Label) -> bool:
    # A keyword label alone ('Từ khóa:') with its tags on the lines below it.
    return label[1] in _WHOLE_LIST_STARTERS or label[1] == "tags_line" and text.rstrip().endswith(":")


@cache
def media_markers() -> frozenset[str]:
    """The case-folded ``media_markers`` of rules/residue.yml ('video', 'infographic')."""
    doc = yaml.safe_load((Path(__file__).parent / "rules" / "residue.yml").read_text(encoding="utf-8"))
    return frozenset(w.casefold() for w in (doc.get("media_markers") or {}).get("words", ()))


def _starts_list(text: str, label: Label) -> bool:
    return (label is not None and label[0] == "residue" and label[1] in _LIST_STARTERS
            and text.strip(" -|:").casefold() not in media_markers())


def _copy_end(texts: list[str], labels: list[Label], lead: int) -> int | None:
    """Index of the last source line naming the original's address after the lead ('Nguồn Hà Nội TV: https://…',
    an aggregator's copy, baomoi.com): the copy ends there, whatever sentences the site prints under it."""
    return next((i for i in range(len(labels) - 1, lead, -1) if labels[i] is not None and labels[i][0] == "residue"
                 and labels[i][1] in _COPY_END_RULES and _ADDRESS.search(texts[i])), None)


def _label_teasers_after_copy(texts: list[str], labels: list[Label], lead: int) -> None:
    """Under an aggregator's closing source line, the open lines after the site's next list heading ('Tin nóng',
    'Tin mới', 'Tin liên quan') are its other items, in place (rule 'teaser_list'): their one-sentence summaries
    read as prose, so the ordinary list rule, which stops at the page's last sentence, never reached them."""
    end = _copy_end(texts, labels, lead)
    start = next((k for k in range(end + 1, len(labels)) if _starts_list(texts[k], labels[k])), None) \
        if end is not None else None
    for k in range(start or len(labels), len(labels)):
        if labels[k] is None and len(texts[k]) <= MAX_TEASER_CHARS:
            labels[k] = ("residue", "teaser_list")


def label_lists_after_text(texts: list[str], labels: list[Label], lead: int | None) -> None:
    """The open lines after the page's last sentence that follow the site's own furniture (a share or category
    bar, a tag strip, an 'other articles' heading, a comment notice) are its list items, in place (rule
    'site_list'): headlines of other articles, tags one per line, a sidebar. The shape decides, not the words:
    once furniture has begun under the text, a short line that is no sentence continues it. A byline-shaped line
    stays open for the closing byline, except under a tag label or a document's 'Nơi nhận:' (rule 'whole_list'),
    where every line is an item."""
    if lead is None:
        return
    _label_teasers_after_copy(texts, labels, lead)
    page_lists.label_teaser_after_byline(texts, labels, lead, furniture.outlet_tag())  # next item's sapo
    last_sentence = _last_sentence(texts, labels, lead)
    spam = next((k for k in range(last_sentence + 1, len(labels)) if labels[k] == ("residue", "gambling_spam")), None)
    for k in range(last_sentence + 1, spam or 0):
        # A spam copy's injected block: its stray headlines of other stories stand before its betting links (756).
        if labels[k] is None and _is_list_item(texts[k]) and _byline_shaped(texts[k], None) is None:
            labels[k] = ("residue", "spam_block")
    start = next((k for k in range(last_sentence + 1, len(labels)) if _starts_list(texts[k], labels[k])), None)
    if start is None:
        return
    whole = False
    for k in range(start, len(labels)):
        if labels[k] is not None:
            whole = whole or labels[k][0] == "residue" and _starts_whole_list(texts[k], labels[k])
        elif _is_list_item(texts[k]) and (whole or _byline_shaped(texts[k], None) is None):
            labels[k] = ("residue", "whole_list" if whole else "site_list")


def label_footer(texts: list[str], labels: list[Label], lead: int | None) -> int | None:
    """Label the signature after the page's last sentence and the open lines after it as furniture, in place
    (rule 'after_byline'); return the signature's index, or None when the page does not have that shape.

    The signature is the first byline-shaped line after the last sentence (captions may stand between); every
    open line after it must be a list item (short, not a sentence), and at least one must be there (a page that
    ends with its signature needs no footer rule). Footnotes under a closing rule are left out: a journal signs
    above them, and the signature is labelled then even with nothing between it and the rule."""
    if lead is None:
        return None
    end = _footnotes_start(texts, labels, lead)
    last_sentence = _last_sentence(texts, labels, lead, end)
    signature = next((i for i in range(last_sentence + 1, end)
                      if _byline_shaped(texts[i], labels[i]) is not None), None)
    if signature is None:
        return None
    if (prefix := attribution_rules().name_prefix.match(texts[signature])) and prefix.end():
        # An officer's signature ('Thiếu tướng, TS <Name>' / '<office>') is also a person with the office under
        # it (the signed-article convention): those lines stay captions for the person finder, the signature
        # marked so that metadata takes its writer, when the office is on its line or is the one open line
        # under it, or footnotes follow. A rank and name alone at the very end is left to the closing byline.
        rest = [k for k in range(signature + 1, end) if labels[k] is None]
        with_office = _byline_shaped(texts[signature], None) == "closing_author_with_office"
        footnoted = end < len(labels)  # nothing but footnotes under it: no closing line will sign
        # An officer with his office on his line and a writer's name alone under it is a photo's caption ('Thượng tá
        # X, Phó Chỉ huy trưởng … phát biểu' / 'Minh Tường', dev 993), as he is over a credit line ('Tin, ảnh: …'):
        # the name or the credit under it signs.
        signed_under = with_office and (len(rest) == 1 and _byline_shaped(texts[rest[0]], None) in _NAME_RULES or any(
            labels[k] is not None and labels[k][0] == "byline" for k in range(signature + 1, end)))
        if labels[signature] is None and not signed_under and (not rest and (with_office or footnoted)
                                                               or len(rest) == 1 and _is_list_item(texts[rest[0]])):
            labels[signature] = ("caption", "officer_signature")
        return None
    after = [k for k in range(signature + 1, end) if labels[k] is None]
    if not after and end == len(labels) or not all(_is_list_item(texts[k]) for k in after):
        return None
    if labels[signature] is None:
        rule = _byline_shaped(texts[signature], None)
        labels[signature] = ("byline", "closing_name" if rule is None else rule)
    above = " ".join(texts[i] for i in range(lead) if labels[i] is not None)
    for k in after:
        # A bare name the page's stamp also prints ('<weekday>, HH:MM, dd/mm/yyyy <Name> <Name>', vov4.vov.vn, set
        # 14's 465) is its writer signing again under the other credit, not a footer link.
        again = _byline_shaped(texts[k], None) in _NAME_RULES and len(texts[k].split()) >= 2 and re.search(
            rf"(?<!\w){re.escape(texts[k])}(?!\w)", above)
        labels[k] = ("byline", "closing_name") if again else ("residue", "after_byline")
    return signature


def closing_line(labels: list[Label], lead: int | None, texts: list[str] | None = None) -> int | None:
    """Index of the article's last open line after the lead (the footer furniture already labelled). The page's
    very last line, though swallowed by a related-articles list, is returned when it reads as a closing byline
    in capitals or initials: aggregators (tin247.com) print the writer's initials under the list ('Tin liên
    quan' / '■ …' / 'TQ'); a name in ordinary case there stays a list item (it may be a related title)."""
    end = len(labels) - 1
    if (texts is not None and end > 0 and labels[end] == ("residue", "related_links")
            and (lead is None or end > lead) and texts[end].replace(".", "").isupper()
            and not is_menu_line(texts[end]) and byline_rule(texts[end], "last", attribution_rules()) is not None):
        return end
    for j in range(end, (lead if lead is not None else -1), -1):
        if labels[j] is None:
            return j
        if labels[j] == ("residue", "outlet_name") and texts is not None \
                and is_unit_credit(texts[j], attribution_rules()):
            return j  # the portal's own name closing its article: its newsroom signs (session 13, set 13's 924)
        if labels[j][0] not in ("residue", "publication_stamp"):
            return None
    return None


# A broadcaster's name ('Truyền hình Quốc hội Việt Nam', 'Đài Phát thanh và Truyền hình tỉnh X', 'ATV'): under a
# video page's text it is the player's channel label, no writer (dev 751, set 13's 543).
_STATION = re.compile(r"^(?:(?:Kênh\s+)?Truyền hình|Đài (?:Truyền hình|Phát thanh|PT-TH|PTTH|THVN|TNVN)|Kênh)\s+"
                      r"[^\W\d_][^.!?:;,()|]{1,60}$|^[A-ZĐ]{2,8}\s?TV$")


def label_closing(texts: list[str], labels: list[Label], lead: int | None) -> None:
    """The article's last open line after the lead (``closing_line``): a closing byline ('THU HÀ', 'Tin, ảnh: …'), a
    body that signs ('Phòng Chính trị', the portal's own name, which metadata takes only when no writer is named),
    or a broadcaster's name, the channel label a video page prints under its text (furniture)."""
    attribution = attribution_rules()
    last = closing_line(labels, lead, texts)
    if last is None:
        return
    if (rule := byline_rule(texts[last], "last", attribution)) is not None:
        labels[last] = ("byline", rule)
    elif is_unit_credit(texts[last], attribution):
        labels[last] = ("byline", "unit_credit")  # a department signs; metadata drops it from the authors
    elif _STATION.match(texts[last]) and len(texts[last].split()) <= MAX_STATION_WORDS:
        labels[last] = ("residue", "channel_label")
