"""An unknown host read by its provincial pattern (issue 14): ``baolaichau.vn`` is Báo Lai Châu,
``laichau.gov.vn`` the province's portal, ``congan.sonla.gov.vn`` its police, ``caobangtv.vn`` its radio-TV
station (templates and provinces: rules/provinces.yml, haucan/provinces.py). A host *under* a province's domain
(``sotuphap.laichau.gov.vn``, or the Party's ``ccb.hungyen.dcs.vn``) is a district's, department's or
association's own site: only its province is told (``subsite_province``); the page's own masthead has to name
the outlet.
"""

from __future__ import annotations

from haucan.provinces import Province, host_match, outlet_name, provinces
from haucan.rules import Outlet, bare_host

# The sub-site labels a paper puts its video, photo and long-form pages under (video.baocamau.com.vn): the page
# is the paper's own, as a registry domain's sub-site is (the 'Camau tv' line is that section's label).
_MEDIA_LABELS = frozenset({"video", "videos", "media", "tv", "podcast", "multimedia", "emagazine", "longform", "photo"})


def paper_host(host: str) -> str:
    """``host`` without a media label before a host the provincial pattern reads (``video.baocamau.com.vn`` is read
    as ``baocamau.com.vn``); a state or Party site's sub-host is left to ``subsite_province``."""
    labels = bare_host(host).split(".")
    if len(labels) > 2 and labels[0] in _MEDIA_LABELS and labels[-2:] not in _STATE_DOMAINS and \
            host_match(host) is None and host_match(parent := ".".join(labels[1:])) is not None:
        return parent
    return host


def host_outlet(host: str, outlets: tuple[Outlet, ...]) -> Outlet | None:
    """The provincial outlet an unknown host stands for by its pattern, looked up among ``outlets`` by name or
    alias (the generated entries are in the registry); None when no template fits."""
    hit = host_match(paper_host(host))
    name = outlet_name(*hit) if hit else None
    if name is None:
        return None
    key = name.casefold()
    return next((o for o in outlets if key in {n.casefold() for n in (o.name, *o.aliases)}), None)


def own_pattern(host: str, found: tuple[Outlet, str], outlets: tuple[Outlet, ...]) -> bool:
    """Whether ``host``, under the registry domain ``found`` names, is a site whose own host pattern names another
    body (a province's police under the province's portal): that body publishes it, not the parent."""
    if bare_host(host) == bare_host(found[1]):
        return False
    patterned = host_outlet(host, outlets)
    return patterned is not None and patterned.name != found[0].name


# The second-level domains of the state (gov.vn) and of the Party (dcs.vn) a province's sites sit under.
_STATE_DOMAINS = (["gov", "vn"], ["dcs", "vn"])


def subsite_province(host: str) -> Province | None:
    """The province whose government or Party domain ``host`` sits under (``sotuphap.laichau.gov.vn``,
    ``ccb.hungyen.dcs.vn``), else None."""
    labels = bare_host(host).split(".")
    if len(labels) < 4 or labels[-2:] not in _STATE_DOMAINS:
        return None
    slug = labels[-3]
    return next((p for p in provinces() if slug in p.slugs), None)
