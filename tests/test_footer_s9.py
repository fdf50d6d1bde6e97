"""The bottom and body furniture of the page and its writers, session 9 (issue 14, the fourth blind set's misses),
on short invented pages: the site's lists after the text told by their place, notices and rules, an administrative
document's tail, and the writers printed in the shapes set 4 showed (a body signing alone, a credit inside the
stamp row, a name beside the stamp, an officer's two-line signature, an interviewer under the headline)."""

from __future__ import annotations

import pytest

from haucan.furniture import is_menu_row
from haucan.page_parts import attribution_rules, split_names
from haucan.signatures import bylines_inside, writers_before_stamp
from tests.support.pages import BODY, LEAD, TITLE, article, published_text

OTHER = "Đơn vị tiếp nhận 12 xe vận tải mới phục vụ huấn luyện"
OTHER_2 = "Hội nghị đào tạo liên tục ngành quân nhu năm 2025"


def _gone(a, line: str) -> bool:
    return line not in published_text(a) and all(line not in c for c in a.metadata.captions) \
        and line not in a.metadata.authors and a.metadata.title != line


@pytest.mark.parametrize("credit", ["Nhóm PV", "Ban Biên tập", "BAN BIÊN TẬP", "BBT", "Trung tâm Thông tin - Truyền thông"])
def test_a_body_signing_alone_is_the_author_as_printed(credit):
    a = article("\n".join([TITLE, LEAD, BODY, credit]))
    assert a.metadata.authors == (credit,) and credit not in published_text(a)


@pytest.mark.parametrize("credit", ["PV", "CTV", "C.T.V", "Cộng tác viên"])
def test_the_word_for_an_unnamed_writer_gives_no_author_and_no_caption(credit):
    a = article("\n".join([TITLE, LEAD, BODY, credit, "Chia sẻ bài viết"]))
    assert a.metadata.authors == () and _gone(a, credit)


def test_a_body_beside_a_writer_stays_the_writers_unit():
    a = article("\n".join([TITLE, LEAD, BODY, "Tin, ảnh: HOÀNG LAN, PHÒNG HẬU CẦN"]))
    assert a.metadata.authors == ("HOÀNG LAN",)


@pytest.mark.parametrize("heading", ["Bài viết cùng chuyên mục", "Bài viết khác", "Tin bài đã đăng",
                                     "Đọc tiếp về Hậu cần quân đội"])
@pytest.mark.parametrize("bullet", ["", "• ", "- "])
def test_other_articles_under_a_heading_are_furniture(heading, bullet):
    items = [f"{bullet}{OTHER}", f"{bullet}{OTHER_2}"]
    a = article("\n".join([TITLE, LEAD, BODY, "Trần Hoài Nam", heading, *items]))
    assert a.metadata.authors == ("Trần Hoài Nam",)
    assert all(_gone(a, line) for line in (heading, *items))


@pytest.mark.parametrize("starter", ["Thẻ: hậu cần, diễn tập", "Chia sẻ | In bài", "Tin mới nhất", "Bình luận (0)"])
def test_headlines_after_the_sites_furniture_are_furniture_whatever_their_heading(starter):
    # No 'other articles' heading the rules know: the place under the text decides.
    a = article("\n".join([TITLE, LEAD, BODY, starter, OTHER, OTHER_2]))
    assert _gone(a, OTHER) and _gone(a, OTHER_2)


def test_a_name_after_the_sites_furniture_still_signs():
    a = article("\n".join([TITLE, LEAD, BODY, "Chia sẻ", "Trần Hoài Nam"]))
    assert a.metadata.authors == ("Trần Hoài Nam",)


def test_tags_one_per_line_under_a_keyword_label_are_no_writer():
    tags = ["vnews", "Điện Biên", "Tết quân dân", "bàn giao nhiệm vụ"]
    a = article("\n".join([TITLE, LEAD, BODY, "Từ khóa:", *tags]))
    assert a.metadata.authors == () and all(_gone(a, tag) for tag in tags)


def test_a_caption_after_the_last_paragraph_stays_a_caption_without_furniture_before_it():
    caption = "Quang cảnh hội nghị tổng kết công tác hậu cần"
    a = article("\n".join([TITLE, LEAD, BODY, caption]))
    assert caption in a.metadata.captions


@pytest.mark.parametrize("notice", [
    "Ý kiến bạn đọc sẽ được biên tập trước khi đăng.",
    "LƯU Ý: BMẪU sẽ biên tập ý kiến của bạn đọc trước khi xuất bản. Vui lòng gõ tiếng Việt có dấu.",
])
def test_a_comment_policy_written_as_a_sentence_is_furniture_and_what_follows_too(notice):
    a = article("\n".join([TITLE, LEAD, BODY, "Minh Đức", notice, "Gửi file đính kèm", "Quay lên trên"]))
    assert a.metadata.authors == ("Minh Đức",)
    assert _gone(a, notice) and _gone(a, "Quay lên trên")


