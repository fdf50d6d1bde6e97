"""Which registry outlet a name, alias, URL or bare domain designates (issue 14): the lookup shared by the outlet
decision (haucan/outlets.py) and the page-name reader (haucan/outlet_text.py)."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from haucan.outlet_patterns import host_outlet
from haucan.rules import Outlet, Rules, per_object

AGGREGATOR = "aggregator"
# Separators after which an attribution's name carries something else ("Theo Báo X - Hoàng Yến", "Theo X, Y").
_NAME_TAIL = re.compile(r"\s*(?:[-–—,;/|(]|\s-\s).*$")
_URLISH = re.compile(r"^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/:?#]\S*)?$", re.IGNORECASE)
_NEWSPAPER_WORD = re.compile(r"^(?:báo điện tử|báo|tạp chí|trang)\s+", re.IGNORECASE)


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


_DASH_SPACING = re.compile(r"\s*[-–—]\s*")


def _key(name: str) -> str:
    # "Đài PT - TH" and "Đài PT-TH", "Báo và Phát thanh – Truyền hình" and "… - …" are one name.
    text = _DASH_SPACING.sub("-", unicodedata.normalize("NFC", name))
    return " ".join(text.casefold().split()).strip(" .:;,'\"“”")


def outlet_named(name: str, rules: Rules, exact: bool = False) -> Outlet | None:
    """The one registry outlet ``name`` designates: by name or alias (case and spacing ignored; "Báo X" for X and
    X for "Báo X"), or as a URL or domain under a registry domain or fitting a provincial host pattern. None when
    no outlet, or several, fit.

    ``exact`` (a masthead or a line at the top of the page): the whole line must be a name or alias, without
    "Báo" added and without a tail cut off. A menu item is a common word ("Tin tức", "Văn hóa - Xã hội") that
    only the loose reading turns into a paper ("Báo Tin Tức", "Báo Văn hóa")."""
    text = name.strip()
    if exact:
        key = _key(text)
        # The whole name first: "Báo Công an Thành phố Hồ Chí Minh" is the paper, not the city's police.
        for candidate in (key, _NEWSPAPER_WORD.sub("", key)):
            hits = {o.name: o for o in _outlets_by_key(rules).get(candidate, ())}
            if hits:
                return next(iter(hits.values())) if len(hits) == 1 else None
        return None
    if _URLISH.match(text):
        host = url_host(text)
        found = rules.outlet_for_host(host) if host else None
        if found:
            return found[0]
        # A provincial outlet's domain the registry does not list ("Theo baobinhphuoc.com.vn") is read by its pattern.
        patterned = host_outlet(host, rules.outlets) if host else None
        if patterned is not None:
            return patterned
    wanted = {_key(text), _key(_NAME_TAIL.sub("", text))} - {""}
    wanted |= {_NEWSPAPER_WORD.sub("", w) for w in wanted} | {"báo " + w for w in wanted}
    by_key = _outlets_by_key(rules)
    hits = {o.name: o for key in wanted for o in by_key.get(key, ())}
    return next(iter(hits.values())) if len(hits) == 1 else None


@per_object
def _outlets_by_key(rules: Rules) -> dict[str, tuple[Outlet, ...]]:
    """Each name or alias, as ``_key`` compares it, to the outlets it names (in registry order)."""
    index: dict[str, list[Outlet]] = {}
    for outlet in rules.outlets:
        for key in dict.fromkeys(_key(n) for n in (outlet.name, *outlet.aliases)):
            index.setdefault(key, []).append(outlet)
    return {key: tuple(found) for key, found in index.items()}


# A portal's name as the registry may shorten it ("Cổng TTĐT huyện Đô Lương (Nghệ An)"): the abbreviation written
# out and the province in brackets after it set aside.
_PORTAL_SHORT = re.compile(r"^cổng\s+(?:ttđt|tt đt|thông tin điện tử)\s+", re.IGNORECASE)
_BRACKETED_TAIL = re.compile(r"\s*\(([^()]+)\)\s*$")


def _body_key(name: str) -> tuple[str, str | None]:
    bracket = _BRACKETED_TAIL.search(name)
    core = name[:bracket.start()] if bracket else name
    return _key(_PORTAL_SHORT.sub("cổng thông tin điện tử ", core)), (_key(bracket.group(1)) if bracket else None)


def same_body_outlet(name: str, rules: Rules, province: str | None) -> Outlet | None:
    """The registry portal that is the body whose portal name a host GENERATED ("Cổng thông tin điện tử huyện Đô
    Lương" for ``doluong.nghean.gov.vn``): the registry's name for the same body, written short or with its province
    in brackets ("Cổng TTĐT huyện Đô Lương (Nghệ An)", listed under an older domain; set 11's 767), when exactly one
    entry is it and its bracket, if any, names ``province``."""
    key, _ = _body_key(name)
    hits = {o.name: o for o in rules.outlets if o.kind == "portal"
            for k, place in [_body_key(o.name)] if k == key and (place is None or province is None
                                                                 or place == _key(province))}
    return next(iter(hits.values())) if len(hits) == 1 else None
