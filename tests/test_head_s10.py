"""The head and the signature of a page, session 10 (issue 14, the fifth blind set's misses), on short invented
pages: stamps in the shapes portal and blog themes print (a dash before them, the clock in words, a writer glued
before the date, a stamp glued to a hotline strip), a kicker over the headline, blog platforms' share buttons and
post footers, alt text with a photo index, and writers printed as two names joined by a hyphen, a name printed
twice, a name with an apostrophe, a copy's 'Theo <writer> (<paper>)', a department's whole name."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.line_repair import cut_trailing_stamp
from haucan.page_parts import split_names
from haucan.stamps import stamp_rule
from tests.support.pages import BODY, LEAD, RULES, TITLE, article, published_text


def _gone(a, line: str) -> bool:
    return line not in published_text(a) and all(line not in c for c in a.metadata.captions) \
        and line not in a.metadata.authors and a.metadata.title != line


@pytest.mark.parametrize(("stamp", "date"), [
    ("- Thứ năm - 19/12/2024 15:20", dt.date(2024, 12, 19)),
    ("- 24/02/2026 04:15:00 PM", dt.date(2026, 2, 24)),
    ("10 giờ:05 phút Thứ sáu, ngày 5 tháng 12 , 2025", dt.date(2025, 12, 5)),
    ("Cập nhật lúc 08:15, Thứ Tư, 16/04/2025 (GMT+7)", dt.date(2025, 4, 16)),
    ("Cập nhật: 14:20, 22/05/2025 (GMT+7)", dt.date(2025, 5, 22)),
    ("• 09:30 • Chủ nhật, 7/9/2025", dt.date(2025, 9, 7)),
])
def test_stamp_lines_in_any_order_of_their_parts_date_the_page(stamp, date):
    a = article("\n".join([TITLE, stamp, LEAD, BODY]))
    assert a.metadata.published_date == date and a.metadata.title == TITLE and _gone(a, stamp)


@pytest.mark.parametrize("line", ["12/3/2024 - 15/3/2024", "Ngày 5/12/2025, đơn vị tổ chức hội nghị.",
                                  "Hội nghị ngày 5/12/2025"])
def test_a_range_or_a_sentence_with_a_date_is_no_stamp(line):
    assert stamp_rule(line, RULES) is None


@pytest.mark.parametrize(("line", "writer", "date"), [
    ("bởi Nhung 15 Tháng 1, 2026", "Nhung", dt.date(2026, 1, 15)),
    ("bởi Hà Lam Tháng Mười 11, 2024", "Hà Lam", dt.date(2024, 10, 11)),
    ("By Minh Châu - 03/02/2025", "Minh Châu", dt.date(2025, 2, 3)),
])
def test_a_wordpress_byline_with_its_date_gives_writer_and_date_not_the_title(line, writer, date):
    # The headline ends on 'cho': a line under it in lower case would otherwise be read as its rest.
    title = "Bảo đảm hậu cần Tết cho"
    a = article("\n".join([title, line, LEAD, BODY]))
    assert a.metadata.title == title and a.metadata.authors == (writer,) and a.metadata.published_date == date


def test_an_admin_account_before_the_date_is_no_writer():
    a = article("\n".join([TITLE, "bởi admin 15 Tháng 1, 2026", LEAD, BODY]))
    assert a.metadata.authors == () and a.metadata.published_date == dt.date(2026, 1, 15)


def test_a_stamp_glued_to_a_hotline_strip_is_cut_off_and_neither_is_the_title():
    line = "Đường dây nóng: 0912011882 - (024) 39364407Thứ tư, 28/01/2026 08:15 GMT+7"
    assert cut_trailing_stamp(line) == ["Đường dây nóng: 0912011882 - (024) 39364407", "Thứ tư, 28/01/2026 08:15 GMT+7"]
    a = article("\n".join([line, TITLE, LEAD, BODY]))
    assert a.metadata.title == TITLE and a.metadata.published_date == dt.date(2026, 1, 28)


@pytest.mark.parametrize("line", ["Hội nghị tổng kết năm 2024 diễn ra ngày 12/3/2025",
                                  "Tin, ảnh: Minh Anh 12/3/2025 là ngày"])
def test_a_line_ending_in_a_date_after_words_is_not_cut(line):
    assert cut_trailing_stamp(line) == [line]


def test_a_kicker_over_the_headline_is_not_the_headline():
    kicker = "ĐẢNG BỘ PHÒNG HẬU CẦN - KỸ THUẬT ĐẠI HỘI NHIỆM KỲ 2025 - 2030:"
    a = article("\n".join([kicker, "Thượng tá Hà Văn Tư tái đắc cử Bí thư Đảng ủy", LEAD, BODY]))
    assert a.metadata.title == "Thượng tá Hà Văn Tư tái đắc cử Bí thư Đảng ủy" and _gone(a, kicker)


@pytest.mark.parametrize("line", ["Chia sẻ: Facebook Twitter Pinterest", "Gửi email bài đăng này", "BlogThis!",
                                  "Chia sẻ lên Twitter", "Chia sẻ lên Facebook", "Chia sẻ qua Zalo Telegram"])
def test_share_buttons_of_blog_themes_are_furniture(line):
    a = article("\n".join([TITLE, LEAD, BODY, "Minh Hà", line, "Chia sẻ lên Pinterest"]))
    assert _gone(a, line) and a.metadata.authors == ("Minh Hà",)


def test_a_blogger_post_footer_is_furniture_and_the_copys_writer_is_the_author():
    lines = [TITLE, LEAD, BODY, "Theo Hữu Khiêm (QĐND)", "Đăng bởi Ban biên tập vào lúc 20:15",
             "Gửi email bài đăng này", "BlogThis!"]
    a = article("\n".join(lines))
    assert a.metadata.authors == ("Hữu Khiêm",) and _gone(a, "Đăng bởi Ban biên tập vào lúc 20:15")


def test_the_poster_signs_a_rewritten_copy_that_names_no_source():
    a = article("\n".join([TITLE, LEAD, BODY, "Đăng bởi Ban biên tập vào lúc 20:15", "BlogThis!"]))
    assert a.metadata.authors == ("Ban biên tập",)


@pytest.mark.parametrize(("line", "authors"), [
    ("Theo Hà Lam/Tuổi Trẻ", ("Hà Lam",)),
    ("(Theo Minh Đức - Báo Nhân Dân)", ()),  # not this shape: the outlet helper reads it, no writer here
    ("Theo Báo Quân đội nhân dân", ()),
    ("Theo TTXVN/Vietnam+", ()),
])
def test_theo_a_writer_and_a_paper_gives_the_writer(line, authors):
    a = article("\n".join([TITLE, LEAD, BODY, line]))
    assert a.metadata.authors == authors


def test_alt_text_with_a_photo_index_is_furniture_and_its_caption_stays():
    alt = "Hội nghị tổng kết công tác hậu cần năm 2024 -0"
    a = article("\n".join([TITLE, LEAD, alt, "Thiếu tướng Lê Văn Hạ phát biểu chỉ đạo hội nghị.", BODY, "Quang Khải"]))
    assert _gone(a, alt) and "Thiếu tướng Lê Văn Hạ phát biểu chỉ đạo hội nghị." in a.metadata.captions


@pytest.mark.parametrize(("names", "expected"), [
    ("Minh Tuệ-Hữu Lộc", ("Minh Tuệ", "Hữu Lộc")),
    ("KIỀU OANH KIỀU OANH", ("KIỀU OANH",)),
    ("Y-Moan Niê", ("Y-Moan Niê",)),
    ("Lê Hà", ("Lê Hà",)),
])
def test_names_joined_by_a_hyphen_or_printed_twice(names, expected):
    assert split_names(names) == expected


def test_a_name_with_an_apostrophe_signs_under_the_stamp_and_at_the_end():
    a = article("\n".join([TITLE, "Thứ Tư, 12/03/2025 06:10", "Z'RÂM TƯƠI", LEAD, BODY, "Z'RÂM TƯƠI"]))
    assert a.metadata.authors == ("Z'RÂM TƯƠI",)


def test_an_officer_in_a_caption_over_the_writers_name_is_no_signature():
    caption = "Thượng tá Quách Văn Hai, Phó Chỉ huy trưởng Bộ CHQS tỉnh phát biểu phát động thi đua"
    a = article("\n".join([TITLE, LEAD, BODY, caption, "Minh Tường", "Các tin khác", "Giao quân năm 2025"]))
    assert a.metadata.authors == ("Minh Tường",)


def test_a_department_signs_with_its_whole_name():
    a = article("\n".join([TITLE, LEAD, BODY, "Văn phòng HĐND và UBND huyện"]))
    assert a.metadata.authors == ("Văn phòng HĐND và UBND huyện",)


def test_a_credit_label_glued_to_the_photo_credit_dash():
    a = article("\n".join([TITLE, LEAD, BODY, "Bt: Cao Thu- Hình: Bùi Yến"]))
    assert a.metadata.authors == ("Cao Thu",) and "Bùi Yến" in a.metadata.photo_credits


@pytest.mark.parametrize(("line", "writer"), [
    ("Đăng vào 12/03/2025 bởi Minh Anh", "Minh Anh"),
    ("Posted on 12-03-2025 by Minh Anh", "Minh Anh"),
    ("12/03/2025 | Tác giả: Minh Anh", "Minh Anh"),
])
def test_a_date_then_its_writer_gives_both(line, writer):
    a = article("\n".join([TITLE, line, LEAD, BODY]))
    assert a.metadata.authors == (writer,) and a.metadata.published_date == dt.date(2025, 3, 12)
    assert a.metadata.title == TITLE


def test_two_writers_joined_by_an_ampersand():
    a = article("\n".join([TITLE, LEAD, BODY, "Minh Anh & Thu Hạnh"]))
    assert a.metadata.authors == ("Minh Anh", "Thu Hạnh")


@pytest.mark.parametrize("line", ["Feb 19, 2022", "Wednesday, March 12, 2025"])
def test_a_blog_date_in_an_english_locale_dates_the_page(line):
    a = article("\n".join([line, TITLE, LEAD, BODY]))
    assert a.metadata.published_date is not None and a.metadata.title == TITLE


def test_a_stations_ticker_is_not_the_lead():
    ticker = ("+ Nhiệt liệt chào mừng 95 năm Ngày thành lập Đảng! + Tiền Giang ra quân huấn luyện năm 2025 "
              "+ Huyện Chợ Gạo tổ chức giao nhận quân an toàn...")
    a = article("\n".join([ticker, TITLE, LEAD, BODY]))
    assert a.metadata.title == TITLE and _gone(a, ticker)


def test_a_list_item_opened_by_a_plus_stays_text():
    item = "+ Về công tác hậu cần: bảo đảm đủ 100% quân số ăn, ở; tăng gia đạt 120% kế hoạch."
    a = article("\n".join([TITLE, LEAD, item, BODY]))
    assert item in published_text(a)


def test_blog_labels_are_furniture():
    a = article("\n".join([TITLE, LEAD, BODY, "Minh Hà", "Nhãn: Hậu cần, Quân khu 3"]))
    assert _gone(a, "Nhãn: Hậu cần, Quân khu 3") and a.metadata.authors == ("Minh Hà",)


def test_an_officer_in_a_caption_over_a_credit_line_is_no_signature():
    caption = "Đại tá Mạc Văn Khiêm, Chỉ huy trưởng Bộ CHQS tỉnh phát biểu chỉ đạo hội nghị"
    a = article("\n".join([TITLE, LEAD, BODY, caption, "Tin, ảnh: HỒNG KHANH"]))
    assert a.metadata.authors == ("HỒNG KHANH",) and caption in a.metadata.captions


def test_an_officer_signing_a_journal_article_is_still_its_author():
    a = article("\n".join([TITLE, LEAD, BODY, "Thiếu tướng Bùi Văn Khải, Phó Chủ nhiệm Tổng cục Hậu cần"]))
    assert a.metadata.authors == ("Bùi Văn Khải",)


def test_a_writer_under_the_headline_after_a_bullet():
    a = article("\n".join(["Thứ Năm, 3 tháng 4, 2025", TITLE, "* MINH DIỆP", LEAD, BODY]))
    assert a.metadata.authors == ("MINH DIỆP",) and a.metadata.title == TITLE


def test_a_bulleted_name_closing_a_list_is_no_writer_by_its_bullet():
    a = article("\n".join([TITLE, LEAD, BODY, "Các đơn vị đạt giải:", "* Trung đoàn 48"]))
    assert a.metadata.authors == ()


def test_a_writer_labelled_as_the_writer():
    a = article("\n".join([TITLE, LEAD, BODY, "Người viết: Minh Anh"]))
    assert a.metadata.authors == ("Minh Anh",)


def test_an_interviews_questions_are_no_writers():
    lines = [TITLE, LEAD, "PV: Đồng chí đánh giá thế nào về kết quả năm qua?", BODY, "PV: Xin cảm ơn đồng chí!", "Minh Anh"]
    a = article("\n".join(lines))
    assert a.metadata.authors == ("Minh Anh",)


def test_an_english_date_with_the_day_first():
    a = article("\n".join(["15 March 2025", TITLE, LEAD, BODY]))
    assert a.metadata.published_date == dt.date(2025, 3, 15)


@pytest.mark.parametrize("line", ["Chia sẻ bài viết lên: Facebook Zalo", "Theo dõi chúng tôi trên Google News",
                                  "Mời bạn theo dõi Báo Quân khu 7 trên Zalo", "Trở về đầu trang",
                                  "Bạn đang đọc bài viết Sư đoàn 5 tổng kết tại chuyên mục Quốc phòng"])
def test_share_follow_and_reading_notices_between_paragraphs_are_furniture(line):
    a = article("\n".join([TITLE, LEAD, line, BODY, "Minh Anh"]))
    assert _gone(a, line) and a.metadata.authors == ("Minh Anh",)


def test_a_headline_with_a_colon_is_no_menu_line():
    title = "Quân khu 7: Tổng kết công tác hậu cần năm 2024"
    a = article("\n".join(["Quốc phòng - An ninh", title, LEAD, BODY]))
    assert a.metadata.title == title
