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


# --- round 2: years, chairs of councils and presidiums, further events ---------------------------------------

def _page(lead: str, body: str = "Nội dung tiếp theo của bài báo.", prefix: str = "20-06-2024 08:00"):
    """Like _facts, but with any stamp line (a month-only scraper prefix, a crawl clock, none)."""
    return _facts(lead, body, stamp=prefix)


@pytest.mark.parametrize("stamp, opening, day", [
    # A month-only scraper prefix gives the year, whatever the text plans for or cites.
    (" date 2024-12", "Chiều nay (20/12), Bộ CHQS tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác hậu cần năm 2024, "
     "triển khai nhiệm vụ năm 2025.", dt.date(2024, 12, 20)),
    (" date 2020-08", "Sáng 8.8, Công an tỉnh Lào Cai tổ chức Lễ bàn giao 12 xe ô tô cho Công an xã, chuẩn bị từ "
     "tháng 6.2019.", dt.date(2020, 8, 8)),
    # Published in January about late December: the year before; in the same month: the same year.
    (" date 2025-01", "Ngày 28/12, Cục Quân nhu tổ chức hội nghị tổng kết công tác quân nhu.", dt.date(2024, 12, 28)),
    ("Tháng 5/2025", "Trong hai ngày 27 và 28/5, Đảng bộ Phòng Hậu cần tiến hành Đại hội đại biểu lần thứ III, "
     "nhiệm kỳ 2025 – 2030.", dt.date(2025, 5, 27)),
    ("03-01-2025 09:15", "Ngày 30/12, Cục Quân y tổ chức hội nghị tổng kết công tác quân y.", dt.date(2024, 12, 30)),
    ("03-01-2025 09:15", "Ngày 2/1, Cục Quân y tổ chức hội nghị triển khai nhiệm vụ.", dt.date(2025, 1, 2)),
])
def test_the_year_of_a_day_month_comes_from_the_page_date_or_month(stamp, opening, day):
    _article, _names, events, _ = _page(opening, prefix=stamp)
    assert (events[0].event_date, events[0].event_date_basis) == (day, "day_month+published_year")


@pytest.mark.parametrize("opening, day", [
    # A school year: a December graduation is in its first year, a June one in its second.
    ("Ngày 26-12, Học viện Hậu cần tổ chức Lễ bế giảng khóa đào tạo năm học 2023-2024.", dt.date(2023, 12, 26)),
    ("Ngày 20-6, Học viện Hậu cần tổ chức Lễ bế giảng khóa đào tạo năm học 2023-2024.", dt.date(2024, 6, 20)),
    # A congress's term opens in its first year; a conference launching a year's tasks in January is that year's.
    ("Sáng 14/6, Đảng bộ Kho K12 tổ chức Đại hội Đảng bộ lần thứ V, nhiệm kỳ 2025 – 2030.", dt.date(2025, 6, 14)),
    ("Ngày 9-1, Cục Doanh trại tổ chức Hội nghị triển khai công tác năm 2017.", dt.date(2017, 1, 9)),
    # A year-end review in January reviews the year before; a reviewed span gives its end year.
    ("Ngày 10/1, Bộ CHQS tỉnh tổ chức hội nghị tổng kết công tác hậu cần năm 2022, triển khai nhiệm vụ năm 2023.",
     dt.date(2023, 1, 10)),
    ("Sáng 3.8, Quân khu 5 tổ chức hội nghị tổng kết công tác hậu cần giai đoạn 2012 – 2022.", dt.date(2022, 8, 3)),
    # A distant target is never the event's year.
    ("Sáng 3.8, Quân khu 5 tổ chức hội nghị quán triệt chiến lược năm 2021 đến năm 2030.", dt.date(2021, 8, 3)),
])
def test_without_a_page_date_the_year_comes_from_the_kind_of_year_the_text_writes(opening, day):
    _article, _names, events, _ = _page(opening, prefix="Tin tức")
    assert (events[0].event_date, events[0].event_date_basis) == (day, "day_month+context_year")