def test_a_plan_that_will_be_approved_is_no_comment_policy():
    sentence = "Kế hoạch sẽ được duyệt trước ngày 20/12 để các đơn vị bạn đọc kỹ."
    a = article("\n".join([TITLE, LEAD, sentence, BODY]))
    assert sentence in published_text(a)


def test_a_rule_line_and_a_print_editions_running_header_are_furniture():
    header = "TẠP CHÍ HẬU CẦN MẪU SỐ 2 - 2026"
    a = article("\n".join([header, TITLE, LEAD, header, BODY, "----------------------", "Minh Đức"]))
    assert _gone(a, header) and _gone(a, "----------------------")


def test_an_administrative_documents_tail_is_furniture_and_its_signature_no_author():
    tail = ["Nơi nhận:", "- TT Tỉnh ủy (b/c);", "- Bộ CHQS tỉnh;", "- Lưu: VT. | TL. CHỦ TỊCH",
            "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Đỗ Thị Hạnh"]
    a = article("\n".join(["ỦY BAN NHÂN DÂN", TITLE, LEAD, BODY + "/.", *tail]))
    assert a.metadata.authors == ()
    assert all(_gone(a, line) for line in tail[:5])


@pytest.mark.parametrize("line", ["TIN BUỒN", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "Tin Việt Nam"])
def test_headings_offices_and_bodies_in_capitals_are_no_writer(line):
    above = article("\n".join(["Trang chủ", line, TITLE, LEAD, BODY]))
    below = article("\n".join([TITLE, LEAD, BODY, line]))
    assert above.metadata.authors == () and below.metadata.authors == ()


def test_an_initial_glued_to_a_name_in_capitals_still_signs():
    assert article("\n".join([TITLE, LEAD, BODY, "Q.NHÂN"])).metadata.authors == ("Q.NHÂN",)


def test_an_interviewer_under_the_headline_is_the_writer_and_not_the_lead():
    a = article("\n".join([TITLE, "Thiện Vỹ (thực hiện)", "20/12/2024 07:15", LEAD, BODY]))
    assert a.metadata.authors == ("Thiện Vỹ",) and next(b.text for b in a.blocks if b.kind == "lead") == LEAD


def test_a_writer_above_a_lead_tagged_in_capitals_is_not_joined_to_it():
    a = article("\n".join([TITLE, "Hoài Thương", f"TPO - {LEAD}", BODY]))
    assert a.metadata.authors == ("Hoài Thương",)


def test_a_credit_inside_the_stamp_row_gives_the_writer():
    row = "Đăng ngày: 28-08-2025 | Tác giả: Minh Đạt | Lượt xem: 642"
    assert bylines_inside(row) == ["Minh Đạt"] and bylines_inside("Quân sự | 14/10/2011 06:39") == []
    a = article("\n".join([TITLE, row, LEAD, BODY]))
    assert a.metadata.authors == ("Minh Đạt",) and _gone(a, row)


def test_several_writers_before_the_stamp_on_one_line():
    assert writers_before_stamp("HOÀNG YẾN - MINH TRÍ 14/10/2025 16:40") == ["HOÀNG YẾN", "MINH TRÍ"]
    assert writers_before_stamp("Quốc phòng - An ninh 14/10/2025 16:40") == []


def test_a_writer_between_the_sapo_and_the_stamp_signs():
    a = article("\n".join([TITLE, LEAD, "Phương Linh", "Thứ tư, 5/3/2025 07:30 (GMT+7)", BODY]))
    assert a.metadata.authors == ("Phương Linh",) and "Phương Linh" not in a.metadata.captions


def test_an_officer_signing_on_two_lines_is_the_author_and_keeps_his_office_for_the_person():
    a = article("\n".join([TITLE, LEAD, BODY, "Thiếu tướng, TS Hà Văn Khải", "Chủ nhiệm Hậu cần Quân khu 9"]))
    assert a.metadata.authors == ("Hà Văn Khải",)
    assert "Chủ nhiệm Hậu cần Quân khu 9" in a.metadata.captions


def test_an_officer_signing_with_his_office_after_a_dash_then_the_sites_lists():
    signature = "Đại tá, TS. Lê Văn Hòa - Phó Tư lệnh Bộ Tư lệnh Mẫu"
    a = article("\n".join([TITLE, LEAD, BODY, signature, "Tags: hậu cần", "Bài viết khác", OTHER]))
    assert a.metadata.authors == ("Lê Văn Hòa",) and _gone(a, OTHER)


