"""The writer's name printed alone in capitals right under the sapo (sggp.org.vn's article pages put 'VĂN PHÚC'
between the sapo and the first paragraph, set 16's 1003): the header has already been settled by then, so the line
would fall to the caption rule for short unpunctuated lines, and the article would lose its only writer."""

from __future__ import annotations

from haucan.attribution import Attribution, is_person
from haucan.page_parts import looks_like_name

# The text lines that may follow the name: the article goes on (a paragraph, a photo's caption).
_ARTICLE_GOES_ON = frozenset({"body", "caption"})


def label_name_under_sapo(texts: list[str], labels: list, lead: int | None, attribution: Attribution) -> None:
    """Labels the open line right under the lead a byline ('name_under_sapo') when it is a name of two or more
    words in capitals and the article goes on under it (an open line or a caption, not the page's foot). A caption
    names its people in ordinary case with a rank or an action ('Đại tá X phát biểu'); a line of capitals that is
    a person's name only, between the sapo and the text, is the signature the outlet prints there; a body's name
    ('BỘ CÔNG AN', attribution's not-a-person words) or a line over more capitals (a document's header) is not."""
    if lead is None or lead + 1 >= len(texts) or labels[lead + 1] is not None:
        return
    text = texts[lead + 1].strip()
    if len(text.split()) < 2 or not text.replace(".", "").replace(" ", "").isupper() \
            or not looks_like_name(text, attribution) or not is_person(text, attribution):
        return
    # A pasted document's header is capitals over capitals ('BỘ CÔNG AN' over the school's name): no signature.
    if lead + 2 < len(texts) and texts[lead + 2].isupper():
        return
    after = labels[lead + 2] if lead + 2 < len(texts) else ("end", "")
    if after is None or after[0] in _ARTICLE_GOES_ON:
        labels[lead + 1] = ("byline", "name_under_sapo")
