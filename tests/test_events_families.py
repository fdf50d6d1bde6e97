"""Event families seen on real ceremony and conference reports (issue 14, round 6): weekdays and 'hôm qua' in the
date, 'Vừa qua' with no date, send-offs written 'Lễ giao, nhận quân', inaugurations, 'báo công' ceremonies,
chairs named by office only, in the headline only, or leading a working session, and further events opening on
another occasion ('Chiều cùng ngày, …')."""

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


def _events(*paragraphs: str, title: str = "Tiêu đề bài báo thử", stamp: str = "20-06-2024 08:00"):
    """The events the extractor reads off a page (title, stamp, paragraphs) and the names of their chairs."""
    text = "\n\n".join((title, stamp, *paragraphs))
    article = build_article(RawArticle(SourceFile("0123456789abcdef.txt", "0123456789abcdef", None), text), RULES)
    facts = derive_facts(annotate(article, None, extract(article)), OrgRegistry(), None)
    observations, event, _ = facts.auto
    names = {o.person_id: o.name for o in observations}
    events = (event, *facts.further_events) if event else ()
    return events, [names.get(e.chair_person_id) for e in events]


@pytest.mark.parametrize("lead, day", [
    ("Chiều thứ Tư (12/6), Bộ CHQS tỉnh tổ chức Hội nghị sơ kết công tác hậu cần.", dt.date(2024, 6, 12)),
    ("Sáng Chủ nhật (9/6), Sư đoàn 5 tổ chức Hội thao quân sự.", dt.date(2024, 6, 9)),
    ("Thứ Bảy (8/6), Sư đoàn 5 tổ chức Hội thao quân sự.", dt.date(2024, 6, 8)),
    ("Hôm qua (19/6), Lữ đoàn 125 tổ chức Lễ ra quân huấn luyện.", dt.date(2024, 6, 19)),
    ("Sáng mùng 5/6, Lữ đoàn 125 tổ chức Lễ ra quân huấn luyện.", dt.date(2024, 6, 5)),
])
def test_a_weekday_or_hom_qua_before_the_day_still_dates_the_event(lead, day):
    events, _ = _events(lead)
    assert events[0].event_date == day and events[0].event_date_basis == "day_month+published_year"


def test_vua_qua_leaves_the_event_undated_rather_than_taking_a_later_day():
    events, _ = _events("Vừa qua, Bộ CHQS tỉnh tổ chức lớp tập huấn công tác quân nhu năm 2024.",
                        "Kết thúc lớp tập huấn, sáng 12/6 Bộ CHQS tỉnh kiểm tra kết quả của học viên.")
    assert events[0].event_type == "tap_huan" and events[0].event_date is None


@pytest.mark.parametrize("lead, event_type, family, name", [
    ("Sáng 15/6, huyện Bình Lục tổ chức Lễ giao, nhận quân năm 2024.", "le_ra_quan", "other",
     "Lễ giao, nhận quân năm 2024"),
    ("Sáng 15/6, Bộ Quốc phòng tổ chức Lễ khánh thành công trình nhà ăn cho cán bộ, chiến sĩ.", "khanh_thanh",
     "other", "Lễ khánh thành công trình nhà ăn cho cán bộ, chiến sĩ"),
    ("Sáng 15/6, Cục Quân nhu tổ chức Lễ dâng hương, báo công dâng Bác.", "le_bao_cong", "le_bao_cong",
     "Lễ dâng hương, báo công dâng Bác"),
    ("Sáng 15/6, đoàn đại biểu Công an tỉnh đã dâng hương tưởng niệm, báo công Chủ tịch Hồ Chí Minh.",
     "le_bao_cong", "le_bao_cong", None),
    ("Sáng 15/6, Sư đoàn 5 tổ chức Lễ ra quân huấn luyện dưới sự chủ trì của Đại tá Trần Văn Mười, Sư đoàn trưởng.",
     "le_ra_quan", "other", "Lễ ra quân huấn luyện"),
    ("Sáng 15/6, Đảng ủy Quân khu 3 tổ chức Tổng kết 10 năm thực hiện Nghị quyết 765 của Quân ủy Trung ương.",
     "tong_ket", "hoi_nghi", "Tổng kết 10 năm thực hiện Nghị quyết 765 của Quân ủy Trung ương"),
    ("Ngày 15/6, đoàn công tác Tổng cục Hậu cần do Đại tá Phạm Văn Thái làm trưởng đoàn đến khảo sát vị trí ăn, ở "
     "tại Lữ đoàn 25.", "kiem_tra", "kiem_tra", None),
    ("Ngày 15/6, Tổng cục Hậu cần - Kỹ thuật giao ban công tác quý II năm 2024.", "hoi_nghi", "hoi_nghi", None),
    ("Chiều 15/6, đồng chí Lê Thị Thủy, Bí thư Tỉnh ủy đã đến thăm, chúc mừng cán bộ, chiến sĩ Công an tỉnh.",
     "lam_viec", "lam_viec", None),
])
def test_ceremonies_real_pages_write_get_their_type_and_name(lead, event_type, family, name):
    events, _ = _events(lead)
    assert (events[0].event_type, event_family(events[0].event_type), events[0].name) == (event_type, family, name)


