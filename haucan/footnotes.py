"""Footnotes a page prints under its text without a rule line above them: the notes an analysis article or a
journal closes with ('(1) Nghị quyết số … của Quân ủy Trung ương.'), each opening with the marker the text put
after a word ('… và những năm tiếp theo(1), …'). They read as sentences, so without this the page's last sentence
would be the last note and an officer's signature above the notes would never be found (set 15's 482). Used by
page_footer.py, which looks for the signature above them."""

from __future__ import annotations

import re

# A note's own marker in brackets or parentheses (a bare '1.' opens numbered list items, which are the text's).
_NOTE = re.compile(r"^(?:\((?P<paren>\d{1,2})\)|\[(?P<bracket>\d{1,2})\])\s*\S")


def trailing_notes_start(texts: list[str], labels: list, lead: int) -> int | None:
    """Index of the first of the open lines closing the page that are all notes whose markers the text above
    (after the lead, the lead included) prints, or None. Labelled lines between the notes (a site's footer) are
    passed over; one open line of another shape ends the search, so the notes must be the page's last open lines."""
    notes = []
    for k in range(len(labels) - 1, lead, -1):
        if labels[k] is not None:
            continue
        match = _NOTE.match(texts[k])
        if match is None:
            break
        notes.append((k, match["paren"] and f"({match['paren']})" or f"[{match['bracket']}]"))
    if not notes:
        return None
    first = min(k for k, _ in notes)
    above = "\n".join(texts[lead:first])
    # The marker glued to the word it annotates, or after a space: never at a line's start (that is another note).
    if all(re.search(rf"[^\s\n]\s?{re.escape(marker)}", above) for _, marker in notes):
        return first
    return None
