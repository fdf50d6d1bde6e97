"""The page head, session 13's seventh round (issue 14, the fourteenth blind set's misses), on short invented
pages: a radio site's stamp followed by its writer's name (printed once or twice), a labelled posting date with a
view counter and the writer after it under a site clock, a date with a bare view counter after a bar, and a
print view dated '<Place>, ngày …' under its headline (but never a pasted document's own place-date line).

Every article here is invented text."""

from __future__ import annotations

import datetime as dt

from haucan.article import build_article
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules
from haucan.stamps import stamp_rule
from tests.support.outlet_pages import BODY, LEAD, TITLE


def _meta(text: str, url: str | None = None):
    return build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", url), text), load_rules()).metadata


def test_a_stamp_followed_by_its_writers_name_printed_twice_gives_date_and_one_writer():
    m = _meta(f"{TITLE}\nThứ hai, 09:30, 07/04/2025 Minh Khôi Minh Khôi\n{LEAD}{BODY}")
    assert m.published_date == dt.date(2025, 4, 7)
    assert m.authors == ("Minh Khôi",)
    # Printed once, three words, the same.
    m = _meta(f"{TITLE}\nThứ hai, 09:30, 07/04/2025 Lê Minh Khôi\n{LEAD}{BODY}")
    assert (m.published_date, m.authors) == (dt.date(2025, 4, 7), ("Lê Minh Khôi",))


def test_initials_after_the_stamp_stay_no_writer_and_lower_case_words_no_stamp():
    m = _meta(f"{TITLE}\nThứ hai, 09:30, 07/04/2025 MK MK\n{LEAD}{BODY}")
    assert m.published_date == dt.date(2025, 4, 7)
    assert "MK" not in m.authors
    # Words that are no name (lower case) keep the line from being a stamp.
    assert stamp_rule("Thứ hai, 09:30, 07/04/2025 tin mới nhất", load_rules()) is None


def test_a_labelled_posting_date_with_views_then_a_writer_beats_the_site_clock():
    page = (f"Thứ Ba, ngày 20 tháng 5 năm 2025 - 8:15:02 AM\n"
            f"Đăng ngày: 02/05/2025 - 7:40:11 AM | Lượt xem: 1.204 | Hoàng Văn Tuấn\n\n{TITLE}\n{LEAD}{BODY}")
    m = _meta(page)
    assert (m.published_date, m.published_date_source) == (dt.date(2025, 5, 2), "posted_label")
    assert m.authors == ("Hoàng Văn Tuấn",)
    # A menu word after the counter is no writer: the line is not this rule's.
    rule = stamp_rule("Đăng ngày: 02/05/2025 - 7:40:11 AM | Lượt xem: 1.204 | in bài", load_rules())
    assert rule is None or rule.name != "posted_label_views_writer"


def test_a_date_with_a_bare_view_counter_after_a_bar_is_the_stamp():
    m = _meta(f"{TITLE}\n\n02/05/2025 | 1.318\n\n{LEAD}{BODY}")
    assert m.published_date == dt.date(2025, 5, 2)
    assert stamp_rule("02/05/2025 | 412", load_rules()).name == "dd_mm_yyyy_hh_mm"
    # A count followed by words is no bare counter.
    rule = stamp_rule("02/05/2025 | 412 người tham dự", load_rules())
    assert rule is None or rule.name != "dd_mm_yyyy_hh_mm"


def test_a_print_views_place_date_line_under_the_headline_is_the_publication_date():
    m = _meta(f"{TITLE}\nĐà Nẵng, ngày 3 tháng 4 năm 2025\n{LEAD}{BODY}")
    assert (m.published_date, m.published_date_source) == (dt.date(2025, 4, 3), "publication_stamp")


def test_a_pasted_documents_place_date_line_is_never_the_pages_date():
    page = (f"{TITLE}\n\nỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: 21/KH-UBND\nAn Phú, ngày 3 tháng 4 năm 2025\nKẾ HOẠCH\nBảo đảm hậu cần cho dân quân năm 2025\n"
            f"{LEAD}{BODY}")
    assert _meta(page).published_date is None
    # A place-date line in the text (after the lead) is no stamp either.
    assert _meta(f"{TITLE}\n{LEAD}\nĐà Nẵng, ngày 3 tháng 4 năm 2025\n{BODY}").published_date is None


