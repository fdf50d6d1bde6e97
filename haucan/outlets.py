"""Which outlet published an article: the URL's host first, then what the text says (issue 14).

1. The URL (``sources.csv``): a host equal to or under a registry domain names the outlet (``url``). On an
   aggregator's page the ORIGINAL outlet is kept when the text says so: an attribution line ("Theo …",
   "Nguồn: …", "(Theo …)" at the end) naming a registry outlet (``url+attribution``) or the original's lead
   prefix (``url+dateline``).
2. With no URL, or a host the registry does not know, the text alone: the lead prefix (``dateline``), a masthead
   over or glued to the title (``masthead``), an attribution (``attribution``), a bare domain footer
   (``domain_footer``), residue seen only on one outlet's pages (``residue_fingerprint``). A prefix two outlets
   share ("(BTN) - ") decides only when the rest of the text narrows it to one. When nothing names a known outlet
   the domain is kept, with a reason naming it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from haucan.records import Block
from haucan.rules import Outlet, Rules, bare_host

AGGREGATOR = "aggregator"
# Separators after which an attribution's name carries something else ("Theo Báo X - Hoàng Yến", "Theo X, Y").
_NAME_TAIL = re.compile(r"\s*(?:[-–—,;/|(]|\s-\s).*$")
_URLISH = re.compile(r"^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/:?#]\S*)?$", re.IGNORECASE)
_NEWSPAPER_WORD = re.compile(r"^(?:báo điện tử|báo|tạp chí|trang)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class OutletDecision:
    """The outlet of one article, how it was decided, and (when the outlet is null) why."""

    outlet: str | None
    domain: str | None
    kind: str | None
    source: str | None
    reason: str | None = None


def url_host(url: str | None) -> str | None:
    """The host of ``url`` (lowercase, no port), or None when there is no URL or it has no host."""
    if not url or not url.strip():
        return None
    text = url.strip()
    if "://" not in text:
        text = "http://" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    return host.rstrip(".") if host and "." in host else None


def _decided(outlet: Outlet, domain: str, source: str) -> OutletDecision:
    return OutletDecision(outlet.name, domain, outlet.kind, source)


def _key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split()).strip(" .:;,'\"“”")


def outlet_named(name: str, rules: Rules) -> Outlet | None:
    """The one registry outlet ``name`` designates: by name or alias (case and spacing ignored; "Báo X" for X and
    X for "Báo X"), or as a URL or domain under a registry domain. None when no outlet, or several, fit."""
    text = name.strip()
    if _URLISH.match(text):
        host = url_host(text)
        found = rules.outlet_for_host(host) if host else None
        if found:
            return found[0]
    wanted = {_key(text), _key(_NAME_TAIL.sub("", text))} - {""}
    wanted |= {_NEWSPAPER_WORD.sub("", w) for w in wanted} | {"báo " + w for w in wanted}
    hits = {o.name: o for o in rules.outlets if wanted & {_key(n) for n in (o.name, *o.aliases)}}
    return next(iter(hits.values())) if len(hits) == 1 else None


def attributed_outlet(blocks: Sequence[Block], rules: Rules) -> Outlet | None:
    """The registry outlet (not an aggregator) an attribution line names, read from the last line up."""
    lines = [line for block in blocks for line in block.text.split("\n")]
    for line in reversed(lines):
        for rule in rules.attributions:
            match = rule.pattern.search(line.strip())
            outlet = outlet_named(match.group("name"), rules) if match else None
            if outlet is not None and outlet.kind != AGGREGATOR:
                return outlet
    return None


def dateline_outlets(blocks: Sequence[Block], rules: Rules) -> tuple[Outlet, ...]:
    """Every outlet whose lead prefix is the article's dateline block (several when they share it)."""
    text = next((b.text for b in blocks if b.kind == "dateline"), None)
    if text is None:
        return ()
    return tuple(o for o in rules.outlets
                 if any(f.kind == "dateline" and f.pattern.fullmatch(text) for f in o.fingerprints))


