"""Lists a page prints as furniture that are told by their shape, wherever they stand: an administrative document's
recipients under its 'Nơi nhận:' label and a series' list of its episodes or parts ('Tập 1: …', 'Tập 2: …'). The
list rules of page_footer.py begin after the page's last sentence, and these lists hold sentence-like lines (a
recipient's filing line ends with a full stop) or stand above the text's end (a video page's episode list over its
related videos), so they are labelled here first; and the next item's teaser under the closing byline, a sentence
that opens with the outlet's lead tag, or any of the stray teasers between a writer's bare name and the site's
footer. Used by the block segmenter (blocks.py) and page_footer.py."""

from __future__ import annotations

import re

from haucan.page_parts import attribution_rules, byline_rule, is_person, is_unit_credit

Label = tuple[str, str] | None
# One recipient of a document's 'Nơi nhận:' list: a dashed, bulleted or plus item ('- Như Điều 3;', '+ Bộ CHQS tỉnh;')
# or its filing line, dashed or not ('- Lưu: VT, NC.', 'Lưu VT, HC-KT. Đ10.'); a copy that lost the dashes keeps each
# item's closing semicolon ('Như Điều 3;').
_RECIPIENT = re.compile(r"^(?:[-–—+•*]\s*\S|Lưu\s*:?\s*(?:VT|VP|HS|Văn thư)\b|[^.!?:]{2,120};$)")
MAX_RECIPIENT_CHARS = 200
# One item of a series' list: its part word, its number and its own title ('Tập 2: Bữa cơm nơi đầu sóng', 'Kỳ 3 -
# …', 'Bài 1. …'), a heading's length, no sentence (a question mark is allowed: a title may ask).
# The series' name may stand before the part word ('Người giữ kho - Bài 2: …', arttimes.vn's links to the other
# parts under the sapo, set 15's 566): every item of one list then carries the same name.
_SERIES_ITEM = re.compile(r"^(?:(?P<series>[^:.!?|]{3,100}?)\s*[-–—:|]\s*)?"
                          r"(?P<word>Tập|Kỳ|Bài|Phần|Số|TẬP|KỲ|BÀI|PHẦN)\s+(?P<number>\d{1,3})\s*[:.–-]\s*"
                          r"(?P<title>[^.!…]{3,150}?)\s*$")


def label_recipients(texts: list[str], labels: list[Label]) -> None:
    """The items under an administrative document's 'Nơi nhận:' label, in place (rule 'document_recipient'):
    the dashed lines up to the first line of another shape, wherever the label stands. Their filing line ('- Lưu:
    VT, NC.') ends with a full stop, so the list rule, which begins after the page's last sentence, missed them
    when the document is the page's last text (a pasted notice followed by the site's lines, set 9's 068, 091)."""
    for i, label in enumerate(labels):
        if label != ("residue", "document_recipients"):
            continue
        for k in range(i + 1, len(labels)):
            if not _RECIPIENT.match(texts[k]) or len(texts[k]) > MAX_RECIPIENT_CHARS:
                break
            if labels[k] is None or labels[k][0] in ("body", "caption", "byline"):
                labels[k] = ("residue", "document_recipient")


def label_series_list(texts: list[str], labels: list[Label]) -> None:
    """A series' list of its parts, in place (rule 'series_list'): two or more open lines in a row, each a part word
    and a number with the part's title ('Tập 1: Từ bếp …' / 'Tập 2: …', a documentary's episodes on a video page,
    set 9's 085; 'Bài 1: …' / 'Bài 2: …' under a newspaper's series). The same word and numbers that rise by one
    make it a list; a lone 'Phần 1: …' heading between paragraphs stays the article's. A lone line naming the
    headline's own series with another part's number ('<Series> - Bài 1: …' on the page of '<Series> - Bài 3: …')
    is a link to that part, not a heading."""
    headline = next((_SERIES_ITEM.match(texts[k]) for k, label in enumerate(labels)
                     if label is not None and label[0] == "title"), None)
    i = 0
    while i < len(texts):
        run = [i]
        first = _SERIES_ITEM.match(texts[i]) if labels[i] is None else None
        while first is not None and run[-1] + 1 < len(texts) and labels[run[-1] + 1] is None and (
                nxt := _SERIES_ITEM.match(texts[run[-1] + 1])) and _same_series(nxt, first) \
                and int(nxt["number"]) == int(first["number"]) + len(run):
            run.append(run[-1] + 1)
        if len(run) >= 2 or first is not None and _other_part(first, headline):
            for k in run:
                labels[k] = ("residue", "series_list")
        i = run[-1] + 1


