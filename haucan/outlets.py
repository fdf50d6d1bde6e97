"""Which outlet published an article (issue 14): the one ordered outlet rule of tests/realworld/README.md (session
14), the first step that gives a name winning. Where each step lives:

1. A copy crediting its original (``decide_outlet``'s aggregator branch and ``_credited``): an attribution or
   source line, a source address (outlet_credits.py), the original's lead prefix or alias (``url+dateline``), its
   name under the title or its masthead kept (outlet_site.py), its footer kept (a residue fingerprint, 1046).
   A body's own site is no copy: it stays the outlet though it credits a paper (dev 437).
2. A registry host, its ``www.``/``m.`` form or a media sub-host (``url``); a sub-site whose masthead names another
   body is that body (``_unit_site``, ``url+masthead``); a host pattern (outlet_patterns.py: ``baolaichau.vn``,
   ``laichau.gov.vn``) yields to the body's own masthead (outlet_masthead.py).
3. An unregistered site's own printed name: a head or footer line its host spells, a brand word or initials
   (outlet_site.py ``host_named_line``, outlet_own.py), a banner, a body's first line, a territory's portal
   (outlet_subsite.py), a registry name the host spells; without a host the text alone (``_text_outlet``:
   lead prefix, masthead, the page's name line, attribution, domain footer, residue); last a lead tag spelling
   the host or its label (outlet_credits.py ``own_name``). Section words ("Tin mới") are never a name.
4. The host (``own_name``): kind aggregator for a copy, a body's kind on its own domain (``.gov.vn``, ``.edu.vn``).
   A ``.gov.vn`` print view naming no body is null (outlet_print.py); a blog platform's host names nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from haucan.outlet_credits import (
    alias_dateline,
    body_domain_kind,
    credit_outlet,
    of_named_province,
    own_name,
    own_prefix,
    shared_prefix_alias,
)
from haucan.outlet_masthead import own_masthead, own_territory_masthead
from haucan.outlet_names import AGGREGATOR, same_body_outlet, url_host
from haucan.outlet_names import outlet_named as outlet_named  # tests and older callers import it from here
from haucan.outlet_patterns import host_outlet, own_pattern, paper_host, subsite_province
from haucan.outlet_print import unnamed_print_view
from haucan.outlet_site import (
    banner_name,
    host_named_line,
    lead_source,
    page_cased,
    source_under_title,
    spelled_outlet,
    territory_portal,
)
from haucan.outlet_subsite import body_name_line, path_subsite, territory_site_line
from haucan.outlet_text import PageName, copy_banner, on_platform, page_outlet
from haucan.provinces import department_site, host_match
from haucan.records import Block
from haucan.rules import Outlet, Rules, bare_host, per_object


@dataclass(frozen=True, slots=True)
class OutletDecision:
    """The outlet of one article, how it was decided, and (when the outlet is null) why."""

    outlet: str | None
    domain: str | None
    kind: str | None
    source: str | None
    reason: str | None = None

    def outlet_domain_unknown(self) -> bool:
        """True for an outlet read off the page whose domain the registry does not give: the URL's host is it."""
        return self.outlet is not None and self.domain is None


def _decided(outlet: Outlet, domain: str | None, source: str) -> OutletDecision:
    # An outlet known only by name (no verified domain) has no domain to report.
    return OutletDecision(outlet.name, domain or None, outlet.kind, source)


def _named(found: PageName, domain: str | None, source: str, blocks: Sequence[Block] = ()) -> OutletDecision:
    """The decision for a name read off the page: the registry outlet it names, else the name as printed (in the
    case the page's text writes it, when a masthead printed it in capitals) with the kind its head words give
    (outlets_more.yml ``name_kinds``)."""
    if found.outlet is not None:
        return _decided(found.outlet, domain or found.outlet.domain, source)
    return OutletDecision(page_cased(found.name, blocks), domain, found.kind, source)


def dateline_outlets(blocks: Sequence[Block], rules: Rules) -> tuple[Outlet, ...]:
    """Every outlet whose lead prefix is the article's dateline block (several when they share it)."""
    text = next((b.text for b in blocks if b.kind == "dateline"), None)
    if text is None:
        return ()
    return tuple(o for o in rules.outlets
                 if any(f.kind == "dateline" and f.pattern.fullmatch(text) for f in o.fingerprints))