def test_a_chair_named_by_office_only_is_the_person_the_article_gives_that_office():
    events, chairs = _events(
        "Chiều 12/6, Bộ Tư lệnh Quân chủng tổ chức Hội nghị tổng kết công tác hậu cần.",
        "Đồng chí Phó Tư lệnh, Tham mưu trưởng Quân chủng chủ trì hội nghị.",
        "Phát biểu kết luận, Thiếu tướng Đỗ Quang Lâm, Phó Tư lệnh, Tham mưu trưởng Quân chủng yêu cầu các đơn vị "
        "bảo đảm tốt hậu cần.")
    assert chairs == ["Đỗ Quang Lâm"]


def test_an_office_two_people_hold_names_no_chair():
    _, chairs = _events(
        "Chiều 12/6, Bộ CHQS tỉnh tổ chức Hội nghị tổng kết công tác hậu cần.",
        "Đồng chí Phó Chỉ huy trưởng chủ trì hội nghị.",
        "Dự có Thượng tá Lê Văn An, Phó Chỉ huy trưởng và Thượng tá Hà Văn Bình, Phó Chỉ huy trưởng.")
    assert chairs == [None]


def test_the_headline_names_the_chair_when_the_text_does_not():
    _, chairs = _events("Chiều 12/6, Công an thành phố tổ chức hội nghị sơ kết công tác hậu cần.",
                        "Dự hội nghị có Đại tá Hồ Đăng Khoa, Phó Giám đốc Công an thành phố.",
                        title="Đại tá Hồ Đăng Khoa chủ trì sơ kết công tác hậu cần")
    assert chairs == ["Hồ Đăng Khoa"]


def test_who_has_a_working_session_leads_it_unless_someone_leads_the_delegation():
    _, chairs = _events("Chiều 14/6, đồng chí Nguyễn Đức Lương - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh có buổi làm "
                        "việc với Bộ CHQS tỉnh.")
    assert chairs == ["Nguyễn Đức Lương"]
    _, chairs = _events("Chiều 15/6, đồng chí Lê Thị Thủy, Bí thư Tỉnh ủy đã đến thăm, chúc mừng Bộ CHQS tỉnh.")
    assert chairs == ["Lê Thị Thủy"]
    _, chairs = _events("Chiều 14/6, đoàn công tác do Thiếu tướng Mai Văn Nam, Phó Tư lệnh Quân khu làm trưởng đoàn "
                        "đã đến thăm và làm việc với Bộ CHQS tỉnh.",
                        "Đại tá Hà Văn Bình, Chỉ huy trưởng Bộ CHQS tỉnh đã có buổi làm việc với đoàn.")
    assert chairs == ["Mai Văn Nam"]


