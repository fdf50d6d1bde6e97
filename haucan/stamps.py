"""Reading the date of a time-stamp block: day first unless the outlet or the numbers say month first."""

from __future__ import annotations

import datetime as dt
import re

from haucan.records import Block
from haucan.rules import Rules


def parse_stamp_date(text: str, month_first: bool = False) -> dt.date | None:
    """Parse the first 'D-M-YYYY', 'D/M/YYYY' or 'D.M.YYYY' in ``text`` (time ignored); month first when
    ``month_first`` (an outlet that writes US dates) or when the second number cannot be a month
    ('12/29/2023'). None if not a real date."""
    match = re.search(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})", text)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    if month_first or (month > 12 and day <= 12):
        day, month = month, day
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def stamp_date(block: Block, rules: Rules, month_first: bool) -> dt.date | None:
    """The date of a stamp block read with its own rule's day/month/year groups ('11 Tháng 12 2023')."""
    rule = next((s for s in rules.stamps if s.name == block.rule), None)
    match = rule.pattern.match(block.text) if rule is not None else None
    if match is None or not {"day", "month", "year"} <= set(match.groupdict()):
        return parse_stamp_date(block.text, month_first)
    return parse_stamp_date(f"{match.group('day')}/{match.group('month')}/{match.group('year')}", month_first)
