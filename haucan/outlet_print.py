"""A state portal's print view of a page that prints no body's name: no outlet (issue 14, session 13's convention).

A province's portal (``www.haiphong.gov.vn``) serves the articles its wards, districts and departments post through
a print view (``Portal/PrintItem.aspx?ContentID=…``: the headline, a '<Place>, ngày …' line, the text, the unit's
signature; no masthead, no menu). The portal only hosts the page: the article is the posting body's, and the page
names none of its own. By the convention adopted in session 13 (set 14's 497) such a page has outlet null, rather
than the portal's name its host would give. A print view that prints a site's name or masthead is named by it as
before, and a paper's print view (``/print/``, ``trang-in``) is the paper's: only ``.gov.vn`` portals are meant.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# The print-view address shapes of portals' CMSs: a path segment 'PrintItem.aspx', 'print', 'print.aspx',
# 'printview', 'ban-in', 'trang-in', 'in-bai' (a whole segment or its head, so 'tin-bai' is none), or a
# '?print=…' / '&view=print' query.
_PRINT_PATH = re.compile(
    r"(?i)(?:^|/)(?:print(?:item|view|page|preview)?|ban-in|trang-in|in-bai(?:-viet)?)(?:\.(?:aspx?|html?|php))?(?:[/?.-]|$)")
_PRINT_QUERY = re.compile(r"(?i)(?:^|&)(?:print(?:=|&|$)|view=print|layout=print)")


def is_print_view(url: str | None) -> bool:
    """True when ``url`` addresses a print view ('…/Portal/PrintItem.aspx?ContentID=1', '…/print/123', '…?print=1')."""
    if not url:
        return False
    parts = urlsplit(url.strip() if "://" in url else "http://" + url.strip())
    return bool(_PRINT_PATH.search(parts.path) or _PRINT_QUERY.search(parts.query))


def unnamed_print_view(host: str | None, url: str | None) -> str | None:
    """The null reason for a print view ``url`` on a ``.gov.vn`` host, a state body's site (the caller checks that
    the page prints no name), else None."""
    if host and host.endswith(".gov.vn") and is_print_view(url):
        return (f"the page is a print view the state portal {host!r} serves for a body it does not name "
                "(session-13 convention)")
    return None
