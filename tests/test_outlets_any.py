"""Any Vietnamese outlet (issue 14, session 8): a site the registry lacks named by the header line its host
spells, a menu item never taken for a paper, a department's site named by its host label, blog copies and
aggregators keeping the paper they credit, a footer alone, a reprint on a provincial paper, the aliases the scorer
and the registry share, and the stamp shapes of the third set's misses.

Every article here is invented text."""

from __future__ import annotations

import pytest

from haucan.outlet_names import outlet_named
from haucan.outlet_text import on_platform, sentence_case
from haucan.provinces import department_match
from haucan.realworld import same_outlet
from haucan.rules import load_rules
from haucan.stamps import stamp_rule
from schema.articles import OUTLET_NAME_SHAPE
from tests.support.outlet_pages import BODY, LEAD, TITLE, decided

RULES = load_rules()


def page(head: str = "", foot: str = "") -> str:
    return f"{head}{TITLE}\n\n{LEAD}{BODY}{foot}"


def test_a_site_is_named_by_the_header_line_its_host_spells():
    head = "TRUNG TÂM KỸ THUẬT PHÒNG HÓA MIỀN NAM\nTrang chủ\nGiới thiệu\nTin tức\n"
    outlet, source, kind = decided(page(head), "https://trungtamkythuatphonghoamiennam.com.vn/tin-tuc/a")
    assert (outlet, source, kind) == ("Trung tâm kỹ thuật phòng hóa miền nam", "url+masthead", "army")
    assert OUTLET_NAME_SHAPE.match(outlet)
    # A code in the name keeps its capitals; a factory's site is defence industry by its name's head word.
    head = "NHÀ MÁY CƠ KHÍ Z175\nTrang chủ\nTin tức\n"
    assert decided(page(head), "https://nhamaycokhiz175.vn/a") == ("Nhà máy cơ khí Z175", "url+masthead",
                                                                    "defence_industry")


def test_a_menu_item_is_neither_a_paper_nor_the_site_it_partly_spells():
    # "Tin tức" is a menu word, not "Báo Tin Tức"; "Giáo dục" is only half of giaoducvaquocphong.vn.
    assert outlet_named("Tin tức", RULES, exact=True) is None
    assert outlet_named("Báo Tin Tức", RULES, exact=True).name == "Tin Tức (TTXVN)"
    outlet, _, _ = decided(page("Giáo dục\nTin tức\nVăn hóa - Xã hội\n"), "https://giaoducvaquocphong.vn/a")
    assert outlet == "giaoducvaquocphong.vn"  # its host, as a site naming no source (set 10's convention)


def test_a_department_site_is_named_by_its_host_label():
    assert department_match("btg.camau.gov.vn") == ("Ban Tuyên giáo Tỉnh ủy Cà Mau", "party")
    assert department_match("sotuphap.danang.gov.vn") == ("Sở Tư pháp thành phố Đà Nẵng", "portal")
    assert department_match("snnmtnghean.gov.vn") == ("Sở Nông nghiệp và Môi trường tỉnh Nghệ An", "portal")
    assert department_match("camau.gov.vn") is None
    assert decided(page("Xuất bản thông tin\n"), "https://bchqs.quangtri.gov.vn/a")[::2] == (
        "Bộ Chỉ huy Quân sự tỉnh Quảng Trị", "army")


def test_an_unknown_province_police_host_and_a_post_2025_name():
    assert decided(page(), "https://congan.tuyenquang.gov.vn/a")[::2] == ("Công an tỉnh Tuyên Quang", "police")
    # The merged paper-and-station's name is an alias of the province's paper.
    assert outlet_named("Báo và Phát thanh, Truyền hình Lai Châu", RULES, exact=True).name == "Báo Lai Châu"
    assert outlet_named("Trang thông tin điện tử Tỉnh ủy Sơn La", RULES, exact=True).name == \
        "Cổng thông tin điện tử Đảng bộ tỉnh Sơn La"


