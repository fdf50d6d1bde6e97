"""Party roles of provincial civilians and officers: abbreviations written out, completed with the province
(rules/entities/party.yml role_words; positions.yml). Invented sentences, round 3 of issue 14."""

from __future__ import annotations

import pytest

from haucan.annotate import annotate
from haucan.article import build_article
from haucan.extract.entities import extract
from haucan.knowledge.facts import derive_facts
from haucan.knowledge.orgs import OrgRegistry
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules

RULES = load_rules()


def _people(body: str) -> dict:
    text = f"Hội nghị quân sự tỉnh Lạng Sơn\n\nNgày 2/5/2025, tại tỉnh Lạng Sơn đã diễn ra hội nghị.\n\n{body}\n"
    article = build_article(RawArticle(SourceFile("0123456789abcdef.txt", "0123456789abcdef", None), text), RULES)
    facts = derive_facts(annotate(article, None, extract(article)), OrgRegistry(), None)
    return {o.name: o for o in facts.auto[0]}


@pytest.mark.parametrize(("written", "role"), [
    ("Ủy viên BTV Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy Lạng Sơn"),
    ("Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy Lạng Sơn"),
    ("Bí thư Đảng ủy Quân sự tỉnh", "Bí thư Đảng ủy Quân sự tỉnh Lạng Sơn"),
    ("Phó Bí thư ĐUQS tỉnh", "Phó Bí thư Đảng ủy Quân sự tỉnh Lạng Sơn"),
    ("Ủy viên dự khuyết BCH Trung ương Đảng", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng"),
    ("Ủy viên BCH TƯ Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng"),
])
def test_abbreviated_party_roles_are_written_out(written, role):
    people = _people(f"Dự có Đại tá Hoàng Văn Páo - {written}, Chỉ huy trưởng Bộ CHQS tỉnh.")
    assert role in people["Hoàng Văn Páo"].party_roles
    assert "Chỉ huy trưởng Bộ CHQS tỉnh" in [p.title for p in people["Hoàng Văn Páo"].positions]


def test_a_lone_abbreviated_body_stays_as_written():
    people = _people("Thượng tướng Lục Văn Sử, Bí thư Đảng ủy CATW, Thứ trưởng Bộ Công an phát biểu.")
    assert "Bí thư Đảng ủy CATW" in people["Lục Văn Sử"].party_roles
