"""A legal database's copy of a document (issue 14, set 14: 235): the document the page itself is (headlined by its
kind and number, printing its own 'Số:' header or naming itself 'Thông tư này') is never one it cites; a news page
headlined by a document it reports on still cites it."""

from __future__ import annotations

from haucan.knowledge.documents import page_document


def test_a_pasted_document_under_its_own_headline_is_the_page():
    title = "Thông tư 75/2025/TT-BQP quy định chế độ ăn của học viên"
    assert page_document(title, ["Căn cứ Luật …;", "Số: 75/2025/TT-BQP"]) == ("Thông tư", "75")
    assert page_document(title, ["1. Thông tư này quy định chế độ ăn …"]) == ("Thông tư", "75")


def test_a_news_page_headlined_by_a_document_still_cites_it():
    title = "Thông tư 75/2025/TT-BQP quy định chế độ ăn của học viên"
    assert page_document(title, ["Bộ Quốc phòng vừa ban hành Thông tư 75/2025/TT-BQP quy định …"]) is None


def test_a_headline_naming_no_document_first_is_no_page_document():
    assert page_document("Bộ Quốc phòng ban hành Thông tư 75/2025/TT-BQP", ["Thông tư này quy định …"]) is None
    assert page_document(None, ["Số: 75/2025/TT-BQP"]) is None


def test_another_number_in_the_header_line_is_not_this_document():
    assert page_document("Kế hoạch 88/KH-UBND năm 2025 bảo đảm hậu cần", ["Số: 89/KH-UBND"]) is None