def label_attribute_summary(texts: list[str], labels: list[Label]) -> None:
    """The document's summary a legal database prints over its attribute table ('Thông tư … của Bộ Quốc phòng quy
    định …' right above 'Cơ quan ban hành: …', 'Số hiệu: …'; luatvietnam.vn, set 14's 235), in place (rule
    'attribute_summary'): a text line, though unpunctuated and longer than the page's headline, so the header
    reader would take it for the headline. Only an open line right above two attribute rows or more, under another
    open line (the page's headline): where the table follows the headline itself (thuvienphapluat.vn, dev 385, 830),
    the line over it is the headline."""
    from haucan.site_labels import is_site_label  # the site's name line over it is no headline (head22, 1094)

    for i in range(len(labels) - 2):
        if (labels[i] is None and any(label is None and not is_site_label(texts[j]) for j, label in enumerate(labels[:i])) and labels[i + 1] == ("residue", "legal_attribute_row")
                and labels[i + 2] == ("residue", "legal_attribute_row") and len(texts[i].split()) >= 4):
            labels[i] = ("body", "attribute_summary")


def _same_series(item: re.Match[str], first: re.Match[str]) -> bool:
    return item["word"].casefold() == first["word"].casefold() and \
        (item["series"] or "").casefold() == (first["series"] or "").casefold()


def _other_part(item: re.Match[str], headline: re.Match[str] | None) -> bool:
    """Whether ``item`` names the headline's series (by name, not only by its part word) with another number."""
    return headline is not None and item["series"] is not None and _same_series(item, headline) \
        and item["number"] != headline["number"]


# The next item's teaser under the byline: at most this long (one sapo sentence, not a second article).
MAX_TAIL_TEASER_CHARS = 300
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)\]]*$")


def label_teaser_after_byline(texts: list[str], labels: list[Label], lead: int | None, outlet_tag) -> None:
    """The next item's teaser printed under the article's closing byline: a line opening with the outlet's lead tag
    again ('(KGO) - Sáng 10-3, …' after 'Tin và ảnh: <NAME>', set 17's 1079), in place (rule 'tail_teaser'). Only a
    lead carries that tag, and the article has ended with its byline; the teaser is one short sapo with no sentence
    after it (a second article printed in full keeps its text)."""
    if lead is None:
        return
    _label_teasers_under_name(texts, labels, lead)
    _label_owner_over_imprint(texts, labels, lead)
    byline = next((i for i in range(lead + 1, len(labels)) if labels[i] is not None and labels[i][0] == "byline"), None)
    if byline is None:
        return
    for k in range(byline + 1, len(labels)):
        if labels[k] is not None or len(texts[k]) > MAX_TAIL_TEASER_CHARS or not outlet_tag.match(texts[k]):
            continue
        if all(labels[j] is not None or not _SENTENCE_END.search(texts[j]) for j in range(k + 1, len(labels))):
            labels[k] = ("residue", "tail_teaser")


# Stray teasers under a bare name: at most this many lines (a sidebar's few items, not the rest of an article).
MAX_STRAY_TEASERS = 3
_NAME_RULES = ("closing_name", "closing_names")


