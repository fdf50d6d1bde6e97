"""Events and cited documents on invented articles: types, names, chairs, dates, several events, document ids."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.annotate import annotate
from haucan.article import build_article
from haucan.extract.entities import extract
from haucan.knowledge.events import event_family
from haucan.knowledge.facts import derive_facts
from haucan.knowledge.orgs import OrgRegistry
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules

RULES = load_rules()


def _facts(lead: str, body: str = "Nội dung tiếp theo của bài báo.", stamp: str = "20-06-2024 08:00"):
    """The extractor's facts on a page: a title, a publication stamp, the lead and one body paragraph."""
    text = f"Tiêu đề bài báo thử\n\n{stamp}\n\n{lead}\n\n{body}"
    article = build_article(RawArticle(SourceFile("0123456789abcdef.txt", "0123456789abcdef", None), text), RULES)
    facts = derive_facts(annotate(article, None, extract(article)), OrgRegistry(), None)
    observations, event, documents = facts.auto
    events = (event, *facts.further_events) if event else ()
    return article, {o.person_id: o.name for o in observations}, events, documents


def _chairs(names, event):
    return [names[p.person_id] for p in event.participants if p.role == "chairs"]


@pytest.mark.parametrize("lead, event_type, family", [
    ("Sáng 14/6, Cục Hậu cần Quân khu 9 tổ chức Lễ kỷ niệm 60 năm Ngày truyền thống.", "le_ky_niem", "le_ky_niem"),
    ("Sáng 14/6, Đảng ủy Lữ đoàn 125 tổ chức Đại hội Đảng bộ lần thứ X, nhiệm kỳ 2025-2030.", "dai_hoi", "dai_hoi"),
    ("Sáng 14/6, Học viện Hậu cần tổ chức Lễ tốt nghiệp cho học viên năm học 2023 - 2024.", "le_tot_nghiep",
     "le_tot_nghiep"),
    ("Sáng 14/6, Sư đoàn 5 tổ chức Lễ báo công dâng Bác.", "le_bao_cong", "le_bao_cong"),
    ("Sáng 14/6, Bộ Quốc phòng tổ chức Hội nghị bàn giao nhiệm vụ Chủ nhiệm Tổng cục Hậu cần.", "ban_giao", "ban_giao"),
    ("Sáng 14/6, Bộ Quốc phòng tổ chức lễ trao quyết định bổ nhiệm cán bộ.", "trao_quyet_dinh", "other"),
    ("Sáng 14/6, Cục Quân nhu tổ chức lớp tập huấn nghiệp vụ quân nhu.", "tap_huan", "tap_huan"),
    ("Sáng 14/6, Cục Hậu cần Quân khu 4 tổ chức Hội thao thể dục thể thao chào mừng 60 năm Ngày truyền thống.",
     "hoi_thi", "hoi_thi"),
    ("Ngày 14/6, đoàn công tác Tổng cục Hậu cần đã kiểm tra công tác hậu cần tại Trung đoàn 2.", "kiem_tra", "kiem_tra"),
    ("Ngày 14/6, đoàn công tác Quân khu 7 đã đến thăm và làm việc với Bộ Chỉ huy Quân sự tỉnh Long An.", "lam_viec",
     "lam_viec"),
    ("Sáng 14/6, Tổng cục Hậu cần tổ chức Hội nghị tổng kết công tác hậu cần năm 2023.", "tong_ket", "hoi_nghi"),
])
def test_each_kind_of_event_gets_its_type(lead, event_type, family):
    _article, _names, events, _ = _facts(lead)
    assert events[0].event_type == event_type and event_family(event_type) == family


def test_the_name_is_read_as_written_without_the_anniversary_span():
    _article, _names, events, _ = _facts(
        "Sáng 14/6, tại Hà Nội, Cục Hậu cần Quân khu 9 tổ chức Lễ kỷ niệm 60 năm Ngày truyền thống ngành Hậu cần "
        "Quân khu (15/6/1964 - 15/6/2024). Đại tá Trương Văn Kiệt, Chủ nhiệm Hậu cần chủ trì buổi lễ.")
    assert events[0].name == "Lễ kỷ niệm 60 năm Ngày truyền thống ngành Hậu cần Quân khu"
    # The span's days are not the event's day: 'Sáng 14/6' with the publication's year is.
    assert (events[0].event_date, events[0].event_date_basis) == (dt.date(2024, 6, 14), "day_month+published_year")


