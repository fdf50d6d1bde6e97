"""The head and tail of a page, session 11 (issue 14, the sixth blind set's misses), on short invented pages: the
lines a page's machinery prints whatever its words — a print view's label ending on the page's address, a ticker of
other headlines run into one line, a TV programme after bars in the headline, a platform's "filed under … at
<date>" sentence, a copy's date glued to its source's name, a relative age without "trước", the "same topic"
heading over a list — and the dates and writers on them: a posting verb as a stamp's label, a writer then "posted
on <date>", a stamp in the en-US shape (month first), a writer's unit after a dash with its own hyphen."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.headline import split_title
from haucan.page_parts import split_names
from haucan.stamps import stamp_rule, writes_month_first
from tests.support.pages import BODY, LEAD, RULES, TITLE, article, published_text


def _gone(a, line: str) -> bool:
    return line not in published_text(a) and all(line not in c for c in a.metadata.captions) \
        and line not in a.metadata.authors and a.metadata.title != line


@pytest.mark.parametrize("line", [
    "Savefile - Tin Tức - https://congan.example.gov.vn/savefile/tin-tuc/bep-an-812.html",
    "In bài: https://example.vn/bai-viet/bep-an-812.html",
    "Link bài viết | http://example.vn/tin/812",
])
def test_a_label_ending_on_the_pages_address_is_never_the_title(line):
    a = article("\n".join([TITLE, line, "Thứ tư - 13/08/2025 16:20", LEAD, BODY]))
    assert a.metadata.title == TITLE and _gone(a, line)


def test_a_caption_or_a_photo_credit_ending_on_an_address_is_no_labelled_url():
    caption = "Giờ học thực hành của học viên Học viện Hậu cần - Ảnh minh họa: https://example.edu.vn"
    assert not any(r.name == "labelled_url" and r.pattern.search(caption) for r in RULES.residue)


@pytest.mark.parametrize("ticker", [
    "♦ GIAO BAN CÔNG TÁC HẬU CẦN QUÝ III (08/10)     ♦ HỘI THAO BẾP ĂN NĂM 2025 (25/9)     ♦ SINH HOẠT CHI BỘ (16/9)",
    "● Hội nghị quân chính quý III ● Khai mạc hội thao bếp ăn ● Tăng gia sản xuất mùa khô",
])
def test_a_ticker_of_other_headlines_above_the_headline_is_furniture(ticker):
    a = article("\n".join([ticker, TITLE, LEAD, BODY]))
    assert a.metadata.title == TITLE and _gone(a, ticker)


def test_a_list_item_with_one_mark_is_no_ticker():
    line = "♦ Hội thao bếp ăn tập thể năm 2025 của Sư đoàn 5"
    assert not any(r.name == "symbol_ticker" and r.pattern.search(line) for r in RULES.residue)


@pytest.mark.parametrize(("line", "programme"), [
    (f"{TITLE} | Thời sự 19h | 05/03/2025", "Thời sự 19h"),
    (f"{TITLE} | Bản tin 12h", "Bản tin 12h"),
    (f"{TITLE} | Quốc phòng toàn dân |", "Quốc phòng toàn dân"),
])
def test_a_tv_programme_after_bars_is_cut_off_the_headline(line, programme):
    pieces = split_title(line, "longest_header_line", RULES)
    assert ("title", "longest_header_line", TITLE) in pieces
    assert ("residue", "title_programme_suffix", programme) in pieces


def test_a_headline_whose_bar_parts_are_long_keeps_them():
    line = "Hậu cần tại chỗ | Kinh nghiệm bảo đảm cho diễn tập khu vực phòng thủ tỉnh"
    assert split_title(line, "longest_header_line", RULES) == [("title", "longest_header_line", line)]


@pytest.mark.parametrize(("line", "date"), [
    ("Đã đăng trong Hậu cần - kỹ thuật, Tin tức lúc 18/11/2025 08:30.", dt.date(2025, 11, 18)),
    ("Posted in Tin hoạt động, Tin tức on 03/02/2025", dt.date(2025, 2, 3)),
    ("Đã đăng trong Tin tức lúc 08:30 ngày 18/11/2025.", dt.date(2025, 11, 18)),
    ("Gửi lúc: 16/10/2025 09:12:37", dt.date(2025, 10, 16)),
    ("Đăng tải ngày 04/09/2025", dt.date(2025, 9, 4)),
    ("2025-10-08Báo Đồng Nai điện tử", dt.date(2025, 10, 8)),
])
def test_a_platform_line_carrying_the_date_dates_the_page_and_is_not_the_lead(line, date):
    a = article("\n".join([TITLE, line, LEAD, BODY]))
    assert a.metadata.published_date == date and a.metadata.title == TITLE and _gone(a, line)
    assert published_text(a).startswith(LEAD)


def test_a_sentence_after_an_iso_date_is_no_stamp():
    assert stamp_rule("2025-10-08 sáng nay đơn vị tổ chức hội nghị", RULES) is None


@pytest.mark.parametrize("line", ["Bởi Lê Quang Vinh - Đăng tải ngày 15/10/2025",
                                  "Bởi Lê Quang Vinh - Cập nhật lúc 14:20 ngày 15/10/2025"])
def test_a_writer_then_a_posting_verb_and_the_date_gives_both(line):
    a = article("\n".join([TITLE, line, LEAD, BODY]))
    assert a.metadata.authors == ("Lê Quang Vinh",) and a.metadata.published_date == dt.date(2025, 10, 15)


@pytest.mark.parametrize(("stamp", "date"), [
    ("12/8/2025 9:21:07 AM", dt.date(2025, 12, 8)),  # en-US: month first
    ("3/11/2025 2:35:44 PM", dt.date(2025, 3, 11)),
    ("03/11/2025 02:35:44 PM", dt.date(2025, 11, 3)),  # padded, as a Vietnamese portal pads: day first
    ("12/08/2025 9:21", dt.date(2025, 8, 12)),
])
def test_a_stamp_in_the_en_us_shape_is_read_month_first(stamp, date):
    a = article("\n".join([TITLE, stamp, LEAD, BODY]))
    assert a.metadata.published_date == date


def test_the_en_us_shape_needs_seconds_and_an_english_am_pm():
    assert writes_month_first("12/8/2025 9:21:07 AM")
    assert not writes_month_first("12/8/2025 9:21 AM") and not writes_month_first("12/8/2025 9:21:07 SA")


@pytest.mark.parametrize("age", ["12 ngày", "3 giờ", "khoảng 2 tuần trước", "cách đây 5 phút"])
def test_a_relative_age_alone_is_furniture_and_no_caption(age):
    a = article("\n".join([TITLE, LEAD, BODY, "Báo Quân đội nhân dân", age]))
    assert _gone(a, age) and a.metadata.published_date is None


@pytest.mark.parametrize("heading", ["Cùng chủ đề", "Tin cùng sự kiện:", "BÀI CÙNG TÁC GIẢ"])
def test_the_same_topic_heading_and_the_headlines_under_it_are_furniture(heading):
    teasers = ["Nghệ An: Diễn tập khu vực phòng thủ huyện Quỳ Hợp", "Bộ CHQS tỉnh kiểm tra công tác chuẩn bị diễn tập"]
    a = article("\n".join([TITLE, LEAD, BODY, heading, *teasers]))
    assert all(_gone(a, line) for line in (heading, *teasers))


@pytest.mark.parametrize(("credit", "names"), [
    ("Kim Anh - Phòng Hậu cần - Kỹ thuật", ("Kim Anh", "Phòng Hậu cần - Kỹ thuật")),
    ("Lục Thị Hoa - Ban Chỉ huy quân sự cơ quan", ("Lục Thị Hoa", "Ban Chỉ huy quân sự cơ quan")),
    ("Minh Tuệ - Hữu Lộc", ("Minh Tuệ", "Hữu Lộc")),
])
def test_a_writers_unit_after_a_dash_keeps_its_own_hyphen(credit, names):
    assert split_names(credit) == names


@pytest.mark.parametrize("line", ["Tin, ảnh: Kim Anh - Phòng Hậu cần - Kỹ thuật",
                                  "Tác giả:Kim Anh - Ban Chỉ huy quân sự cơ quan"])
def test_a_credit_with_the_writers_unit_gives_the_writer_alone(line):
    a = article("\n".join([TITLE, LEAD, BODY, line]))
    assert a.metadata.authors == ("Kim Anh",)


def test_an_aggregators_teasers_under_the_copys_source_address_are_furniture():
    teasers = ["Nhiều địa phương khẩn trương khắc phục hậu quả mưa lũ, sớm ổn định đời sống người dân.",
               "Giá lúa gạo xuất khẩu tăng nhẹ trong tuần qua."]
    page = [TITLE, LEAD, BODY, "Minh Hà", "Nguồn Hà Nội TV: https://example.vn/tin-412873.htm", "Tin nóng", *teasers]
    a = article("\n".join(page))
    assert all(_gone(a, line) for line in teasers) and a.metadata.authors == ("Minh Hà",)


def test_sentences_under_a_source_line_without_an_address_stay_prose():
    closing = "Đơn vị sẽ tiếp tục duy trì nền nếp bảo đảm hậu cần trong năm tới."
    a = article("\n".join([TITLE, LEAD, "Nguồn: Phòng Hậu cần", "Tin nóng", closing]))
    assert closing in published_text(a)
