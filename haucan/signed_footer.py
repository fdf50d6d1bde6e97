"""A news item signed under its last paragraph by a writer with his office and no rank ('<Name>- Bí Thư Đảng ủy xã
…', a commune portal, set 17's 1089). The session-8 signed-article convention makes the signer both the author and a
person with that office, as page_footer already does for a ranked officer: the line is relabelled the caption
'officer_signature', which the person finder reads and from which metadata takes the writer. Used by the block
segmenter (blocks.py) before the footer rules, which would otherwise read the line as a bare byline or a caption.

A journal article copied under its abstract signs the same way at its top: the ranked writers in capitals under the
journal's running header, before the first paragraph ('Đại tá, TS <NAME> - Thượng tá, ThS <NAME>', a document
site's copy, set 18's 1142); the abstract took the lead, so the header rules never saw that line."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from haucan.page_parts import attribution_rules, byline_rule
from haucan.signatures import capitals_signature, signed_names

Label = tuple[str, str] | None
_RULE = "closing_writer_with_office"
# A sentence ends with final punctuation, maybe inside quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)\]]*$")
MAX_FOOTER_LINE_CHARS = 200


def label_unranked_signature(texts: list[str], labels: list[Label], lead: int | None) -> None:
    """Relabel, in place, the last open line after the lead as the caption 'officer_signature' when it is a name, a
    dash and an office (rule closing_writer_with_office of rules/attribution.yml) and stands under the page's last
    sentence: every open line after it is short and no sentence (the site's lists)."""
    if lead is None:
        return
    _label_signature_under_abstract(texts, labels, lead)
    attribution = attribution_rules()
    for i in range(len(labels) - 1, lead, -1):
        if labels[i] is not None and labels[i][0] != "caption":
            continue
        if labels[i] is None and _SENTENCE_END.search(texts[i]):
            return  # a sentence after any candidate: the page has not ended
        if byline_rule(texts[i], "last", attribution) == _RULE and all(
                labels[k] is not None or len(texts[k]) <= MAX_FOOTER_LINE_CHARS
                and not _SENTENCE_END.search(texts[k]) for k in range(i + 1, len(labels))):
            labels[i] = ("caption", "officer_signature")
            return


def _label_signature_under_abstract(texts: list[str], labels: list[Label], lead: int) -> None:
    """Relabel, in place, the first open line after the lead as 'officer_signature' when it is ranked writers with
    their names in capitals and no sentence stands between the lead and it: a paper's captions print names in
    ordinary case, and a signature under the first paragraph would be no header's."""
    for i in range(lead + 1, len(labels)):
        if labels[i] is not None:
            continue
        if _SENTENCE_END.search(texts[i]) or len(texts[i]) > MAX_FOOTER_LINE_CHARS:
            return
        if capitals_signature(texts[i]) and _names_only(texts[i]):
            labels[i] = ("caption", "officer_signature")
            return


def _names_only(text: str) -> bool:
    """Whether the line holds nothing but ranks, academic titles, the names and their separators: a speaker's line
    on a round-table page ('Trung tướng <NAME>, nguyên Chính ủy …: <his words>', set 18's 1123) carries his office."""
    rest = text
    for name in signed_names(text):
        rest = rest.replace(name, " ")
    rest = re.sub(r"(?i)\b(?:" + "|".join(map(re.escape, _prefix_words())) + r")\b", " ", rest)
    return not re.sub(r"[\s,.;&–-]+|\bvà\b", "", rest)


@cache
def _prefix_words() -> tuple[str, ...]:
    """The ranks and academic titles a writer's name may carry (name_prefixes of rules/attribution.yml), longest
    first."""
    doc = yaml.safe_load((Path(__file__).parent / "rules" / "attribution.yml").read_text(encoding="utf-8"))
    return tuple(sorted(doc["name_prefixes"]["words"], key=len, reverse=True))
