"""Session 14 (head22, spent set 17): a line naming the site, its section or its column is never the headline;
a headline ending in a full stop or an interview's headline over the tagged lead is the headline under such a
line; a copy's credit with its stamp is the publication stamp. Invented Vietnamese pages."""

from __future__ import annotations

import pytest

from haucan.article import build_article
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules
from haucan.site_labels import is_section_label, is_site_label, site_suffix

LEAD = "Sáng 14/3, Ban Chỉ huy Quân sự xã Hòa Lợi tổ chức hội nghị triển khai nhiệm vụ hậu cần năm 2026 cho các đơn vị."
BODY = "\nHội nghị đã đánh giá kết quả bảo đảm hậu cần năm qua và đề ra các chỉ tiêu cho năm mới của địa phương.\n"


def _meta(text: str, url: str | None = None):
    return build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", url), text), load_rules()).metadata


@pytest.mark.parametrize("line", [
    "Trang thông tin điện tử xã Hòa Lợi - Huyện Châu Thành",
    "BÁO SÔNG CẦU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SÔNG CẦU",
    "Tin quốc phòng địa phương",
    "Hỏi - Đáp",
    "Luatmoi.vn - Tra cứu văn bản pháp luật",
    "Theo baomoi.vn 08:40,",
])
def test_site_section_and_column_lines_are_site_labels(line: str) -> None:
    assert is_site_label(line)


@pytest.mark.parametrize("line", [
    "Tin vui cho bộ đội: bếp ăn mới được bàn giao trước Tết",
    "Hà Nội - Huế: hành trình của đoàn xe hậu cần qua miền Trung",
    "Bộ CHQS tỉnh tổ chức hội nghị tổng kết công tác hậu cần năm 2025",
])
def test_headlines_are_no_site_labels(line: str) -> None:
    assert not is_site_label(line)
    assert not is_section_label(line)


def test_stopped_headline_under_a_site_name_line_is_the_headline() -> None:
    page = ("Trang thông tin điện tử xã Hòa Lợi - Huyện Châu Thành\nTrang chủ » Tin tức » Quốc phòng\n"
            "Xã Hòa Lợi tổ chức hội nghị triển khai nhiệm vụ hậu cần năm 2026.\nNgày đăng: 15/03/2026 | Lượt xem: 120\n"
            + LEAD + BODY)
    meta = _meta(page)
    assert meta.title == "Xã Hòa Lợi tổ chức hội nghị triển khai nhiệm vụ hậu cần năm 2026."


def test_section_label_over_a_stopped_headline() -> None:
    page = ("Tin quốc phòng địa phương\nXã Hòa Lợi bế mạc huấn luyện dân quân tự vệ năm 2026.\n\n15/03/2026\n"
            + LEAD + BODY)
    assert _meta(page).title == "Xã Hòa Lợi bế mạc huấn luyện dân quân tự vệ năm 2026."


def test_masthead_with_its_owner_after_a_dash_is_not_the_headline() -> None:
    page = ("BÁO SÔNG CẦU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SÔNG CẦU\n"
            "Công an tỉnh bàn giao nhà tình nghĩa cho gia đình chính sách\nCập nhật ngày 15/03/2026 - 08:30\n"
            + LEAD + BODY)
    assert _meta(page).title == "Công an tỉnh bàn giao nhà tình nghĩa cho gia đình chính sách"


def test_interview_headline_over_the_tagged_lead_under_a_column_label() -> None:
    page = ("Gặp gỡ - Đối thoại\nThượng tá, ThS. Lê Văn Hòa: “Bữa ăn tốt giữ chân người lính trẻ”\n"
            "CNQP&KT - Nhân dịp đầu năm, phóng viên có cuộc trao đổi với đồng chí Lê Văn Hòa về công tác hậu cần.\n"
            "PV: Thưa đồng chí, đơn vị làm gì để nâng cao bữa ăn?\n")
    assert _meta(page).title == "Thượng tá, ThS. Lê Văn Hòa: “Bữa ăn tốt giữ chân người lính trẻ”"


def test_credit_with_the_original_stamp_is_the_stamp_not_the_headline() -> None:
    page = "Quốc phòng - An ninh\nBếp ăn của Đại đội 3\n\nTheo qdnd.vn 07:45, 12/03/2026\n\n" + LEAD + BODY
    meta = _meta(page)
    assert meta.title == "Bếp ăn của Đại đội 3"
    assert str(meta.published_date) == "2026-03-12"


def test_related_headline_with_the_site_name_printed_after_captions_is_not_the_headline() -> None:
    texts = ["Đoàn Hải quân tiếp nhận tàu vận tải mới", "Tàu hậu cần rời cảng", "Chuyển giao tàu tuần tra thứ ba - Tin Biển",
             "Thủy thủ chào cờ trên boong tàu. - Tin Biển"]
    assert site_suffix(texts[2], texts) == "Tin Biển"
    page = "\n".join(texts[:3]) + "\n" + LEAD + "\n" + texts[3] + BODY
    assert _meta(page).title == "Đoàn Hải quân tiếp nhận tàu vận tải mới"


def test_site_name_suffix_printed_once_is_kept() -> None:
    texts = ["Hội thao quân sự - Quân khu 9", "Các đơn vị tham gia hội thao."]
    assert site_suffix(texts[0], texts) is None


def test_headline_in_capitals_opening_with_a_unit_is_no_site_label() -> None:
    assert not is_site_label("TRUNG ĐOÀN 48 NÂNG CAO CHẤT LƯỢNG BỮA ĂN BỘ ĐỘI")
    assert is_site_label("CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA LỢI")


