"""Session 13 (tail17, issue 14, spent set 12): the families of page-tail furniture and closing writers set 12's
fresh pages showed — a comment box's placeholder and captcha under the text, a document-sharing site's counters,
next-page link and related documents. Invented pages; each test asserts behaviour that could break."""

from __future__ import annotations

import pytest

from tests.support.pages import BODY, LEAD, TITLE, article, published_text


def _gone(a, line: str) -> bool:
    return line not in published_text(a) and all(line not in c for c in a.metadata.captions) \
        and line not in a.metadata.authors and a.metadata.title != line


# -- Family 1: a comment box's placeholder and captcha, then the site's section links ----------------------------

@pytest.mark.parametrize("placeholder", ["Bình luận của bạn về bài viết...", "Nhập bình luận của bạn…",
                                         "Ý kiến của bạn về bài viết này", "Viết bình luận của bạn"])
@pytest.mark.parametrize("captcha", ["captcha", "Mã xác nhận", "Nhập mã bảo mật:"])
def test_a_comment_box_under_the_writer_is_furniture_and_the_writer_signs(placeholder, captcha):
    sections = ["Bản tin Pháp luật", "Phóng sự ảnh", "An toàn giao thông"]
    a = article("\n".join([TITLE, LEAD, BODY, "Lê Thu Hà", "Từ khóa: bếp ăn, hậu cần", placeholder, captcha,
                           *sections]))
    assert a.metadata.authors == ("Lê Thu Hà",)
    assert all(_gone(a, line) for line in [placeholder, captcha, *sections])


def test_a_sentence_about_comments_stays_text():
    line = "Bình luận của bạn đọc về bài viết được ban biên tập chuyển tới đơn vị để giải đáp."
    a = article("\n".join([TITLE, LEAD, line, BODY]))
    assert line in published_text(a)


# -- Family 2: a document-sharing site's counters, next-page link and related documents ---------------------------

@pytest.mark.parametrize("counter", ["Lượt xem: 1.284 | Tải về: 37", "1.284 lượt xem · 37 lượt tải",
                                     "pdf 20 trang | Chia sẻ: thuvien24 | Lượt xem: 482 | Lượt tải: 1"])
def test_a_document_sites_tail_is_furniture(counter):
    tail = ["Xem trang tiếp theo: Công tác hậu cần trong khu vực phòng thủ tỉnh - 8", counter, "Tài liệu liên quan",
            "Bảo đảm quân nhu trong diễn tập khu vực phòng thủ - 3", "Kinh nghiệm tổ chức bếp ăn dã ngoại - 2"]
    a = article("\n".join([TITLE, LEAD, BODY, *tail]))
    assert all(_gone(a, line) for line in tail)
    assert BODY in published_text(a)


@pytest.mark.parametrize("stamp", ["Ngày đăng: 18/02/2025 15:02 | Lượt xem: 245", "18/02/2025 | Lượt xem: 245"])
def test_a_stamp_with_its_view_counter_still_dates_the_page(stamp):
    a = article("\n".join([TITLE, stamp, LEAD, BODY]))
    assert str(a.metadata.published_date) == "2025-02-18"


def test_a_credit_row_with_a_view_counter_keeps_its_writer():
    a = article("\n".join([TITLE, LEAD, BODY, "Tác giả: Trần Thị Lan | Lượt xem: 12"]))
    assert a.metadata.authors == ("Trần Thị Lan",)


@pytest.mark.parametrize("line", ["Phần tiếp theo của bài viết sẽ nêu những kinh nghiệm của đơn vị.",
                                  "Tài liệu liên quan đến công tác quân nhu được lưu tại kho."])
def test_sentences_opening_with_the_same_words_stay_text(line):
    a = article("\n".join([TITLE, LEAD, line, BODY]))
    assert line in published_text(a)


# -- Family 3: a closing writer's name with the part they played, unbracketed ------------------------------------

