"""The page head, session 13 (issue 14, the thirteenth blind set's misses), on short invented pages: a commune
portal's site-name line with its province after a dash, a province's police site under the province's registered
portal, a copy's closing source line in lower case, a print flip-book's page title, the National Assembly's
television channel.

Every article here is invented text."""

from __future__ import annotations

from haucan.article import build_article
from haucan.header_shapes import is_poster_line
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules
from tests.support.outlet_pages import BODY, LEAD, TITLE, decided

HEAD = "2025-03-04T10:20:30+07:00\nhttps://tanhoa.dongnai.gov.vn/uploads/tanhoa/news/anh.jpg\n"


def test_a_commune_portals_site_name_line_names_it_up_to_the_dash():
    page = f"{TITLE}\n{HEAD}Trang tin điện tử xã Tân Hòa - Tỉnh Đồng Nai\nThứ ba - 04/03/2025 10:20\n{LEAD} Xã Tân Hòa góp phần.{BODY}"
    assert decided(page, "https://tanhoa.dongnai.gov.vn/vi/news/tin-tuc/bai-1.html")[:1] == ("Trang tin điện tử xã Tân Hòa",)
    # "Cổng thông tin điện tử phường …" in capitals, the same way, in the case the page's text writes it.
    caps = page.replace("Trang tin điện tử xã Tân Hòa - Tỉnh Đồng Nai", "CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN HÒA - TỈNH ĐỒNG NAI")
    assert decided(caps, "https://tanhoa.dongnai.gov.vn/vi/news/tin-tuc/bai-1.html")[0].startswith("Cổng thông tin điện tử")


def test_a_site_name_line_after_the_lead_names_nothing():
    # A site name the text reports on (after the lead) is no name of the page's own site: the host's stands.
    later = f"{TITLE}\n{LEAD} Xã Tân Hòa góp phần.\nTrang tin điện tử xã Tân Hòa - Tỉnh Đồng Nai{BODY}"
    assert decided(later, "https://tanhoa.dongnai.gov.vn/vi/news/tin-tuc/bai-1.html")[0] == (
        "Cổng thông tin điện tử xã Tân Hòa")


def test_a_provinces_police_site_under_its_registered_portal_is_the_police():
    page = f"{TITLE}\nCÔNG AN TỈNH BÌNH ĐỊNH\n{LEAD}{BODY}"
    outlet, _, kind = decided(page, "https://congan.binhdinh.gov.vn/vi/news/tin-tuc/bai-2.html")
    assert (outlet, kind) == ("Công an tỉnh Bình Định", "police")
    # The portal's own pages stay the portal's.
    assert decided(f"{TITLE}\n{LEAD}{BODY}", "https://binhdinh.gov.vn/tin-tuc/bai-3.html")[0] == "Cổng TTĐT tỉnh Bình Định"


def test_a_copys_closing_source_line_in_lower_case_credits_the_paper():
    page = f"{TITLE}\n\n{LEAD}{BODY}\nnguồn: qdnd.vn\n"
    assert decided(page, "http://www.copy-site-example.com.vn/products/bai.html")[0] == "Báo Quân đội nhân dân"


def test_a_flipbook_page_title_credits_the_paper_it_prints():
    page = f"Page 12 - Biên Phòng\nP. 12\n{TITLE}\n{LEAD}{BODY}"
    assert decided(page, "http://xuan2025.example-print.vn/files/basic-html/page12.html")[0] == "Báo Biên phòng"
    # A page title naming no registry outlet credits nobody.
    other = f"Page 12 - Sổ tay gia đình\nP. 12\n{TITLE}\n{LEAD}{BODY}"
    assert decided(other, "http://xuan2025.example-print.vn/files/basic-html/page12.html")[0] != "Báo Biên phòng"


def test_the_national_assemblys_television_channel_is_a_national_outlet():
    page = f"{TITLE}\n{LEAD}{BODY}\nTruyền hình Quốc hội Việt Nam\n"
    assert decided(page, "https://quochoitv.vn/bai-viet-298431.htm")[0::2] == ("Truyền hình Quốc hội Việt Nam", "national")


