"""Leftmost match of a large alternation, found faster: a cheap search for the places a match could start, then
the full pattern tried only there (the facts stage's largest cost was one search of every event type's pattern
per sentence, haucan/knowledge/event_reports.py).

``prefilter(pattern)`` reads the pattern's syntax tree (the stdlib's own parser) and collects, for every
alternative, the strings of up to ``width`` characters any match of it must begin with; the prefilter matches
where one of them does, in any case. A match of the pattern at p consumes one of them from p, so the prefilter
matches at p too: every place where the pattern matches is a candidate, and ``leftmost`` returns exactly what
``pattern.search`` returns (a match tried at p with ``pattern.match(text, p, end)`` is the very attempt
``search`` makes at p: lookbehinds and ``^`` still see the whole string). When the tree holds anything the
reader does not know (a wildcard, a class such as ``\\w``, a negated set, a backreference) before ``width``
characters, or an alternative may match the empty string, there is no prefilter (None) and the plain search is
used.

The prefilter is written case-sensitively, every case variant of every string spelled out (each character
stands for all those a case-insensitive ``re`` literal of it matches: ``_variants``), as a trie: ``(?:h(?:ộ(?:i)
|…)|H(?:…)|…)``. A case-insensitive alternation of the strings, as first written, made ``re`` try each string at
every character (it has no first-character shortcut under IGNORECASE): that search was most of the cost it was
meant to save. Spelled out, every branch opens with a distinct literal, so ``re`` skips every character that
cannot open a string (a first-character set) and then walks one path down the trie: the event types'
candidates over 1,000 articles' sentences 0.46 -> 0.065 CPU-s (benchmarks/RESULTS.md, perf14). More candidates
than a case-insensitive alternation would find cost only time; fewer would change results, and cannot: the
variants are a superset of what ``re`` matches (tests/test_regex_prefilter.py checks them against ``re``
itself over every code point).
"""

from __future__ import annotations

import _sre
import itertools
import re
from functools import cache
from re import _constants as C  # noqa: N812 -- the opcodes the parser's tree is made of
from re import _parser
from re._casefix import _EXTRA_CASES  # lower cases that share an upper case ('s', 'ſ'), as re reads them

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
    return re.compile(_trie({s for s, _ in strings}))


@cache
def _lowercase_of() -> dict[int, tuple[int, ...]]:
    """Code point -> the other code points whose simple lower case it is ('k' -> 'K', 'K' (Kelvin sign)); one
    pass over all of Unicode (~0.1 s, once per process)."""
    found: dict[int, list[int]] = {}
    for code in range(0x110000):
        lower = _sre.unicode_tolower(code)
        if lower != code:
            found.setdefault(lower, []).append(code)
    return {lower: tuple(codes) for lower, codes in found.items()}


@cache
def _variants(char: str) -> tuple[str, ...]:
    """Every character the case-insensitive ``re`` literal ``char`` matches, itself first. ``re`` compares lower
    cases (``_sre.unicode_tolower``), and also accepts the lower cases ``_EXTRA_CASES`` lists as equal ('s' and
    'ſ'); a character without case matches only itself."""
    code = ord(char)
    if not _sre.unicode_iscased(code):
        return (char,)
    lowers = (_sre.unicode_tolower(code), *_EXTRA_CASES.get(_sre.unicode_tolower(code), ()))
    found = {chr(c) for lower in lowers for c in (lower, *_lowercase_of().get(lower, ()))}
    return (char, *sorted(found - {char}))


def _trie(strings: set[str]) -> str:
    """A case-sensitive regex matching where any case variant of one of ``strings`` begins: each variant spelled
    out, as a trie (module docstring)."""
    root: dict = {}
    for string in strings:
        for spelling in itertools.product(*map(_variants, string)):
            node = root
            for char in spelling:
                node = node.setdefault(char, {})
            node[""] = {}  # a whole string ends here: a match needs nothing after it

    def written(node: dict) -> str:
        if "" in node:
            return ""
        branches = [re.escape(char) + written(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return written(root)


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
