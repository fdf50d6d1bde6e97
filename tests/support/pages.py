"""One page through the per-article path, for tests of furniture, titles and bylines: the rules loaded once, a
page's text built into an Article (as the build does after decoding and cleaning), and what it publishes as text.

TITLE, LEAD and BODY are a plain invented article: tests put furniture around them and check it stays out."""

from haucan.article import build_article
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules

RULES = load_rules()
TITLE = "Sư đoàn 5 tổng kết công tác hậu cần năm 2024"
LEAD = "Sáng 14/6, tại Tây Ninh, Sư đoàn 5 tổ chức hội nghị tổng kết công tác hậu cần năm 2024."
BODY = "Đơn vị đã hoàn thành tốt nhiệm vụ bảo đảm hậu cần cho huấn luyện trong năm qua."


def article(text: str):
    """The Article the build makes of a page whose decoded, cleaned text is ``text``."""
    return build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", None), text), RULES)


def published_text(a) -> str:
    """The lead and body lines an article publishes as its text (captions, title and furniture excluded)."""
    return "\n".join(b.text for b in a.blocks if b.kind in ("lead", "body"))


def page_with(line: str, where: str = "middle"):
    """The Article of the plain page with ``line`` added after the lead ("middle") or after the body ("foot")."""
    lines = [TITLE, LEAD, line, BODY] if where == "middle" else [TITLE, LEAD, BODY, line]
    return article("\n".join(lines))


def left_out(a, line: str) -> bool:
    """True when ``line`` reaches neither the article's text nor its captions nor its authors."""
    return (line not in published_text(a).split("\n") and line not in a.metadata.captions
            and line not in a.metadata.authors)


def stays_text(line: str) -> bool:
    """True when ``line``, put after the lead of the plain page, is published as a line of its text."""
    return line in published_text(page_with(line)).split("\n")
