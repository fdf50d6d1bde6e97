"""Splits a cleaned article into typed blocks (title, dateline, lead, body, caption, byline, residue ...).

The segmenter works line by line, in four passes, each deciding what the earlier ones left open:
1. residue lines (residue.yml, with everything after a related-links header), the caption after photo
   furniture, repeated lines (caption + its duplicate), time stamps, bylines and photo credits, an outlet tag
   alone on its line;
2. the header above the lead: the headline, the furniture around it, a byline under it (page_parts.py);
3. the closing byline: the last open line, when it is a writer's name;
4. every other open line is body, unless it is short and unpunctuated, which marks a caption. The lead's date
   prefix and outlet tag, and the headline's outlet tag and date suffix, are split off into their own blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from haucan import furniture, page_footer, page_lists, photo_alt, sapo_byline, signatures, signed_footer
from haucan.clean import normalize_newlines
from haucan.headline import UNKNOWN_DATELINE, split_title
from haucan.headline_glue import split_cells, split_glued_summary
from haucan.line_repair import cut_glued_stamp, rejoin_wrapped
from haucan.page_parts import (
    attribution_rules,
    byline_rule,
    is_unpunctuated,
    settle_header,
)
from haucan.records import Block
from haucan.rule_gate import first_found
from haucan.rules import Rules, per_object
from haucan.stamps import split_writer, stamp_rule

# A line longer than this is prose, even right after photo furniture or without final punctuation.
MAX_CAPTION_CHARS = 400
# Lines after these residue rules up to the end of the page are the related-articles (or tag) list.
_LIST_HEADERS = ("related_links_header", "related_documents_header", "tags_header")
# A breadcrumb glued to the headline: 'Trang chủChính trịQuân sựTiêu đề' — a small letter runs into a capital.
_GLUE_POINT = re.compile(r"(?<=[a-zà-ỹđ])(?=[A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ])")
# Notes glued to the end of a paragraph: '… huyện. (Nguồn: theo Báo X)' and a byline in capitals '… sót. MINH CHÂU'.
_TRAILING_SOURCE = re.compile(r"\s*\((?:Nguồn|Nguồn tin)\s*:[^()]{1,120}\)\.?$")
_TRAILING_CAPS_NAME = re.compile(r"(?<=[.!?…])\s+((?:[^\W\d_]+\s){1,3}[^\W\d_]+)$")


@dataclass(frozen=True, slots=True)
class Line:
    """A non-empty cleaned line and its 1-based number in the decoded file."""

    number: int
    text: str


@cache
def glued_residue() -> re.Pattern[str] | None:
    """Residue that may be glued to other text on its line (``glued_residue`` of rules/residue.yml), as one
    pattern with a capturing group (so that splitting on it keeps it); None when there is none."""
    doc = yaml.safe_load((Path(__file__).parent / "rules" / "residue.yml").read_text(encoding="utf-8"))
    texts = [entry["text"] for entry in doc.get("glued_residue") or ()]
    return re.compile("(" + "|".join(map(re.escape, texts)) + ")") if texts else None


def _cut_first_line(text: str, rules: Rules) -> list[str]:
    """The scraper's date prefix (' date 2025-09-27 Thời sự') and a breadcrumb glued to the headline
    ('Trang chủChính trịQuân sựTiêu đề') cut off a line into pieces of their own."""
    for prefix in rules.prefixes:
        match = prefix.pattern.match(text)
        if match and text[match.end():].strip():
            return [match.group(0).strip(), *_cut_first_line(text[match.end():].strip(), rules)]
    if text.startswith("Trang chủ") and _GLUE_POINT.search(text):
        pieces = _GLUE_POINT.split(text)
        if len(pieces[-1]) > 15:
            return [" ".join(pieces[:-1]), pieces[-1]]
    return furniture.cut_glued_menu(text)


def content_lines(clean_text: str, rules: Rules | None = None, raw_text: str | None = None) -> list[Line]:
    """The non-blank lines of ``clean_text``, stripped, numbered from 1 by ``\\n`` only.

    A line holding glued residue is cut around it into Lines with the same number: the residue alone (which its
    line rule recognises), the text before and after it. With ``rules``, a date prefix or a glued breadcrumb is cut
    off too; with ``raw_text`` (before cleaning), cells parted by runs of spaces (haucan/headline_glue.py)."""
    glued = glued_residue()
    raw_lines = normalize_newlines(raw_text).split("\n") if raw_text is not None else []
    lines = []
    for number, text in enumerate(clean_text.split("\n"), start=1):
        text = text.strip()
        if not text:
            continue
        crumbs = split_cells(text, raw_lines[number - 1] if number <= len(raw_lines) else None)
        if crumbs is not None:
            lines.extend(Line(number, part) for part in crumbs)
            continue
        pieces = [text] if glued is None or glued.search(text) is None else glued.split(text)
        for piece in pieces:
            if piece.strip():
                piece = furniture.strip_table_bars(piece.strip())
                cut = _cut_first_line(piece, rules) if rules is not None else furniture.cut_glued_menu(piece)
                lines.extend(Line(number, part) for whole in cut for part in cut_glued_stamp(whole))
    return lines


def _residue_rule(text: str, rules: Rules):
    return first_found(rules.residue, text)  # one combined check before the loop (haucan/rule_gate.py)


def _lone_prefix(text: str, rules: Rules) -> tuple[str, str] | None:
    """(kind, rule) of a line that is nothing but a date prefix or an outlet tag ('HQ Online -')."""
    for prefix in rules.prefixes:
        match = prefix.pattern.match(text)
        if match and not text[match.end():].strip():
            return "publication_stamp", prefix.name
    rule, match = _dateline(text, rules)
    if match is not None and not text[match.end():].strip():
        return "dateline", rule
    return ("residue", "outlet_name") if furniture.is_outlet_name(text, rules.outlets) else None


def _is_prose(text: str, min_chars: int) -> bool:
    return len(text) >= min_chars and not is_unpunctuated(text)


def _first_pass(lines: list[Line], rules: Rules) -> list[tuple[str, str] | None]:
    """Label residue, furniture captions, duplicates, stamps, bylines and credit lines; None = still open."""
    attribution = attribution_rules()
    labels: list[tuple[str, str] | None] = [None] * len(lines)
    caption_after: str | None = None
    in_list = seen_prose = False
    for i, line in enumerate(lines):
        text = line.text
        # A related-articles box inside the article ends where two prose paragraphs in a row resume it.
        if in_list and not (_is_prose(text, 120) and i + 1 < len(lines) and _is_prose(lines[i + 1].text, 80)):
            labels[i] = ("residue", "related_links")
            continue
        in_list = False
        seen_prose = seen_prose or _is_prose(text, 40)
        if furniture.is_menu_line(text) or not seen_prose and furniture.is_menu_row(text):
            labels[i], caption_after = ("residue", "menu_line"), None
            continue
        residue = _residue_rule(text, rules)
        # A bare stamp after a logo's file name is the page's clock, not the logo's caption (set 15's 569).
        if caption_after and residue is None and len(text) <= MAX_CAPTION_CHARS and not stamp_rule(text, rules):
            labels[i] = ("caption", f"after_{caption_after}")
            caption_after = None
            continue
        caption_after = None
        if residue is not None:
            labels[i] = ("residue", residue.name)
            caption_after = residue.name if residue.next_is_caption else None
            # Above the first paragraph the header is a menu entry alone: the headline and lead follow it.
            in_list = residue.name in _LIST_HEADERS and seen_prose
            continue
        previous = labels[i - 1] if i else ("residue", "")
        if i and text == lines[i - 1].text and (previous is None or previous[0] == "caption"):
            # The outlet printed the caption twice (once over the photo, once under it).
            labels[i - 1] = ("caption", previous[1] if previous else "repeated_line")
            labels[i] = ("residue", "duplicate_caption")
            continue
        stamp = stamp_rule(text, rules)
        if stamp is not None:
            labels[i] = ("publication_stamp", stamp.name)
            continue
        lone = _lone_prefix(text, rules)
        if lone is not None:
            labels[i] = lone
            continue
        byline = byline_rule(text, "any", attribution)
        if byline is not None:
            labels[i] = ("byline", byline)
            continue
        if signatures.bylines_inside(text):
            labels[i] = ("residue", "credit_row")  # 'Đăng ngày: … | Tác giả: <Name> | …': metadata takes the writer
            continue
        if attribution.credit_line.match(text):
            labels[i] = ("photo_credit", "credit_line")
        elif len(text) <= MAX_CAPTION_CHARS and attribution.credit_suffix.match(text):
            labels[i] = ("caption", "caption_with_credit")
    return labels


@cache
def _generic_dateline() -> re.Pattern[str] | None:
    doc = yaml.safe_load((Path(__file__).parent / "rules" / "residue.yml").read_text(encoding="utf-8"))
    entry = doc.get("generic_dateline")
    return re.compile(entry["pattern"]) if entry else None


@per_object
def _dateline_fingerprints(rules: Rules) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every outlet's dateline fingerprint in registry order, as (rule name, pattern)."""
    return tuple((f"dateline:{outlet.domain}", f.pattern) for outlet in rules.outlets
                 for f in outlet.fingerprints if f.kind == "dateline")


