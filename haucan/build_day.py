"""The build day and the dates a page can plausibly state, with rules/dates.yml's date rules.

A stated date after the build day in Vietnam + 1, or before the army's founding, cannot be the one the page means:
the metadata reader (haucan/metadata.py) and the event reader (haucan/knowledge/events.py) null it with the reason
``implausible_date_reason`` gives, the schema checks the same range (haucan/validate.py), and a build keeps the
one day it judged by (``fixed_build_day``, haucan/pipeline.py; haucan/uptodate.py keys a rebuild on it).
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

from haucan.errors import ConfigError
from haucan.records import NullReason


@dataclass(frozen=True, slots=True)
class DateRules:
    """Patterns for the event's day in the lead, outlets whose stamps read differently, the plausibility floor."""

    event_dates: tuple[tuple[str, re.Pattern[str]], ...]
    event_date_window: int
    year_in_lead: re.Pattern[str]
    month_first_domains: frozenset[str]
    crawl_clock_domains: frozenset[str]
    earliest: dt.date


@cache
def date_rules() -> DateRules:
    """Load ``rules/dates.yml`` once."""
    doc = yaml.safe_load((Path(__file__).parent / "rules" / "dates.yml").read_text(encoding="utf-8"))
    return DateRules(
        event_dates=tuple((e["name"], re.compile(e["pattern"])) for e in doc["event_dates"]),
        event_date_window=doc["event_date_window"],
        year_in_lead=re.compile(doc["year_in_lead"]["pattern"]),
        month_first_domains=frozenset(doc["month_first_domains"]["domains"]),
        crawl_clock_domains=frozenset(doc["crawl_clock_domains"]["domains"]),
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
