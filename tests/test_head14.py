"""The page head, session 12 (issue 14, the ninth blind set's misses), on short invented pages: an aggregator's
source line ('Báo X - dd/mm/yyyy HH:MM') under a headline that ends on a name, ..."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.article import build_article
from haucan.records import RawArticle, SourceFile
from tests.support.pages import BODY, LEAD, RULES, published_text


def _page(text: str, url: str | None = None):
    return build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", url), text), RULES)


HEADLINE_ON_A_NAME = "Bộ CHQS tỉnh kiểm tra hậu cần tại Ban Chỉ huy Phòng thủ khu vực 2 - Đông Hà"


@pytest.mark.parametrize("source", [
    "Báo Quảng Trị - 05/11/2025 09:20",
    "Báo Quảng Trị – 09:20 05/11/2025",
    "Báo Quảng Trị | 05/11/2025 09:20",
])
def test_an_aggregators_source_line_under_the_headline_is_a_stamp_and_a_credit(source):
    text = "\n".join(["Báo Mới", "Mới nhất  Thế giới  Xã hội", HEADLINE_ON_A_NAME, source, LEAD, BODY])
    a = _page(text, "https://lite.baomoi.com/bo-chqs-tinh-kiem-tra-hau-can-c53000001.epi")
    assert a.metadata.title == HEADLINE_ON_A_NAME
    assert a.metadata.published_date == dt.date(2025, 11, 5)
    assert a.metadata.outlet == "Báo Quảng Trị"
    assert source not in published_text(a) and source not in a.metadata.captions


def test_a_headline_opening_with_a_papers_name_is_no_source_line():
    headline = "Báo Quảng Trị - 50 năm đồng hành cùng lực lượng vũ trang tỉnh"
    a = _page("\n".join([headline, LEAD, BODY]))
    assert a.metadata.title == headline


@pytest.mark.parametrize(("masthead", "url", "outlet"), [
    ("CỤC QUẢN LÝ ĐO LƯỜNG CHẤT LƯỢNG", "https://dolccl.example.gov.vn/tin-tuc/bai-1.html",
     "Cục quản lý đo lường chất lượng"),
    ("TỔNG CÔNG TY HẢI VÂN LONG - HAVALOCO", "https://havaloco.com.vn/tin-tuc/bai-1.html", "Tổng công ty Hải Vân Long"),
    ("TỔNG CÔNG TY HẢI VÂN LONG - HAVALOCO", "https://tongcongtyhaivanlong.vn/tin-tuc/bai-1.html",
     "Tổng công ty Hải Vân Long"),
])
def test_an_unknown_bodys_masthead_in_capitals_names_the_outlet(masthead, url, outlet):
    a = _page("\n".join([masthead, "Giới thiệu | Tin tức | Liên hệ", TITLE_CO, LEAD, BODY]), url)
    assert (a.metadata.outlet or "").casefold() == outlet.casefold()
    assert a.metadata.title == TITLE_CO


TITLE_CO = "Đơn vị tổ chức hội nghị người lao động năm 2026"


@pytest.mark.parametrize("masthead", [
    "BỆNH VIỆN QUÂN Y 175 - BỘ QUỐC PHÒNG",
    "TỔNG CÔNG TY HẢI VÂN LONG - BỘ QUỐC PHÒNG",
])
def test_a_parent_body_after_the_dash_is_no_brand(masthead):
    from haucan.outlet_text import without_brand
    assert without_brand(masthead) == masthead


NOTICE_HEADLINE = "THÔNG BÁO KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH VỀ CÔNG TÁC HẬU CẦN DIỄN TẬP NĂM 2025"


@pytest.mark.parametrize("issuer", ["ỦY BAN NHÂN DÂN TỈNH HÀ NAM", "BỘ CHỈ HUY QUÂN SỰ TỈNH HÀ NAM"])
def test_a_pasted_notice_keeps_the_pages_headline_not_its_issuer_or_subject(issuer):
    text = "\n".join([
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NAM", "VĂN BẢN MỚI", NOTICE_HEADLINE, "", issuer, "Số: 512/TB-UBND",
        "Hà Nam, ngày 3 tháng 5 năm 2025", "", "THÔNG BÁO",
        "Kết luận của đồng chí Chủ tịch UBND tỉnh tại cuộc họp về công tác bảo đảm hậu cần diễn tập năm 2025",
        "Ngày 2/5/2025, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp về công tác bảo đảm hậu cần cho diễn tập.",
        BODY])
    a = _page(text)
    assert a.metadata.title == NOTICE_HEADLINE


def test_a_headline_in_capitals_over_two_lines_is_still_joined():
    first, rest = "ĐOÀN CÔNG TÁC CỤC HẬU CẦN THĂM VÀ LÀM VIỆC", "VỚI LÃNH ĐẠO TỈNH HÀ NAM"
    a = _page("\n".join([first, rest, LEAD, BODY]))
    assert a.metadata.title == f"{first} {rest}"


PHOTO_CAPTION = "Đại tá Lê Văn Tâm, Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn 5 kiểm tra bếp ăn Tiểu đoàn 2."


def test_the_lead_photos_caption_printed_over_the_headline_is_a_caption_both_times():
    text = "\n".join([PHOTO_CAPTION, "2.304 lượt xem", TITLE_CO, "(QK7 Online) - " + LEAD, PHOTO_CAPTION, BODY])
    a = _page(text)
    assert a.metadata.title == TITLE_CO
    assert PHOTO_CAPTION in a.metadata.captions and PHOTO_CAPTION not in published_text(a)
    assert published_text(a).startswith(LEAD)


def test_a_lead_printed_again_without_a_tagged_lead_between_stays_the_lead():
    text = "\n".join([TITLE_CO, LEAD, BODY, LEAD])
    a = _page(text)
    assert a.metadata.title == TITLE_CO and published_text(a).startswith(LEAD)


def test_a_legal_portals_document_keeps_its_page_title_over_the_number_and_place_date_cells():
    headline = "Kế hoạch 31/KH-UBND năm 2025 bảo đảm hậu cần cho diễn tập khu vực phòng thủ tỉnh Hà Nam"
    text = "\n".join([
        headline, "Số hiệu: 31/KH-UBND", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH HÀ NAM | Độc lập - Tự do - Hạnh phúc", "Số: 31/KH-UBND | Hà Nam, ngày 2 tháng 4 năm 2025", "KẾ HOẠCH",
        "BẢO ĐẢM HẬU CẦN CHO DIỄN TẬP KHU VỰC PHÒNG THỦ TỈNH NĂM 2025",
        "Thực hiện Nghị quyết số 12/NQ-HĐND ngày 5/3/2025 của Hội đồng nhân dân tỉnh về công tác quốc phòng địa phương,",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch bảo đảm hậu cần cho diễn tập khu vực phòng thủ tỉnh năm 2025 như sau:",
        BODY])
    assert _page(text).metadata.title == headline


@pytest.mark.parametrize("line", [
    "Nguồn Báo Quảng Trị: https://baoquangtri.vn/bo-chqs-tinh-kiem-tra-hau-can-190001.htm",
    "(Nguồn QTO: https://baoquangtri.vn/bo-chqs-tinh-kiem-tra-hau-can-190001.htm)",
])
def test_an_aggregators_closing_source_with_the_originals_address_credits_it(line):
    text = "\n".join([TITLE_CO, LEAD, BODY, "Lê Minh", line])
    a = _page(text, "https://baomoi.com/don-vi-to-chuc-hoi-nghi-c53000002.epi")
    assert a.metadata.outlet == "Báo Quảng Trị"
