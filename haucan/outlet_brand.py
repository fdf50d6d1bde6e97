"""A brand line's name before its dash (issue 14; rule 3 of the one outlet rule in tests/realworld/README.md).

A site may print its brand with its long form after a dash ("Vietnammoi - Tạp chí điện tử Việt Nam Mới"): the host
spells the brand, so the brand is the site's name and the rest its description.
"""

from __future__ import annotations

import re

from haucan.host_spelling import slug, spelled_part
from haucan.outlet_names import outlet_named
from haucan.outlet_text import PageName, name_kind
from haucan.rules import Rules
from schema.articles import OUTLET_BRAND_SHAPE, OUTLET_NAME_SHAPE

_DASH = re.compile(r"\s+[-–—|]\s+")


def brand_cut(line: str, sites: list[str], rules: Rules) -> PageName | None:
    """The brand before the dash of a brand line the host spells on both sides (``vietnammoi`` in "Vietnammoi -
    Tạp chí điện tử Việt Nam Mới"): the brand is the host's label printed, the rest its long form. The registry
    outlet when the brand is one's name; else the brand when the dataset's contract takes it as printed (a single
    word needs two capitals, schema/articles.py); None when the line has no dash, its first part is not the label
    itself, or nothing after the dash is spelled by it."""
    first, *rest = (part.strip() for part in _DASH.split(line))
    labels = [site for site in sites if slug(first) == site]
    if not rest or not labels or not any(spelled_part(site, part) for site in labels for part in rest):
        return None
    if (known := outlet_named(first, rules, exact=True)) is not None:
        return PageName(known, known.name, "masthead")
    if not (OUTLET_NAME_SHAPE.match(first) or OUTLET_BRAND_SHAPE.match(first)):
        return None
    return PageName(None, first, "masthead", name_kind(rest[0]) or "portal")
