"""Article metadata read from what the text states: title, authors, credits, dates; the outlet from the URL first
(haucan/outlets.py), then the text.

Nothing is guessed: a field the text does not state is null, with a NullReason saying so. A stated date that
cannot be right (after the build day in Vietnam + 1, or before the army existed) is null too, with its reason:
it is the page's error, not the article's, so the article is published without it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from haucan.build_day import date_rules, implausible_date_reason
from haucan.outlet_names import outlet_named
from haucan.outlets import decide_outlet
from haucan.page_parts import attribution_rules, byline_rule, is_person, split_names
from haucan.records import Block, Metadata, NullReason
from haucan.rules import Rules, bare_host
from haucan.signatures import (
    bylines_inside,
    is_collective_credit,
    poster_as_author,
    signed_names,
    writers_before_stamp,
)
from haucan.stamps import place_dated_header, stamp_date


def _published(blocks: Sequence[Block], rules: Rules, domain: str | None
               ) -> tuple[dt.date | None, str | None, str | None, int | None]:
    """(date, source, reason-if-null, year) of publication. A labelled stamp ('Ngày đăng:') wins over an
    unlabelled one, which wins over the scraper's date prefix; a crawl-time clock never counts. Of several
    unlabelled stamps above the lead the earliest is the publication: the others are the last update or the
    site's clock of the visit ('Thứ Ba, 13/05/2025 10:40 (GMT +7)' over a 2021 article, la34.com.vn), never
    earlier. ``year`` is the publication year even when only a month is stated (for the event's year)."""
    dates = date_rules()
    prefixes = {p.name: p for p in rules.prefixes}
    stamps = {s.name: s for s in rules.stamps}
    bare = bare_host(domain or "")
    found: dict[str, tuple[dt.date | None, str]] = {}
    month_year: int | None = None
    reasons: list[str] = []
    above_lead = True
    for block in blocks:
        above_lead = above_lead and block.kind != "lead"
        if block.kind != "publication_stamp":
            continue
        if block.rule in prefixes:
            raw = prefixes[block.rule].pattern.match(block.text + " ").group("date")
            try:
                parsed = dt.datetime.strptime(raw, prefixes[block.rule].date_format).date()
            except ValueError:
                reasons.append(f"the date prefix {block.text!r} is not a real date")
                continue
            if "%d" in prefixes[block.rule].date_format:
                found.setdefault("date_prefix", (parsed, block.text))
            else:
                month_year = parsed.year
                reasons.append(f"the date prefix {block.text!r} gives only the month")
            continue
        meaning = stamps[block.rule].meaning if block.rule in stamps else "published"
        if meaning == "crawl_clock" or (bare in dates.crawl_clock_domains and meaning != "posted"):
            reasons.append(f"{block.text!r} is the time of the scrape, not of the article")
            continue
        if meaning == "month":
            month_year = int(re.search(r"\d{4}", block.text).group(0))
            reasons.append(f"the stamp {block.text!r} gives only the month")
            continue
        parsed = stamp_date(block, rules, month_first=bare in dates.month_first_domains)
        if parsed is None:
            reasons.append(f"the publication stamp {block.text!r} is not a real date")
            continue
        source = "posted_label" if meaning == "posted" else "publication_stamp"
        if above_lead and source in found and parsed < found[source][0]:
            found[source] = (parsed, block.text)
        found.setdefault(source, (parsed, block.text))
    if not found and (dated := place_dated_header(blocks)) is not None:
        found["publication_stamp"] = (dated, "")  # a print view's '<Place>, ngày …' line under the headline
    for source in ("posted_label", "publication_stamp", "date_prefix"):
        if source in found:
            return found[source][0], source, None, found[source][0].year
    return None, None, (reasons[0] if reasons else "the text carries no publication date"), month_year


def _event_date(lead: str, published: dt.date | None, year_hint: int | None = None
                ) -> tuple[dt.date | None, str | None, str]:
    """(date, source, reason-if-null) from the event's day in the lead's first sentence ('Sáng 6/7, ...',
    'Từ ngày 11-13/11/2021', 'Trong 2 ngày 12 và 13/6', '…, ngày 13-6, …'): the earliest match of the rules."""
    rules = date_rules()
    window = lead[: rules.event_date_window]
    sentence_end = re.search(r"[.!?](?:\s|$)", window)
    window = window[: sentence_end.end()] if sentence_end else window
    matches = [m for _, p in rules.event_dates if (m := p.search(window))]
    if not matches:
        return None, None, "the lead does not open with the event's day"
    match = min(matches, key=lambda m: m.start("day"))
    day, month = int(match.group("day")), int(match.group("month"))
    if match.group("year"):
        year, source = int(match.group("year")), "lead_date"
    elif published is not None or year_hint is not None:
        year, source = (published.year if published else year_hint), "lead_day_month+published_year"
        # An event reported in early January may have happened in the previous December.
        if published is not None and (month, day) > (published.month, published.day):
            year -= 1
    else:
        years = sorted({int(m.group("year")) for m in rules.year_in_lead.finditer(lead)})
        if len(years) != 1:
            return None, None, "the lead gives the event's day and month but no single year"
        year, source = years[0], "lead_day_month+lead_year"
    try:
        return dt.date(year, month, day), source, ""
    except ValueError:
        return None, None, f"the lead's date {match.group(0).strip()!r} is not a real date"


# Names, then their desk and its address in brackets; a bare 'Email: …' line under the headline names nobody.
_DESK_CREDIT = re.compile(r"^(?P<names>[^()@:•]+?)\s*\([^()@]*@[^()]*\)")


def extract_metadata(blocks: Sequence[Block], rules: Rules, url: str | None = None,
                     page_published: dt.date | None = None) -> Metadata:
    """Read the outlet (from ``url`` first, see haucan/outlets.py), title, attribution and dates off an article's
    blocks; ``page_published`` (a saved page's markup date) is the publication date when the text states none."""
    attribution = attribution_rules()
    reasons: list[NullReason] = []
    outlet = decide_outlet(blocks, rules, url)
    if outlet.outlet is None:
        reasons.append(NullReason("outlet", outlet.reason or "no outlet is named"))

    titles = [b.text for b in blocks if b.kind == "title"]
    if not titles:
        reasons.append(NullReason("title", "the scraped text has no headline line"))

    authors: list[str] = []
    bodies: list[str] = []  # closing credits of a department; an author only when no writer is named (below)
    credits: list[str] = []
    for block in blocks:
        if block.kind == "residue" and block.rule == "source_theo" and byline_rule(block.text, "any", attribution):
            block = dataclasses.replace(block, kind="byline", rule="theo_writer")  # 'Theo <Name>/<Paper>'
        if block.kind == "byline" and block.rule == "unit_credit":
            bodies.append(block.text)  # a department signing: its whole name ('Văn phòng HĐND và UBND huyện')
        elif block.kind == "byline":
            pattern = attribution.byline_pattern(block.rule)
            match = pattern.match(block.text) if pattern is not None else None
            names = split_names(match.group("names") if match else block.text)
            if block.rule == "theo_writer":  # 'Theo VOV (Hà Nội)' credits a paper, not a writer
                names = tuple(n for n in names if outlet_named(n, rules, exact=True) is None)
            people = [name for name in names if is_person(name, attribution)]
            # A body signing alone (the newsroom, the sending office) is the author as printed.
            authors.extend(people or [n for n in names if is_collective_credit(n, attribution)])
            label = (match.groupdict().get("label") or "") if match else ""
            if "ảnh" in label.lower():
                credits.extend(names)
            if match and match.groupdict().get("photo"):
                credits.extend(split_names(match.group("photo")))
        elif block.kind == "caption" and block.rule == "officer_signature":
            # The officer signing a journal article, still a caption; but the officer the headline names is its
            # subject (an interviewee's portrait captioned 'Thiếu tướng X' under 'Thiếu tướng X, …: …', set 12's 876).
            authors.extend(n for n in signed_names(block.text) if n.casefold() not in " ".join(titles).casefold())
        elif block.kind == "residue" and block.rule == "header_credit" and (desk := _DESK_CREDIT.match(block.text)):
            # Writers with their desk's address over the stamp ('A, B (Thời sự - x@vtv.vn)-', dev 689): the names.
            authors.extend(n for n in split_names(desk.group("names")) if is_person(n, attribution))
        elif block.kind in ("residue", "publication_stamp") and (
                inside := bylines_inside(block.text) or writers_before_stamp(block.text)):
            authors.extend(inside)  # 'Đăng ngày: … | Tác giả: <Name> | Lượt xem: …', '<NAME> - <NAME> <stamp>'
        elif block.kind == "photo_credit":
            match = attribution.credit_line.match(block.text)
            credits.extend(split_names((match.group("names") or "") if match else block.text))
    if not authors:
        authors = bodies  # a body signs alone (session 9); beside a named writer it is a tag or his unit (tail16)
    if not authors:
        authors = poster_as_author(blocks)
    if not authors:
        reasons.append(NullReason("authors", "the text has no byline"))
    if not credits:
        reasons.append(NullReason("photo_credits", "the text credits no photographer"))

    published, published_source, published_reason, year_hint = _published(blocks, rules, outlet.domain)
    if published is None and page_published is not None and implausible_date_reason(page_published, "") is None:
        published, published_source, published_reason = page_published, "html_meta", None
    if published is not None and (implausible := implausible_date_reason(published, "the stated publication date")):
        published, published_source, published_reason = None, None, implausible
    if published_reason:
        reasons.append(NullReason("published_date", published_reason))
    lead = next((b.text for b in blocks if b.kind == "lead"), "")
    # An implausible publication date is not used to give the event a year either.
    event, event_source, event_reason = _event_date(lead, published, year_hint)
    first_body = next((b.text for b in blocks if b.kind == "body"), "")
    if event is None and event_source is None and "does not open" in event_reason and first_body:
        # A sapo without a date (plo.vn, tapchi.vdi) leaves the event's day to the next paragraph.
        event, event_source, event_reason = _event_date(first_body, published, year_hint)
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
