"""The people the build observes in a short invented article: one helper for the pattern tests of positions,
party roles and identity, so each test file states only what differs (headline, place, date)."""

from __future__ import annotations

from haucan.annotate import annotate
from haucan.article import build_article
from haucan.extract.entities import extract
from haucan.knowledge.facts import derive_facts
from haucan.knowledge.orgs import OrgRegistry
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules


def people_in(body: str, *, title: str = "Hội nghị triển khai công tác hậu cần", place: str = "Hà Nội",
              date: str = "12/3/2024", article_id: str = "0123456789abcdef",
              registry: OrgRegistry | None = None) -> dict:
    """name -> Observation for an article of ``title``, a dated lead held in ``place``, then ``body``."""
    text = f"{title}\n\nNgày {date}, tại {place} đã diễn ra hội nghị.\n\n{body}\n"
    article = build_article(RawArticle(SourceFile(f"{article_id}.txt", article_id, None), text), load_rules())
    facts = derive_facts(annotate(article, None, extract(article)), registry or OrgRegistry(), None)
    return {o.name: o for o in facts.auto[0]}