PORTAL = "portal"
MASTHEAD_LINES = 4  # a masthead is printed above or glued to the title: only the first blocks are searched


def masthead_outlets(blocks: Sequence[Block], rules: Rules) -> tuple[Outlet, ...]:
    """Outlets whose masthead opens one of the article's first blocks."""
    first = [b.text for b in blocks[:MASTHEAD_LINES]]
    return tuple(o for o, patterns in _fingerprints_of_kind(rules, "masthead")
                 if any(p.match(text) for p in patterns for text in first))


def _footer(blocks: Sequence[Block]) -> str | None:
    return next((b.text for b in blocks if b.rule == "outlet_domain_footer"), None)


def _residue_outlets(blocks: Sequence[Block], rules: Rules) -> tuple[Outlet, ...]:
    seen = {b.rule for b in blocks if b.kind == "residue"}
    return tuple(o for o, residue_rules in _fingerprints_of_kind(rules, "residue") if not seen.isdisjoint(residue_rules))


def _fingerprints_of_kind(rules: Rules, kind: str) -> tuple[tuple[Outlet, tuple], ...]:
    """The outlets with fingerprints of ``kind`` and their patterns or residue rules (most outlets have none)."""
    return _fingerprint_index(rules)[kind]


@per_object
def _fingerprint_index(rules: Rules) -> dict[str, tuple[tuple[Outlet, tuple], ...]]:
    index: dict[str, list[tuple[Outlet, tuple]]] = {"masthead": [], "residue": []}
    for outlet in rules.outlets:
        mastheads = tuple(f.pattern for f in outlet.fingerprints if f.kind == "masthead")
        residues = tuple(f.rule for f in outlet.fingerprints if f.kind == "residue")
        if mastheads:
            index["masthead"].append((outlet, mastheads))
        if residues:
            index["residue"].append((outlet, residues))
    return {kind: tuple(entries) for kind, entries in index.items()}


def _text_outlet(blocks: Sequence[Block], rules: Rules) -> tuple[OutletDecision | None, str]:
    """(decision, why-not) from the text alone: dateline, attribution, domain footer, residue fingerprint."""
    footer = _footer(blocks)
    footer_hit = rules.outlet_for_host(footer) if footer else None
    others = {o.name for o in _residue_outlets(blocks, rules)}
    attributed = credit_outlet(blocks, rules)
    if footer_hit:
        others.add(footer_hit[0].name)
    if attributed:
        others.add(attributed.name)
    datelines = dateline_outlets(blocks, rules)
    if len(datelines) > 1:
        datelines = tuple(o for o in datelines if o.name in others) or of_named_province(datelines, blocks) or datelines
    if len(datelines) == 1:
        return _decided(datelines[0], datelines[0].domain, "dateline"), ""
    mastheads = masthead_outlets(blocks, rules)
    if len(mastheads) == 1:
        return _decided(mastheads[0], mastheads[0].domain, "masthead"), ""
    printed = page_outlet(blocks, rules)
    if printed is not None and (attributed is None or printed.outlet is not None and printed.outlet.kind != AGGREGATOR):
        # Without a host to confirm it, a name the registry lacks, or an aggregator's, yields to the registry outlet
        # the page credits (a blog's banner "TRANG VĂN HỌC NGHỆ THUẬT" over "Theo Hữu Khiêm (QĐND)").
        return _named(printed, None, printed.source, blocks), ""
    aliased = alias_dateline(blocks, rules) or lead_source(blocks, rules)
    if aliased is not None:
        return _decided(aliased, aliased.domain, "dateline"), ""
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


