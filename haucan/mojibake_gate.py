"""Whether ftfy's encoding repair could change a text: a cheap test that lets decode skip ``ftfy.fix_text`` on
the ~99% of articles it would return unchanged (ftfy costs ~0.3 ms per article in per-line Python and its
badness regex; this test ~15 µs).

It is not a guess about mojibake but a superset of ftfy's own conditions (ftfy 6.3.1, with decode's
configuration: every fixer but ``fix_encoding`` off, so only ``_fix_encoding_one_step_and_explain`` can change a
line). ftfy repairs each line (``\n``-ended segment, at most ``max_decode_length`` characters) on its own; it
leaves a line alone unless ``is_bad`` says it looks like mojibake, and then changes it by one of three paths:

1. re-encoding the whole line in one of ``chardata.CHARMAP_ENCODINGS`` and decoding it as UTF-8: only possible
   when every character of the line is ASCII or a character of that single-byte encoding (``possible_encoding``),
   and at least one is not ASCII (ASCII lines are returned at once);
2. the Latin-1-but-not-Windows-1252 transcoding: also only for a line Latin-1 can encode;
3. ``decode_inconsistent_utf8``: only when ``UTF8_DETECTOR_RE`` finds a lead-byte glyph followed by
   continuation-byte glyphs.

Candidates for paths 1 and 2 are found by ``_ENCODABLE_LINE`` (a Vietnamese line almost always holds a letter no
single-byte encoding has: ạ, ư, ơ, ế ...), for path 3 by ``_UTF8_LIKE`` (a superset of ``UTF8_DETECTOR_RE``: the
same character classes without its look-behind and with fewer continuation glyphs required; an acronym such as
'SSCĐ ' matches); only a candidate line that ftfy's own ``is_bad`` accepts sends the text to ftfy. Everything is
built from ftfy's tables at import, so a new ftfy's encodings are followed; tests/test_mojibake_gate.py checks
that gated and ungated decoding agree on mojibake of every kind.
"""

from __future__ import annotations

import re

from ftfy import chardata
from ftfy.badness import is_bad

# ftfy cuts a line longer than this into segments; a segment of a long line could be encodable when the whole
# line is not, so such texts are always handed to ftfy (the build rejects articles this long anyway).
MAX_SEGMENT = 1_000_000


def _charmap_characters() -> str:
    """Every non-ASCII character some single-byte encoding ftfy tries can encode (the sloppy ones included)."""
    found: set[str] = set()
    for encoding in chardata.CHARMAP_ENCODINGS:
        found.update(c for c in bytes([*range(0x80, 0x100), 0x1A]).decode(encoding) if ord(c) > 0x7F)
    return "".join(re.escape(c) for c in sorted(found))


_ASCII_NOT_NEWLINE = "\\x00-\\x09\\x0b-\\x7f"
# A line with at least one non-ASCII character and only characters some charmap encoding can encode. Possessive
# quantifiers keep the scan linear: each line is read once, up to its first character no charmap has.
_ENCODABLE_LINE = re.compile(f"(?m)^[{_ASCII_NOT_NEWLINE}]*+[{_charmap_characters()}]"
                             f"[{_ASCII_NOT_NEWLINE}{_charmap_characters()}]*+$")
_CLUES = chardata.UTF8_CLUES
_LEADS = _CLUES["utf8_first_of_2"] + _CLUES["utf8_first_of_3"] + _CLUES["utf8_first_of_4"]
_CONTINUATION = _CLUES["utf8_continuation"]
# Every match of UTF8_DETECTOR_RE starts with a lead glyph and one (2-byte lead) or at least two continuation
# glyphs; this finds all such starts (and more: no look-behind, two continuations for 3- and 4-byte leads).
_UTF8_LIKE = re.compile(f"[{_LEADS}](?:(?<=[{_CLUES['utf8_first_of_2']}])[{_CONTINUATION}]"
                        f"|[{_CONTINUATION}][{_CONTINUATION}])")


def _line_around(text: str, position: int) -> str:
    """The segment ftfy would hand to its encoding repair for the character at ``position`` (its newline kept)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start:] if end < 0 else text[start:end + 1]


def may_need_encoding_repair(text: str) -> bool:
    """False only when ``ftfy.fix_text`` with decode's configuration is certain to return ``text`` unchanged."""
    if len(text) > MAX_SEGMENT:
        return True
    candidates = (*_ENCODABLE_LINE.finditer(text), *_UTF8_LIKE.finditer(text))  # rarely any: a generator buys nothing
    return any(is_bad(_line_around(text, match.start())) for match in candidates)
