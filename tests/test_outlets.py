"""The outlet is decided from the URL first, then the text; the registry itself is well formed.

Every article here is invented text in the shape of the pages docs/real_pages describes."""

from __future__ import annotations

import collections

import pytest

from haucan.article import build_article
from haucan.outlets import outlet_named, url_host
from haucan.records import RawArticle, SourceFile
from haucan.rules import _load_yaml, bare_host, dateline_pattern, load_rules
from schema.vocab import load_vocab

RULES = load_rules()
BODY = "\n\nĐơn vị đã hoàn thành tốt các chỉ tiêu bảo đảm hậu cần, kỹ thuật cho huấn luyện trong năm.\n"


def meta(text: str, url: str | None = None):
    source = SourceFile("x.txt", "0123456789abcdef", url)
    return build_article(RawArticle(source, text), RULES).metadata


def decided(text: str, url: str | None = None) -> tuple:
    m = meta(text, url)
    return m.outlet, m.outlet_domain, m.outlet_source, m.outlet_kind


def test_url_host_exact_decides_even_without_any_text_evidence():
    got = decided("Sáng 3/4, Cục Hậu cần tổ chức hội nghị triển khai nhiệm vụ." + BODY,
                  "https://WWW.BaoQuanKhu4.com.vn/chinh-tri/tin-tuc/hoi-nghi.html")
    assert got == ("Báo Quân khu 4", "baoquankhu4.com.vn", "url", "military_region")


def test_subdomain_falls_to_its_parent_but_a_listed_subdomain_is_its_own_outlet():
    lead = "Chiều 9/5, Lữ đoàn 972 tổ chức hội thi nấu ăn giỏi." + BODY
    assert decided(lead, "https://amp.tintuc.qdnd.vn/bai-1")[:3] == ("Báo Quân đội nhân dân", "qdnd.vn", "url")
    assert decided(lead, "https://hc.qdnd.vn/bai-2")[:3] == ("Tạp chí Hậu cần Quân đội", "hc.qdnd.vn", "url")
    assert decided(lead, "http://m.baoquankhu1.vn/tin-tuc/1.html")[0] == "Báo Quân khu 1"


def test_look_alike_domain_is_never_matched_by_substring():
    assert RULES.outlet_for_host("vietnamplus.com.vn")[0].kind == "aggregator"
    assert RULES.outlet_for_host("notqdnd.vn") is None
    assert RULES.outlet_for_host("qdnd.vn.example.com") is None
    m = meta("Ngày 2/6, Bộ Chỉ huy Quân sự tỉnh tổ chức tập huấn." + BODY, "https://qdnd.vn.example.com/a")
    # Not the paper: a site naming no source is its own outlet by its host (coordinator's convention, set 10).
    assert m.outlet == "qdnd.vn.example.com" and m.outlet_domain == "qdnd.vn.example.com" and m.outlet_source == "url"


def test_aggregator_page_keeps_the_original_outlet_its_theo_line_names():
    text = ("Kho K858 tiếp nhận xăng dầu dự trữ\n\nSáng 12/8, Kho K858 tiếp nhận 300 tấn xăng dầu dự trữ." + BODY
            + "\nTheo Báo Tây Ninh\n")
    assert decided(text, "https://baomoi.com/kho-k858/c/123456.epi") == (
        "Báo Tây Ninh", "baotayninh.vn", "url+attribution", "province")
    at_end = "Sáng 12/8, Kho K858 tiếp nhận xăng dầu dự trữ cho đơn vị. (Theo QĐND)" + BODY
    assert decided(at_end, "https://vietbao.vn/kho-k858-123.html")[:3] == (
        "Báo Quân đội nhân dân", "qdnd.vn", "url+attribution")
    source_url = "Sáng 12/8, kho tiếp nhận xăng dầu dự trữ cho đơn vị." + BODY + "\nNguồn tin: nhandan.vn\n"
    assert decided(source_url, "https://nghean24h.vn/a-1.html")[:3] == ("Nhân Dân", "nhandan.vn", "url+attribution")


