"""The one outlet rule's steps on sites the registry has never seen (issue 14, session 14, head21), and a page
kind after a bar at the headline's end. Every page and host here is invented."""

from __future__ import annotations

import pytest

from haucan.headline import split_title
from haucan.outlet_own import branded_part, host_tag, initials_part, section_word
from haucan.rules import load_rules
from schema.articles import OUTLET_BRAND_SHAPE
from tests.support.outlet_pages import BODY, LEAD, TITLE, decided

RULES = load_rules()
QDND_PROMO = "\n*Mời bạn đọc vào chuyên mục Quốc phòng an ninh xem các tin, bài liên quan.\n"


def page(head: str = "", foot: str = "", lead: str = LEAD) -> str:
    return f"{head}{TITLE}\n\n{lead}{BODY}{foot}"


# Step 1: a copy crediting its original.
def test_a_registry_aggregator_copy_credits_the_host_of_its_source_address():
    foot = "\nMINH HÀ\n\nNguồn Quân khu 7 http://www.baoquankhu7.vn/quoc-phong/202405/don-vi-to-chuc-hoi-nghi-1012/\n"
    assert decided(page(foot=foot), "https://m.baomoi.com/don-vi-to-chuc/c/1234567.epi")[:2] == (
        "Báo Quân khu 7", "url+attribution")
    # The same line on a site the registry lacks credits the paper as well.
    assert decided(page(foot=foot), "https://tinhaymoingay.net/don-vi-to-chuc.html")[0] == "Báo Quân khu 7"


def test_a_source_address_of_a_host_the_registry_lacks_credits_nobody():
    foot = "\nNguồn Tin Vùng Xa http://www.tinvungxa.org/bai-1/\n"
    assert decided(page(foot=foot), "https://m.baomoi.com/don-vi-to-chuc/c/1234567.epi")[0] == "Báo Mới"


def test_an_originals_own_footer_kept_on_a_copy_credits_it():
    assert decided(page(foot=QDND_PROMO), "https://baomoi.net.vn/don-vi-to-chuc-c53900001.epi")[::2] == (
        "Báo Quân đội nhân dân", "army")
    assert decided(page(foot=QDND_PROMO), "https://baomoi.net.vn/don-vi-to-chuc-c53900001.epi")[1] == \
        "residue_fingerprint"


# Step 3: an unregistered site's own printed name.
def test_a_bullet_name_line_with_its_brand_word_is_the_sites_name():
    outlet, source, _ = decided(page("   • Bình Minh ngày nay Online\n"), "https://binhminhngaynay.vn/a-1.html")
    assert (outlet, source) == ("Bình Minh ngày nay Online", "url+masthead")
    # The host must spell all of the name before the brand, not its first words only.
    assert branded_part("binhminh", "Bình Minh ngày nay Online") is None
    assert branded_part("songlamnews", "Sông Lam News") == "Sông Lam News"


def test_a_masthead_spelled_by_the_hosts_initials_beats_the_abbreviated_lead_tag():
    head = "TIẾP THỊ QUỐC PHÒNG\nPháp luật\n"
    outlet, source, _ = decided(page(head, lead="(TTQP) - " + LEAD), "https://ttqp.vn/quy-dinh-moi-a1.html")
    assert (outlet.casefold(), source) == ("tiếp thị quốc phòng", "url+masthead")
    assert initials_part("ttqp", "Tin tức quốc phòng") == "Tin tức quốc phòng"
    assert initials_part("ttqp", "Tin quốc phòng") is None  # every word, not most of them
    # With no name line printed, the abbreviated tag is the name.
    assert decided(page("Pháp luật\n", lead="(TTQP) - " + LEAD), "https://ttqp.vn/a1.html")[0] == "TTQP"