def test_an_event_opening_on_another_occasion_is_a_further_event_on_its_own_day_with_its_own_chair():
    events, chairs = _events(
        "Sáng 16/6, huyện Bình Lục tổ chức Lễ giao, nhận quân năm 2024. Đồng chí Đặng Thanh Sơn, Bí thư Huyện ủy "
        "chủ trì buổi lễ.",
        "Chiều cùng ngày, Bộ CHQS tỉnh tổ chức hội nghị rút kinh nghiệm công tác tuyển quân. Đại tá Vũ Đình Khôi chủ "
        "trì hội nghị.",
        "Trước đó, chiều 15/6, Bộ CHQS tỉnh tổ chức Lễ dâng hương, báo công dâng Bác. Đại tá Lăng Văn Phúc chủ trì.")
    assert [(e.event_type, e.event_date) for e in events] == [
        ("le_ra_quan", dt.date(2024, 6, 16)), ("hoi_nghi", dt.date(2024, 6, 16)), ("le_bao_cong", dt.date(2024, 6, 15))]
    assert chairs == ["Đặng Thanh Sơn", "Vũ Đình Khôi", "Lăng Văn Phúc"]


def test_chu_toa_is_chairing_and_an_office_after_a_rank_still_names_its_holder():
    _, chairs = _events("Sáng 14/6, Bộ CHQS tỉnh tổ chức hội nghị. Đại tá Tô Văn Tám, Chỉ huy trưởng Bộ CHQS tỉnh "
                        "chủ tọa hội nghị.")
    assert chairs == ["Tô Văn Tám"]
    _, chairs = _events("Ngày 14/6, Cục Hậu cần Quân khu 9 tổ chức Lễ bế giảng lớp bồi dưỡng. Đồng chí Đại tá Cục "
                        "trưởng Cục Hậu cần chủ trì.",
                        "Đại tá Lâm Văn Hiếu, Cục trưởng Cục Hậu cần Quân khu 9 trao giấy chứng nhận cho học viên.")
    assert chairs == ["Lâm Văn Hiếu"]


def test_co_chairs_joined_by_cung_are_both_chairs_the_first_named_first():
    events, chairs = _events("Sáng 14/6, Bộ CHQS tỉnh và Sở Y tế tổ chức hội nghị ký kết chương trình phối hợp. "
                             "Đại tá Tô Văn Tám, Chỉ huy trưởng Bộ CHQS tỉnh cùng ông Lưu Văn Hải, Giám đốc Sở Y tế "
                             "đồng chủ trì hội nghị.")
    assert chairs == ["Tô Văn Tám"]
    assert len([p for p in events[0].participants if p.role == "chairs"]) == 2


def test_the_real_world_scorer_pairs_a_fine_event_type_with_its_gold_family():
    from types import SimpleNamespace

    from haucan.realworld import _match_events
    predicted = [SimpleNamespace(event_type="le_ra_quan"), SimpleNamespace(event_type="tong_ket")]
    pairs = _match_events([{"type": "hoi_nghi"}, {"type": "other"}], predicted)
    assert [event.event_type for _, event in pairs] == ["tong_ket", "le_ra_quan"]


def test_a_venue_named_hoi_nghi_is_no_conference_and_sau_do_is_the_main_day():
    events, chairs = _events(
        "Sáng thứ Sáu (14/6), tại Trung tâm Hội nghị tỉnh, Bộ CHQS tỉnh tổ chức Lễ tuyên dương điển hình tiên tiến. "
        "Buổi lễ diễn ra dưới sự chủ trì của Đại tá Lâm Quang Triều, Chính ủy Bộ CHQS tỉnh.",
        "Sau đó, Bộ CHQS tỉnh tổ chức hội nghị triển khai kế hoạch bảo đảm hậu cần. Thượng tá Huỳnh Văn Tỏ chủ trì "
        "hội nghị.")
    assert [(e.event_type, e.event_date) for e in events] == [
        ("le_trao_tang", dt.date(2024, 6, 14)), ("hoi_nghi", dt.date(2024, 6, 14))]
    assert chairs == ["Lâm Quang Triều", "Huỳnh Văn Tỏ"]