def test_an_event_date_never_comes_from_a_cited_documents_issue_date_or_an_anniversary():
    _article, _names, events, _ = _page(
        "Thực hiện Nghị quyết số 1657-NQ/QUTW ngày 20/12/2022 của Quân ủy Trung ương, nhiều giải pháp được triển "
        "khai. Nhân kỷ niệm 80 năm ngày 22-12, đơn vị tổ chức nhiều hoạt động.",
        "Tại Hội thảo khoa học \"Nâng cao chất lượng đào tạo hậu cần\" ngày 15/11/2023, do Thiếu tướng, GS, TS "
        "Phùng Văn Hạo, Giám đốc Học viện Hậu cần chủ trì, nhiều ý kiến được nêu.", prefix="Tin tức")
    assert events[0].event_type == "hoi_thao" and event_family("hoi_thao") == "hoi_nghi"  # session-9 convention
    assert events[0].event_date == dt.date(2023, 11, 15)
    _article, names, events, _ = _page("Tại Hội thảo khoa học về hậu cần, do Thiếu tướng Phùng Văn Hạo chủ trì, "
                                       "nhiều ý kiến được nêu.",
                                       "Nghị quyết số 1657-NQ/QUTW ngày 20/12/2022 của Quân ủy Trung ương được "
                                       "quán triệt.", prefix="Tin tức")
    assert events[0].event_date is None and names[events[0].chair_person_id] == "Phùng Văn Hạo"


@pytest.mark.parametrize("lead, body, chair", [
    # A civilian with party offices, a chair with academic titles, 'dưới sự chủ trì của', 'Chủ trì hội nghị, X …'.
    ("Sáng 14/6, Tỉnh ủy Nam Định tổ chức hội nghị tổng kết công tác quốc phòng. Đồng chí Phạm Gia Túc, Bí thư "
     "Tỉnh ủy chủ trì hội nghị.", "Nội dung tiếp theo.", "Phạm Gia Túc"),
    ("Sáng 14/6, Học viện Hậu cần tổ chức hội nghị khoa học. Đồng chí Thiếu tướng, PGS.TS Trần Đức Thuận - Giám "
     "đốc Học viện chủ trì hội nghị.", "Nội dung tiếp theo.", "Trần Đức Thuận"),
    ("Sáng 14/6, Cục Xăng dầu tổ chức hội nghị sơ kết công tác xăng dầu dưới sự chủ trì của Thiếu tướng Lê Quang "
     "Minh, Cục trưởng Cục Xăng dầu.", "Nội dung tiếp theo.", "Lê Quang Minh"),
    ("Sáng 14/6, Cục Vận tải tổ chức hội nghị sơ kết công tác vận tải.",
     "Chủ trì hội nghị, Thiếu tướng Nguyễn Văn Thịnh, Cục trưởng Cục Vận tải nhấn mạnh yêu cầu an toàn.",
     "Nguyễn Văn Thịnh"),
])
def test_every_way_the_chair_is_named(lead, body, chair):
    _article, names, events, _ = _page(lead, body)
    assert names[events[0].chair_person_id] == chair


def test_the_council_chair_of_a_thesis_defence_list_chairs_it():
    _article, names, events, _ = _page(
        "Sáng ngày 12/3/2024, tại Học viện Kỹ thuật Quân sự, Hội đồng đánh giá luận án tiến sĩ đã tổ chức buổi bảo "
        "vệ luận án cho NCS Thiếu tá Đỗ Văn Kiên.",
        "1. Thiếu tướng, PGS.TS Hoàng Minh Khải – Học viện KTQS, Chủ tịch Hội đồng;\n\n"
        "2. Đại tá, TS Vũ Đình Lộc – Cục Xe máy - Vận tải, Phản biện 1;\n\n"
        "3. Thượng tá, TS Lê Hồng Sơn – Học viện KTQS, Thư ký Hội đồng.")
    assert events[0].event_type == "bao_ve_luan_an" and event_family("bao_ve_luan_an") == "other"
    assert names[events[0].chair_person_id] == "Hoàng Minh Khải"
    assert _chairs(names, events[0]) == ["Hoàng Minh Khải"]


