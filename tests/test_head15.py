"""The page head, session 12 (issue 14, the tenth blind set's misses), on short invented pages: a clock with a
minute mark before its zone, a site's name and tagline over the headline, a unit's masthead whose dash is inside
its name or before its parent, and a headline cell glued to the first paragraph by a run of spaces."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.article import build_article
from haucan.header_shapes import is_site_banner
from haucan.headline_glue import split_glued_headline
from haucan.records import RawArticle, SourceFile
from tests.support.pages import BODY, LEAD, RULES, published_text


def _page(text: str, url: str | None = None):
    return build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", url), text), RULES)


HEADLINE = "Khai giảng lớp tập huấn nghiệp vụ quân nhu cho cán bộ hậu cần cơ sở"


@pytest.mark.parametrize("stamp", ["Thứ Hai, 03/11/2025 08:40'(GMT+7)", "Thứ Hai, 03/11/2025 08:40' GMT+7",
                                   "03/11/2025 08:40’"])
def test_a_clock_with_a_minute_mark_is_a_stamp(stamp):
    a = _page("\n".join(["Trang chủ | Giới thiệu | Tin tức | Liên hệ", stamp, HEADLINE, LEAD, BODY]))
    assert a.metadata.published_date == dt.date(2025, 11, 3)
    assert a.metadata.title == HEADLINE
    assert stamp not in published_text(a)


@pytest.mark.parametrize("banner", ["Tinnhanh - Tin tức, video tổng hợp", "abcxyz.net - Kết quả trực tuyến, tin tức 24h",
                                    "Gạo Điện Biên - Đặc sản gạo nếp chính gốc"])
def test_a_sites_name_and_tagline_is_no_headline(banner):
    assert is_site_banner(banner)
    a = _page("\n".join([banner, "Trang chủ / Tin tức", "Hậu cần tại chỗ cho chiến sĩ mới", LEAD, BODY]))
    assert a.metadata.title == "Hậu cần tại chỗ cho chiến sĩ mới"
    assert banner not in published_text(a)


@pytest.mark.parametrize("headline", ["Quân khu 9 - 80 năm xây dựng và trưởng thành",
                                      "Hải Phòng - Hội thi nấu ăn giỏi năm 2025",
                                      "Tiểu đoàn 3 - Tin tức vui từ thao trường."])
def test_a_headline_with_a_dash_is_no_site_banner(headline):
    assert not is_site_banner(headline)


def test_a_dash_inside_a_units_name_keeps_the_whole_name_and_a_parent_is_cut():
    whole = _page("\n".join(["HỌC VIỆN KỸ THUẬT - HẬU CẦN QUÂN SỰ", "Trang chủ | Giới thiệu | Tin tức | Liên hệ",
                             HEADLINE, LEAD, BODY]), "https://hvkthcqs.example.vn/tin-tuc/1.html")
    assert whole.metadata.outlet.casefold() == "học viện kỹ thuật - hậu cần quân sự"
    parent = _page("\n".join(["NHÀ MÁY Z999 - TỔNG CỤC CÔNG NGHIỆP QUỐC PHÒNG", "Trang chủ | Giới thiệu | Tin tức | Liên hệ",
                              HEADLINE, LEAD, BODY]), "https://nhamay.example.vn/tin-tuc/1.html")
    assert parent.metadata.outlet.casefold() == "nhà máy z999"


def test_a_headline_cell_glued_to_the_paragraph_by_spaces_is_split_off():
    headline = "ĐOÀN CÔNG TÁC KIỂM TRA CÔNG TÁC HẬU CẦN TẠI NHÀ MÁY Z999"
    raw = headline + "           " + LEAD
    assert split_glued_headline(headline + " " + LEAD, raw) == [headline, LEAD]
    a = _page("\n".join(["NHÀ MÁY Z999 - TỔNG CỤC CÔNG NGHIỆP QUỐC PHÒNG", "Trang chủ | Giới thiệu | Tin tức | Liên hệ", raw,
                         BODY]))
    assert a.metadata.title == headline


@pytest.mark.parametrize("raw", ["Họ và tên      Nguyễn Văn An", "Lớp học kết thúc.      " + LEAD,
                                 "Tin tức  " + LEAD])
def test_no_split_without_a_headline_cell_and_a_paragraph(raw):
    assert split_glued_headline(" ".join(raw.split()), raw) is None


def test_a_copy_naming_no_source_goes_by_its_banner_name_or_its_printed_domain():
    shop = _page("\n".join(["Gạo Điện Biên - Đặc sản gạo nếp chính gốc", "Trang chủ / Tin tức",
                            "Hậu cần tại chỗ cho chiến sĩ mới", LEAD, BODY]), "https://gaonepdienbien.com/tin/1/")
    assert shop.metadata.outlet == "Gạo Điện Biên"
    spam = _page("\n".join(["ketquaxyz.com - Kết quả trực tuyến, tin tức 24h", "Trang chủ | Kết quả | Lịch | Tin tức",
                            "Hậu cần tại chỗ cho chiến sĩ mới", LEAD, BODY]), "https://ketquaxyz.com/tin-tuc/1.htm")
    assert spam.metadata.outlet == "ketquaxyz.com"
    other = _page("\n".join(["Gạo Điện Biên - Đặc sản gạo nếp chính gốc", "Trang chủ / Tin tức",
                             "Hậu cần tại chỗ cho chiến sĩ mới", LEAD, BODY]), "https://tinvat.com/tin/1/")
    assert other.metadata.outlet != "Gạo Điện Biên"  # a banner the host does not spell names no outlet


def test_a_local_stations_name_line_its_host_opens_with_the_place():
    a = _page("\n".join(["Truyền hình Mường Lát", HEADLINE, LEAD, BODY]), "http://muonglatrt.vn/quoc-phong/1.html")
    assert a.metadata.outlet == "Truyền hình Mường Lát"


def test_an_aggregators_source_named_alone_under_the_headline_is_the_outlet():
    a = _page("\n".join(["Báo Mới", "Quân sự", HEADLINE, "Quân khu 5 Online", "3 giờ trước", LEAD, BODY]),
              "https://beta.baomoi.com/khai-giang-lop-c53000002.epi")
    assert a.metadata.outlet == "Báo Quân khu 5"


def test_a_copys_lead_opening_with_theo_and_a_registry_alias_credits_it():
    lead = "Theo báo PK-KQ, ngày 14/6, Sư đoàn 371 tổ chức hội nghị tổng kết công tác hậu cần năm 2024."
    a = _page("\n".join(["Đọc Nhanh", "Trang chủ > Quân sự", HEADLINE, "14:36 | 15/06/2025", lead, BODY]),
              "https://m.docnhanh.vn/quan-su/khai-giang-tintuc1")
    assert a.metadata.outlet == "Báo Phòng không - Không quân"


def test_a_credit_line_with_a_desks_address_is_no_headline():
    credit = "Minh Hà, Quang Huy (Thời sự - thoisu@example.vn)-"
    a = _page("\n".join(["Xã hội", "Bữa cơm trên tàu trực biển", credit + "Chủ nhật, ngày 08/06/2025 19:42 GMT+7",
                         LEAD, BODY]))
    assert a.metadata.title == "Bữa cơm trên tàu trực biển"


PLAN = ["Kế hoạch 25/KH-UBND năm 2025 bảo đảm hậu cần cho diễn tập khu vực phòng thủ huyện",
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN YÊN LẠC | Độc lập - Tự do - Hạnh phúc",
        "Số: 25/KH-UBND | Yên Lạc, ngày 10 tháng 3 năm 2025", "KẾ HOẠCH",
        "BẢO ĐẢM HẬU CẦN CHO DIỄN TẬP KHU VỰC PHÒNG THỦ HUYỆN NĂM 2025",
        "Thực hiện Chỉ thị số 12/CT-UBND ngày 2/1/2025 của Ủy ban nhân dân tỉnh về công tác quốc phòng,",
        "Ủy ban nhân dân huyện ban hành Kế hoạch bảo đảm hậu cần cho diễn tập như sau:", BODY]


def test_a_pasted_documents_lines_under_the_headline_are_text():
    a = _page("\n".join(PLAN))
    assert a.metadata.title == PLAN[0]
    text = published_text(a)
    for line in PLAN[3:7]:
        assert line in text
    assert "12/CT-UBND" in text


def test_a_line_ending_with_a_comma_over_the_lead_opens_the_lead():
    first = "Thực hiện kế hoạch công tác năm 2025 của Bộ Chỉ huy Quân sự tỉnh,"
    a = _page("\n".join(["Kiểm tra công tác hậu cần tại Trung đoàn 999", first,
                         "Đoàn công tác đã kiểm tra nhà ăn, nhà bếp và khu tăng gia của đơn vị.", BODY]))
    assert a.metadata.title == "Kiểm tra công tác hậu cần tại Trung đoàn 999"
    assert first in published_text(a)


def test_a_tab_or_a_wide_gap_inside_a_lead_splits_nothing_off_it():
    from haucan.headline_glue import split_glued_headline
    tail = "Oà, hoà hoà hoà hoà hoà hoà hoà hoà, Thoà Thoà Thoà Thoà Thoà Thoà, các đơn vị báo cáo kết quả."
    lead = "Sáng 6/7, Cục Hậu cần tổ chức hội nghị sơ kết oà"
    assert split_glued_headline(f"{lead} {tail}", f"{lead}\t{tail}") is None
    assert split_glued_headline(f"{lead} {tail}", f"{lead}      {tail}") is None
    headline = "Cục Hậu cần sơ kết công tác bảo đảm năm 2025"
    assert split_glued_headline(f"{headline} {tail}", f"{headline}      {tail}") == [headline, tail]