def test_a_state_portals_print_view_naming_no_body_has_no_outlet():
    from tests.support.outlet_pages import decided
    url = "http://www.quangninh.gov.vn/Portal/PrintItem.aspx?ContentID=12"
    page = f"{TITLE}\nĐà Nẵng, ngày 3 tháng 4 năm 2025\n{LEAD}{BODY}"
    outlet, _, kind = decided(page, url)
    assert (outlet, kind) == (None, None)
    # The same portal's article page keeps the name its host gives; a paper's print view is the paper's.
    assert decided(page, "http://www.quangninh.gov.vn/Portal/Item.aspx?ContentID=12")[0] is not None
    assert decided(f"{TITLE}\n{LEAD}{BODY}", "https://www.qdnd.vn/print/123456")[0] == "Báo Quân đội nhân dân"


def test_print_view_addresses():
    from haucan.outlet_print import is_print_view
    assert is_print_view("http://x.gov.vn/Portal/PrintItem.aspx?ContentID=1")
    assert is_print_view("https://x.gov.vn/print/12345")
    assert is_print_view("https://x.gov.vn/tin-tuc/bai-1.html?print=1")
    assert not is_print_view("https://congan.x.gov.vn/vi/tin-bai/ban-giao-xe?id=1&type=NEWS")  # 'tin-bai' is no 'in-bai'
    assert not is_print_view("https://x.gov.vn/tin-tuc/printer-moi-duoc-trang-bi.html")


def test_a_host_leaving_out_peoples_spells_a_procuracys_masthead():
    from haucan.host_spelling import spells
    from tests.support.outlet_pages import decided
    assert spells("vienkiemsatquangninh", "VIỆN KIỂM SÁT NHÂN DÂN TỈNH QUẢNG NINH")
    assert spells("toaanquangninh", "Tòa án nhân dân tỉnh Quảng Ninh")
    # Only the pair is left out: a host missing other words spells nothing.
    assert not spells("vienkiemsatquangninh", "VIỆN KIỂM SÁT NHÂN DÂN CẤP CAO TỈNH QUẢNG NINH")
    page = f"VIỆN KIỂM SÁT NHÂN DÂN TỈNH QUẢNG NINH\n{TITLE}\n\n02/05/2025 | 412\n\n{LEAD}{BODY}"
    outlet, _, kind = decided(page, "https://vienkiemsatquangninh.gov.vn/tin-tuc/bai-1.html")
    assert (outlet.casefold(), kind) == ("viện kiểm sát nhân dân tỉnh quảng ninh", "portal")


def test_a_wards_masthead_with_its_district_after_the_dash_names_the_ward():
    from tests.support.outlet_pages import decided
    page = f"PHƯỜNG TÂN ĐỊNH - QUẬN 1\n{TITLE}\n{LEAD}{BODY}"
    assert decided(page, "http://phuongtandinh.gov.vn/bai-viet-1/")[0] == "Phường Tân Định"
    # A code after the dash is part of the name the host spells.
    page = f"CƠ KHÍ CHÍNH XÁC 31 - Z131\n{TITLE}\n{LEAD}{BODY}"
    assert decided(page, "https://cokhichinhxac31.vn/bai-viet-1/")[0].casefold() == "cơ khí chính xác 31 - z131"


def test_a_youth_unions_portal_goes_by_the_name_its_footer_prints():
    from tests.support.outlet_pages import decided
    page = f"{TITLE}\n{LEAD}{BODY}\nNGUYỄN AN\nTUỔI TRẺ BÌNH ĐỊNH - Cổng thông tin điện tử Tỉnh đoàn Bình Định\n"
    assert decided(page, "https://tuoitrebinhdinh.vn/bai-viet-1")[::2] == (
        "Cổng thông tin điện tử Tỉnh đoàn Bình Định", "portal")


def test_a_loading_placeholder_over_the_headline_is_no_lead():
    # The placeholder is residue (rules/residue.yml loading_widget), so the headline under it stays the title.
    for placeholder in ("Đang tải...", "Chờ..."):
        assert _meta(f"{placeholder}\n\n{TITLE}\n\n{LEAD}{BODY}").title == TITLE


def test_a_site_naming_itself_by_its_hosts_label_in_mixed_case_is_that_outlet():
    from tests.support.outlet_pages import decided
    page = f"{TITLE}\n{LEAD}{BODY}\nQuý khách vui lòng đăng nhập tài khoản PhapLuatSo để tải văn bản.\n"
    assert decided(page, "https://phapluatso.vn/van-ban/thong-tu-1.html")[::2] == ("PhapLuatSo", "aggregator")
    # The label in lower case (a word, a domain) names nothing: the host stays.
    plain = page.replace("PhapLuatSo", "phapluatso")
    assert decided(plain, "https://phapluatso.vn/van-ban/thong-tu-1.html")[0] == "phapluatso.vn"