def test_a_ranked_contributor_with_his_unit_at_the_very_end_is_a_byline():
    a = article("\n".join([TITLE, LEAD, BODY, "Thiếu tá TRẦN VĂN KHANG - Đồn Biên phòng Mẫu", "Lượt đọc: 862"]))
    assert a.metadata.authors == ("TRẦN VĂN KHANG",) and a.metadata.captions == ()


def test_an_offices_code_with_its_level_after_the_writer_is_no_name():
    assert split_names("Thu Uyên - VPUBND tỉnh") == ("Thu Uyên",)
    assert article("\n".join([TITLE, LEAD, BODY, "Thu Uyên - VPUBND tỉnh"])).metadata.authors == ("Thu Uyên",)
    assert attribution_rules() is attribution_rules()


@pytest.mark.parametrize("row, menu", [
    ("Giới thiệu | Tin tức - Sự kiện | Hoạt động chuyên môn | Đào tạo | Liên hệ", True),
    ("Quốc phòng - An ninh  |  Biên giới - Biển đảo  |  Xây dựng lực lượng", True),
    ("1 | Quách Văn Hùng | Đại tá | Bí thư Đảng ủy", False),
    ("Chủ nhiệm | Trung tướng Doãn Văn Quyết", False),
    ("Đại tá | Nguyễn Văn A | Chính ủy", False),
])
def test_a_row_of_section_names_between_bars_is_a_menu(row, menu):
    assert is_menu_row(row) is menu


def test_a_menu_row_above_the_headline_is_never_the_title():
    row = "Giới thiệu | Tin tức - Sự kiện | Hoạt động chuyên môn | Đào tạo | Hướng dẫn người bệnh | Liên hệ"
    a = article("\n".join(["BỆNH VIỆN MẪU", row, TITLE, LEAD, BODY]))
    assert a.metadata.title == TITLE and _gone(a, row)


def test_a_nukeviet_footer_gives_the_writer_and_its_lists_are_furniture():
    lines = ["- In ra", "- Đóng cửa sổ này"]
    footer = ["Nguồn tin: Ban CHQS huyện", "Những tin mới hơn", f"- {OTHER} (06/01/2025)", "Những tin cũ hơn",
              f"- {OTHER_2} (12/11/2024)"]
    a = article("\n".join([TITLE, *lines, LEAD, BODY, "Tác giả bài viết: Thùy Linh", *footer]))
    assert a.metadata.authors == ("Thùy Linh",) and a.metadata.title == TITLE
    assert all(_gone(a, line) for line in (*lines, *footer))


@pytest.mark.parametrize("heading", ["Ý kiến của bạn", "Để lại một bình luận", "Ý kiến bạn đọc (0)"])
def test_a_comment_box_heading_opens_the_sites_lists(heading):
    notice = "Bình luận của bạn sẽ được kiểm duyệt trước khi đăng."
    a = article("\n".join([TITLE, LEAD, BODY, "QUÀNG HÀ", heading, notice, "Tin mới cập nhật", OTHER, OTHER_2,
                           "Xem thêm tin"]))
    assert a.metadata.authors == ("QUÀNG HÀ",)
    assert all(_gone(a, line) for line in (heading, notice, OTHER, OTHER_2, "Xem thêm tin"))


def test_a_journal_signed_above_its_footnotes_gives_the_writer_and_keeps_the_notes():
    note = "(1) Nghị quyết số 28-NQ/TW ngày 22/9/2008 của Bộ Chính trị."
    a = article("\n".join([TITLE, LEAD, BODY, "Đại tá, TS. NGUYỄN ĐÌNH KHẢI", "Học viện Mẫu", "_______________", note]))
    assert a.metadata.authors == ("NGUYỄN ĐÌNH KHẢI",)
    assert note in published_text(a) and "Đại tá, TS. NGUYỄN ĐÌNH KHẢI" in a.metadata.captions


def test_a_clip_after_the_last_paragraph_keeps_its_caption():
    caption = "Các đội thi chế biến món ăn tại hội thao"
    a = article("\n".join([TITLE, LEAD, BODY, "Video", caption]))
    assert caption in a.metadata.captions


@pytest.mark.parametrize("closed", ["Comments are closed.", "Bình luận đã đóng."])
def test_a_closed_comment_box_is_no_last_paragraph_and_the_writer_above_it_signs(closed):
    a = article("\n".join([TITLE, LEAD, BODY, "Hồng Nhung", closed]))
    assert a.metadata.authors == ("Hồng Nhung",) and _gone(a, closed)


def test_a_credit_joined_by_an_ampersand_gives_its_writer_and_photographer():
    a = article("\n".join([TITLE, LEAD, BODY, "Bài & ảnh: VĂN CHIỂN"]))
    assert a.metadata.authors == ("VĂN CHIỂN",) and a.metadata.photo_credits == ("VĂN CHIỂN",)