@pytest.mark.parametrize("line, writers", [("ĐỖ MINH KHUÊ ghi", ("ĐỖ MINH KHUÊ",)),
                                           ("Lương Thảo thực hiện", ("Lương Thảo",)),
                                           ("Lương Thảo - Kim Yến tổng hợp", ("Lương Thảo", "Kim Yến")),
                                           ("Hữu Phước lược dịch", ("Hữu Phước",)),
                                           ("Lương Thảo - ghi chép", ("Lương Thảo",))])
def test_a_closing_name_with_its_role_word_is_the_writer(line, writers):
    a = article("\n".join([TITLE, LEAD, BODY, line]))
    assert a.metadata.authors == writers


@pytest.mark.parametrize("line", ["Đơn vị ghi", "Quang cảnh buổi ghi", "Cán bộ, chiến sĩ thực hiện"])
def test_words_before_a_role_word_that_are_no_name_give_no_writer(line):
    a = article("\n".join([TITLE, LEAD, BODY, line]))
    assert a.metadata.authors == ()


def test_a_role_word_line_above_the_end_is_no_byline():
    # Only the last open line signs: a name and a role word between paragraphs is a caption, not a writer.
    a = article("\n".join([TITLE, LEAD, "Lương Thảo thực hiện", BODY]))
    assert a.metadata.authors == ()


# -- Family 4: an interviewee's portrait caption under the headline that quotes him -------------------------------

_INTERVIEW_LEAD = ("Nhân kỷ niệm ngày truyền thống ngành Hậu cần Quân đội, phóng viên đã có cuộc trò chuyện với Thiếu "
                   "tướng Lê Văn Tâm, Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật.")
_QUESTION = "- Thưa Thiếu tướng, điều gì làm nên bản sắc của người lính hậu cần?"
_ANSWER = "- Đó là sự tận tụy, lặng lẽ lo từng bữa ăn, từng liều thuốc cho bộ đội trong mọi hoàn cảnh."


def test_the_interviewees_ranked_name_under_the_headline_quoting_him_is_no_writer():
    a = article("\n".join(["Thiếu tướng Lê Văn Tâm, Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật: Người lính hậu cần "
                           "phải giỏi cả nghề nuôi quân lẫn công nghệ", "Thiếu tướng Lê Văn Tâm", _INTERVIEW_LEAD,
                           _QUESTION, _ANSWER, "MINH CHÂU (thực hiện)"]))
    assert a.metadata.authors == ("MINH CHÂU",)


def test_an_officers_byline_over_a_headline_naming_no_one_still_signs():
    a = article("\n".join(["Nâng cao chất lượng bảo đảm hậu cần cho huấn luyện dã ngoại", "Thiếu tướng Lê Văn Tâm",
                           LEAD, BODY]))
    assert a.metadata.authors == ("Lê Văn Tâm",)


# -- Family 5: an image's alt text in small letters -------------------------------------------------------------

@pytest.mark.parametrize("alt", ["trao qđ", "bếp ăn", "ảnh hội nghị"])
def test_a_short_line_in_small_letters_over_a_caption_is_furniture(alt):
    caption = "Đồng chí Chủ tịch UBND xã trao quyết định thành lập tổ nấu ăn"
    a = article("\n".join([TITLE, LEAD, BODY, alt, caption, BODY + " Các tổ đã sẵn sàng."]))
    assert _gone(a, alt)
    assert caption in a.metadata.captions


def test_the_rest_of_a_hard_wrapped_sentence_in_small_letters_stays_joined():
    first = "Sáng 14/6, tại Tây Ninh, Sư đoàn 5 tổ chức hội nghị tổng kết công tác hậu cần năm 2024 với sự tham dự"
    a = article("\n".join([TITLE, LEAD, first, "của các đơn vị", "trực thuộc và nhiều cơ quan của tỉnh.", BODY]))
    assert f"{first} của các đơn vị trực thuộc và nhiều cơ quan của tỉnh." in published_text(a)
