"""The evidence haucan/outlets.py weighs, step by step, for an article's outlet (issue 14): the decision record,
the registry outlets whose fingerprints the text carries (a lead prefix, a masthead, a residue line only one
outlet prints), the outlet a page credits, a unit's own site under a registry domain, and the text alone read
without a URL (a dateline, a masthead, the page's own name line, an attribution, a domain footer, a residue
fingerprint, in that order)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from haucan.outlet_credits import alias_dateline, credit_outlet, of_named_province, shared_prefix_alias
from haucan.outlet_names import AGGREGATOR
from haucan.outlet_site import lead_source, page_cased
from haucan.outlet_text import PageName, page_outlet
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


def decided(outlet: Outlet, domain: str | None, source: str) -> OutletDecision:
    # An outlet known only by name (no verified domain) has no domain to report.
    return OutletDecision(outlet.name, domain or None, outlet.kind, source)


def named(found: PageName, domain: str | None, source: str, blocks: Sequence[Block] = ()) -> OutletDecision:
    """The decision for a name read off the page: the registry outlet it names, else the name as printed (in the
    case the page's text writes it, when a masthead printed it in capitals) with the kind its head words give
    (outlets_more.yml ``name_kinds``)."""
    if found.outlet is not None:
        return decided(found.outlet, domain or found.outlet.domain, source)
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


def footer_domain(blocks: Sequence[Block]) -> str | None:
    return next((b.text for b in blocks if b.rule == "outlet_domain_footer"), None)


def residue_outlets(blocks: Sequence[Block], rules: Rules) -> tuple[Outlet, ...]:
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


def text_outlet(blocks: Sequence[Block], rules: Rules) -> tuple[OutletDecision | None, str]:
    """(decision, why-not) from the text alone: dateline, attribution, domain footer, residue fingerprint."""
    footer = footer_domain(blocks)
    footer_hit = rules.outlet_for_host(footer) if footer else None
    others = {o.name for o in residue_outlets(blocks, rules)}
    attributed = credit_outlet(blocks, rules)
    if footer_hit:
        others.add(footer_hit[0].name)
    if attributed:
        others.add(attributed.name)
    datelines = dateline_outlets(blocks, rules)
    if len(datelines) > 1:
        datelines = tuple(o for o in datelines if o.name in others) or of_named_province(datelines, blocks) or datelines
    if len(datelines) == 1:
        return decided(datelines[0], datelines[0].domain, "dateline"), ""
    mastheads = masthead_outlets(blocks, rules)
    if len(mastheads) == 1:
        return decided(mastheads[0], mastheads[0].domain, "masthead"), ""
    printed = page_outlet(blocks, rules)
    if printed is not None and (attributed is None or printed.outlet is not None and printed.outlet.kind != AGGREGATOR):
        # Without a host to confirm it, a name the registry lacks, or an aggregator's, yields to the registry outlet
        # the page credits (a blog's banner "TRANG VĂN HỌC NGHỆ THUẬT" over "Theo Hữu Khiêm (QĐND)").
        return named(printed, None, printed.source, blocks), ""
    aliased = alias_dateline(blocks, rules) or lead_source(blocks, rules)
    if aliased is not None:
        return decided(aliased, aliased.domain, "dateline"), ""
    if attributed:
        return decided(attributed, attributed.domain, "attribution"), ""
    if footer_hit:
        return decided(footer_hit[0], footer_hit[1], "domain_footer"), ""
    residue = residue_outlets(blocks, rules)
    if len(residue) == 1:
        return decided(residue[0], residue[0].domain, "residue_fingerprint"), ""
    if datelines:
        names = " and ".join(o.name for o in datelines)
        return None, f"the lead prefix is used by {names}, and nothing else in the text tells them apart"
    if footer:
        return OutletDecision(None, footer.lower().removeprefix("www."), None, "domain_footer",
                              f"the footer domain {footer!r} is not a known outlet"), ""
    return None, "no dateline, attribution, domain footer or outlet-specific residue in the text"


def unit_site(blocks: Sequence[Block], rules: Rules, host: str, outlet: Outlet, domain: str) -> OutletDecision | None:
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
    if printed.outlet is not None and printed.outlet.kind == PORTAL and outlet.kind != PORTAL:
        return None  # a body's name over a paper's sub-site is the paper's channel about it (1054, head22)
    return named(printed, bare_host(host), "url+masthead", blocks)


def credited(blocks: Sequence[Block], rules: Rules) -> tuple[Outlet, str] | None:
    """(outlet, source) of the registry outlet (not an aggregator) the page says its text comes from: an
    attribution line, else the original's lead prefix, name or domain at the head of the lead."""
    prefixed = dateline_outlets(blocks, rules)
    found = [(credit_outlet(blocks, rules), "attribution"), (prefixed[0] if len(prefixed) == 1 else None, "dateline"),
             (alias_dateline(blocks, rules), "dateline"), (lead_source(blocks, rules), "dateline"),
             (shared_prefix_alias(blocks, rules), "dateline")]
    return next(((o, source) for o, source in found if o is not None and o.kind != AGGREGATOR), None)