def _unit_site(blocks: Sequence[Block], rules: Rules, host: str, outlet: Outlet, domain: str) -> OutletDecision | None:
    """A unit's or a magazine's own site under a registry domain (``hvctcand.bocongan.gov.vn`` under the
    ministry's portal, a paper's magazine on ``x.cand.com.vn``): the outlet its masthead names when that is
    another outlet than the parent. Under a state portal's domain any publisher's name counts; under a paper's
    only a registry outlet does, since a paper's sub-sites are otherwise its sections. None for the parent's own
    pages."""
    if bare_host(host) == bare_host(domain):
        return None
    printed = page_outlet(blocks, rules)
    if printed is None or printed.source != "masthead":
        return None
    if printed.outlet is not None and (printed.outlet.name == outlet.name or printed.outlet.domain == domain
                                       or printed.outlet.kind == AGGREGATOR):
        return None
    if printed.outlet is None and not domain.endswith(".gov.vn"):
        return None
    return _named(printed, bare_host(host), "url+masthead", blocks)


def _credited(blocks: Sequence[Block], rules: Rules) -> tuple[Outlet, str] | None:
    """(outlet, source) of the registry outlet (not an aggregator) the page says its text comes from: an
    attribution line, else the original's lead prefix, name or domain at the head of the lead."""
    prefixed = dateline_outlets(blocks, rules)
    found = [(credit_outlet(blocks, rules), "attribution"), (prefixed[0] if len(prefixed) == 1 else None, "dateline"),
             (alias_dateline(blocks, rules), "dateline"), (lead_source(blocks, rules), "dateline"),
             (shared_prefix_alias(blocks, rules), "dateline")]
    return next(((o, source) for o, source in found if o is not None and o.kind != AGGREGATOR), None)


