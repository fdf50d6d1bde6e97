"""The first of an ordered list of line rules that matches, found with one combined check before the loop.

The layout tests each line against the residue rules (``search``, every rule anchored with ``^``) and against
the publication-stamp rules (``match``, also per candidate tail in haucan/line_repair.py), one rule after the
other: ~60 and ~30 Python-level regex calls per line, most lines matching none (perf14: ~15% of layout).
``Gate`` puts the rules' patterns side by side in one alternation, ``(?:p1)|(?:p2)|…``, matched at the start
of the line: it matches where any of them does (an alternation at position 0 tries every alternative), so a
line it rejects has no matching rule and the loop is skipped. When it matches, the rules are tried in their
order as before, so the rule returned is always the first one that matches: exactly the plain loop's answer.

A pattern joins the alternation only when that is provably the same test: (for ``search``) every top-level
alternative opens with ``^`` or ``\\A`` (no MULTILINE), so it can only match at position 0, where ``search`` and
``match`` agree; it has no back-reference (its group numbers move in the alternation); its named groups become
plain groups (names would collide: ``day``, ``month``, …). Any other pattern stays outside the gate and is
always tried, in its place in the order. If the alternation does not compile (a global inline flag), there is
no gate and every rule is tried.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from re import _constants as C  # noqa: N812 -- the opcodes of the parser's tree
from re import _parser

from haucan.rules import per_object

_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<([A-Za-z_]\w*)>")


def _walk(items) -> bool:
    """Whether a parsed (sub)pattern holds a back-reference, at any depth."""
    for op, av in items:
        if op in (C.GROUPREF, C.GROUPREF_EXISTS):
            return True
        if op is C.SUBPATTERN and _walk(av[3]):
            return True
        if op is C.BRANCH and any(_walk(alternative) for alternative in av[1]):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and _walk(av[2]):
            return True
        if op in (C.ASSERT, C.ASSERT_NOT) and _walk(av[1]):
            return True
        if op is C.ATOMIC_GROUP and _walk(av):
            return True
    return False


def _anchored(items) -> bool:
    """Whether every top-level alternative of a parsed pattern opens with ``^`` or ``\\A``."""
    items = list(items)
    if len(items) == 1 and items[0][0] is C.BRANCH:
        return all(_anchored(alternative) for alternative in items[0][1][1])
    return bool(items) and items[0] in ((C.AT, C.AT_BEGINNING), (C.AT, C.AT_BEGINNING_STRING))


def _joinable(pattern: re.Pattern[str], anchored: bool) -> str | None:
    """The pattern's text with its named groups made plain, if it can join the alternation; None otherwise."""
    if pattern.flags & (re.MULTILINE | re.VERBOSE) or isinstance(pattern.pattern, bytes):
        return None
    tree = _parser.parse(pattern.pattern, pattern.flags)
    if _walk(tree) or (anchored and not _anchored(tree)):
        return None
    plain, replaced = _NAMED_GROUP.subn("(?:", pattern.pattern)
    try:
        # Exactly the named groups were made plain, nothing else (no '(?P<' text inside a class): as many
        # replacements as named groups, and the group count fell by their number.
        if replaced != len(pattern.groupindex) or \
                re.compile(plain, pattern.flags).groups != pattern.groups - len(pattern.groupindex):
            return None
    except re.error:
        return None
    return plain


class Gate:
    """One combined check in front of an ordered list of patterns, and the rules outside it (always tried).

    ``anchored``: the rules are used with ``search`` and each must be anchored to join; otherwise with ``match``.
    (Tried and dropped: each alternative a capturing group, to start the loop at the rule ``lastindex`` names;
    the captures made the combined check slower than the loop it saved, perf15 in benchmarks/RESULTS.md.)
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]], anchored: bool) -> None:
        joined = [_joinable(p, anchored) for p in patterns]
        self.outside = tuple(i for i, text in enumerate(joined) if text is None)
        """Positions of the rules the gate does not cover: tried even when the gate rejects the line."""
        inside = [text for text in joined if text is not None]
        flags = {p.flags for p in patterns}
        try:
            self.pattern = re.compile("|".join(f"(?:{text})" for text in inside), flags.pop()) \
                if inside and len(flags) == 1 else None
        except re.error:
            self.pattern = None
        if self.pattern is None:
            self.outside = tuple(range(len(patterns)))

    def first(self, rules: Sequence, text: str, test: Callable[[object, str], bool]):
        """The first of ``rules`` (in order) for which ``test(rule, text)`` holds, or None; ``test`` must hold
        only where the rule's pattern matches the line."""
        if self.pattern is not None and self.pattern.match(text) is None:
            return next((rules[i] for i in self.outside if test(rules[i], text)), None)
        return next((rule for rule in rules if test(rule, text)), None)


@per_object
def _search_gate(rules: Sequence) -> Gate:
    return Gate([rule.pattern for rule in rules], anchored=True)


@per_object
def _match_gate(rules: Sequence) -> Gate:
    return Gate([rule.pattern for rule in rules], anchored=False)


def first_found(rules: Sequence, text: str):
    """The first of ``rules`` (each with ``.pattern``) whose pattern ``search`` finds in ``text``, or None."""
    return _search_gate(rules).first(rules, text, _found)


def _found(rule, text: str) -> bool:
    return rule.pattern.search(text) is not None


def first_matching(rules: Sequence, text: str, test: Callable[[object, str], bool]):
    """The first of ``rules`` for which ``test(rule, text)`` holds, where ``test`` holds only if the rule's pattern
    matches at the start of ``text`` (it may ask more of the match), or None."""
    return _match_gate(rules).first(rules, text, test)
