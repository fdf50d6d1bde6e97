"""One invented article around which outlet tests vary the URL, a header line, the lead or a footer, and what
the build decides of its outlet."""

from __future__ import annotations

from haucan.article import build_article
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules

TITLE = "Đơn vị tổ chức hội nghị triển khai nhiệm vụ hậu cần năm 2025"
LEAD = "Sáng 3/4, đơn vị tổ chức hội nghị triển khai nhiệm vụ hậu cần năm 2025."
BODY = "\n\nĐơn vị đã hoàn thành tốt các chỉ tiêu bảo đảm hậu cần, kỹ thuật cho huấn luyện trong năm.\n"


def decided(text: str, url: str | None = None) -> tuple:
    """(outlet, outlet_source, outlet_kind) the build gives the page ``text`` saved from ``url``."""
    m = build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", url), text), load_rules()).metadata
    return m.outlet, m.outlet_source, m.outlet_kind