def test_a_chair_whose_titles_are_not_all_recognised_still_chairs():
    _article, names, events, _ = _facts(
        "Sáng 5-7, tại Hà Nội, Tổng cục Hậu cần - Kỹ thuật tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. "
        "Trung tướng Đinh Quang Vũ, Chủ nhiệm TCHC-KT kiêm Trưởng ban xyz chủ trì hội nghị.")
    assert names[events[0].chair_person_id] == "Đinh Quang Vũ"


def test_the_guest_who_attends_and_directs_is_not_the_chair():
    _article, names, events, _ = _facts(
        "Sáng 14/6, Cục Hậu cần Quân khu 9 tổ chức Hội thi nấu ăn giỏi năm 2024. Thiếu tướng Lâm Văn Cường, Phó "
        "Tư lệnh Quân khu dự và chỉ đạo. Đại tá Tô Minh Nhựt, Chủ nhiệm Hậu cần Quân khu chủ trì lễ khai mạc.")
    assert names[events[0].chair_person_id] == "Tô Minh Nhựt"
    assert _chairs(names, events[0]) == ["Tô Minh Nhựt"]


def test_co_chairs_are_all_kept_and_the_sole_chair_comes_first():
    _article, names, events, _ = _facts(
        "Sáng 20/3, Bộ Quốc phòng tổ chức Hội nghị bàn giao nhiệm vụ. Thượng tướng Vương Đình Khải, Thứ trưởng "
        "Bộ Quốc phòng chủ trì; Trung tướng Hà Minh Tâm, Phó Chủ nhiệm Tổng cục Chính trị đồng chủ trì Hội nghị.")
    assert names[events[0].chair_person_id] == "Vương Đình Khải"
    assert sorted(_chairs(names, events[0])) == ["Hà Minh Tâm", "Vương Đình Khải"]


def test_a_delegation_leader_and_a_co_chair_named_after_the_cue():
    _article, names, events, _ = _facts(
        "Chiều 15/12, tại Hà Nội, đoàn công tác Bộ Quốc phòng do Trung tướng Lò Văn Thắm, Thứ trưởng Bộ Quốc phòng "
        "làm trưởng đoàn đã có buổi làm việc với Cục Quân nhu. Đồng chủ trì buổi làm việc có Thiếu tướng Mạc Văn "
        "Đĩnh, Cục trưởng Cục Quân nhu.")
    assert events[0].event_type == "lam_viec"
    assert names[events[0].chair_person_id] == "Lò Văn Thắm"
    assert sorted(_chairs(names, events[0])) == ["Lò Văn Thắm", "Mạc Văn Đĩnh"]


@pytest.mark.parametrize("opening, day, basis", [
    ("Từ ngày 11-13/11/2021,", dt.date(2021, 11, 11), "stated"),
    ("Trong hai ngày 25 và 26/5,", dt.date(2024, 5, 25), "day_month+published_year"),
    ("Trong 2 ngày (20 - 21/5),", dt.date(2024, 5, 20), "day_month+published_year"),
    ("Sáng 5.6,", dt.date(2024, 6, 5), "day_month+published_year"),
    ("Ngày 25.5,", dt.date(2024, 5, 25), "day_month+published_year"),
    ("Chiều ngày 23-4-2019,", dt.date(2019, 4, 23), "stated"),
    ("Từ ngày 12 đến 14/6,", dt.date(2024, 6, 12), "day_month+published_year"),
])
def test_the_event_date_in_every_written_form(opening, day, basis):
    _article, _names, events, _ = _facts(f"{opening} Cục Hậu cần Quân khu 7 tổ chức Hội thi trạm chế biến năm 2024.")
    assert (events[0].event_date, events[0].event_date_basis) == (day, basis)


