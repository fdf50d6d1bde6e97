"""Article metadata read from what the text states: title, authors, credits, dates; the outlet from the URL first
(haucan/outlets.py), then the text.

Nothing is guessed: a field the text does not state is null, with a NullReason saying so. A stated date that
cannot be right (after the build day in Vietnam + 1, or before the army existed) is null too, with its reason:
it is the page's error, not the article's, so the article is published without it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from haucan.blocks import attribution_rules, split_names
from haucan.errors import ConfigError
from haucan.outlets import decide_outlet
from haucan.records import Block, Metadata, NullReason
from haucan.rules import Rules


@dataclass(frozen=True, slots=True)
class DateRules:
    """Patterns for dates stated in the lead, and the plausibility floor."""

    lead_event_date: re.Pattern[str]
    year_in_lead: re.Pattern[str]
    earliest: dt.date


@cache
def date_rules() -> DateRules:
    """Load ``rules/dates.yml`` once."""
    doc = yaml.safe_load((Path(__file__).parent / "rules" / "dates.yml").read_text(encoding="utf-8"))
    return DateRules(
        lead_event_date=re.compile(doc["lead_event_date"]["pattern"]),
        year_in_lead=re.compile(doc["year_in_lead"]["pattern"]),
        earliest=doc["earliest_plausible_date"],
    )


VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
# Pages are stamped in Vietnam's time, and a page can be stamped with the next day before midnight there (an
# outlet's clock, a late edition): one day of grace after the build day.
GRACE = dt.timedelta(days=1)
AFTER_BUILD_DAY = "is after the build day"
"""Words of the null reason of a date nulled for being too late: that verdict depends on the build day."""


def build_day() -> dt.date:
    """The day of the build in Vietnam (Asia/Ho_Chi_Minh): that of SOURCE_DATE_EPOCH (seconds since 1970, UTC)
    when it is set, for reproducible builds and tests; else that of the clock.

    Raises ConfigError when SOURCE_DATE_EPOCH is set but is not a whole number of seconds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None or not epoch.strip():
        return dt.datetime.now(VIETNAM).date()
    try:
        return dt.datetime.fromtimestamp(int(epoch), VIETNAM).date()
    except (ValueError, OverflowError, OSError) as error:
        raise ConfigError(f"SOURCE_DATE_EPOCH={epoch!r} is not a usable number of seconds since 1970 ({error})") \
            from error


@contextlib.contextmanager
def fixed_build_day() -> Iterator[dt.date]:
    """Hold the build day for a whole build: when SOURCE_DATE_EPOCH is unset it is set to now for the duration
    (worker processes inherit it), so a build running past midnight in Vietnam judges every date against one
    day, and the whole-build key (haucan/uptodate.py) names the same day the articles were judged by."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").strip():
        yield build_day()
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(int(time.time()))
    try:
        yield build_day()
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


def plausible_dates() -> tuple[dt.date, dt.date]:
    """(earliest, latest) date a page can state: ``earliest_plausible_date`` of rules/dates.yml (the army's
    founding) and the build day in Vietnam + GRACE. The schema's ``plausible_date`` checks use the same range."""
    return date_rules().earliest, build_day() + GRACE


def implausible_date_reason(date: dt.date, what: str) -> str | None:
    """Why ``date`` cannot be the one the page means (``what`` names where it was read), or None when plausible."""
    earliest, latest = plausible_dates()
    if date > latest:
        return f"{what} {date.isoformat()} {AFTER_BUILD_DAY} in Vietnam + 1 ({latest.isoformat()})"
    if date < earliest:
        return f"{what} {date.isoformat()} is before {earliest.isoformat()}, the founding of the army"
    return None


def depends_on_build_day(reasons: Sequence[NullReason]) -> bool:
    """True when a date was nulled for being after the build day: a later build may publish it."""
    return any(AFTER_BUILD_DAY in reason.reason for reason in reasons)


