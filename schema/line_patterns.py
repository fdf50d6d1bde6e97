"""Many multiline patterns that can only match at the start of a line, searched as one: ``^(?:p1|p2|...)``.

The ``no_residue`` check searches every text and lead for each of the build's ~45 in-text patterns (residue
lines, date prefixes, forbidden characters), most of them ``(?m)^...``. One search per pattern scans the whole
column once per pattern (~45 scans); joined under one leading ``^``, the engine tests each position's line
start once and tries the alternatives only where a line begins: the same answer to "does any of them occur?",
in one scan.

A pattern is combined only when its syntax tree (the stdlib's own parser) shows that every match begins at a
line start: its first node is ``^`` under MULTILINE, or a group or alternation each of whose branches begins
so (a group that switches MULTILINE off does not count). Then the combined pattern matches at a position exactly
when one of them does there. Patterns with backreferences or named groups (renumbered or clashing in a join), verbose
ones (a trailing comment would swallow what follows it), and any group whose join does not compile, are left
to be searched alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C  # noqa: N812 -- the opcodes the parser's tree is made of
from re import _parser

_GLOBAL_FLAGS = re.compile(r"\A\(\?[aiLmsux]+\)")  # a leading "(?m)": already in the compiled pattern's flags


def _begins_at_line(items) -> bool:
    """Whether every match of this sequence of nodes begins at a line start (under MULTILINE)."""
    if not len(items):
        return False
    op, av = items[0]
    if op is C.AT:
        return av is C.AT_BEGINNING
    if op is C.SUBPATTERN:
        _group, _add, remove, body = av
        return not remove & re.MULTILINE and _begins_at_line(body)
    if op is C.BRANCH:
        return all(_begins_at_line(branch) for branch in av[1])
    return False


def _has_references(items) -> bool:
    for op, av in items:
        if op in (C.GROUPREF, C.GROUPREF_EXISTS):
            return True
        for value in (av if isinstance(av, (tuple, list)) else (av,)):
            if isinstance(value, _parser.SubPattern) and _has_references(value):
                return True
            if isinstance(value, list) and any(isinstance(v, _parser.SubPattern) and _has_references(v) for v in value):
                return True
    return False


def line_anchored(pattern: re.Pattern[str]) -> bool:
    """True when ``pattern`` is MULTILINE, can match only at a line start, and may be joined with others (no
    backreference, no named group, not verbose)."""
    if not pattern.flags & re.MULTILINE or pattern.flags & re.VERBOSE or pattern.groupindex:
        return False
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return False
    return _begins_at_line(tree) and not _has_references(tree)


@lru_cache(maxsize=16)
def search_plan(patterns: tuple[re.Pattern[str], ...]) -> tuple[re.Pattern[str], ...]:
    """Patterns whose searches together answer "does any of ``patterns`` occur?": the line-anchored ones joined
    (one pattern per set of flags), the rest as they are."""
    groups: dict[int, list[re.Pattern[str]]] = {}
    alone = []
    for pattern in patterns:
        (groups.setdefault(pattern.flags, []) if line_anchored(pattern) else alone).append(pattern)
    plan = []
    for flags, members in groups.items():
        if len(members) == 1:
            plan.extend(members)
            continue
        bodies = "|".join(f"(?:{_GLOBAL_FLAGS.sub('', p.pattern)})" for p in members)
        try:
            plan.append(re.compile(f"^(?:{bodies})", flags))
        except re.error:  # e.g. a global flag later in a pattern: search them one by one
            plan.extend(members)
    return (*plan, *alone)
