"""The page head, session 12 (issue 14, the eighth blind set's misses), on short invented pages: lines above a
headline that are never it by their shape — a row of section names run together, a motto of watchwords over a
masthead, a publication's tagline naming its owner — a newsroom's workflow note glued to the headline, a headline
ending in a full stop over its stamp, and the dates a page states in odd shapes (a Java timestamp with a fraction of
a second, a broadcast date)."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.header_shapes import is_section_row, is_slogan, is_tagline, workflow_note
from tests.support.pages import BODY, LEAD, TITLE, article, published_text


def _gone(a, line: str) -> bool:
    return line not in published_text(a) and all(line not in c for c in a.metadata.captions) \
        and line not in a.metadata.authors and a.metadata.title != line


@pytest.mark.parametrize("row", [
    "Video Ảnh Báo in Podcast Chuyển động Emagazine Infographic",
    "Podcast Video Bạn đọc Infographic Multimedia",
])
def test_a_row_of_section_names_over_the_headline_is_not_the_title(row):
    a = article("\n".join([row, TITLE, LEAD, BODY]))
    assert is_section_row(row)
    assert a.metadata.title == TITLE and _gone(a, row)


@pytest.mark.parametrize("headline", [
    "Bộ trưởng Nguyễn Văn Hòa tiếp Bộ trưởng Quốc phòng Lào",
    "Video Báo Ảnh Quân khu tổng kết công tác hậu cần",
    TITLE,
])
def test_a_headline_full_of_names_is_no_section_row(headline):
    assert not is_section_row(headline)


@pytest.mark.parametrize("slogan", [
    "“ĐOÀN KẾT – KỶ CƯƠNG - CHỦ ĐỘNG – SÁNG TẠO”",
    "TRUNG THÀNH - TẬN TỤY - HIỆU QUẢ",
    "\"Trung thành - Tận tụy - Sáng tạo - Hiệu quả\"",
])
def test_a_motto_over_the_masthead_is_neither_the_title_nor_glued_to_the_masthead(slogan):
    masthead = "HỌC VIỆN HẬU CẦN KỸ THUẬT MIỀN NAM"
    a = article("\n".join([slogan, masthead, TITLE, LEAD, BODY]))
    assert is_slogan(slogan)
    assert a.metadata.title == TITLE and _gone(a, slogan) and _gone(a, masthead)


@pytest.mark.parametrize("headline", [
    "Sư đoàn 5 - Quân khu 7 tổng kết công tác hậu cần",
    "HỘI THAO QUÂN Y - NĂM 2024",
    "Hậu cần tại chỗ: Nhà ăn, Kho, Bếp",
])
def test_a_headline_with_a_dash_or_a_list_is_no_motto(headline):
    assert not is_slogan(headline)


@pytest.mark.parametrize("tagline", [
    "Tạp chí của Hội Văn học Nghệ thuật tỉnh Hòa Bình",
    "TẠP CHÍ CỦA HỘI LIÊN HIỆP VĂN HỌC NGHỆ THUẬT TỈNH HÀ NAM",
    "Bản tin của Bộ Chỉ huy Quân sự tỉnh",
])
def test_a_publications_tagline_over_the_headline_is_not_the_title(tagline):
    a = article("\n".join(["VĂN NGHỆ HÒA BÌNH", tagline, "Chi tiết tin tức",
                           "Những người nuôi quân ở hậu phương năm xưa", LEAD, BODY]))
    assert is_tagline(tagline)
    assert a.metadata.title == "Những người nuôi quân ở hậu phương năm xưa" and _gone(a, tagline)


def test_a_headline_about_a_magazine_is_no_tagline():
    assert not is_tagline("Tạp chí Hậu cần Quân đội - người bạn đồng hành của cán bộ")
    assert not is_tagline("Báo của bộ đội: chuyện ở Trung đoàn 88.")


@pytest.mark.parametrize(("line", "note"), [
    (f"{TITLE} - đã psts 9-11", "đã psts 9-11"),
    (f"{TITLE} (PS CTTS NGAY 12/5)", "PS CTTS NGAY 12/5"),
    (f"{TITLE} - Đã duyệt", "Đã duyệt"),
    (f"{TITLE} - bản nháp", "bản nháp"),
])
def test_a_newsroom_workflow_note_is_cut_off_the_headline(line, note):
    a = article("\n".join([line, LEAD, BODY]))
    assert a.metadata.title == TITLE
    assert any(b.rule == "title_workflow_note" and b.text == note for b in a.blocks)


@pytest.mark.parametrize("headline", [
    "Hậu cần Quân khu 7 - điểm sáng của phong trào thi đua",
    "Bếp ăn tập thể - nơi giữ lửa",
    "Hội thao quân y năm 2024 (kỳ 1)",
    "Phê duyệt dự án nhà ăn - Sư đoàn 5",
])
def test_a_headlines_own_second_part_is_no_workflow_note(headline):
    assert workflow_note(headline) is None


def test_a_headline_ending_in_a_full_stop_over_its_stamp_is_the_title_and_the_java_stamp_dates_the_page():
    headline = "Hội thi cấp dưỡng giỏi lực lượng dân quân xã Tân Lập năm 2025."
    a = article("\n".join(["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN LẬP", "Trang chủ  Giới thiệu  Văn bản", headline,
                           "2025-09-18 08:05:00.0", LEAD, BODY]))
    assert a.metadata.title == headline
    assert a.metadata.published_date == dt.date(2025, 9, 18)
    assert _gone(a, "CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN LẬP")


def test_a_one_sentence_lead_without_a_stamp_under_it_stays_the_lead():
    a = article("\n".join([TITLE, LEAD, BODY]))
    assert a.metadata.title == TITLE and LEAD in published_text(a)


@pytest.mark.parametrize(("stamp", "day"), [
    ("Phát sóng ngày 14/10/2024", dt.date(2024, 10, 14)),
    ("Ngày phát sóng: 03/02/2025", dt.date(2025, 2, 3)),
    ("Phát sóng lúc 19:00 ngày 21/12/2024", dt.date(2024, 12, 21)),
])
def test_a_broadcast_date_is_the_video_pages_publication_date(stamp, day):
    a = article("\n".join([TITLE, stamp, LEAD, BODY]))
    assert a.metadata.published_date == day and _gone(a, stamp)


@pytest.mark.parametrize("closing", [
    "Thu Hà, Công an nhân dân, 09/04/2024",
    "Minh Đức - Báo Quân đội nhân dân - 9/4/2024",
])
def test_a_reposts_closing_writer_paper_and_date_give_the_author_and_the_publication_date(closing):
    a = article("\n".join([TITLE, LEAD, BODY, closing]))
    assert a.metadata.published_date == dt.date(2024, 4, 9)
    assert a.metadata.authors == (closing.split(",")[0].split(" - ")[0],)


@pytest.mark.parametrize("line", ["Hà Nội, ngày 12/3/2024", "Đại tá Nguyễn Văn An, Quân khu 7, 12/3/2024"])
def test_a_place_or_an_officer_before_a_date_is_no_writer(line):
    from haucan.stamps import stamp_rule
    from tests.support.pages import RULES
    rule = stamp_rule(line, RULES)
    assert rule is None or not {"writer", "author"} & set(rule.pattern.groupindex)


def test_a_bodys_masthead_over_the_sites_kind_names_the_outlet_by_the_body_alone():
    from haucan.metadata import extract_metadata
    from tests.support.pages import RULES
    a = article("\n".join(["BAN TUYÊN GIÁO TỈNH ỦY HẬU GIANG", "Trang thông tin điện tử", "Quốc phòng - An ninh",
                           TITLE, LEAD, BODY]))
    meta = extract_metadata(a.blocks, RULES, "https://tuyengiaohaugiang.vn/tin-tuc/bep-an-812")
    assert meta.outlet == "Ban Tuyên giáo Tỉnh ủy Hậu Giang"


def test_a_copy_site_keeping_a_prefix_two_outlets_print_credits_the_one_it_is_the_alias_of():
    from haucan.metadata import extract_metadata
    from tests.support.pages import RULES
    lead = "CNQP&KT - Năm 2025, Tổng công ty 28 đã bảo đảm đủ quân trang cho các đơn vị mới sắp xếp."
    a = article("\n".join(["Tin Nhanh 360 - Tin tức tổng hợp", "Trang chủ / Tổng hợp", TITLE, lead, BODY]))
    meta = extract_metadata(a.blocks, RULES, "https://tinnhanh360.example.com/bao-dam-quan-trang")
    assert meta.outlet == "Tạp chí Công nghiệp quốc phòng và Kinh tế"


@pytest.mark.parametrize(("masthead", "outlet"), [
    ("UBND XÃ TÂN AN - HUYỆN BÁ THƯỚC - TỈNH THANH HÓA", "UBND xã Tân An - huyện Bá Thước - tỉnh Thanh Hóa"),
    ("UBND TỈNH THANH HÓA", "Cổng thông tin điện tử xã Tân An"),
])
def test_a_commune_portal_goes_by_its_own_printed_name_when_it_names_the_commune(masthead, outlet):
    from haucan.metadata import extract_metadata
    from tests.support.pages import RULES
    lead = "Sáng 14/6, Ban CHQS xã Tân An tổ chức hội nghị tổng kết công tác hậu cần năm 2024."
    a = article("\n".join([masthead, "Trang chủ", "Hệ thống chính trị", TITLE, lead, BODY]))
    meta = extract_metadata(a.blocks, RULES, "http://tanan.bathuoc.thanhhoa.gov.vn/web/trang-chu/tin-tuc/bep-an.html")
    assert meta.outlet == outlet


def test_the_armys_papers_monthly_on_its_sub_site_is_its_own_outlet():
    from haucan.metadata import extract_metadata
    from tests.support.pages import RULES
    a = article("\n".join(["SỰ KIỆN VÀ NHÂN CHỨNG", "Trang chủ | Đối thoại | Nhân chứng", TITLE, LEAD, BODY]))
    meta = extract_metadata(a.blocks, RULES, "https://sknc.qdnd.vn/doi-thoai/bep-an-812")
    assert (meta.outlet, meta.outlet_kind) == ("Sự kiện và Nhân chứng", "army")


@pytest.mark.parametrize(("stamp", "day"), [
    ("Báo Quảng Trị | 07:10 03/09/2024", dt.date(2024, 9, 3)),
    ("03/09/2024 07:10:22 Xem cỡ chữ Google", dt.date(2024, 9, 3)),
    ("03/09/2024 | Cỡ chữ | In bài | Zalo", dt.date(2024, 9, 3)),
])
def test_a_stamp_beside_its_source_paper_or_running_into_the_text_tools_dates_the_page(stamp, day):
    a = article("\n".join([TITLE, stamp, LEAD, BODY]))
    assert a.metadata.published_date == day and _gone(a, stamp)


def test_a_category_then_a_date_is_no_source_stamp():
    from haucan.stamps import stamp_rule
    from tests.support.pages import RULES
    rule = stamp_rule("Quốc phòng | 14/08/2024", RULES)
    assert rule is None or rule.name != "source_then_stamp"
