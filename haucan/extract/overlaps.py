"""Which of an article's candidate entity spans are kept: allowed nestings stay, every other overlap is settled
by label priority, then by length (haucan/extract/entities.py finds the candidates)."""

from __future__ import annotations

import bisect

# Which label wins a conflict (crossing spans, or a containment that is not an allowed nesting).
PRIORITY = ("DOC_REF", "PERIOD", "POSITION", "ORG", "RANK", "LOC", "PER", "DATE")
ALLOWED_NESTING = frozenset({("ORG", "POSITION"), ("ORG", "ORG"), ("DATE", "DOC_REF")})  # (inner, outer)


def inside_an_org(unique: list[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """The POSITION spans lying inside an ORG span other than themselves (``os <= s and e <= oe``, not equal).

    One pass over the organisations sorted by start (the furthest end among those starting before each
    position), instead of comparing every position with every organisation."""
    org_starts: list[int] = []
    furthest: list[int] = []  # furthest[i]: the largest end among the organisations org_starts[:i + 1]
    longest_from: dict[int, int] = {}
    for start, end, label in unique:  # sorted by start
        if label == "ORG":
            org_starts.append(start)
            furthest.append(max(end, furthest[-1]) if furthest else end)
            longest_from[start] = max(end, longest_from.get(start, end))
    inside = set()
    for span in unique:
        start, end, label = span
        if label != "POSITION":
            continue
        before = bisect.bisect_left(org_starts, start)  # organisations starting strictly before this one
        if (before and furthest[before - 1] >= end) or longest_from.get(start, end) > end:
            inside.add(span)
    return inside


def overlapping(spans: list[tuple[int, int, str]]) -> dict[tuple[int, int, str], list[tuple[int, int, str]]]:
    """Every span's overlapping spans (sharing at least one character), found by a sweep over the spans
    sorted by start: a span is compared only with the spans that start inside it."""
    ordered = sorted(spans)
    neighbours: dict[tuple[int, int, str], list[tuple[int, int, str]]] = {span: [] for span in ordered}
    starts = [start for start, _, _ in ordered]
    for i, span in enumerate(ordered):
        for j in range(i + 1, bisect.bisect_left(starts, span[1], i + 1)):
            other = ordered[j]
            if span[0] < other[1]:  # other starts before span ends, and ends after span starts
                neighbours[span].append(other)
                neighbours[other].append(span)
    return neighbours


def resolve(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep allowed nestings; settle every other overlap by label priority, then by length.

    A span is kept when it conflicts with no span kept before it (in priority order): only the spans it
    overlaps can conflict, so each is checked against those (a check against every kept span made an
    article's time quadratic in its length)."""
    unique = sorted(set(spans))
    # A title word inside an organisation's name ('Bộ Tư lệnh') is part of the name, not a position.
    inside = inside_an_org(unique)
    unique = [span for span in unique if span not in inside]
    ordered = sorted(unique, key=lambda x: (PRIORITY.index(x[2]), -(x[1] - x[0]), x[0]))
    neighbours = overlapping(unique)
    kept: set[tuple[int, int, str]] = set()
    for span in ordered:
        start, end, label = span
        ok = True
        for k_start, k_end, k_label in neighbours[span]:
            if (k_start, k_end, k_label) not in kept or end <= k_start or k_end <= start:
                continue  # not kept, or disjoint
            if k_start <= start and end <= k_end and (label, k_label) in ALLOWED_NESTING and (start, end) != (k_start, k_end):
                continue  # nested inside a kept span, allowed
            if start <= k_start and k_end <= end and (k_label, label) in ALLOWED_NESTING and (start, end) != (k_start, k_end):
                continue  # encloses a kept span, allowed
            ok = False
            break
        if ok:
            kept.add(span)
    return sorted(kept)
