"""Outlets of hosts and pages the registry does not list one by one (issue 14, session 7): provincial host
patterns, a district site named by its masthead, a name read off the page, an alias used as a lead prefix, a
mirror that keeps the original's site name, and the generated provincial outlets in the registry.

Every article here is invented text."""

from __future__ import annotations

import collections

import pytest

from haucan.article import build_article
from haucan.outlet_patterns import host_outlet, subsite_province
from haucan.outlet_text import name_kind, sentence_case
from haucan.provinces import generated_entries, provinces
from haucan.records import RawArticle, SourceFile
from haucan.rules import _load_yaml, load_rules
from schema.articles import OUTLET_NAME_SHAPE
from schema.vocab import load_vocab

RULES = load_rules()
TITLE = "Bộ CHQS tỉnh tổ chức hội nghị triển khai nhiệm vụ hậu cần năm 2025"
LEAD = "Sáng 3/4, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị triển khai nhiệm vụ hậu cần năm 2025."
BODY = "\n\nĐơn vị đã hoàn thành tốt các chỉ tiêu bảo đảm hậu cần, kỹ thuật cho huấn luyện trong năm.\n"


def decided(text: str, url: str | None = None) -> tuple:
    m = build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", url), text), RULES).metadata
    return m.outlet, m.outlet_domain, m.outlet_source, m.outlet_kind


PAGE = f"{TITLE}\n\n{LEAD}{BODY}"


@pytest.mark.parametrize(("url", "expected"), [
    ("https://baolangson.vn/a.html", ("Báo Lạng Sơn", "baolangson.vn", "host_pattern", "province")),
    ("https://www.baocaobang.vn/a.html", ("Báo Cao Bằng", "baocaobang.vn", "host_pattern", "province")),
    ("https://caobang.gov.vn/a", ("Cổng thông tin điện tử tỉnh Cao Bằng", "caobang.gov.vn", "host_pattern", "portal")),
    ("https://danang.gov.vn/a", ("Cổng thông tin điện tử thành phố Đà Nẵng", "danang.gov.vn", "host_pattern",
                                 "portal")),
    ("https://tinhuylaichau.vn/a", ("Cổng thông tin điện tử Đảng bộ tỉnh Lai Châu", "tinhuylaichau.vn",
                                    "host_pattern", "party")),
    ("https://congan.sonla.gov.vn/a", ("Công an tỉnh Sơn La", "congan.sonla.gov.vn", "host_pattern", "police")),
    ("https://caobangtv.vn/a", ("Đài Phát thanh và Truyền hình Cao Bằng", "caobangtv.vn", "host_pattern",
                                "province_tv")),
    # A province whose paper has its own name: the pattern gives that name, not "Báo Tiền Giang".
    ("https://baotiengiang.vn/a", ("Báo Ấp Bắc", "baotiengiang.vn", "host_pattern", "province")),
])
def test_unknown_provincial_hosts_are_read_by_their_pattern(url, expected):
    assert decided(PAGE, url) == expected


def test_a_registry_domain_beats_the_pattern_and_a_look_alike_fits_no_pattern():
    assert decided(PAGE, "https://binhdinh.gov.vn/a")[:3] == ("Cổng TTĐT tỉnh Bình Định", "binhdinh.gov.vn", "url")
    assert decided(PAGE, "https://baolaichau.vn/a")[2] == "url"
    assert host_outlet("baolangson.vn.example.com", RULES.outlets) is None
    assert host_outlet("xbaolangson.vn", RULES.outlets) is None
    # Printing no name, it goes by its host (rule 4 of the one outlet rule, session 14).
    assert decided(PAGE, "https://notaprovince.gov.vn/a")[:3] == ("notaprovince.gov.vn", "notaprovince.gov.vn", "url")


def test_a_district_site_under_a_province_domain_is_named_by_its_masthead_only():
    masthead = "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẢO LÂM\n" + PAGE
    assert subsite_province("baolam.caobang.gov.vn").name == "Cao Bằng"
    assert decided(masthead, "https://baolam.caobang.gov.vn/a") == (
        "Cổng thông tin điện tử huyện Bảo Lâm", "baolam.caobang.gov.vn", "url+masthead", "portal")
    # Without a masthead the province's own portal is NOT guessed: the district site is another outlet.
    got = decided(PAGE, "https://baolam.caobang.gov.vn/a")
    assert got[0] == got[1] == "baolam.caobang.gov.vn"  # its host (session 14, rule 4)