def decide_outlet(blocks: Sequence[Block], rules: Rules, url: str | None) -> OutletDecision:
    """The article's outlet: URL first (an aggregator's page keeps the original outlet its text names), then the
    text alone. A null outlet carries its reason; an unknown URL host is kept as the domain."""
    host = url_host(url)
    if (subsite := path_subsite(blocks, url)) is not None:  # a commune's site in its district portal's folder (883)
        return _named(subsite, bare_host(host), "url+masthead", blocks)
    if (why := unnamed_print_view(host, url)) and page_outlet(blocks, rules) is None:
        return OutletDecision(None, bare_host(host), None, "url", why)  # set 14's 497 (haucan/outlet_print.py)
    found = rules.outlet_for_host(host) if host else None
    if found is not None and own_pattern(host, found, rules.outlets):
        found = None  # a body's own site under its province's registered portal (congan.binhdinh.gov.vn, set 13)
    if found is not None:
        outlet, domain = found
        sub_site = outlet.kind == PORTAL and bare_host(host) != bare_host(domain)
        credited = _credited(blocks, rules) if sub_site else None
        if credited is not None and not (credited[1] == "dateline" and own_prefix(blocks, host)):
            # A sub-site of a body's portal (duthi.congdoan.vn, a contest's entries) is no news desk: a page it
            # reposts with a paper's credit (the original's address, "NAME (báo X)") is the paper's. The portal's
            # own pages stay its own though they credit a paper ("(Nguồn: theo Báo Bình Định)", dev 437).
            return _decided(credited[0], credited[0].domain, credited[1])
        if outlet.kind != AGGREGATOR:
            return _unit_site(blocks, rules, host, outlet, domain) or _decided(outlet, domain, "url")
        if (attributed := credit_outlet(blocks, rules)) is not None:
            return _decided(attributed, attributed.domain, "url+attribution")
        if len(kept := [o for o in _residue_outlets(blocks, rules) if o.kind != AGGREGATOR]) == 1:
            return _decided(kept[0], kept[0].domain, "residue_fingerprint")  # its footer kept (1046, session 14)
        originals = [o for o in dateline_outlets(blocks, rules) if o.kind != AGGREGATOR]
        if len(originals) == 1:
            return _decided(originals[0], originals[0].domain, "url+dateline")
        kept = lead_source(blocks, rules) or source_under_title(blocks, rules)
        if kept is not None and kept.kind != AGGREGATOR:
            # The original's name kept at the head of the lead ("Điện Biên TV – Sáng 11/4, …").
            return _decided(kept, kept.domain, "url+dateline")
        printed = page_outlet(blocks, rules)
        if printed is not None and printed.outlet is not None and printed.outlet.kind != AGGREGATOR:
            # A mirror that keeps the original's masthead or site name ("… – Báo Lạng Sơn") carries its article.
            return _decided(printed.outlet, printed.outlet.domain, "url+masthead")
        return _decided(outlet, domain, "url")
    if host is not None:
        patterned = host_outlet(host, rules.outlets)
        footer = _footer(blocks)
        reprinted = rules.outlet_for_host(footer) if footer else None
        # A provincial portal reprinting its paper's article ends it with the paper's bare domain (seed 002 on
        # thainguyen.gov.vn, 'baothainguyen.vn'): the paper is the outlet, as when the host was unknown.
        if patterned is not None and (reprinted is None or reprinted[0].name == patterned.name):
            # The body's own name printed over the headline outranks the name its host pattern generates.
            own = own_masthead(blocks, patterned.kind, host_match(paper_host(host))[1], rules)
            if own is not None and own.outlet is None:
                return _named(own, bare_host(host), "url+masthead", blocks)
            return _decided(patterned, bare_host(host), "host_pattern")
        territory = territory_portal(blocks, host)
        if territory is not None and (line := territory_site_line(blocks, territory)) is not None:
            # Its site-name line names it up to the dash ("Trang tin điện tử xã Thuận Lợi - Tỉnh Đồng Nai", set 13).
            return _named(line, bare_host(host), "url+masthead", blocks)
        printed = (page_outlet(blocks, rules) if subsite_province(host) else host_named_line(blocks, host, rules)
                   ) or banner_name(blocks, host) or body_name_line(blocks, host, rules)
        credited = _credited(blocks, rules)
        if credited is not None and (printed is None and on_platform(host) or copy_banner(printed)):
            # A copy site the registry does not know that credits a registry outlet ("Theo Báo Hải Phòng", "Nguồn:
            # baohatinh.vn", "(Baohatinh.vn) - ", a blog's "Theo X (QĐND)") carries that outlet's article: the
            # credit outranks the copy's own banner ("Hải Phòng 24h - Tin tức …"). A body's own site (its name
            # opens with a publisher's word: "Cổng thông tin điện tử …", "Sở …") or a registry outlet that
            # reprints another's is itself the outlet, as a registry portal is (dev 437).
            return _decided(credited[0], credited[0].domain, credited[1])
        if printed is not None:
            return _named(printed, bare_host(host), "url+masthead", blocks)
        department = department_site(host)
        if department is not None:
            # A department's or Party board's site names its body by its host label (btg.dongthap.gov.vn), unless
            # its page prints the body's own name ("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY …" after the 2025 merger).
            own = own_masthead(blocks, department[1], department[2], rules)
            if own is not None:
                return _named(own, bare_host(host), "url+masthead", blocks)
            return OutletDecision(department[0], bare_host(host), department[1], "host_pattern")
        if territory is not None:
            province = subsite_province(host)
            if own := own_territory_masthead(blocks, territory, province, rules):
                return _named(own, bare_host(host), "url+masthead", blocks)
            # The registry's own name for the body the host generates a name for (set 11's 767).
            listed = same_body_outlet(territory.name, rules, province.name if province else None)
            return _decided(listed, bare_host(host), "host_pattern") if listed else _named(
                territory, bare_host(host), "host_pattern")
        if (spelled := spelled_outlet(host, rules)) is not None:  # a registry name the host spells (siquanphonghoa)
            return _decided(spelled, bare_host(host), "host_pattern")
    decision, why_not = _text_outlet(blocks, rules)
    if decision is not None and decision.outlet is not None:
        if host is not None and decision.outlet_domain_unknown():
            return OutletDecision(decision.outlet, bare_host(host), decision.kind, decision.source)
        return decision
    if host is not None and not on_platform(host) and (own := own_name(blocks, host)):
        # A copy naming no source is its own outlet, by its printed name or its host (set 10's convention).
        return OutletDecision(own, bare_host(host), body_domain_kind(host) or AGGREGATOR, "url")
    if host is not None:
        return OutletDecision(None, bare_host(host), None, "url",
                              f"the URL's host {host!r} is not in the outlet registry, and {why_not or decision.reason}")
    return decision or OutletDecision(None, None, None, None, why_not)