def test_a_section_word_is_no_name_and_a_lead_tag_spelling_the_host_is():
    outlet, _, kind = decided(page("Tin nhanh\n\n", lead="(Tinnhanhvungcao.vn) " + LEAD),
                              "http://www.tinnhanhvungcao.vn/a-0113.html")
    assert (outlet, kind) == ("Tinnhanhvungcao.vn", "aggregator")
    assert section_word("  THỜI SỰ ") and section_word("• Tin mới") and not section_word("Tin mới Biên giới")
    assert host_tag("Tinnhanh.vn", "www.tinnhanh.vn") == "Tinnhanh.vn"
    assert host_tag("Tinnhanh", "www.tinnhanh.vn") is None


def test_a_bare_copyright_mark_keeps_the_kind_words_of_the_name():
    foot = "\nTin cùng chuyên mục\nBộ đội giúp dân gặt lúa\n© Tạp chí điện tử Nông thôn Xanh\n"
    assert decided(page(foot=foot), "https://nongthonxanh.com.vn/a-31742.html")[:2] == (
        "Tạp chí điện tử Nông thôn Xanh", "url+masthead")


# Step 4: the host.
@pytest.mark.parametrize(("url", "kind"), [("https://truongtrungcapvungcao.edu.vn/thong-bao/a-112", "academy"),
                                           ("https://sokhoahocvungcao.gov.vn/tin/a-9", "portal")])
def test_a_bodys_own_site_printing_no_name_goes_by_its_host_with_its_bodys_kind(url, kind):
    outlet, source, got = decided(page("Thứ Hai, 10/03/2025\n"), url)
    assert (outlet, source, got) == (url.split("/")[2], "url", kind)


def test_a_page_kind_after_a_bar_is_cut_from_the_headline():
    pieces = split_title("Kho quân y bổ sung cơ số thuốc cho các đơn vị | Video", "t", RULES)
    assert pieces[0] == ("title", "t", "Kho quân y bổ sung cơ số thuốc cho các đơn vị")
    assert ("residue", "title_programme_suffix", "Video") in pieces
    # A word after a bar that is no page kind stays in the headline.
    kept = split_title("Kho quân y bổ sung cơ số thuốc cho các đơn vị | Kỳ cuối", "t", RULES)
    assert kept[0][2].endswith("| Kỳ cuối")


@pytest.mark.parametrize("name", ["Tinmoi.vn", "LSVN", "Huế ngày nay Online", "Luật sư Việt Nam", "LUẬT SƯ VIỆT NAM",
                                  "Sức khỏe và Môi trường", "CafeF", "7M Sport News"])
def test_the_schema_accepts_a_brand_a_site_prints_for_itself(name):
    assert (name[:1].isupper() or name[:1].isdigit()) and OUTLET_BRAND_SHAPE.match(name)


@pytest.mark.parametrize("name", ["Đơn vị tổ chức hội nghị triển khai nhiệm vụ hậu cần năm 2025 tại Hà Nội",
                                  "Sáng 3/4, đơn vị tổ chức", "Tin mới.", "x", "Hà"])
def test_the_schema_still_refuses_a_sentence_or_a_headline_for_an_outlet(name):
    assert not OUTLET_BRAND_SHAPE.match(name)


def test_an_abbreviated_lead_tag_of_the_hosts_syllables_names_a_site_printing_no_name():
    assert host_tag("NCBT", "nhipcaubientruong.hu") == "NCBT"  # nhip-cau-bien-truong
    assert host_tag("NCTG", "nhipcaubientruong.hu") is None
    assert host_tag("TTXVN", "ttxvncopy.net") is None  # 'ncopy' is no syllable
    lead = "(NCBT) - " + LEAD
    assert decided(page("Trang chủ\n", lead=lead), "http://nhipcaubientruong.hu/tin/a-7388.html")[0] == "NCBT"


def test_a_name_whose_head_words_give_no_kind_is_a_portal_and_a_border_guard_command_a_service():
    from haucan.outlet_text import name_kind
    assert name_kind("Ban Chỉ huy Bộ đội Biên phòng tỉnh Vùng Cao") == "service"
    assert decided(page("• Bình Minh ngày nay Online\n"), "https://binhminhngaynay.vn/a-1.html")[2] == "portal"
