"""A news item signed under its last paragraph by a writer with his office and no rank ('<Name>- Bí Thư Đảng ủy xã
…', a commune portal, set 17's 1089). The session-8 signed-article convention makes the signer both the author and a
person with that office, as page_footer already does for a ranked officer: the line is relabelled the caption
'officer_signature', which the person finder reads and from which metadata takes the writer. Used by the block
segmenter (blocks.py) before the footer rules, which would otherwise read the line as a bare byline or a caption."""

from __future__ import annotations

import re

from haucan.page_parts import attribution_rules, byline_rule

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
