"""The page head, session 12 (issue 14, the eleventh blind set's misses), on short invented pages: outlets of
sites the registry lacks (a paper credited only in the text, a commune's portal by its initial, the registry's name
for a district's portal, a department's copyright footer, a journal's host by its initials, a copy's own name or
host); stamps glued to a category, a bullet or the writers.

Every article here is invented text."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.article import build_article
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules
from tests.support.outlet_pages import BODY, LEAD, TITLE, decided


def page(head: str = "", foot: str = "", lead: str = LEAD, body: str = BODY, title: str = TITLE) -> str:
    return f"{head}{title}\n\n{lead}{body}{foot}"


def test_a_paper_credited_only_in_the_text_is_the_copys_outlet():
    body = "\n\nBáo Quân khu 7 cho biết, đơn vị đã hoàn thành tốt các chỉ tiêu bảo đảm hậu cần trong năm.\n"
    assert decided(page(body=body), "http://tinquansutonghop.com/a")[0] == "Báo Quân khu 7"
    body = "\n\nTheo Báo Quân khu 7, đơn vị đã hoàn thành tốt các chỉ tiêu bảo đảm hậu cần trong năm.\n"
    assert decided(page(body=body), "http://tinquansutonghop.com/a")[0] == "Báo Quân khu 7"
    # A body that says something is no paper: the copy stays its own.
    body = "\n\nQuân chủng Hải quân cho biết, đơn vị đã hoàn thành tốt các chỉ tiêu trong năm.\n"
    assert decided(page(body=body), "http://tinquansutonghop.com/a")[0] == "tinquansutonghop.com"


def test_a_copy_naming_no_source_is_its_host_or_its_own_printed_tag():
    assert decided(page(), "https://hoidapnhanh.com/a")[::2] == ("hoidapnhanh.com", "aggregator")
    lead = "(TinMoi) - " + LEAD
    assert decided(page(lead=lead), "http://tinmoi.vn/a")[0] == "TinMoi"
    assert decided(page("TinMoi\n"), "http://tinmoi.vn/a")[0] == "TinMoi"
    # A blog platform's site is never named by its host.
    assert decided(page(), "https://abc.blogspot.com/a")[0] is None
    # Without a URL nothing names it.
    assert decided(page())[0] is None


def test_a_communes_portal_whose_host_opens_with_the_units_initial():
    lead = "Ngày 24/12/2024, Đảng ủy, Ủy ban nhân dân xã Bình Lâm tổ chức hội nghị tổng kết công tác quân sự."
    assert decided(page(lead=lead), "https://xbinhlam.hagiang.gov.vn/a")[0] == "Cổng thông tin điện tử xã Bình Lâm"
    lead = "Ngày 24/12/2024, phường Tân Hòa tổ chức hội nghị tổng kết công tác quân sự."
    assert decided(page(lead=lead), "https://ptanhoa.hagiang.gov.vn/a")[0] == "Cổng thông tin điện tử phường Tân Hòa"


def test_a_generated_portal_name_yields_to_the_registrys_name_for_the_same_body():
    lead = "Ngày 2/8/2024, Ban CHQS huyện Đô Lương tổ chức kiểm tra công tác hậu cần tại các xã."
    assert decided(page(lead=lead), "https://doluong.nghean.gov.vn/a")[0] == "Cổng TTĐT huyện Đô Lương (Nghệ An)"
    # Another province's district of the same name is not that entry.
    assert decided(page(lead=lead), "https://doluong.hatinh.gov.vn/a")[0] == "Cổng thông tin điện tử huyện Đô Lương"


def test_a_departments_site_is_named_by_its_copyright_footer():
    foot = "Tin liên quan\nHội thảo chuyển đổi số\nBản quyền thuộc Sở Khoa học và Công nghệ tỉnh Thái Nguyên\n"
    assert decided(page(foot=foot), "https://ict.thainguyen.gov.vn/a")[0] == "Sở Khoa học và Công nghệ tỉnh Thái Nguyên"


def test_a_journals_host_spelling_its_initials_without_the_word_for_journal():
    assert decided(page(), "http://gdllctqs.vn/a")[0] == "Tạp chí Giáo dục lý luận chính trị quân sự"


# Stamps glued to a writer, a category or a bullet (set 11's 782-784, 768).


def _meta(text: str, url: str | None = None):
    return build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", url), text), load_rules()).metadata


@pytest.mark.parametrize(("stamp", "authors"), [
    ("Quân sự - Quốc phòng / 09:15 | 03/11/2025", ()),
    ("• Cập nhật : 03/11/2025", ()),
    ("NGUYỄN THU HÀ 03/11/2025 09:15 GMT+7", ("NGUYỄN THU HÀ",)),
    ("Hoàng Lan, Minh Đức (VTV8)Cập nhật 09:15 ngày 03/11/2025", ("Hoàng Lan", "Minh Đức")),
])
def test_a_stamp_glued_to_a_category_a_bullet_or_its_writers_dates_the_page(stamp, authors):
    m = _meta("\n".join([TITLE, stamp, LEAD + BODY]))
    assert m.published_date == dt.date(2025, 11, 3)
    assert m.title == TITLE
    assert tuple(m.authors) == authors


def test_a_sentence_with_a_slash_and_a_date_is_no_stamp():
    m = _meta("\n".join([TITLE, LEAD, "Kết quả 2024/2025 được tổng kết ngày 03/11/2025, theo kế hoạch của đơn vị." + BODY]))
    assert m.published_date is None


# Titles (set 11's 766, 755, 791, 789).
HEADLINE = "Hội thi nấu ăn giỏi lực lượng vũ trang huyện năm 2025"
SAPO = ("Ngày 3-11, Ban CHQS huyện tổ chức hội thi nấu ăn giỏi cho các đội của lực lượng vũ trang huyện. "
        "Thượng tá Trần Văn Bình, Chỉ huy trưởng Ban CHQS huyện dự và chủ trì.")


def test_a_breadcrumb_between_slashes_is_no_headline_and_a_stopped_headline_over_the_stamp_is():
    text = "\n".join(["Tin tức - Sự kiện / Trong huyện / Quốc phòng - an ninh", HEADLINE + ".",
                      "Ngày đăng: 04/11/2025", LEAD + BODY])
    assert _meta(text).title == HEADLINE + "."


def test_a_sapo_printed_twice_under_the_headline_is_the_lead_not_the_title():
    m = _meta("\n".join([HEADLINE, SAPO, SAPO, "Các đội thi chế biến 3 món mặn, 1 món canh trong 90 phút." + BODY]))
    assert m.title == HEADLINE
    # A caption printed twice (one sentence) under the headline is still no lead.
    caption = "Thượng tá Trần Văn Bình trao giải Nhất cho đội xã Hòa Bình."
    assert _meta("\n".join([HEADLINE, caption, caption, LEAD + BODY])).title == HEADLINE


def test_a_related_label_run_into_another_pages_headline_is_no_title():
    text = "\n".join([" date 2025-11 Tin liên quan Bộ CHQS tỉnh ra quân huấn luyện năm 2026 cho các đơn vị", "",
                      HEADLINE, "", LEAD + BODY])
    assert _meta(text).title == HEADLINE


def test_a_text_tools_letters_under_the_headline_do_not_continue_it():
    assert _meta("\n".join([HEADLINE, "", "aa", LEAD + BODY])).title == HEADLINE
    # A real rest of the headline in lower case is still joined.
    assert _meta("\n".join(["Hội thi nấu ăn giỏi lực lượng vũ trang huyện", "năm 2025 tại Trung đoàn 739",
                            LEAD + BODY])).title == "Hội thi nấu ăn giỏi lực lượng vũ trang huyện năm 2025 tại Trung đoàn 739"