def test_text_only_pages_name_their_outlet_by_masthead_footer_or_alias_prefix():
    assert decided("HỌC VIỆN BIÊN PHÒNG\n" + PAGE)[:3] == ("Học viện Biên phòng", None, "masthead")
    assert decided("Trang chủ báo điện tử tỉnh Lai Châu\n" + PAGE)[:3] == ("Báo Lai Châu", "baolaichau.vn",
                                                                             "masthead")
    assert decided(PAGE + "\n© Bản quyền thuộc Báo Lạng Sơn\n")[:3] == ("Báo Lạng Sơn", None, "footer")
    assert decided(f"{TITLE}\n\n(ĐBP) - {LEAD}{BODY}")[:3] == ("Báo Điện Biên Phủ", "baodienbienphu.com.vn",
                                                               "dateline")
    # A capitalised masthead the registry lacks is kept as printed, in sentence case.
    assert decided("TRƯỜNG QUÂN SỰ TỈNH CAO BẰNG\n" + PAGE) == ("Trường quân sự tỉnh Cao Bằng", None, "masthead",
                                                                  "academy")


def test_a_headline_or_a_sentence_is_never_taken_for_a_masthead():
    assert decided(f"Công an tỉnh Sơn La tổng kết công tác hậu cần\n\n{LEAD}{BODY}")[0] is None
    assert decided(f"BÁO CÁO KẾT QUẢ CÔNG TÁC HẬU CẦN NĂM 2024 CỦA BỘ CHỈ HUY QUÂN SỰ TỈNH\n{PAGE}")[0] is None


def test_a_mirror_keeps_the_original_named_in_its_site_suffix_and_the_title_loses_it():
    text = ("Powered by Techcity\n\nKho K95 tiếp nhận vật chất dự trữ – Báo Lạng Sơn: Tin tức mới nhất về chính trị"
            f"\n\n{LEAD}{BODY}")
    got = build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", "https://vietnam.vn/langson/?p=1"),
                                   text), RULES).metadata
    assert (got.outlet, got.outlet_source) == ("Báo Lạng Sơn", "url+masthead")
    assert got.title == "Kho K95 tiếp nhận vật chất dự trữ"


def test_sentence_case_keeps_place_names_capitalised_and_mixed_case_as_printed():
    assert sentence_case("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG TÈ") == "Cổng thông tin điện tử huyện Mường Tè"
    assert sentence_case("Cổng TTĐT huyện Mường Tè") == "Cổng TTĐT huyện Mường Tè"
    assert OUTLET_NAME_SHAPE.match("Cổng thông tin điện tử huyện Mường Tè")
    assert not OUTLET_NAME_SHAPE.match("Báo cáo tổng kết năm")


def test_generated_provincial_outlets_are_unique_and_registry_domains_keep_their_names():
    names = collections.Counter(o.name.casefold() for o in RULES.outlets)
    assert [n for n, k in names.items() if k > 1] == []
    kinds = {entry["kind"] for entry in load_vocab("outlet_kinds")}
    assert {o.kind for o in RULES.outlets} <= kinds
    generated = {o.name for o in RULES.outlets if not o.domains}
    known = {n for o in RULES.outlets for n in (o.name, *o.aliases)}
    for province in provinces():
        # Every province's police portal is known: generated, or the registry entry (Kon Tum's) under that alias.
        assert f"Công an {province.unit} {province.name}" in known
    portal = next(o for o in RULES.outlets if o.name == "Cổng TTĐT tỉnh Bình Định")
    assert "Cổng thông tin điện tử tỉnh Bình Định" in portal.aliases
    assert "Cổng thông tin điện tử tỉnh Bình Định" not in generated
    assert len(generated_entries([])) >= 5 * 60


def test_every_second_registry_entry_is_well_formed():
    for entry in _load_yaml("outlets_more.yml")["outlets"]:
        assert entry["why"] and entry["kind"], entry["name"]
        for domain in entry.get("domains") or ():
            assert domain == domain.lower() and not domain.startswith("www."), entry["name"]


def test_a_provincial_portal_reprinting_its_paper_keeps_the_paper_its_footer_names():
    # Seed 002's shape: the article on thainguyen.gov.vn ends with the paper's bare domain.
    text = PAGE + "\nbaothainguyen.vn\n"
    assert decided(text, "https://thainguyen.gov.vn/a")[:3] == ("Báo Thái Nguyên", "baothainguyen.vn",
                                                               "domain_footer")
    assert decided(PAGE, "https://thainguyen.gov.vn/a")[2] == "host_pattern"


@pytest.mark.parametrize(("name", "kind"), [
    ("Cổng thông tin điện tử huyện Mường Tè", "portal"),
    ("Trang thông tin điện tử Đảng bộ huyện Mường Tè", "party"),
    ("Cổng thông tin điện tử Công an huyện Mường Tè", "police"),
    ("Trường Cao đẳng Cảnh sát nhân dân I", "police"),
    ("Trường Quân sự Quân khu 2", "academy"),
    ("Đài Phát thanh - Truyền hình Mường Tè", "province_tv"),
    ("Tạp chí Mường Tè", None),
])
def test_an_unlisted_outlet_takes_the_kind_its_head_words_give(name, kind):
    assert name_kind(name) == kind
