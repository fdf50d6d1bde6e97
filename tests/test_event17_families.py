"""Event and document families of the spent twelfth blind set (issue 14, session 13), on invented sentences: a law
cited by its name before 'số' ('Luật Đấu thầu số 22/2023/QH15') is a cited document; a page with no stamp and no
year written dates a day-month by the year a cited document's number carries ('Thông tư số 203/2025/TT-BQP')."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events_families import _events
from tests.test_events_patterns import _facts


@pytest.mark.parametrize("sentence, doc_id", [
    ("Học viên được phổ biến Luật Ngân sách nhà nước số 83/2015/QH13 và các văn bản hướng dẫn.",
     "luat:83/2015/QH13"),
    ("Đơn vị quán triệt Luật nghĩa vụ quân sự số 78/2015/QH13 tới toàn thể chiến sĩ.", "luat:78/2015/QH13"),
    ("Cán bộ được học tập Luật Phòng, chống ma túy số 73/2021/QH14.", "luat:73/2021/QH14"),
    ("Đơn vị thực hiện Pháp lệnh Dân số số 06/2003/UBTVQH11 ở địa phương.", "phap-lenh:06/2003/UBTVQH11"),
])
def test_a_law_cited_by_its_name_before_so_is_a_document(sentence, doc_id):
    _article, _names, _events, documents = _facts("Sáng 12/6, Cục Tài chính tổ chức tập huấn nghiệp vụ.", sentence)
    assert doc_id in {d.doc_id for d in documents}


def test_a_name_before_so_needs_a_national_assembly_number():
    """'Luật và Nghị định số …' in running text is the decree alone, never a law numbered like a decree."""
    _article, _names, _events, documents = _facts(
        "Sáng 12/6, Cục Tài chính tổ chức tập huấn nghiệp vụ.",
        "Các đơn vị thực hiện đúng Luật và Nghị định số 24/2024/NĐ-CP của Chính phủ.")
    assert {d.doc_id for d in documents} == {"nghi-dinh:24/2024/NĐ-CP"}


def test_a_law_cited_twice_by_its_name_counts_two_citations_of_one_document():
    _article, _names, _events, documents = _facts(
        "Sáng 12/6, Cục Tài chính phổ biến Luật Đấu thầu số 22/2023/QH15 cho cán bộ.",
        "Kết luận, Thiếu tướng Lê Văn Bảo yêu cầu thực hiện nghiêm Luật Đấu thầu số 22/2023/QH15.")
    assert [d.doc_id for d in documents] == ["luat:22/2023/QH15"] * 2


def test_with_no_year_written_a_document_numbers_year_dates_the_day():
    events, _ = _events(
        "Ngày 26-11, tại Hà Nội, Học viện Hậu cần tổ chức Hội thảo khoa học về hậu cần tại chỗ.",
        "Các ý kiến sẽ được kiến nghị bổ sung vào Thông tư số 118/2025/TT-BQP của Bộ Quốc phòng.", stamp="")
    assert events[0].event_date == dt.date(2025, 11, 26)
    assert events[0].event_date_basis == "day_month+context_year"


def test_a_year_written_in_the_paragraph_still_wins_over_a_document_numbers_year():
    events, _ = _events(
        "Ngày 26-11, Học viện Hậu cần tổ chức hội thảo tổng kết công tác năm 2025.",
        "Hội thảo kiến nghị sửa đổi Thông tư số 118/2019/TT-BQP.", stamp="")
    assert events[0].event_date == dt.date(2025, 11, 26)