@pytest.mark.parametrize("presidium", [
    "Đoàn Chủ tịch đại hội gồm các đồng chí: Đại tá Trần Văn Khang, Đại tá Lê Văn Hòa và Thượng tá Vũ Văn Hiển.",
    "Đại hội đã bầu Đoàn Chủ tịch gồm các đồng chí Đại tá Trần Văn Khang, Bí thư Đảng ủy; Đại tá Lê Văn Hòa, Phó "
    "Bí thư Đảng ủy; Thượng tá Vũ Văn Hiển.",
])
def test_a_presidium_chairs_a_congress_when_no_one_is_said_to_chair(presidium):
    _article, names, events, _ = _page(
        "Trong hai ngày 27 và 28/5, Đảng bộ Lữ đoàn 681 tiến hành Đại hội đại biểu lần thứ IV, nhiệm kỳ 2025 – 2030.",
        presidium)
    assert names[events[0].chair_person_id] == "Trần Văn Khang"
    assert sorted(_chairs(names, events[0])) == ["Lê Văn Hòa", "Trần Văn Khang", "Vũ Văn Hiển"]
    # Someone said to 'chủ trì' outranks the presidium.
    _article, names, events, _ = _page(
        "Trong hai ngày 27 và 28/5, Đảng bộ Lữ đoàn 681 tiến hành Đại hội đại biểu lần thứ IV, nhiệm kỳ 2025 – 2030.",
        presidium + " Đại tá Lê Văn Hòa thay mặt Đoàn Chủ tịch điều hành và chủ trì đại hội.")
    assert _chairs(names, events[0]) == ["Lê Văn Hòa"]


def test_an_award_given_on_the_occasion_is_a_further_event_on_the_same_day():
    _article, names, events, _ = _page(
        "Ngày 19-5-2025, Cục Hậu cần Quân khu 9 tổ chức Lễ báo công dâng Bác. Đại tá Trịnh Văn Bảo, Chủ nhiệm Hậu "
        "cần Quân khu chủ trì buổi lễ.",
        "Dịp này, Đại tá Trịnh Văn Bảo trao Giấy khen tặng 4 tập thể, 9 cá nhân có thành tích xuất sắc.\n\n"
        "Dịp này, Cục cũng trao tặng 30 suất quà cho gia đình chính sách.")
    assert [e.event_type for e in events] == ["le_bao_cong", "le_trao_tang"]
    assert events[1].event_date == dt.date(2025, 5, 19) and events[1].chair_person_id is None
    assert names[events[0].chair_person_id] == "Trịnh Văn Bảo"
    # The award the main ceremony receives in its own name is part of it; another award handed over on its
    # occasion is an event of its own (session 12, gift14: set 9's 065; dev 414 and 447 aligned).
    _article, _names, events, _ = _page(
        "Sáng 27/9, Tổng cục Hậu cần tổ chức Lễ kỷ niệm 70 năm Ngày truyền thống và đón nhận Huân chương Quân công.",
        "Dịp này, Bộ Quốc phòng tặng Bằng khen cho 10 tập thể.")
    assert [e.event_type for e in events] == ["le_ky_niem", "le_trao_tang"]
    _article, _names, events, _ = _page(
        "Sáng 27/9, Tổng cục Hậu cần tổ chức Lễ kỷ niệm 70 năm Ngày truyền thống và đón nhận Huân chương Quân công.",
        "Dịp này, Đại tướng Lê Văn Minh trao Huân chương Quân công tặng Tổng cục.")
    assert [e.event_type for e in events] == ["le_ky_niem"]


@pytest.mark.parametrize("lead, body, day", [
    ("Vừa qua, Cục Quân nhu tổ chức hội nghị tổng kết công tác quân nhu. Hội nghị diễn ra sáng 5/6 tại Hà Nội.",
     "Nội dung tiếp theo.", dt.date(2024, 6, 5)),
    ("Vừa qua, Lữ đoàn 971 tổ chức Lễ kỷ niệm 50 năm Ngày truyền thống.",
     "Buổi lễ được tổ chức vào chiều 12-6 tại hội trường Lữ đoàn.", dt.date(2024, 6, 12)),
])
def test_a_date_given_after_the_sentence_that_reports_the_event(lead, body, day):
    _article, _names, events, _ = _page(lead, body)
    assert events[0].event_date == day


def test_a_later_date_that_does_not_say_when_the_event_took_place_is_not_its_date():
    _article, _names, events, _ = _page("Vừa qua, Cục Quân nhu tổ chức hội nghị tổng kết công tác quân nhu.",
                                        "Từ ngày 1/3/2023 đến nay, Cục đã bảo đảm đủ quân trang cho bộ đội.")
    assert events[0].event_date is None


def test_the_chair_named_after_a_colon():
    _article, names, events, _ = _page("Sáng 14/6, Cục Xe máy tổ chức hội nghị sơ kết công tác xe máy.",
                                       "Chủ trì hội nghị: Thiếu tướng Đào Văn Lực, Cục trưởng Cục Xe máy.")
    assert names[events[0].chair_person_id] == "Đào Văn Lực"