MASTHEAD_LINES = 4
"""A masthead is printed above or glued to the title: only the first few blocks are searched for one."""


def masthead_outlets(blocks: Sequence[Block], rules: Rules) -> tuple[Outlet, ...]:
    """Outlets whose masthead opens one of the article's first blocks."""
    first = [b.text for b in blocks[:MASTHEAD_LINES]]
    return tuple(o for o in rules.outlets if any(
        f.kind == "masthead" and any(f.pattern.match(text) for text in first) for f in o.fingerprints))


def _footer(blocks: Sequence[Block]) -> str | None:
    return next((b.text for b in blocks if b.rule == "outlet_domain_footer"), None)


def _residue_outlets(blocks: Sequence[Block], rules: Rules) -> tuple[Outlet, ...]:
    seen = {b.rule for b in blocks if b.kind == "residue"}
    return tuple(o for o in rules.outlets if any(f.kind == "residue" and f.rule in seen for f in o.fingerprints))


def _text_outlet(blocks: Sequence[Block], rules: Rules) -> tuple[OutletDecision | None, str]:
    """(decision, why-not) from the text alone: dateline, attribution, domain footer, residue fingerprint."""
    footer = _footer(blocks)
    footer_hit = rules.outlet_for_host(footer) if footer else None
    others = {o.name for o in _residue_outlets(blocks, rules)}
    attributed = attributed_outlet(blocks, rules)
    if footer_hit:
        others.add(footer_hit[0].name)
    if attributed:
        others.add(attributed.name)
    datelines = dateline_outlets(blocks, rules)
    if len(datelines) > 1:
        datelines = tuple(o for o in datelines if o.name in others) or datelines
    if len(datelines) == 1:
        return _decided(datelines[0], datelines[0].domain, "dateline"), ""
    mastheads = masthead_outlets(blocks, rules)
    if len(mastheads) == 1:
        return _decided(mastheads[0], mastheads[0].domain, "masthead"), ""
    if attributed:
        return _decided(attributed, attributed.domain, "attribution"), ""
    if footer_hit:
        return _decided(footer_hit[0], footer_hit[1], "domain_footer"), ""
    residue = _residue_outlets(blocks, rules)
    if len(residue) == 1:
        return _decided(residue[0], residue[0].domain, "residue_fingerprint"), ""
    if datelines:
        names = " and ".join(o.name for o in datelines)
        return None, f"the lead prefix is used by {names}, and nothing else in the text tells them apart"
    if footer:
        return OutletDecision(None, footer.lower().removeprefix("www."), None, "domain_footer",
                              f"the footer domain {footer!r} is not a known outlet"), ""
    return None, "no dateline, attribution, domain footer or outlet-specific residue in the text"


def decide_outlet(blocks: Sequence[Block], rules: Rules, url: str | None) -> OutletDecision:
    """The article's outlet: URL first (an aggregator's page keeps the original outlet its text names), then the
    text alone. A null outlet carries its reason; an unknown URL host is kept as the domain."""
    host = url_host(url)
    found = rules.outlet_for_host(host) if host else None
    if found is not None:
        outlet, domain = found
        if outlet.kind != AGGREGATOR:
            return _decided(outlet, domain, "url")
        attributed = attributed_outlet(blocks, rules)
        if attributed is not None:
            return _decided(attributed, attributed.domain, "url+attribution")
        originals = [o for o in dateline_outlets(blocks, rules) if o.kind != AGGREGATOR]
        if len(originals) == 1:
            return _decided(originals[0], originals[0].domain, "url+dateline")
        return _decided(outlet, domain, "url")
    decision, why_not = _text_outlet(blocks, rules)
    if decision is not None and decision.outlet is not None:
        return decision
    if host is not None:
        return OutletDecision(None, bare_host(host), None, "url",
                              f"the URL's host {host!r} is not in the outlet registry, and {why_not or decision.reason}")
    return decision or OutletDecision(None, None, None, None, why_not)
