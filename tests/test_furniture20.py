"""Page furniture of session 13's eighth round (issue 14, spent set 15's misses), on short invented pages: a
stamp after a logo's file name, and the other furniture families of that round."""

from __future__ import annotations

import pytest

from tests.support.pages import BODY, LEAD, TITLE, article, published_text


@pytest.mark.parametrize("stamp", ["Thứ hai - 03/02/2025 08:15", "Thứ Năm, 14/08/2025 16:40", "21/05/2025 07:30"])
def test_a_stamp_after_a_logo_file_name_is_the_stamp_not_its_caption(stamp):
    logo = "Tạp chí Hậu cần Quân độihttps://tapchi.example.vn/images/logo-top.png"
    a = article("\n".join([logo, stamp, TITLE, LEAD, BODY]))
    assert stamp not in a.metadata.captions and stamp not in published_text(a)
    assert a.metadata.published_date is not None
    assert a.metadata.title == TITLE


def test_a_caption_after_a_photo_file_name_is_still_a_caption():
    photo = "anh-bep-da-chien.jpg"
    caption = "Bộ đội nấu ăn bằng bếp dã chiến trong diễn tập"
    a = article("\n".join([TITLE, LEAD, photo, caption, BODY]))
    assert caption in a.metadata.captions


SERIES = "Người giữ lửa bếp quân"


def test_the_other_parts_of_a_series_named_before_their_number_are_furniture():
    title = f"{SERIES} - Bài 3: Bếp ăn nơi đảo xa"
    links = [f"{SERIES} - Bài 1: Những người nuôi quân thầm lặng", f"{SERIES} - Bài 2: Mâm cơm ngày huấn luyện"]
    a = article("\n".join([title, LEAD, *links, BODY]))
    for line in links:
        assert line not in a.metadata.captions and line not in published_text(a)


def test_a_lone_link_to_another_part_of_the_headline_series_is_furniture():
    title = f"{SERIES} - Kỳ 2: Bếp ăn nơi đảo xa"
    link = f"{SERIES} - Kỳ 1: Những người nuôi quân thầm lặng"
    a = article("\n".join([title, LEAD, link, BODY]))
    assert link not in a.metadata.captions and link not in published_text(a)


def test_a_heading_of_another_series_name_or_the_pages_own_part_stays():
    title = f"{SERIES} - Bài 3: Bếp ăn nơi đảo xa"
    heading = "Hậu cần tại chỗ - Phần 1: Tự chủ nguồn thực phẩm"
    a = article("\n".join([title, LEAD, heading, BODY]))
    assert heading in a.metadata.captions


@pytest.mark.parametrize("note", [
    "Tài liệu này được vanban.example.vn sưu tầm và đăng tải, mời các bạn tham khảo và tải về sử dụng.",
    "Mẫu biểu trên do tailieu.example.com tổng hợp, mời bạn đọc tham khảo thêm các văn bản liên quan.",
])
def test_a_download_sites_closing_note_is_furniture(note):
    a = article("\n".join([TITLE, LEAD, BODY, note, "Đánh giá bài viết"]))
    text = published_text(a)
    assert note not in text and "Đánh giá bài viết" not in text and "Đánh giá bài viết" not in a.metadata.captions


def test_a_news_sentence_naming_a_site_without_an_invitation_stays():
    line = "Trang thông tin điện tử quankhu.example.vn đã cập nhật kịp thời hoạt động bảo đảm hậu cần của đơn vị."
    a = article("\n".join([TITLE, LEAD, line, BODY]))
    assert line in published_text(a)


@pytest.mark.parametrize("contents", [
    "MỤC LỤC I. Công tác quân nhu ................ 2 II. Công tác doanh trại ................ 5",
    "2. Bảo đảm xăng dầu …………… 14",
    "Phần I. Tình hình chung ________ 3",
])
def test_a_table_of_contents_with_dot_leaders_is_furniture(contents):
    a = article("\n".join([TITLE, LEAD, contents, BODY]))
    assert contents not in published_text(a) and contents not in a.metadata.captions


def test_a_sentence_with_an_ellipsis_and_a_number_stays():
    line = "Đơn vị đã tăng gia được rau xanh, thịt lợn... và đạt tổng giá trị 120 triệu đồng trong năm 2024."
    a = article("\n".join([TITLE, LEAD, line, BODY]))
    assert line in published_text(a)


NOTE_BODY = "Đảng ủy đã ban hành Nghị quyết chuyên đề về công tác hậu cần tại chỗ(1), bảo đảm đủ nguồn lực cho khu vực phòng thủ."


def test_an_officer_signing_above_footnotes_the_text_marks_is_the_author():
    office = "Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh"
    note = "(1) Nghị quyết số 12-NQ/ĐU ngày 05/01/2024 của Đảng ủy Quân sự tỉnh."
    a = article("\n".join([TITLE, LEAD, NOTE_BODY, BODY, "Đại tá TRẦN MINH HẢI", office, note]))
    assert a.metadata.authors == ("TRẦN MINH HẢI",)


def test_numbered_lines_the_text_never_marks_are_no_footnotes():
    items = ["(1) Bảo đảm đủ lương thực, thực phẩm cho bộ đội.", "(2) Duy trì tăng gia sản xuất tại đơn vị."]
    a = article("\n".join([TITLE, LEAD, BODY, *items]))
    for item in items:
        assert item in published_text(a)


def test_an_officer_signing_over_the_pages_stamp_is_the_author():
    signed = "Đại tá Lê Văn Thắng - Chủ nhiệm Hậu cần - Kỹ thuật Quân khu 5 21/10/2025 08:30"
    a = article("\n".join([TITLE, signed, LEAD, BODY]))
    assert a.metadata.authors == ("Lê Văn Thắng",)


def test_a_photo_caption_naming_an_officer_above_the_lead_signs_nothing():
    caption = "Đại tá Lê Văn Thắng, Chủ nhiệm Hậu cần - Kỹ thuật Quân khu 5 kiểm tra bếp ăn"
    a = article("\n".join([TITLE, caption, LEAD, BODY]))
    assert "Lê Văn Thắng" not in a.metadata.authors