def test_the_scorer_counts_any_alias_of_one_entry_as_that_entry():
    assert same_outlet("Truyền hình Công an nhân dân", "ANTV - Truyền hình Công an nhân dân")
    assert same_outlet("Báo Công an Thành phố Hồ Chí Minh", "Công an TP.Hồ Chí Minh")
    assert same_outlet("Cổng thông tin điện tử Đảng bộ tỉnh Bình Phước", "Trang thông tin điện tử Tỉnh ủy Bình Phước")
    assert not same_outlet("Báo Lai Châu", "Báo Sơn La")
    assert not same_outlet(None, "Báo Sơn La")


def test_a_footer_alone_names_the_outlet():
    assert decided(page(foot="\n© Bản quyền thuộc Báo Công an TP.Hồ Chí Minh\n"))[0] == \
        "Báo Công an Thành phố Hồ Chí Minh"


def test_a_provincial_paper_reprinting_is_itself_the_outlet_an_aggregator_keeps_the_paper():
    foot = "\nTheo Báo Quân đội nhân dân\n"
    assert decided(page(foot=foot), "https://baolaichau.vn/a")[0] == "Báo Lai Châu"
    foot = "\nNguồn: [Link nguồn]\nTheo Hải Yến (Tiền Phong)\nTin liên quan\n"
    assert decided(page(foot=foot), "https://www.24h.com.vn/a.html")[:2] == ("Tiền Phong", "url+attribution")


def test_a_blog_copy_keeps_the_paper_it_credits_not_its_own_name():
    assert on_platform("kinhtelaichau.family.blog") and on_platform("abc.blogspot.com")
    assert not on_platform("blogquansu.vn")
    outlet, source, _ = decided(page("Kinh tế Lai Châu\n", "\nTheo Báo Lai Châu\n"),
                                "https://kinhtelaichau.family.blog/a")
    assert (outlet, source) == ("Báo Lai Châu", "attribution")


def test_sentence_case_keeps_codes_and_the_city_abbreviation():
    assert sentence_case("CÔNG AN TP.HỒ CHÍ MINH") == "Công an TP.Hồ Chí Minh"
    assert sentence_case("CƠ KHÍ CHÍNH XÁC 29 - Z129") == "Cơ khí chính xác 29 - Z129"


@pytest.mark.parametrize("line", ["16/07/2025 | Tin hoạt động", "Ngày cập nhật 15/05/2024",
                                  "Ngày đăng tải: 02/03/2024 08:15"])
def test_the_stamps_of_portals_are_publication_stamps(line):
    assert stamp_rule(line, RULES) is not None


@pytest.mark.parametrize("footer", ["Ghi rõ nguồn “Báo Quân khu 7” khi phát hành lại thông tin từ website này.",
                                    "Giấy phép số 123/GP-BTTTT ngày 2/3/2021 của Bộ TT&TT cấp cho Báo Quân khu 7."])
def test_a_source_request_or_a_licence_in_the_footer_names_the_site(footer):
    assert decided(page(foot=f"\nLiên hệ quảng cáo\n{footer}\n"))[0] == "Báo Quân khu 7"


def test_outlets_a_page_may_only_name_are_in_the_registry():
    for name in ("Quốc phòng Thủ đô", "Báo Dân Việt", "Tạp chí Xây dựng Đảng", "Báo Công an Nghệ An"):
        assert outlet_named(name, RULES) is not None
    assert decided(page(foot="\nTheo Nhà báo & Công luận\n"))[0] == "Báo Nhà báo và Công luận"


def test_a_host_named_outlet_passes_the_contract_and_nothing_else_of_its_shape_does():
    from schema.articles import OUTLET_HOST_SHAPE
    assert OUTLET_HOST_SHAPE.match("vietnam24h.com.vn") and OUTLET_HOST_SHAPE.match("mirror.example.vn")
    for not_a_host in ("Hà Nội", "vietnam24h", "VIETNAM24H.COM.VN", "a.b", "tin tức.vn", "-x.vn", "x..vn"):
        assert not OUTLET_HOST_SHAPE.match(not_a_host), not_a_host
