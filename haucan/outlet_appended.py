"""The site's own name as it appends it to its lines (set 17's 1057, head22): a news site prints its name after a
dash at the end of its headlines and captions, as its <title> tags do ('… tàu tuần tra thứ ba - Sputnik Việt Nam',
'… cho thuyền trưởng tàu. - Sputnik Việt Nam'). A name so appended to two lines or more, whose first word the host
spells ('sputnik' in vn.sputniknews.com), is the name the site prints for itself (step 3 of the session-14 outlet
rule). A photographer's name after captions ('… - Thanh Hà') is no site's: the host never spells it. Also the
copy's tell that outranks the copy's own name line: a source label in a foreign language ('Источник: …', 'Канал:
…', 'Source: …'): a foreign site carrying a Vietnamese text is its mirror, never its newsroom (1093, 1095). And an
agency's masthead in capitals closing the page whose words spell its host's label inside the name ('CỤC VĂN THƯ VÀ
LƯU TRỮ NHÀ NƯỚC' on luutru.gov.vn, 1091): haucan/host_spelling.py takes a label only at a name's end."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from haucan.header_shapes import is_masthead
from haucan.host_spelling import MIN_SLUG_OVERLAP, slug
from haucan.name_case import sentence_case
from haucan.outlet_text import PageName
from haucan.records import Block
from haucan.rules import bare_host

# The name after the last dash or bar of a line: capitalised words, no sentence mark.
_APPENDED = re.compile(r"\s[-–—|]\s+(?P<name>[^\W\d_][^.!?:;|\-–—]{2,40})$")
MAX_NAME_WORDS = 5
MIN_LINES = 2
MIN_SPELLED_CHARS = 4


def appended_name(blocks: Sequence[Block], host: str | None) -> PageName | None:
    """The site's name appended to MIN_LINES lines or more of the page, when the host's first label (or a label)
    opens with its first word's letters; None otherwise."""
    if not host:
        return None
    labels = [label for label in bare_host(host).lower().split(".") if len(label) >= MIN_SPELLED_CHARS]
    counts: Counter[str] = Counter()
    for block in blocks:
        for line in block.text.split("\n"):
            match = _APPENDED.search(line.strip())
            if match is None:
                continue
            name = match.group("name").strip()
            words = name.split()
            if len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in words):
                counts[name] += 1
    for name, count in counts.most_common():
        first = slug(name.split()[0])
        if count >= MIN_LINES and len(first) >= MIN_SPELLED_CHARS and any(
                slug(label).startswith(first) for label in labels):
            return PageName(None, name, "masthead")
    return None


# A source or channel label in another language than Vietnamese, with its colon, opening a line.
_FOREIGN_SOURCE = re.compile(r"^(?:Источник|Канал|Source|Fuente|Quelle|Channel)\s*:\s*\S", re.IGNORECASE)


def foreign_source_label(blocks: Sequence[Block]) -> bool:
    """True when a line of the page opens with a source or channel label in a foreign language."""
    return any(_FOREIGN_SOURCE.match(line.strip()) for block in blocks for line in block.text.split("\n"))


FOOT_LINES = 3
_NOT_A_NAME = re.compile(r"\d|\s[-–—:]\s|[:;,.!?]")


def foot_masthead(blocks: Sequence[Block], host: str | None) -> PageName | None:
    """The body's name in capitals among the page's last furniture lines, opening with an organisation's head word,
    whose letters hold a label of the host (at least MIN_SLUG_OVERLAP letters); None otherwise."""
    from haucan.outlet_credits import body_domain_kind

    if not host:
        return None
    labels = [slug(label) for label in bare_host(host).lower().split(".")[:-1] if len(slug(label)) >= MIN_SLUG_OVERLAP]
    tail = [b.text.strip() for b in blocks[-FOOT_LINES:] if b.kind == "residue"]
    for text in reversed(tail):
        # A related headline in capitals ('UBND XÃ X GIẢI NGẠCH – KẾT NẠP … NĂM 2025') has a dash or a figure.
        if text.isupper() and is_masthead(text) and not _NOT_A_NAME.search(text) and any(
                label in slug(text) for label in labels):
            # The kind its domain gives ('.gov.vn' a portal): 'Cục …' alone would read as an army department.
            return PageName(None, sentence_case(text), "footer", body_domain_kind(host))
    return None