def _meta(text: str, url: str | None = None):
    return build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", url), text), load_rules()).metadata


def test_a_poster_line_under_the_headline_is_its_writer_not_its_rest():
    page = f"Trang chủ » Thời sự\n{TITLE}\nbởi Lan\n12 Tháng 3, 2025\n{LEAD}{BODY}"
    meta = _meta(page, "https://blog-example.com/bai-viet")
    assert meta.title == TITLE
    assert meta.authors == ("Lan",)
    # A site's account is no writer; a sentence's 'bởi các …' is no poster line.
    assert _meta(page.replace("bởi Lan", "bởi Admin"), "https://blog-example.com/bai-viet").authors == ()
    assert is_poster_line("bởi Trần Văn Nam") and not is_poster_line("bởi các đơn vị trong toàn quân đã thực hiện tốt")


def test_a_contests_name_over_its_entrys_headline_is_its_label():
    page = f"Quốc phòng - An ninh\nCuộc thi viết “Người chiến sĩ hậu cần trong lòng dân”\nBữa sáng trên đảo xa\n\n{LEAD}{BODY}"
    assert _meta(page, "https://www.qdnd.vn/quoc-phong-an-ninh/bai-1013000").title == "Bữa sáng trên đảo xa"
    # Alone in the header, the contest's name is the headline (its own announcement page).
    alone = f"Cuộc thi viết “Người chiến sĩ hậu cần trong lòng dân”\n\n{LEAD}{BODY}"
    assert _meta(alone).title == "Cuộc thi viết “Người chiến sĩ hậu cần trong lòng dân”"
    # A headline announcing the contest opens with its verb: it is the headline.
    announce = f"Phát động Cuộc thi viết “Người chiến sĩ hậu cần trong lòng dân”\n\n{LEAD}{BODY}"
    assert _meta(announce).title.startswith("Phát động")


def test_a_view_counter_before_a_labelled_date_is_the_publication_stamp():
    page = f"SỞ XÂY DỰNG TỈNH HÀ NAM\nLượt xem: 1.214 | Gửi lúc: 16/04/2025 09:18:40\n\n{TITLE}\n\n{LEAD}{BODY}"
    assert str(_meta(page).published_date) == "2025-04-16"
    # A counter alone names no date.
    assert _meta(f"Lượt xem: 1.214\n\n{TITLE}\n\n{LEAD}{BODY}").published_date is None


def test_a_copys_headline_glued_to_its_summary_is_cut_off_as_the_title():
    glued = ("Khánh thành kho quân trang mới của Lữ đoàn 99. Lữ đoàn 99 đưa vào sử dụng kho quân trang mới, "
             "bảo đảm bảo quản tốt trang phục cho bộ đội trong mùa mưa.")
    page = f"{glued}\n\nTin quân sự\n\nQĐND - Ngày 3-4, Lữ đoàn 99 tổ chức lễ khánh thành kho quân trang mới.{BODY}"
    assert _meta(page, "http://www.copy-site-example.com.vn/products/kho.html").title == (
        "Khánh thành kho quân trang mới của Lữ đoàn 99")
    # Without the original's lead prefix below, the line is the page's lead: no headline is made of it.
    plain = f"{glued}\n\nTin quân sự\n\nNgày 3-4, Lữ đoàn 99 tổ chức lễ khánh thành kho quân trang mới.{BODY}"
    assert _meta(plain, "http://www.copy-site-example.com.vn/products/kho.html").title != (
        "Khánh thành kho quân trang mới của Lữ đoàn 99")
    # A lead opening with its time is never cut.
    timed = page.replace("Khánh thành kho quân trang mới của Lữ đoàn 99.", "Sáng nay Lữ đoàn 99 khánh thành kho.")
    assert _meta(timed).title != "Sáng nay Lữ đoàn 99 khánh thành kho"