def _dateline(text: str, rules: Rules) -> tuple[str | None, re.Match[str] | None]:
    """(rule, match) of the outlet tag opening ``text``: a known outlet's fingerprint, else the generic tag."""
    for rule, pattern in _dateline_fingerprints(rules):
        if match := pattern.match(text):
            return rule, match
    generic = _generic_dateline()
    match = generic.match(text) if generic is not None else None
    return (UNKNOWN_DATELINE, match) if match else (None, None)


def _split_lead(line: Line, rules: Rules) -> list[tuple[str, str, str]]:
    """Split a date prefix and an outlet dateline off the lead line: [(kind, rule, text), ...]."""
    pieces: list[tuple[str, str, str]] = []
    rest = line.text
    for prefix in rules.prefixes:
        match = prefix.pattern.match(rest)
        if match:
            pieces.append(("publication_stamp", prefix.name, match.group(0).strip()))
            rest = rest[match.end() :]
            break
    rule, match = _dateline(rest, rules)
    if match is not None:
        pieces.append(("dateline", rule, match.group(0).strip()))
        rest = rest[match.end() :]
    if rest.strip():
        pieces.append(("lead", "first_prose_line", rest.strip()))
    return pieces


def _opens_with_lead_marker(text: str, rules: Rules) -> bool:
    return any(p.pattern.match(text) for p in rules.prefixes) or _dateline(text, rules)[1] is not None


