"""Time-stamp lines: which stamp rule a line matches (a writer printed before the stamp must look like a name,
and is then split off as the byline, as is a writer labelled inside the stamp line), and the date of a stamp
block, day first unless the outlet or the numbers say month first, its month possibly written as a word."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import yaml

from haucan.pasted_document import DOCUMENT_NUMBER
from haucan.records import Block
from haucan.rule_gate import first_matching
from haucan.rules import Rules


def parse_stamp_date(text: str, month_first: bool = False) -> dt.date | None:
    """Parse the first 'D-M-YYYY', 'D/M/YYYY' or 'D.M.YYYY' in ``text`` (time ignored); month first when
    ``month_first`` (an outlet that writes US dates) or when the second number cannot be a month
    ('12/29/2023'); never month first when the first number cannot be a month ('24/10/2025 09:30' on an outlet
    that writes US dates elsewhere, set 17's 1071). None if not a real date."""
    match = re.search(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})", text)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    if (month_first or month > 12) and day <= 12:
        day, month = month, day
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@cache
def _month_names() -> dict[str, int]:
    """Month words and their numbers (``month_names`` in rules/dates.yml), case-folded, single-spaced."""
    doc = yaml.safe_load((Path(__file__).parent / "rules" / "dates.yml").read_text(encoding="utf-8"))
    return {" ".join(word.casefold().split()): month for word, month in doc["month_names"]["months"].items()}


@cache
def _us_clock_stamp() -> re.Pattern[str]:
    """A stamp printed in .NET's en-US shape ('12/8/2025 9:21:07 AM'; ``us_clock_stamp`` in rules/dates.yml)."""
    doc = yaml.safe_load((Path(__file__).parent / "rules" / "dates.yml").read_text(encoding="utf-8"))
    return re.compile(doc["us_clock_stamp"]["pattern"])


@cache
def _place_date() -> re.Pattern[str]:
    """A place and a date in words, as a letter is dated ('Hải Phòng, ngày 14 tháng 10 năm 2024';
    ``place_date_header`` in rules/dates.yml)."""
    doc = yaml.safe_load((Path(__file__).parent / "rules" / "dates.yml").read_text(encoding="utf-8"))
    return re.compile(doc["place_date_header"]["pattern"])


def place_dated_header(blocks: Sequence[Block]) -> dt.date | None:
    """The date of a '<Place>, ngày d tháng m năm yyyy' line that the page reader left as header residue above the
    lead (a print view's date under the headline), unless the page holds a pasted document (a 'Số: …' number
    line anywhere): then such a line is the document's own date, not the page's. None otherwise."""
    if any(DOCUMENT_NUMBER.match(b.text.strip()) for b in blocks):
        return None
    for block in blocks:
        if block.kind == "lead":
            return None
        if block.kind == "residue" and (match := _place_date().match(block.text.strip())):
            try:
                return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
            except ValueError:
                return None
    return None


def writes_month_first(text: str) -> bool:
    """True when ``text`` holds a stamp in the shape a server in the en-US culture prints ('M/d/yyyy h:mm:ss AM':
    no padding zero, seconds, AM/PM): month first whatever the outlet, as vdi.org.vn and hc.qdnd.vn print it. A
    Vietnamese server pads day and month and writes SA/CH."""
    return _us_clock_stamp().search(text) is not None


def stamp_date(block: Block, rules: Rules, month_first: bool) -> dt.date | None:
    """The date of a stamp block read with its own rule's day/month/year groups ('11 Tháng 12 2023'), the month
    possibly a word ('Tháng Chín 13, 2024'); month first when ``month_first`` (the outlet's habit) or when the
    stamp has the en-US shape (``writes_month_first``)."""
    month_first = month_first or writes_month_first(block.text)
    rule = next((s for s in rules.stamps if s.name == block.rule), None)
    match = rule.pattern.match(block.text) if rule is not None else None
    groups = match.groupdict() if match is not None else {}
    if groups.get("month_name"):
        month = _month_names().get(" ".join(groups["month_name"].casefold().split()))
        try:
            return dt.date(int(groups["year"]), month, int(groups["day"])) if month else None
        except ValueError:
            return None
    if not {"day", "month", "year"} <= set(groups):
        return parse_stamp_date(block.text, month_first)
    return parse_stamp_date(f"{match.group('day')}/{match.group('month')}/{match.group('year')}", month_first)


def _is_writer(name: str) -> bool:
    """A writer's name before a stamp: two to four words, each opening with a capital ('Hồ Sỹ Lâm')."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace(".", "").isalpha() for w in words)


def stamp_rule(text: str, rules: Rules):
    """The first publication-stamp rule matching the whole line ``text``, or None. A rule with a ``writer`` group
    (a writer printed before the stamp on one line, baonghean.vn's print view: '<Name> dd/mm/yyyy HH:MM') counts
    only when that group looks like a person's name, so a place or a label before a date is not taken for one."""
    return first_matching(rules.stamps, text, _stamp_matches)  # one combined check first (haucan/rule_gate.py)


def _stamp_matches(rule, text: str) -> bool:
    match = rule.pattern.match(text)
    return match is not None and ("writer" not in match.groupdict() or _is_writer(match.group("writer")))


def split_writer(text: str, rule_name: str, rules: Rules) -> list[tuple[str, str, str]] | None:
    """[(byline, writer), (stamp, rest)] as (kind, rule, text) pieces when stamp rule ``rule_name`` read a writer
    before the stamp on this line; [(stamp, line), (byline, writer)] for a writer labelled inside it ('… |
    Tác giả: Minh Đạt | Lượt xem: 642'); None otherwise (the line is one stamp block)."""
    rule = next((s for s in rules.stamps if s.name == rule_name), None)
    match = rule.pattern.match(text) if rule is not None else None
    if match is None:
        return None
    if match.groupdict().get("author"):
        # The stamp keeps its whole line, so its own rule still reads its date.
        return [("publication_stamp", rule_name, text), ("byline", "byline_under_title", match.group("author").strip())]
    if match.groupdict().get("writer") is None:
        return None
    return [("byline", "byline_under_title", match.group("writer")),
            ("publication_stamp", rule_name, text[match.end("writer"):].strip())]
