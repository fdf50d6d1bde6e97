"""Leftmost match of a large alternation, found faster: a cheap search for the places a match could start, then
the full pattern tried only there (the facts stage's largest cost was one search of every event type's pattern
per sentence, haucan/knowledge/event_reports.py).

``prefilter(pattern)`` reads the pattern's syntax tree (the stdlib's own parser) and collects, for every
alternative, the strings of up to ``width`` characters any match of it must begin with; the prefilter is those
strings as one case-insensitive alternation. A match of the pattern at p consumes one of them from p, so the
prefilter matches at p too: every place where the pattern matches is a candidate, and ``leftmost`` returns
exactly what ``pattern.search`` returns (a match tried at p with ``pattern.match(text, p, end)`` is the very
attempt ``search`` makes at p: lookbehinds and ``^`` still see the whole string). When the tree holds anything
the reader does not know (a wildcard, a class such as ``\\w``, a negated set, a backreference) before
``width`` characters, or an alternative may match the empty string, there is no prefilter (None) and the
plain search is used.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as C  # noqa: N812 -- the opcodes the parser's tree is made of
from re import _parser

_LIMIT = 400  # more prefix strings than this: the prefilter would cost about what it saves
_ZERO_WIDTH = frozenset({C.AT, C.ASSERT, C.ASSERT_NOT})


def _item(op, av, width: int) -> set[tuple[str, bool]] | None:
    """What one node may consume first: (string, complete) pairs, complete when the node consumes exactly the
    string; None when unknown."""
    if op is C.LITERAL:
        return {(chr(av), True)}
    if op is C.IN:
        chars = set()
        for kind, value in av:
            if kind is C.LITERAL:
                chars.add(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < 64:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:  # NEGATE, CATEGORY, a wide range
                return None
        return {(c, True) for c in chars}
    if op is C.SUBPATTERN:
        return _sequence(av[3], width)
    if op is C.BRANCH:
        found = set()
        for alternative in av[1]:
            strings = _sequence(alternative, width)
            if strings is None:
                return None
            found |= strings
        return found
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, body = av
        strings = _sequence(body, width)
        if strings is None:
            return None
        # Only the first repetition is read: what follows it is not known, so nothing is complete.
        found = {(s, False) for s, _ in strings}
        return found | {("", True)} if low == 0 else found
    if op in _ZERO_WIDTH:
        return {("", True)}
    return None


def _sequence(items, width: int) -> set[tuple[str, bool]] | None:
    """The (string, complete) pairs a sequence of nodes may begin with, strings cut at ``width``."""
    found = {("", True)}
    for op, av in items:
        grown = set()
        for prefix, complete in found:
            if not complete or len(prefix) >= width:
                grown.add((prefix, complete))
                continue
            strings = _item(op, av, width - len(prefix))
            if strings is None:
                grown.add((prefix, False))
                continue
            grown.update((prefix + s[:width - len(prefix)], c and len(prefix + s) <= width) for s, c in strings)
        found = grown
        if len(found) > _LIMIT:
            return None
    return found


def prefilter(pattern: re.Pattern[str], width: int = 3) -> re.Pattern[str] | None:
    """A pattern matching at every place ``pattern`` can match (and more), or None when none can be derived."""
    if pattern.flags & (re.VERBOSE | re.MULTILINE | re.DOTALL | re.LOCALE | re.ASCII):
        return None  # only the flags the reader was written for
    strings = _sequence(_parser.parse(pattern.pattern, pattern.flags), width)
    if strings is None or any(not s for s, _ in strings):
        return None
    alternatives = sorted({s for s, _ in strings}, key=lambda s: (-len(s), s))
    return re.compile("(?i:" + "|".join(re.escape(s) for s in alternatives) + ")")


def leftmost(pattern: re.Pattern[str], starts: re.Pattern[str] | None, text: str, start: int, end: int):
    """``pattern.search(text, start, end)``, trying ``pattern`` only where ``starts`` (its prefilter) matches."""
    if starts is None:
        return pattern.search(text, start, end)
    find, attempt = starts.search, pattern.match
    while (candidate := find(text, start, end)) is not None:
        match = attempt(text, candidate.start(), end)
        if match is not None:
            return match
        start = candidate.start() + 1
    return None


@cache
def _starts(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    return prefilter(pattern)


def search(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None):
    """``pattern.search(text, start, end)`` through the pattern's prefilter (derived once per pattern)."""
    return leftmost(pattern, _starts(pattern), text, start, len(text) if end is None else end)


def finditer(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """``list(pattern.finditer(text, start, end))`` through the pattern's prefilter. With a prefilter no match
    is empty (every alternative consumes its prefix), so the next match is searched from where the last ended,
    as ``finditer`` does."""
    end = len(text) if end is None else end
    starts = _starts(pattern)
    if starts is None:
        return list(pattern.finditer(text, start, end))
    found = []
    while (match := leftmost(pattern, starts, text, start, end)) is not None:
        found.append(match)
        start = match.end()
    return found