def parse_stamp_date(text: str) -> dt.date | None:
    """Parse a day-first 'DD-MM-YYYY' or 'DD/MM/YYYY' (time ignored); None if not a real date."""
    match = re.search(r"(\d{1,2})[-/](\d{1,2})[-/](\d{4})", text)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _published(blocks: Sequence[Block], rules: Rules) -> tuple[dt.date | None, str | None, str | None]:
    """(date, source, reason-if-null) from the first publication stamp block."""
    prefixes = {p.name: p for p in rules.prefixes}
    for block in blocks:
        if block.kind != "publication_stamp":
            continue
        if block.rule in prefixes:
            raw = prefixes[block.rule].pattern.match(block.text + " ").group("date")
            try:
                return dt.datetime.strptime(raw, prefixes[block.rule].date_format).date(), "date_prefix", None
            except ValueError:
                return None, None, f"the date prefix {block.text!r} is not a real date"
        parsed = parse_stamp_date(block.text)
        if parsed is None:
            return None, None, f"the publication stamp {block.text!r} is not a real date"
        return parsed, "publication_stamp", None
    return None, None, "the text carries no publication date"


def _event_date(lead: str, published: dt.date | None) -> tuple[dt.date | None, str | None, str]:
    """(date, source, reason-if-null) from a lead that opens with the event's day ('Sáng 6/7, ...')."""
    rules = date_rules()
    match = rules.lead_event_date.match(lead)
    if not match:
        return None, None, "the lead does not open with the event's day"
    day, month = int(match.group("day")), int(match.group("month"))
    if match.group("year"):
        year, source = int(match.group("year")), "lead_date"
    elif published is not None:
        year, source = published.year, "lead_day_month+published_year"
        # An event reported in early January may have happened in the previous December.
        if (month, day) > (published.month, published.day):
            year -= 1
    else:
        years = sorted({int(m.group("year")) for m in rules.year_in_lead.finditer(lead)})
        if len(years) != 1:
            return None, None, "the lead gives the event's day and month but no single year"
        year, source = years[0], "lead_day_month+lead_year"
    try:
        return dt.date(year, month, day), source, ""
    except ValueError:
        return None, None, f"the lead's date {match.group(0)!r} is not a real date"


def extract_metadata(blocks: Sequence[Block], rules: Rules, url: str | None = None) -> Metadata:
    """Read the outlet (from ``url`` first, see haucan/outlets.py), title, attribution and dates off an article's
    blocks."""
    attribution = attribution_rules()
    reasons: list[NullReason] = []
    outlet = decide_outlet(blocks, rules, url)
    if outlet.outlet is None:
        reasons.append(NullReason("outlet", outlet.reason or "no outlet is named"))

    titles = [b.text for b in blocks if b.kind == "title"]
    if not titles:
        reasons.append(NullReason("title", "the scraped text has no headline line"))

    authors: list[str] = []
    credits: list[str] = []
    for block in blocks:
        if block.kind == "byline":
            pattern = dict(attribution.bylines)[block.rule]
            match = pattern.match(block.text)
            names = split_names(match.group("names"))
            authors.extend(names)
            if "ảnh" in match.group("label").lower():
                credits.extend(names)
        elif block.kind == "photo_credit":
            match = attribution.credit_line.match(block.text)
            credits.extend(split_names(match.group("names")))
    if not authors:
        reasons.append(NullReason("authors", "the text has no byline"))
    if not credits:
        reasons.append(NullReason("photo_credits", "the text credits no photographer"))

    published, published_source, published_reason = _published(blocks, rules)
    if published is not None and (implausible := implausible_date_reason(published, "the stated publication date")):
        published, published_source, published_reason = None, None, implausible
    if published_reason:
        reasons.append(NullReason("published_date", published_reason))
    lead = next((b.text for b in blocks if b.kind == "lead"), "")
    # An implausible publication date is not used to give the event a year either.
    event, event_source, event_reason = _event_date(lead, published)
    if event is not None and (implausible := implausible_date_reason(event, "the lead's event date")):
        event, event_source, event_reason = None, None, implausible
    if event is None:
        reasons.append(NullReason("event_date", event_reason))

    return Metadata(
        outlet=outlet.outlet,
        outlet_domain=outlet.domain,
        outlet_source=outlet.source,
        outlet_kind=outlet.kind,
        title=titles[0] if titles else None,
        captions=tuple(b.text for b in blocks if b.kind == "caption"),
        authors=tuple(dict.fromkeys(authors)),
        photo_credits=tuple(dict.fromkeys(credits)),
        published_date=published,
        published_date_source=published_source,
        event_date=event,
        event_date_source=event_source,
        null_reasons=tuple(sorted(reasons, key=lambda r: r.field)),
    )
