"""Outlets of set 7 (session 12): a copy crediting the original by the original's lead prefix ('(ĐN)- …' on a
mirror of Báo Đồng Nai) names the original, the mirror's own entry only when nothing credits it; a unit's own
site (z121.vn) and a police paper (anhp.vn) named by their hosts."""

from __future__ import annotations

import pytest

from haucan.article import build_article
from haucan.records import RawArticle, SourceFile
from tests.support.pages import BODY, LEAD, RULES, TITLE


def _outlet(url: str, lead: str = LEAD) -> str | None:
    raw = RawArticle(SourceFile("x.txt", "0123456789abcdef", url), "\n".join([TITLE, lead, BODY]))
    return build_article(raw, RULES).metadata.outlet


def test_a_copy_opening_with_the_originals_lead_prefix_credits_the_original():
    assert _outlet("http://xsdinh.com/tintuc/200608/x", "(ĐN)- " + LEAD) == "Báo Đồng Nai"
    assert _outlet("http://xsdinh.com/tintuc/200608/x", "(ĐN) - " + LEAD) == "Báo Đồng Nai"


def test_an_uncredited_copy_stays_the_mirror():
    assert _outlet("http://xsdinh.com/tintuc/200608/x") == "xsdinh.com"


@pytest.mark.parametrize(("url", "outlet"), [
    ("https://z121.vn/nha-may-ban-giao-nha-an", "Nhà máy Z121"),
    ("https://anhp.vn/hoi-thi-nau-an-d58214.html", "Báo An ninh Hải Phòng"),
])
def test_a_units_own_site_and_a_police_paper_are_named_by_their_hosts(url, outlet):
    assert _outlet(url) == outlet


def test_a_commune_portal_under_its_district_and_province_is_named_from_the_text():
    lead = "Sáng 14/6, tại xã Hữu Lân, Ban CHQS xã tổ chức hội nghị tổng kết công tác hậu cần."
    assert _outlet("http://huulan.locbinh.langson.gov.vn/le-ra-mat", lead) == "Cổng thông tin điện tử xã Hữu Lân"


def test_a_five_label_host_without_a_province_third_from_the_end_names_no_portal():
    lead = "Sáng 14/6, tại xã Hữu Lân, Ban CHQS xã tổ chức hội nghị tổng kết công tác hậu cần."
    assert _outlet("http://huulan.abc.xyz.gov.vn/le-ra-mat", lead) != "Cổng thông tin điện tử xã Hữu Lân"


def test_a_papers_lead_tag_credits_it_on_an_unknown_host():
    assert _outlet("http://game.example.com/html/1.html", "(CMO)" + LEAD) == "Báo Cà Mau"


@pytest.mark.parametrize(("line", "pieces"), [
    ("Báo Cà MauSáng 21/10, đoàn kiểm tra của Bộ CHQS tỉnh", ["Báo Cà Mau", "Sáng 21/10, đoàn kiểm tra của Bộ CHQS tỉnh"]),
    ("Báo Lạng SơnNgày 5/1, Bộ CHQS tỉnh tổ chức hội nghị", ["Báo Lạng Sơn", "Ngày 5/1, Bộ CHQS tỉnh tổ chức hội nghị"]),
    ("Báo VnExpress đưa tin ngày 5/1 về hội nghị", ["Báo VnExpress đưa tin ngày 5/1 về hội nghị"]),
    ("Báo Lạng Sơn đưa tin ngày 5/1 về hội nghị", ["Báo Lạng Sơn đưa tin ngày 5/1 về hội nghị"]),
])
def test_a_papers_masthead_glued_to_the_lead_is_cut_off_at_the_change_of_case(line, pieces):
    from haucan.furniture import cut_glued_menu
    assert cut_glued_menu(line) == pieces


def test_a_glued_masthead_names_the_outlet_and_leaves_the_lead():
    raw = RawArticle(SourceFile("x.txt", "0123456789abcdef", "http://game.example.com/html/1.html"),
                     "\n".join([TITLE, "Báo Cà Mau" + LEAD, BODY]))
    a = build_article(raw, RULES)
    assert a.metadata.outlet == "Báo Cà Mau"
    assert not any(b.text.startswith("Báo Cà Mau") for b in a.blocks if b.kind in ("lead", "body"))