@pytest.mark.parametrize(("stamp", "day"), [
    ("Дата публикации: 14.03.2026", "2026-03-14"),
    ("Published: 14/03/2026", "2026-03-14"),
    ("04:10 PM 14/03/2026 | Lượt xem: 87 |", "2026-03-14"),
])
def test_stamp_shapes_of_set_17(stamp: str, day: str) -> None:
    page = "Bộ CHQS tỉnh tổ chức hội nghị tổng kết công tác hậu cần năm 2025\n" + stamp + "\n" + LEAD + BODY
    assert str(_meta(page).published_date) == day


def test_a_day_over_twelve_is_never_read_as_a_month() -> None:
    from haucan.stamps import parse_stamp_date

    assert str(parse_stamp_date("24/10/2025 09:30", month_first=True)) == "2025-10-24"
    assert str(parse_stamp_date("10/07/2025 09:30", month_first=True)) == "2025-10-07"


# ---- outlets (step 3 of the session-14 outlet rule) ---------------------------------------------------------------
def _outlet(text: str, url: str) -> str | None:
    from tests.support.outlet_pages import decided

    return decided(text, url)[0]


def test_site_name_appended_to_its_lines_and_spelled_by_the_host_is_the_printed_name() -> None:
    page = ("Hải quân tiếp nhận tàu vận tải mới\nTàu rời cảng sau lễ thượng cờ - Tinbien Việt Nam\n" + LEAD
            + "\nThủy thủ chào cờ trên boong. - Tinbien Việt Nam" + BODY)
    assert _outlet(page, "https://vn.tinbiennews.com/quan-su/123") == "Tinbien Việt Nam"


def test_a_photographer_after_captions_is_no_site_name() -> None:
    page = ("Hải quân tiếp nhận tàu vận tải mới\n" + LEAD + "\nTàu rời cảng. - Thanh Hà\nThủy thủ chào cờ. - Thanh Hà"
            + BODY)
    assert _outlet(page, "https://vn.tinbiennews.com/quan-su/123") != "Thanh Hà"


def test_province_subsite_prints_its_portal_name_at_the_foot() -> None:
    page = ("Tin hoạt động\nHuyện Ia Mơ tổ chức hội nghị hậu cần năm 2026\n15/03/2026\n" + LEAD + BODY
            + "Tin khác\nIa Mơ: Ra quân huấn luyện năm 2026\nCổng thông tin điện tử huyện Ia Mơ\n")
    assert _outlet(page, "https://iamo.gialai.gov.vn/tin-tuc/123") == "Cổng thông tin điện tử huyện Ia Mơ"


def test_an_editor_account_at_the_foot_is_no_portal_name() -> None:
    from haucan.outlet_territory import foot_portal_name
    from haucan.records import Block

    blocks = (Block(0, "residue", "x", "Văn phòng HĐND - UBND xã", 1), Block(1, "residue", "x", "btv hoaloi", 2))
    assert foot_portal_name(blocks, "hoaloi.binhduong.gov.vn", load_rules()) is None


def test_generated_territory_name_never_prints_a_place_in_capitals() -> None:
    from haucan.outlet_territory import printed_territory
    from haucan.outlet_text import PageName

    found = PageName(None, "Cổng thông tin điện tử phường HÒA LỢI", "masthead", "portal")
    assert printed_territory(found, ()).name == "Cổng thông tin điện tử phường Hòa Lợi"


def test_a_foreign_source_label_credits_the_original_over_the_mirror_name() -> None:
    page = ("Mirror24.pro\nГлавные новости\nQuân khu tổ chức hội nghị hậu cần năm 2026\n" + LEAD + BODY
            + "Источник: Vnexpress.net\nДругие новости\n")
    assert _outlet(page, "https://mirror24.pro/foreign/vi/123") == "VnExpress"


def test_without_a_source_label_the_mirror_keeps_its_name() -> None:
    from haucan.outlet_appended import foreign_source_label
    from haucan.records import Block

    assert not foreign_source_label((Block(0, "body", "x", "Nguồn lực hậu cần: đã bảo đảm đủ", 1),))
    assert foreign_source_label((Block(0, "residue", "x", "Канал: Thanh Hóa TV", 1),))


def test_an_agency_masthead_in_capitals_at_the_foot_holding_the_host_label_is_its_name() -> None:
    from haucan.outlet_appended import foot_masthead
    from haucan.records import Block

    blocks = (Block(0, "lead", "x", LEAD, 1), Block(1, "residue", "related_links", "CỤC KHO VẬN QUỐC GIA", 2))
    found = foot_masthead(blocks, "khovan.gov.vn")
    assert found is not None and found.name.casefold() == "cục kho vận quốc gia" and found.kind == "portal"
    assert foot_masthead(blocks, "tinmoi.gov.vn") is None  # the host's label is not in the name


def test_a_related_headline_in_capitals_at_the_foot_is_no_masthead() -> None:
    from haucan.outlet_appended import foot_masthead
    from haucan.records import Block

    line = "UBND XÃ HÒA LỢI KẾT NẠP MỚI DÂN QUÂN – TỰ VỆ NĂM 2026"
    assert foot_masthead((Block(0, "residue", "related_links", line, 1),), "hoaloi.binhduong.gov.vn") is None


def test_a_bodys_name_over_a_papers_sub_site_is_the_papers_channel() -> None:
    page = ("Công đoàn Việt Nam\nCông đoàn\nTrao quà Tết cho cán bộ, chiến sĩ các đồn Biên phòng năm 2026\n"
            "Thứ Hai, 19/01/2026 15:40 (GMT+7)\n" + LEAD + BODY)
    assert _outlet(page, "https://congdoanvietnam.laodong.vn/cong-doan/trao-qua-123.ldo") == "Lao Động"