def segment(clean_text: str, rules: Rules, raw_text: str | None = None) -> tuple[Block, ...]:
    """Split cleaned text into blocks in source order, without text offsets (see ``article.assemble``);
    ``raw_text``, the file before cleaning, shows the spacing cleaning collapsed."""
    lines = split_glued_summary(rejoin_wrapped(content_lines(clean_text, rules, raw_text)), rules, _opens_with_lead_marker)
    lines, labels = furniture.join_wrapped(lines, _first_pass(lines, rules))
    texts = [line.text for line in lines]
    page_lists.label_attribute_summary(texts, labels)  # a legal database's summary over its attribute rows
    lead_idx, _ = settle_header(texts, labels, lambda text: _opens_with_lead_marker(text, rules))
    attribution = attribution_rules()
    for i in furniture.trailing_teasers(texts, labels, lead_idx):
        labels[i] = ("residue", "related_teaser")
    photo_alt.label_repeated_alt_text(texts, labels, lead_idx)  # one alt text over every photo's caption
    signatures.label_writer_beside_stamp(texts, labels, lead_idx)
    signatures.label_officer_byline(texts, labels, lead_idx)  # an officer's byline stays a caption (session 11)
    sapo_byline.label_name_under_sapo(texts, labels, lead_idx, attribution)  # 'VĂN PHÚC' under the sapo
    signed_footer.label_unranked_signature(texts, labels, lead_idx)  # '<Name>- Bí thư …' signing (1089)
    page_footer.label_references(texts, labels, lead_idx)  # a bibliography's entries (session 12)
    page_footer.label_repeated_header(texts, labels, lead_idx)
    page_lists.label_recipients(texts, labels)  # a pasted document's 'Nơi nhận:' items
    page_lists.label_series_list(texts, labels)  # a series' parts listed one per line
    page_footer.label_lists_after_text(texts, labels, lead_idx)  # the site's lists under the text
    page_footer.label_footer(texts, labels, lead_idx)  # the signature, then the site's lists after it
    signatures.label_document_signer(texts, labels)  # a pasted document's signer: a person, no furniture
    page_footer.label_closing(texts, labels, lead_idx)  # the closing byline, a signing body, a channel's name
    signatures.label_header_name_beside_signer(texts, labels, lead_idx)  # a section's name is no second writer
    lead_line = lines[lead_idx].text if lead_idx is not None else None
    lead_prose = _split_lead(lines[lead_idx], rules)[-1][2] if lead_idx is not None else None
    for i, line in enumerate(lines):
        if labels[i] is not None or i == lead_idx:
            continue
        text = line.text
        if lead_prose is not None and i > lead_idx and text in (lead_prose, lead_line):
            labels[i] = ("residue", "repeated_lead")  # the sapo printed again under the headline
        elif is_unpunctuated(text) and len(text) <= MAX_CAPTION_CHARS:
            labels[i] = ("caption", "unpunctuated_line")
        else:
            labels[i] = ("body", "prose_line")

    last_body = max((i for i, label in enumerate(labels) if label and label[0] in ("body", "caption")), default=None)
    pieces: list[tuple[str, str, str, int]] = []
    for i, line in enumerate(lines):
        if i == lead_idx:
            pieces.extend((kind, rule, text, line.number) for kind, rule, text in _split_lead(line, rules))
            continue
        kind, rule = labels[i]
        if kind == "title":
            pieces.extend((k, r, t, line.number) for k, r, t in split_title(texts[i], rule, rules))
            continue
        if kind == "publication_stamp" and (parts := split_writer(line.text, rule, rules)):
            pieces.extend((k, r, t, line.number) for k, r, t in parts)  # '<Name> dd/mm/yyyy HH:MM'
            continue
        if kind == "body" and (note := _TRAILING_SOURCE.search(line.text)):
            pieces.append(("body", rule, line.text[: note.start()].strip(), line.number))
            pieces.append(("residue", "source_note", note.group(0).strip(), line.number))
            continue
        if kind in ("body", "caption") and i == last_body and (name := _TRAILING_CAPS_NAME.search(line.text)) \
                and name.group(1).isupper():
            pieces.append(("body", "prose_line", line.text[: name.start()].strip(), line.number))
            pieces.append(("byline", "closing_name", name.group(1), line.number))
            continue
        if kind == "caption":
            match = attribution.credit_suffix.match(line.text)
            if match:
                pieces.append(("caption", rule, match.group("caption").rstrip(" -"), line.number))
                pieces.append(("photo_credit", "credit_suffix", match.group("credit"), line.number))
                continue
        pieces.append((kind, rule, line.text, line.number))
    return signatures.poster_beside_signer(tuple(  # a stamp's posting account beside the signer is no writer
        Block(block_idx=idx, kind=kind, rule=rule, text=text, line=number)
        for idx, (kind, rule, text, number) in enumerate(pieces)))