def test_the_date_is_read_in_the_event_sentence_not_only_at_the_lead_start():
    _article, _names, events, _ = _facts(
        "Nhân dịp kỷ niệm 79 năm Ngày truyền thống ngành Hậu cần Quân đội (15/6/1946 - 15/6/2025), ngày 13-6, Bộ "
        "Chỉ huy Quân sự tỉnh Tiền Giang tổ chức họp mặt cán bộ ngành hậu cần.", stamp="Tin tức")
    assert events[0].event_type == "le_ky_niem"
    # No publication date: the year comes from the paragraph (the span's last year), and says so.
    assert (events[0].event_date, events[0].event_date_basis) == (dt.date(2025, 6, 13), "day_month+context_year")


def test_two_events_reported_in_one_article_get_two_ids_and_their_own_evidence():
    article, names, events, _ = _facts(
        "Sáng 14/6, Cục Hậu cần Quân khu 9 tổ chức Lễ kỷ niệm 60 năm Ngày truyền thống. Đại tá Trương Văn Kiệt, "
        "Chủ nhiệm Hậu cần chủ trì buổi lễ.",
        "Chiều cùng ngày, Cục Hậu cần Quân khu 9 tổ chức Hội nghị tổng kết công tác hậu cần năm 2023. Đại tá Kha "
        "Văn Lợi, Phó Chủ nhiệm Hậu cần chủ trì hội nghị.")
    assert [e.event_type for e in events] == ["le_ky_niem", "tong_ket"]
    assert [e.event_id for e in events] == ["0123456789abcdef:event", "0123456789abcdef:event-2"]
    assert [names[e.chair_person_id] for e in events] == ["Trương Văn Kiệt", "Kha Văn Lợi"]
    assert "Lễ kỷ niệm" in article.text[events[0].evidence_start:events[0].evidence_end]
    assert "Hội nghị tổng kết" in article.text[events[1].evidence_start:events[1].evidence_end]


def test_the_same_event_mentioned_again_is_not_a_second_event():
    _article, _names, events, _ = _facts(
        "Sáng 14/6, Tổng cục Hậu cần tổ chức Hội nghị tổng kết công tác hậu cần năm 2023.",
        "Phát biểu tại hội nghị, các đại biểu thống nhất đánh giá kết quả. Hội nghị tổng kết diễn ra trong một ngày.")
    assert len(events) == 1


# --- cited documents ---------------------------------------------------------------------------------------------

def test_a_short_and_a_full_citation_are_one_document_whichever_comes_first():
    _article, _names, _events, documents = _facts(
        "Ngày 5/6, Đảng ủy Quân khu 1 quán triệt Nghị quyết 623 của Quân ủy Trung ương.",
        "Nghị quyết số 623-NQ/QUTW ngày 29-12-2012 của Quân ủy Trung ương tiếp tục được thực hiện.")
    assert {d.doc_id for d in documents} == {"nghi-quyet:623-NQ/QUTW"} and len(documents) == 2
    assert {d.issued_on for d in documents} == {dt.date(2012, 12, 29)}


def test_lowercase_citations_decrees_and_kinds_sharing_a_number():
    _article, _names, _events, documents = _facts(
        "Theo quyết định số 366 của Bộ trưởng và chỉ lệnh số 58 về công tác hậu cần, Nghị định số 82/2016/NĐ-CP "
        "ngày 1/7/2016 của Chính phủ được triển khai; Thông tư 366/2020/TT-BQP cũng vậy.",
        "Kế hoạch 5 năm và quyết định 2 năm trước không phải văn bản được trích dẫn.")
    ids = {d.doc_id for d in documents}
    assert ids == {"quyet-dinh:366", "chi-lenh:58", "nghi-dinh:82/2016/NĐ-CP", "thong-tu:366/2020/TT-BQP"}
    decree = next(d for d in documents if d.doc_type == "decree")
    assert (decree.number, decree.issuer_code, decree.issued_on) == ("82", "2016/NĐ-CP", dt.date(2016, 7, 1))