def test_aggregator_page_keeps_the_original_outlet_of_its_lead_prefix_and_stays_itself_otherwise():
    prefixed = "QĐND Online - Sáng 5/3, Cục Quân nhu tổ chức hội nghị tổng kết năm." + BODY
    assert decided(prefixed, "https://baomoi.com/x/c/1.epi")[:3] == ("Báo Quân đội nhân dân", "qdnd.vn", "url+dateline")
    plain = "Sáng 5/3, Cục Quân nhu tổ chức hội nghị tổng kết năm." + BODY + "\nTheo dõi Báo Tây Ninh trên\n"
    assert decided(plain, "https://baomoi.com/x/c/2.epi") == ("Báo Mới", "baomoi.com", "url", "aggregator")


def test_a_national_paper_quoting_an_agency_stays_the_paper():
    text = "Chiều 1/6, Tổng cục Hậu cần - Kỹ thuật đón nhận Huân chương." + BODY + "\n(Theo Vnews)\n"
    assert decided(text, "https://nld.com.vn/thoi-su/a.htm")[:3] == ("Người Lao Động", "nld.com.vn", "url")


def test_shared_lead_prefix_is_decided_by_the_url():
    text = "(BTN) - Sáng 20/9, Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập khu vực phòng thủ." + BODY
    assert decided(text, "https://baotayninh.vn/a-1.html")[0] == "Báo Tây Ninh"
    assert decided(text, "https://baothainguyen.vn/a-1.html")[0] == "Báo Thái Nguyên"
    alone = meta(text)
    assert alone.outlet is None and alone.outlet_source is None
    assert any(r.field == "outlet" and "Báo Tây Ninh and Báo Thái Nguyên" in r.reason for r in alone.null_reasons)
    with_footer = meta(text + "\nbaothainguyen.vn")
    assert (with_footer.outlet, with_footer.outlet_source) == ("Báo Thái Nguyên", "dateline")


def test_no_url_falls_back_to_the_dateline_in_any_dash_and_spacing():
    for lead in ("(QK7 Online) – Sáng 7/7", "(QK7 Online)-Sáng 7/7", "( QK7  Online ) — Sáng 7/7"):
        got = decided(lead + ", Cục Hậu cần Quân khu 7 kiểm tra kho." + BODY)
        assert got == ("Báo Quân khu 7", "baoquankhu7.vn", "dateline", "military_region"), lead


def test_no_url_masthead_glued_to_the_title_names_the_outlet():
    text = ("CƠ QUAN CỦA TRUNG ƯƠNG HỘI - TIẾNG NÓI CỦA CỰU CHIẾN BINH VIỆT NAM Hội CCB Cục Quân nhu đại hội\n\n"
            "Ngày 3-5-2023 Hội Cựu chiến binh Cục Quân nhu tổ chức đại hội nhiệm kỳ mới." + BODY)
    assert decided(text)[0::2] == ("Báo Cựu chiến binh Việt Nam", "masthead")


def test_a_dateline_alone_on_its_line_leaves_the_lead_to_the_next_paragraph():
    source = SourceFile("x.txt", "0123456789abcdef", None)
    lead = "Sáng 14/3, Cục Hậu cần - Kỹ thuật Quân chủng Hải quân tổ chức hội nghị tổng kết."
    article = build_article(RawArticle(source, "Hải quân tổng kết công tác hậu cần\n\nHQ Online -\n\n" + lead + BODY),
                            RULES)
    assert (article.metadata.outlet, article.metadata.outlet_source) == ("Báo Hải quân Việt Nam", "dateline")
    assert article.lead == lead and article.text.startswith(lead)


def test_dateline_patterns_accept_dash_variants_and_refuse_a_bare_word():
    border = dateline_pattern("Biên phòng - ")
    assert border.match("Biên phòng—Chiều 3/8") and border.match("Biên phòng  –  Chiều 3/8")
    assert not border.match("Biên phòng tỉnh tổ chức hội nghị")
    tv = dateline_pattern("(THTG) ")
    assert tv.match("(THTG) Sáng 2/2").group(0) == "(THTG) " and tv.match("(THTG) - Sáng").group(0) == "(THTG) - "


