"""Named organisations in a text, grown into compounds ('Đảng ủy' + 'Quân khu 1', 'Cục Hậu cần-Kỹ thuật' + 'Quân
đoàn 34'), with the place that completes a local body's name ('Bộ Chỉ huy Quân sự tỉnh' + a place, listed or not).
The entity extractor (entities.py) takes these as its ORG candidates."""

from __future__ import annotations

import re

from haucan.extract.lexicon import lexicon
from haucan.extract.names import place_then_name
from haucan.regex_prefilter import finditer as prefiltered

_SPACE = re.compile(" ")


PERSON_LIKE_SYLLABLES = 3
"""A capitalised run after 'tỉnh'/'huyện'/'xã' that no gazetteer lists is read as the place, unless it opens
with a family name and has at least this many syllables: then it is the person the office belongs to ('Giám
đốc Công an tỉnh Trương Văn Bình chủ trì'), not a province. Unlisted places of three syllables opening with a
family name are rare; listed ones ('Thừa Thiên Huế', 'Bà Rịa - Vũng Tàu') are matched by the gazetteer first."""


def unlisted_place(source: str, start: int) -> re.Match | None:
    """A capitalised run at ``start`` read as a place name no gazetteer lists, or None when it reads as a name."""
    lex = lexicon()
    run = lex.org_local_place.match(source, start)
    if run is None:
        return None
    words = run.group().replace(".", " ").split()
    # 'huyện Văn Lãng Triệu Văn Nhất', 'huyện Thới Lai Trầm Văn Út': a two-syllable place, then its holder's name.
    name_start = place_then_name(source, start) if len(words) > PERSON_LIKE_SYLLABLES else None
    if name_start:
        return lex.org_local_place.match(source, start, name_start - 1)
    if len(words) >= PERSON_LIKE_SYLLABLES and words[0] in lex.family_names:
        return None
    return run


def org_spans(source: str) -> list[tuple[int, int, str]]:
    """Named organisations, grown into compounds: a prefix before one ('Đảng ủy Quân khu 1') or one before
    another ('Cục Hậu cần-Kỹ thuật Quân đoàn 34'). A compound keeps the trailing organisation as a nested
    span; its own head ('Cục Hậu cần-Kỹ thuật' there) is not a separate organisation."""
    lex = lexicon()
    spans = {(m.start(), m.end()) for found in (prefiltered(lex.org_fixed, source), lex.org_numbered.finditer(source),
                                                prefiltered(lex.org_headed, source)) for m in found}
    prefixes = [lex.org_prefix.match(source, m.start()) for m in lex.org_prefix_starts.finditer(source)]
    for prefix in prefixes:
        words = lex.org_name_words.match(source, prefix.end())
        if words:
            spans.add((prefix.start(), words.end()))
    # 'Bộ Chỉ huy Quân sự' + ' tỉnh ' + a place: the place completes the name; 'Tỉnh ủy' takes the place
    # right after it ('Tỉnh ủy Tây Ninh').
    for start, end in list(spans):
        suffix = lex.org_local_suffix.match(source, end)
        if source[end:end + 1] == " " and lex.org_place_named.fullmatch(source, start, end) and (
                not suffix or lex.place.match(source, end + 1)):
            suffix = _SPACE.match(source, end)  # 'UBND TP.HCM': the place itself, not the word 'TP'

        if not suffix:
            continue
        # 'Sở Tài chính TP Hồ Chí Minh': the suffix may open a listed place itself ('TP Hồ Chí Minh').
        place = lex.place.match(source, suffix.end()) or lex.place.match(source, suffix.start() + 1) or (
            unlisted_place(source, suffix.end()) if source[suffix.start() + 1:suffix.start() + 2].islower()
            or source[suffix.start() + 1:suffix.start() + 3] == "TP" or lex.org_place_named_any.fullmatch(source, start, end)
            else None)
        if place:
            spans.add((start, place.end()))
        elif not source[suffix.end() - 1:suffix.end()].isspace() or lex.org_local_place.match(source, suffix.end()):
            # 'Bộ CHQS tỉnh,', or 'Công an tỉnh Trương Văn Bình': the province is the one the article is about
            spans.add((start, suffix.end() - source[suffix.end() - 1:suffix.end()].isspace()))
        elif source[suffix.end():suffix.end() + 1].islower():
            spans.add((start, suffix.end() - 1))  # 'Công an tỉnh dự …'

    return [(start, end, "ORG") for start, end in _longest_compounds(source, spans, prefixes)]


MAX_ORG_PARTS = 8
"""An organisation compound joins at most this many organisations and prefixes ('Ban Thường vụ Đảng ủy' +
'Cục Hậu cần' + 'Quân khu 7' is three). Real names have at most three (seeds, held-out articles, a 300-article
generated corpus); without a bound, a run of thousands of
names joined by spaces would make thousands of nested compounds, each as long as the run: output and time
quadratic in the article's length."""


def _longest_compounds(source: str, spans: set[tuple[int, int]], prefixes: list[re.Match]) -> list[tuple[int, int]]:
    """(start, furthest end) for every start of an organisation once compounds are grown, in start order.

    Growing means: a span followed by a space and a span makes one span ('A B'), and a prefix right before a
    span makes one ('Đảng ủy A'), repeated (up to MAX_ORG_PARTS parts) until nothing new appears; of the spans
    from one start only the longest is kept. The furthest end from a start with k parts depends only on the
    furthest ends from later starts with k - 1 parts, so it is computed per start, one part count after the
    other (growing every pair of spans again and again took time quadratic in a run of organisations)."""
    ends_at: dict[int, list[int]] = {}
    for start, end in spans:
        ends_at.setdefault(start, []).append(end)
    prefix_ends_at: dict[int, list[int]] = {}
    for prefix in prefixes:
        if prefix.end() > prefix.start():
            prefix_ends_at.setdefault(prefix.start(), []).append(prefix.end())
    starts = sorted(ends_at.keys() | prefix_ends_at.keys())
    furthest: dict[int, int] = {}  # start -> furthest end with at most `parts` parts
    for parts in range(1, MAX_ORG_PARTS + 1):
        shorter, furthest = furthest, {}
        for start in starts:
            reach = list(ends_at.get(start, ()))
            if parts > 1:
                # A span's end b reaches as far as a compound from b + 1 does, when a space joins them.
                reach += [shorter[end + 1] for end in ends_at.get(start, ())
                          if source[end:end + 1] == " " and end + 1 in shorter]
                reach += [shorter[end] for end in prefix_ends_at.get(start, ()) if end in shorter]
            if reach:
                furthest[start] = max(reach)
        if furthest == shorter:
            break  # no compound grows with one more part
    return sorted(furthest.items())