def _label_teasers_under_name(texts: list[str], labels: list[Label], lead: int) -> None:
    """Stray teasers of other stories printed between the writer's bare name and the site's footer ('<Name>' under
    the last paragraph, then a sapo and a headline of unrelated items, then the copyright line: a magazine's page,
    set 18's 1116), in place: the name is the closing byline and the lines under it are furniture (rule
    'stray_teaser'). Some teaser reads as a sentence, so the footer rule, which wants only list items under the
    signature, left them open. The name must stand under a sentence, the teasers be few and short, and the site's
    footer follow them: a name between two paragraphs inside the article has more text, not a footer, under it."""
    ends = [i for i in range(lead + 1, len(labels)) if labels[i] is None]
    footer = bool(ends) and any(labels[k] is not None and labels[k][0] == "residue"
                                for k in range(ends[-1] + 1, len(labels)))
    signed = [i for i in range(lead + 1, len(labels)) if labels[i] is not None and labels[i][0] == "byline"]
    if footer and len(signed) == 1 and _stray_under(texts, labels, signed[0], lead):
        for k in (k for k in ends if k > signed[0]):
            labels[k] = ("residue", "stray_teaser")  # under a credit line the first pass read ('Tin, ảnh: …')
        return
    attribution = attribution_rules()
    for n in range(len(ends) - 2, max(len(ends) - 2 - MAX_STRAY_TEASERS, 0) - 1, -1):
        name, under = ends[n], ends[n + 1:]
        if n == 0 or not footer or not _SENTENCE_END.search(texts[ends[n - 1]]):
            continue
        rule = byline_rule(texts[name], "last", attribution)
        # A name of two words or more with no full stop (a letter left from a photo's alt text, a caption naming an
        # officer, end otherwise); no credit under it (the copy's own 'Theo <writer>' signs, set 11's 841).
        if rule not in _NAME_RULES or len(texts[name].split()) < 2 or _SENTENCE_END.search(texts[name]) \
                or any(len(texts[k]) > MAX_TAIL_TEASER_CHARS for k in under) \
                or not any(_SENTENCE_END.search(texts[k]) for k in under) \
                or any(label is not None and label[0] in ("byline", "photo_credit") for label in labels[name:]):
            continue
        labels[name] = ("byline", rule)
        for k in under:
            labels[k] = ("residue", "stray_teaser")
        return


# The owner's name over the imprint is a heading's length.
MAX_OWNER_CHARS = 120
# A copyright line: the department credit over it ('BAN BIÊN TẬP' / '© …') signs as the body (session 9), while a
# body's name over its address or telephone fields heads the imprint.
_COPYRIGHT = re.compile(r"^(?:©|\([cC]\)|Copyright|COPYRIGHT|Bản quyền|BẢN QUYỀN)")


def _label_owner_over_imprint(texts: list[str], labels: list[Label], lead: int) -> None:
    """The site owner's name in capitals heading its imprint at the foot ('CÔNG TY CỔ PHẦN X20' over 'Địa chỉ: …', a
    company's site, set 18's 1117; a procuracy's or a school's name over its address or copyright line), in place
    (rule 'imprint_owner'): furniture, the outlet's evidence, neither caption nor text. It must name a body, not a
    person (attribution's not_a_person words: a writer's name in capitals over the copyright line signs) nor a
    department's credit over a copyright line ('BAN BIÊN TẬP' / '© …', which signs as the body), and stand
    on the last open line, right over the imprint (residue 'publisher_footer')."""
    attribution = attribution_rules()
    for i in range(len(labels) - 2, lead, -1):
        if labels[i] is None:
            text = texts[i]
            if labels[i + 1] == ("residue", "publisher_footer") and len(text) <= MAX_OWNER_CHARS and text.isupper() \
                    and not _SENTENCE_END.search(text) and not is_person(text, attribution) \
                    and not (_COPYRIGHT.match(texts[i + 1]) and is_unit_credit(text, attribution)):
                labels[i] = ("residue", "imprint_owner")
            return


def _stray_under(texts: list[str], labels: list[Label], byline: int, lead: int) -> bool:
    """Whether the open lines under the credit line ``byline`` are stray teasers: one to MAX_STRAY_TEASERS short
    lines, some a sentence, no other credit among them, and the credit under the article's last sentence."""
    under = [k for k in range(byline + 1, len(labels)) if labels[k] is None]
    above = [k for k in range(lead, byline) if labels[k] is None or k == lead]
    return 0 < len(under) <= MAX_STRAY_TEASERS and all(len(texts[k]) <= MAX_TAIL_TEASER_CHARS for k in under) \
        and any(_SENTENCE_END.search(texts[k]) for k in under) and bool(above) \
        and bool(_SENTENCE_END.search(texts[above[-1]])) and not any(
            label is not None and label[0] == "photo_credit" for label in labels[byline + 1:])