def test_an_unknown_host_naming_nothing_is_its_own_outlet_and_so_is_a_state_site_printing_no_name():
    # A copy naming no source is its own outlet by its host (coordinator's convention, set 10; session 12).
    m = meta("Ngày 2/6, Bộ Chỉ huy Quân sự tỉnh tổ chức tập huấn công tác hậu cần." + BODY,
             "https://www.tin-dia-phuong-vidu.net/bai/123")
    assert (m.outlet, m.outlet_domain, m.outlet_source, m.outlet_kind) == (
        "tin-dia-phuong-vidu.net", "tin-dia-phuong-vidu.net", "url", "aggregator")
    m = meta("Ngày 2/6, Bộ Chỉ huy Quân sự tỉnh tổ chức tập huấn công tác hậu cần." + BODY,
             "https://www.vidu-khongten.gov.vn/bai/123")
    # A state site printing no name goes by its host, with a portal's kind (session 14's rule 4; it was null before).
    assert (m.outlet, m.outlet_domain, m.outlet_source, m.outlet_kind) == (
        "vidu-khongten.gov.vn", "vidu-khongten.gov.vn", "url", "portal")
    text_wins = meta("NDO - Sáng 6/7, Tổng cục Hậu cần tổ chức hội nghị." + BODY, "https://vidu-cong.gov.vn/a")
    assert (text_wins.outlet, text_wins.outlet_source) == ("Nhân Dân", "dateline")


def test_url_host_and_names():
    assert url_host("https://User@Sub.Example.VN:8080/a?b=c") == "sub.example.vn"
    assert url_host("") is None and url_host(None) is None and url_host("not a url") is None
    assert bare_host("www.m.baomoi.com") == "baomoi.com"
    assert outlet_named("báo quân đội nhân dân", RULES).domain == "qdnd.vn"
    assert outlet_named("Quân khu 7 Online", RULES).name == "Báo Quân khu 7"
    assert outlet_named("Tây Ninh", RULES).name == "Báo Tây Ninh"
    assert outlet_named("https://www.qdnd.vn/quoc-phong/abc-123", RULES).name == "Báo Quân đội nhân dân"
    assert outlet_named("Báo Không Có Thật", RULES) is None


REGISTRY = _load_yaml("outlets.yml")["outlets"]


def test_registry_has_40_outlets_each_with_a_kind_of_the_vocabulary_and_a_why():
    kinds = {entry["kind"] for entry in load_vocab("outlet_kinds")}
    assert len(REGISTRY) >= 40
    names = collections.Counter(e["name"] for e in REGISTRY)
    assert [n for n, k in names.items() if k > 1] == []
    for entry in REGISTRY:
        assert entry["kind"] in kinds, entry["name"]
        assert entry["why"].strip() and entry["domains"], entry["name"]
        assert entry.get("mirror_of") in (None, *names), entry["name"]


def test_registry_domains_are_lowercase_without_www_and_in_one_entry_only():
    owner: dict[str, str] = {}
    for entry in REGISTRY:
        for domain in entry["domains"]:
            assert domain == domain.lower() and not domain.startswith("www.") and "/" not in domain, domain
            bare = bare_host(domain)
            assert owner.setdefault(bare, entry["name"]) == entry["name"], f"{domain} in two entries"


@pytest.mark.parametrize("entry", [e for e in REGISTRY if e["lead_prefixes"]], ids=lambda e: e["domains"][0])
def test_each_lead_prefix_opens_a_lead_as_its_outlet(entry):
    # A mirror carries its original's prefix, and its page is credited to the original.
    expected = entry.get("mirror_of") if entry["kind"] == "aggregator" else entry["name"]
    for prefix in entry["lead_prefixes"]:
        m = meta(prefix + "Sáng 4/4, đơn vị tổ chức hội nghị tổng kết công tác hậu cần." + BODY,
                 f"https://{entry['domains'][0]}/bai-1.html")
        assert m.outlet == expected, prefix
