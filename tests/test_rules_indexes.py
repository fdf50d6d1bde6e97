"""The indexes built once per loaded Rules (haucan.rules.per_object) answer exactly what the scans they replace
answered: outlet names on a line, an outlet designated by name, and the outlet tag opening a lead."""

import pytest

from haucan.blocks import _dateline
from haucan.furniture import is_outlet_name
from haucan.outlet_names import _NAME_TAIL, _NEWSPAPER_WORD, _URLISH, _key, outlet_named, url_host
from haucan.rules import load_rules, per_object

RULES = load_rules()


def test_per_object_memoises_by_identity_not_equality():
    calls = []

    @per_object
    def derive(obj):
        calls.append(obj)
        return len(calls)

    first, equal_twin = (1, 2), tuple([1, 2])
    assert first == equal_twin and first is not equal_twin
    assert derive(first) == derive(first) == 1
    assert derive(equal_twin) == 2  # an equal but distinct object is derived anew, never served another's index


def _names():
    return [n for o in RULES.outlets[:60] for n in (o.name, *o.aliases)]


@pytest.mark.parametrize("line", ["TIỀN PHONG", " Báo Quân đội nhân dân | ", "Tiền Phong đưa tin hôm nay", "", "-",
                                  *_names()[:40]])
def test_outlet_name_lines_are_those_the_scan_found(line):
    folded = line.strip(" -|:").casefold()
    scanned = bool(folded) and any(folded == n.casefold() for o in RULES.outlets for n in (o.name, *o.aliases))
    assert is_outlet_name(line, RULES.outlets) is scanned


def _scanned_outlet_named(name: str):
    """outlet_named as it was written before the index: every outlet's names keyed on every call."""
    text = name.strip()
    if _URLISH.match(text):
        host = url_host(text)
        found = RULES.outlet_for_host(host) if host else None
        if found:
            return found[0]
    wanted = {_key(text), _key(_NAME_TAIL.sub("", text))} - {""}
    wanted |= {_NEWSPAPER_WORD.sub("", w) for w in wanted} | {"báo " + w for w in wanted}
    hits = {o.name: o for o in RULES.outlets if wanted & {_key(n) for n in (o.name, *o.aliases)}}
    return next(iter(hits.values())) if len(hits) == 1 else None


@pytest.mark.parametrize("name", ["báo quân đội nhân dân", "Tây Ninh", "Quân khu 7 Online", "Báo Không Có Thật",
                                  "Tiền Phong", "TUỔI TRẺ", "https://www.qdnd.vn/x-1", *_names()[::7]])
def test_outlet_named_is_the_one_outlet_the_scan_found(name):
    assert outlet_named(name, RULES) is _scanned_outlet_named(name)


def test_lead_tags_are_found_in_registry_order():
    rule, match = _dateline("(QK7 Online) – Sáng 5/6, tại …", RULES)
    assert match is not None and rule.startswith("dateline:")
    assert _dateline("Sáng 5/6, tại TP Hồ Chí Minh …", RULES) == (None, None)


def _dev_page_blocks():
    from pathlib import Path

    from haucan.article import build_article
    from haucan.records import RawArticle, SourceFile

    pages = sorted((Path(__file__).parent / "realworld" / "dev").glob("*.txt"))[::6]
    return [build_article(RawArticle(SourceFile(p.name, "0123456789abcdef", None), p.read_text(encoding="utf-8")),
                          RULES).blocks for p in pages]


def test_masthead_and_residue_outlets_are_those_the_scan_found():
    from haucan.outlets import MASTHEAD_LINES, _residue_outlets, masthead_outlets

    found_any = 0
    for blocks in _dev_page_blocks():
        first = [b.text for b in blocks[:MASTHEAD_LINES]]
        mastheads = tuple(o for o in RULES.outlets if any(
            f.kind == "masthead" and any(f.pattern.match(text) for text in first) for f in o.fingerprints))
        seen = {b.rule for b in blocks if b.kind == "residue"}
        residues = tuple(o for o in RULES.outlets if any(
            f.kind == "residue" and f.rule in seen for f in o.fingerprints))
        assert masthead_outlets(blocks, RULES) == mastheads
        assert _residue_outlets(blocks, RULES) == residues
        found_any += bool(mastheads or residues)
    assert found_any  # the pages exercise both paths, not only the empty answer
