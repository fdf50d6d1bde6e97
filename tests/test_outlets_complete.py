"""A complete outlet registry (issue 14, session 8): every kind of entry the press survey added — national papers,
ministries, mass organisations, defence corporations and factories, military hospitals, service journals,
police magazines — is found from its host, from an alias in an attribution or a lead prefix, and from a footer
masthead line when the page has no URL.

Every article here is invented text."""

from __future__ import annotations

import pytest

from haucan.outlet_names import outlet_named
from haucan.outlet_text import footer_masthead
from haucan.rules import load_rules
from tests.support.outlet_pages import BODY, LEAD, TITLE, decided

RULES = load_rules()


def page(lead: str = LEAD, foot: str = "") -> str:
    return f"{TITLE}\n\n{lead}{BODY}{foot}"


@pytest.mark.parametrize(("url", "outlet", "kind"), [
    ("https://vietnamnet.vn/doi-song/a-123.html", "VietNamNet", "national"),
    ("https://www.tinnhanhchungkhoan.vn/a-post1.html", "Báo Đầu tư Chứng khoán", "national"),
    ("https://dangcongsan.vn/thoi-su/a-1.html", "Báo Điện tử Đảng Cộng sản Việt Nam", "party"),
    ("https://moh.gov.vn/tin-tong-hop/-/asset_publisher/a", "Bộ Y tế", "portal"),
    ("https://mattran.org.vn/tin-tuc/a.html", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "portal"),
    ("https://viettel.com.vn/vi/news/a", "Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)", "defence_industry"),
    ("https://canhsattoancau.vn/a-i1.html", "Tạp chí Cảnh sát toàn cầu", "police"),
    ("https://zingnews.vn/a-post1.html", "Znews", "national"),
])
def test_each_kind_of_new_entry_is_found_from_its_host(url, outlet, kind):
    assert decided(page(), url) == (outlet, "url", kind)


@pytest.mark.parametrize(("credit", "outlet"), [
    ("Theo Tin nhanh chứng khoán", "Báo Đầu tư Chứng khoán"),
    ("(Theo Báo Người Lao Động)", "Người Lao Động"),
    ("Nguồn: Binh đoàn 15", "Binh đoàn 15 - Tổng công ty 15"),
    ("Theo Bệnh viện Quân y 354", "Bệnh viện Quân y 354"),
    ("Theo Tạp chí Cảnh sát toàn cầu", "Tạp chí Cảnh sát toàn cầu"),
])
def test_an_aggregator_keeps_the_new_outlet_its_credit_line_names(credit, outlet):
    assert decided(page(foot=f"\n{credit}\n"), "https://baomoi.com/a/c/1.epi")[:2] == (outlet, "url+attribution")


@pytest.mark.parametrize(("prefix", "outlet"), [
    ("(TNO) - ", "Thanh Niên"),
    ("(ĐTCK) - ", "Báo Đầu tư Chứng khoán"),
    ("(NLĐO) - ", "Người Lao Động"),
])
def test_a_lead_prefix_that_is_an_alias_names_the_outlet_without_a_url(prefix, outlet):
    assert decided(page(prefix + LEAD))[0] == outlet


@pytest.mark.parametrize(("footer", "outlet"), [
    ("BÁO ĐIỆN TỬ ĐẠI BIỂU NHÂN DÂN - Cơ quan chủ quản: Văn phòng Quốc hội", "Báo Đại biểu Nhân dân"),
    ("Tạp chí Cảnh sát toàn cầu. Tổng biên tập: Nguyễn Văn A", "Tạp chí Cảnh sát toàn cầu"),
    ("Báo Sức khỏe và Đời sống", "Báo Sức khỏe và Đời sống"),
])
def test_a_footer_masthead_line_names_a_registry_outlet_and_never_its_owner(footer, outlet):
    found = footer_masthead(["Trang chủ", footer, "Điện thoại: 024 0000 0000"], RULES)
    assert found is not None and found.name == outlet
    assert decided(page(foot=f"\n{footer}\n"))[0] == outlet


def test_a_footer_menu_item_equal_to_an_alias_is_not_a_masthead():
    # "Xây dựng Đảng" is a menu category as well as the journal's short name: a bare line without a head word.
    assert footer_masthead(["Xây dựng Đảng", "Quốc phòng - An ninh"], RULES) is None


def test_the_registry_names_each_unit_kind_the_press_survey_lists():
    for name in ("Báo Quân khu 1", "Báo Quân khu 2", "Báo Quân khu 3", "Báo Quân khu 4", "Báo Quân khu 5",
                 "Báo Quân khu 7", "Báo Quân khu 9", "Quốc phòng Thủ đô", "Báo Hải quân Việt Nam",
                 "Báo Phòng không - Không quân", "Báo Biên phòng", "Phát thanh QĐND", "GAET", "Z176",
                 "Bệnh viện 175", "Tổng công ty 319", "Báo Ảnh Việt Nam", "Kinh tế & Đô thị", "Hội LHPN Việt Nam"):
        assert outlet_named(name, RULES) is not None, name


@pytest.mark.parametrize(("prefix", "outlet"), [
    ("BPO - ", "Báo Bình Phước"),
    ("(TTO) - ", "Tuổi Trẻ"),
    ("(BKTO) - ", "Báo Kiểm toán"),
])
def test_a_provincial_or_national_lead_abbreviation_names_its_paper(prefix, outlet):
    assert decided(page(prefix + LEAD))[0] == outlet


def test_a_hand_written_provincial_entry_keeps_the_generated_merger_names():
    # "Báo Bình Phước" is written by hand for its 'BPO' lead; the 2025 merged name still finds it, and its host
    # still fits the provincial pattern.
    assert outlet_named("Báo và Phát thanh, Truyền hình Bình Phước", RULES).name == "Báo Bình Phước"
    assert decided(page(), "https://baobinhphuoc.com.vn/news/a")[:2] == ("Báo Bình Phước", "host_pattern")


def test_a_credit_naming_a_provincial_domain_the_registry_does_not_list_is_read_by_its_pattern():
    assert outlet_named("https://baolongan.vn/a-b.html", RULES).name == "Báo Long An"
    assert decided(page(foot="\nTheo baolongan.vn\n"), "https://baomoi.com/a/c/1.epi")[:2] == (
        "Báo Long An", "url+attribution")
    assert outlet_named("example.com", RULES) is None


def test_no_name_or_alias_names_two_registry_entries():
    """An alias two entries share finds neither (the name lookup refuses an ambiguous name): one outlet, one entry."""
    import collections

    from haucan.rules import load_rules

    owners = collections.defaultdict(set)
    for outlet in load_rules().outlets:
        for name in (outlet.name, *outlet.aliases):
            owners[name.casefold()].add(outlet.name)
    assert {name: sorted(entries) for name, entries in owners.items() if len(entries) > 1} == {}
