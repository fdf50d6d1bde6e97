"""A journal's running foot kept on a copy (issue 14; rule 1 of the one outlet rule in tests/realworld/README.md: the
original's own line kept on the copy).

A document-sharing site's OCR of a printed journal page keeps the page's running foot or head: the journal's name,
its issue and the page number ("Tạp chí Lịch sử Quân sự, số 4/2020 - 65", "65 - TẠP CHÍ X SỐ 4 - 2020"). A print
page's foot names the journal that printed the article, so the copy is the journal's (set 19's 1190); the copy
site's own name or host never outranks it. Only a registry outlet that is no aggregator is taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from haucan.name_case import sentence_case
from haucan.outlet_names import AGGREGATOR, outlet_named
from haucan.records import Block
from haucan.rules import Outlet, Rules

_ISSUE = r"(?:số|SỐ)\s+\d{1,3}(?:\s*[/-]\s*\d{4}|\s*\(\d{1,4}\))?(?:\s*[-–]\s*\d{4})?"
_PAGE = r"\d{1,4}"
# The name, its issue, then the page after a dash; or the page first (a left-hand page).
_FOOT = re.compile(rf"^(?:(?P<name>[^\d,|]{{6,80}}?),?\s+{_ISSUE}\s*[-–]\s*{_PAGE}"
                   rf"|{_PAGE}\s*[-–]\s*(?P<name2>[^\d,|]{{6,80}}?),?\s+{_ISSUE})$")
_ARTICLE = ("title", "lead")


def running_foot_outlet(blocks: Sequence[Block], rules: Rules) -> Outlet | None:
    """The registry journal a print page's running foot or head names, kept on the copy; None otherwise."""
    for block in blocks:
        if block.kind in _ARTICLE:
            continue
        for line in block.text.split("\n"):
            match = _FOOT.match(" ".join(line.split()))
            if match is None:
                continue
            name = (match.group("name") or match.group("name2")).strip()
            found = outlet_named(sentence_case(name) if name.isupper() else name, rules, exact=True)
            if found is not None and found.kind != AGGREGATOR:
                return found
    return None
