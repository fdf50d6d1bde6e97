"""Splits a cleaned article into typed blocks (title, dateline, lead, body, caption, byline, residue ...).

The segmenter works line by line, in four passes, each deciding what the earlier ones left open:
1. residue lines (residue.yml), the caption after photo furniture, repeated lines (caption + its duplicate),
   publication stamps, bylines and photo credits;
2. the title: the first open line, if it is short and has no final punctuation;
3. the lead: the next open line, from which a date prefix and an outlet dateline are split off;
4. every other open line is body, unless it is short and unpunctuated, which marks a caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from haucan.records import Block
from haucan.rules import Rules

# A line longer than this is prose, even right after photo furniture or without final punctuation.
MAX_CAPTION_CHARS = 400
MAX_TITLE_CHARS = 250
# Characters that can end a prose paragraph. A line ending otherwise is a headline or a caption.
FINAL_PUNCTUATION = tuple(".!?…:;\"”)’»'")


@dataclass(frozen=True, slots=True)
class Line:
    """A non-empty cleaned line and its 1-based number in the decoded file."""

    number: int
    text: str


@dataclass(frozen=True, slots=True)
class _Attribution:
    bylines: tuple[tuple[str, re.Pattern[str]], ...]
    credit_line: re.Pattern[str]
    credit_suffix: re.Pattern[str]
    name_separator: re.Pattern[str]


@cache
def attribution_rules() -> _Attribution:
    """Byline and photo-credit patterns from ``rules/attribution.yml``."""
    path = Path(__file__).parent / "rules" / "attribution.yml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    credits = {c["name"]: re.compile(c["pattern"]) for c in doc["photo_credits"]}
    return _Attribution(
        bylines=tuple((b["name"], re.compile(b["pattern"])) for b in doc["bylines"]),
        credit_line=credits["credit_line"],
        credit_suffix=credits["credit_suffix"],
        name_separator=re.compile(doc["name_separator"]),
    )


@cache
def glued_residue() -> re.Pattern[str] | None:
    """Residue that may be glued to other text on its line (``glued_residue`` of rules/residue.yml), as one
    pattern with a capturing group (so that splitting on it keeps it); None when there is none."""
    doc = yaml.safe_load((Path(__file__).parent / "rules" / "residue.yml").read_text(encoding="utf-8"))
    texts = [entry["text"] for entry in doc.get("glued_residue") or ()]
    return re.compile("(" + "|".join(map(re.escape, texts)) + ")") if texts else None


def content_lines(clean_text: str) -> list[Line]:
    """The non-blank lines of ``clean_text``, stripped, numbered from 1 by ``\\n`` only.

    A line holding glued residue is cut around it into several Lines with the same number: the residue alone
    (which its line rule then recognises) and the text before and after it."""
    glued = glued_residue()
    lines = []
    for number, text in enumerate(clean_text.split("\n"), start=1):
        text = text.strip()
        if not text:
            continue
        if glued is None or glued.search(text) is None:
            lines.append(Line(number, text))
            continue
        lines.extend(Line(number, piece.strip()) for piece in glued.split(text) if piece.strip())
    return lines


def is_unpunctuated(text: str) -> bool:
    """True when the line does not end like a prose paragraph."""
    return not text.endswith(FINAL_PUNCTUATION)


def _residue_rule(text: str, rules: Rules):
    return next((r for r in rules.residue if r.pattern.search(text)), None)


def _first_pass(lines: list[Line], rules: Rules) -> list[tuple[str, str] | None]:
    """Label residue, furniture captions, duplicates, stamps, bylines and credit lines; None = still open."""
    attribution = attribution_rules()
    labels: list[tuple[str, str] | None] = [None] * len(lines)
    caption_after: str | None = None
    for i, line in enumerate(lines):
        text = line.text
        residue = _residue_rule(text, rules)
        if caption_after and residue is None and len(text) <= MAX_CAPTION_CHARS:
            labels[i] = ("caption", f"after_{caption_after}")
            caption_after = None
            continue
        caption_after = None
        if residue is not None:
            labels[i] = ("residue", residue.name)
            caption_after = residue.name if residue.next_is_caption else None
            continue
        previous = labels[i - 1] if i else ("residue", "")
        if i and text == lines[i - 1].text and (previous is None or previous[0] == "caption"):
            # The outlet printed the caption twice (once over the photo, once under it).
            labels[i - 1] = ("caption", previous[1] if previous else "repeated_line")
            labels[i] = ("residue", "duplicate_caption")
            continue
        stamp = next((s for s in rules.stamps if s.pattern.match(text)), None)
        if stamp is not None:
            labels[i] = ("publication_stamp", stamp.name)
            continue
        byline = next((name for name, p in attribution.bylines if p.match(text)), None)
        if byline is not None:
            labels[i] = ("byline", byline)
            continue
        if attribution.credit_line.match(text):
            labels[i] = ("photo_credit", "credit_line")
        elif len(text) <= MAX_CAPTION_CHARS and attribution.credit_suffix.match(text):
            labels[i] = ("caption", "caption_with_credit")
    return labels


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
    for outlet in rules.outlets:
        dateline = next((f for f in outlet.fingerprints if f.kind == "dateline" and f.pattern.match(rest)), None)
        if dateline is not None:
            match = dateline.pattern.match(rest)
            pieces.append(("dateline", f"dateline:{outlet.domain}", match.group(0).strip()))
            rest = rest[match.end() :]
            break
    if rest.strip():
        pieces.append(("lead", "first_prose_line", rest.strip()))
    return pieces


def _opens_with_lead_marker(text: str, rules: Rules) -> bool:
    if any(p.pattern.match(text) for p in rules.prefixes):
        return True
    return any(f.kind == "dateline" and f.pattern.match(text) for o in rules.outlets for f in o.fingerprints)


def segment(clean_text: str, rules: Rules) -> tuple[Block, ...]:
    """Split cleaned text into blocks in source order, without text offsets (see ``article.assemble``)."""
    lines = content_lines(clean_text)
    labels = _first_pass(lines, rules)
    open_idx = [i for i, label in enumerate(labels) if label is None]

    if len(open_idx) >= 2:
        first = lines[open_idx[0]].text
        if (
            len(first) <= MAX_TITLE_CHARS
            and is_unpunctuated(first)
            and not _opens_with_lead_marker(first, rules)
        ):
            labels[open_idx[0]] = ("title", "first_unpunctuated_line")
            open_idx = open_idx[1:]

    lead_idx = open_idx[0] if open_idx else None
    for i in open_idx[1:]:
        text = lines[i].text
        if is_unpunctuated(text) and len(text) <= MAX_CAPTION_CHARS:
            labels[i] = ("caption", "unpunctuated_line")
        else:
            labels[i] = ("body", "prose_line")

    attribution = attribution_rules()
    pieces: list[tuple[str, str, str, int]] = []
    for i, line in enumerate(lines):
        if i == lead_idx:
            pieces.extend((kind, rule, text, line.number) for kind, rule, text in _split_lead(line, rules))
            continue
        kind, rule = labels[i]
        if kind == "caption":
            match = attribution.credit_suffix.match(line.text)
            if match:
                pieces.append(("caption", rule, match.group("caption"), line.number))
                pieces.append(("photo_credit", "credit_suffix", match.group("credit"), line.number))
                continue
        pieces.append((kind, rule, line.text, line.number))
    return tuple(
        Block(block_idx=idx, kind=kind, rule=rule, text=text, line=number)
        for idx, (kind, rule, text, number) in enumerate(pieces)
    )


def split_names(names: str) -> tuple[str, ...]:
    """Split a byline's or credit's name list ('A, B và C') into names, as written."""
    parts = attribution_rules().name_separator.split(names.strip())
    return tuple(p.strip(" .") for p in parts if p.strip(" ."))
