"""Which outlet published an article (issue 14): the one ordered outlet rule of tests/realworld/README.md (session
14), the first step that gives a name winning. Where each step lives:

1. A copy crediting its original (``decide_outlet``'s aggregator branch and ``_credited``): an attribution or
   source line, a source address (outlet_credits.py), the original's lead prefix or alias (``url+dateline``), its
   name under the title or its masthead kept (outlet_site.py), its footer kept (a residue fingerprint, 1046), a
   print page's running foot kept by a document site's OCR (outlet_running_foot.py, set 19's 1190).
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
from dataclasses import replace

from haucan.outlet_appended import appended_name, foot_masthead, foreign_source_label
from haucan.outlet_credits import body_domain_kind, credit_outlet, own_name, own_prefix
from haucan.outlet_evidence import (
    MASTHEAD_LINES as MASTHEAD_LINES,  # tests import these from here
)
from haucan.outlet_evidence import (
    PORTAL,
    OutletDecision,
    credited,
    decided,
    footer_domain,
    named,
    residue_outlets,
    text_outlet,
    unit_site,
)
from haucan.outlet_evidence import dateline_outlets as dateline_outlets
from haucan.outlet_evidence import masthead_outlets as masthead_outlets
from haucan.outlet_evidence import residue_outlets as _residue_outlets  # noqa: F401  (tests import the old name)
from haucan.outlet_folder import folder_masthead
from haucan.outlet_footer_body import foot_portal_line, media_owner, own_foot_name
from haucan.outlet_masthead import own_masthead, own_territory_masthead
from haucan.outlet_names import AGGREGATOR, same_body_outlet, url_host
from haucan.outlet_names import outlet_named as outlet_named  # tests and older callers import it from here
from haucan.outlet_patterns import host_outlet, own_pattern, paper_host, subsite_province
from haucan.outlet_print import unnamed_print_view
from haucan.outlet_running_foot import running_foot_outlet
from haucan.outlet_site import (
    banner_name,
    host_named_line,
    lead_source,
    source_under_title,
    spelled_outlet,
    territory_portal,
)
from haucan.outlet_subsite import body_name_line, path_subsite, territory_site_line
from haucan.outlet_territory import foot_portal_name, printed_territory
from haucan.outlet_text import copy_banner, name_kind, on_platform, page_outlet
from haucan.provinces import department_site, host_match
from haucan.records import Block
from haucan.rules import Outlet, Rules, bare_host


def decide_outlet(blocks: Sequence[Block], rules: Rules, url: str | None) -> OutletDecision:
    """The article's outlet by the one ordered rule: two page shapes that fix it outright, then on a registry host
    step 1 (a copy's credited original) and step 2 (the host), on another host steps 1 and 3 (a credited copy, the
    site's printed name or the name its host pattern gives), then the text alone, then a tag or the host (steps 3
    and 4). A null outlet carries its reason; an unknown URL host is kept as the domain."""
    decision = _walk(blocks, rules, url)
    if decision.outlet is None or decision.kind is not None:
        return decision
    # A name read off the page whose head words give no kind is still a site's: the contract pairs every outlet
    # with a kind (outlet_kind_iff_outlet), so an unknown organisation's own site is a portal.
    return replace(decision, kind=name_kind(decision.outlet) or PORTAL)


def _walk(blocks: Sequence[Block], rules: Rules, url: str | None) -> OutletDecision:
    host = url_host(url)
    if (shaped := _page_shape(blocks, rules, host, url)) is not None:
        return shaped
    if (found := _registry_entry(host, rules)) is not None:
        return _registry_copy(blocks, rules, host, *found) or _registry_host(blocks, rules, host, *found)
    if host is not None and (site := _unregistered_site(blocks, rules, host)) is not None:
        return site
    return _text_then_host(blocks, rules, host)


def _page_shape(blocks: Sequence[Block], rules: Rules, host: str | None, url: str | None) -> OutletDecision | None:
    """A commune's site in its district portal's folder (883: its masthead; a ward's or a city committee's masthead
    its folder spells, set 18's 1135 and 1136: haucan/outlet_folder.py), a ``.gov.vn`` print view naming no
    body (null, set 14's 497: haucan/outlet_print.py); else None."""
    if (subsite := path_subsite(blocks, url) or folder_masthead(blocks, url)) is not None:
        return named(subsite, bare_host(host), "url+masthead", blocks)
    if (why := unnamed_print_view(host, url)) and page_outlet(blocks, rules) is None:
        return OutletDecision(None, bare_host(host), None, "url", why)
    return None


def _registry_entry(host: str | None, rules: Rules) -> tuple[Outlet, str] | None:
    """The registry outlet and domain of ``host``; None for a body's own site under its province's registered
    portal (congan.binhdinh.gov.vn, set 13: its pattern names it) or a host the registry lacks."""
    found = rules.outlet_for_host(host) if host else None
    return None if found is None or own_pattern(host, found, rules.outlets) else found


def _registry_copy(blocks: Sequence[Block], rules: Rules, host: str, outlet: Outlet, domain: str
                   ) -> OutletDecision | None:
    """Step 1 on a registry host: the original a copy credits. A portal's sub-site (duthi.congdoan.vn, a contest's
    entries) is no news desk: a page it reposts with a paper's credit is the paper's, while the portal's own pages
    stay its own though they credit a paper (dev 437). An aggregator's copy keeps the original its text names: an
    attribution or source line, its footer kept (1046), its lead prefix, its name at the head of the lead ("Điện
    Biên TV – Sáng 11/4, …") or under the title, its masthead or site name ("… – Báo Lạng Sơn")."""
    if outlet.kind == PORTAL and bare_host(host) != bare_host(domain):
        credit = credited(blocks, rules)
        if credit is not None and not (credit[1] == "dateline" and own_prefix(blocks, host)):
            return decided(credit[0], credit[0].domain, credit[1])
    if outlet.kind != AGGREGATOR:
        return None
    if (attributed := credit_outlet(blocks, rules)) is not None:
        return decided(attributed, attributed.domain, "url+attribution")
    if len(kept := [o for o in residue_outlets(blocks, rules) if o.kind != AGGREGATOR]) == 1:
        return decided(kept[0], kept[0].domain, "residue_fingerprint")
    originals = [o for o in dateline_outlets(blocks, rules) if o.kind != AGGREGATOR]
    if len(originals) == 1:
        return decided(originals[0], originals[0].domain, "url+dateline")
    lead = lead_source(blocks, rules) or source_under_title(blocks, rules)
    if lead is not None and lead.kind != AGGREGATOR:
        return decided(lead, lead.domain, "url+dateline")
    printed = page_outlet(blocks, rules)
    if printed is not None and printed.outlet is not None and printed.outlet.kind != AGGREGATOR:
        return decided(printed.outlet, printed.outlet.domain, "url+masthead")
    return None


def _registry_host(blocks: Sequence[Block], rules: Rules, host: str, outlet: Outlet, domain: str) -> OutletDecision:
    """Step 2: the registry outlet of the host, or the other body a sub-site's masthead names (session 11)."""
    if outlet.kind != AGGREGATOR and (unit := unit_site(blocks, rules, host, outlet, domain)) is not None:
        return unit
    return decided(outlet, domain, "url")


def _unregistered_site(blocks: Sequence[Block], rules: Rules, host: str) -> OutletDecision | None:
    """Steps 1 and 3 on a host the registry lacks, in order: the name a provincial host pattern gives (yielding to
    the body's own masthead), a territory site's name line, a copy's credited original over a copy's banner, the
    site's printed name, a department's or territory's generated name, a registry name the host spells."""
    if (foot := running_foot_outlet(blocks, rules)) is not None:  # a print page's foot kept: the journal's copy
        return decided(foot, foot.domain, "residue_fingerprint")
    return (_host_pattern(blocks, rules, host) or _territory_line(blocks, host)
            or _printed_or_credited(blocks, rules, host) or _own_foot(blocks, rules, host) or _department(blocks, rules, host)
            or _territory(blocks, rules, host) or _spelled(rules, host))


def _host_pattern(blocks: Sequence[Block], rules: Rules, host: str) -> OutletDecision | None:
    """The outlet a provincial host pattern names (``baolaichau.vn``), unless the page ends with another registry
    paper's bare domain (a portal reprinting its paper's article, seed 002 on thainguyen.gov.vn); the body's own
    name printed over the headline outranks the name the pattern generates."""
    patterned = host_outlet(host, rules.outlets)
    footer = footer_domain(blocks)
    reprinted = rules.outlet_for_host(footer) if footer else None
    if patterned is None or reprinted is not None and reprinted[0].name != patterned.name:
        return None
    own = own_masthead(blocks, patterned.kind, host_match(paper_host(host))[1], rules)
    if own is not None and own.outlet is None:
        return named(own, bare_host(host), "url+masthead", blocks)
    return decided(patterned, bare_host(host), "host_pattern")


def _territory_line(blocks: Sequence[Block], host: str) -> OutletDecision | None:
    """A territory's portal by its site-name line up to the dash ("Trang tin điện tử xã Thuận Lợi - Tỉnh Đồng
    Nai", set 13)."""
    territory = territory_portal(blocks, host)
    line = territory_site_line(blocks, territory) if territory is not None else None
    return named(line, bare_host(host), "url+masthead", blocks) if line is not None else None


def _printed_or_credited(blocks: Sequence[Block], rules: Rules, host: str) -> OutletDecision | None:
    """The site's printed name, unless it is a copy that credits a registry outlet ("Theo Báo Hải Phòng", "(Baohatinh
    .vn) - ", a blog's "Theo X (QĐND)") and prints no name on a blog platform or only a copy's banner ("Hải Phòng 24h
    - Tin tức …"): the credit outranks that banner. A body's own site or a registry outlet reprinting another's is
    itself the outlet, as a registry portal is (dev 437)."""
    printed = ((page_outlet(blocks, rules) or foot_portal_name(blocks, host, rules)) if subsite_province(host)
               else host_named_line(blocks, host, rules)) or banner_name(blocks, host) or body_name_line(
        blocks, host, rules) or appended_name(blocks, host) or foot_masthead(blocks, host)
    credit = credited(blocks, rules)
    if credit is not None and (printed is None and on_platform(host) or copy_banner(printed) or foreign_source_label(blocks)):
        return decided(credit[0], credit[0].domain, credit[1])
    return named(printed, bare_host(host), "url+masthead", blocks) if printed is not None else None


def _own_foot(blocks: Sequence[Block], rules: Rules, host: str) -> OutletDecision | None:
    """A body's own site by the name its foot prints (haucan/outlet_footer_body.py): over a paper's credit (rule 1's
    exception, 1115) and over the name its host's pattern would generate (rule 3 before rule 4, 1137)."""
    own = own_foot_name(blocks, rules) or foot_portal_line(blocks, host)
    if own is None or media_owner(own.name) and credited(blocks, rules) is not None:
        return None  # a media company's copy site crediting its original is a copy (rule 1)
    # The kind its domain gives first ('.gov.vn' a portal): "Cục Tần số …" alone would read as an army department.
    return named(replace(own, kind=body_domain_kind(host) or own.kind), bare_host(host), "footer", blocks)


def _department(blocks: Sequence[Block], rules: Rules, host: str) -> OutletDecision | None:
    """A department's or Party board's site by its host label (btg.dongthap.gov.vn), unless its page prints the
    body's own name ("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY …" after the 2025 merger)."""
    department = department_site(host)
    if department is None:
        return None
    own = own_masthead(blocks, department[1], department[2], rules)
    if own is not None:
        return named(own, bare_host(host), "url+masthead", blocks)
    return OutletDecision(department[0], bare_host(host), department[1], "host_pattern")


def _territory(blocks: Sequence[Block], rules: Rules, host: str) -> OutletDecision | None:
    """A territory's portal its text names: by the body's own masthead, else the registry's name for the body the
    host generates a name for (set 11's 767), else the generated name."""
    territory = territory_portal(blocks, host)
    if territory is None:
        return None
    province = subsite_province(host)
    if own := own_territory_masthead(blocks, territory, province, rules):
        return named(own, bare_host(host), "url+masthead", blocks)
    listed = same_body_outlet(territory.name, rules, province.name if province else None)
    return decided(listed, bare_host(host), "host_pattern") if listed else named(
        printed_territory(territory, blocks), bare_host(host), "host_pattern")


def _spelled(rules: Rules, host: str) -> OutletDecision | None:
    """A registry name the host spells (``siquanphonghoa.edu.vn``)."""
    spelled = spelled_outlet(host, rules)
    return decided(spelled, bare_host(host), "host_pattern") if spelled is not None else None


def _text_then_host(blocks: Sequence[Block], rules: Rules, host: str | None) -> OutletDecision:
    """The text alone (haucan/outlet_evidence.py ``text_outlet``), then a site naming no source goes by its lead tag
    or its host (set 10's convention; step 4), else null with the reason."""
    decision, why_not = text_outlet(blocks, rules)
    if decision is not None and decision.outlet is not None:
        if host is not None and decision.outlet_domain_unknown():
            return OutletDecision(decision.outlet, bare_host(host), decision.kind, decision.source)
        return decision
    if host is not None and not on_platform(host) and (own := own_name(blocks, host)):
        return OutletDecision(own, bare_host(host), body_domain_kind(host) or AGGREGATOR, "url")
    if host is not None:
        return OutletDecision(None, bare_host(host), None, "url",
                              f"the URL's host {host!r} is not in the outlet registry, and {why_not or decision.reason}")
    return decision or OutletDecision(None, None, None, None, why_not)
