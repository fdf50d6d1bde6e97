"""Page furniture, titles and bylines of session 8 (issue 14, the third blind set's misses), told by the page's
shape rather than an outlet's phrases, on short invented pages: the footer after the signature, furniture lines
by shape, names that cannot be Vietnamese, and the lines that must stay."""

from __future__ import annotations

import pytest

from haucan.name_shape import can_be_name, is_syllable
from haucan.page_parts import attribution_rules, is_unit_credit, split_names
from tests.support.pages import BODY, LEAD, TITLE, article, published_text

OTHER = "Đơn vị tiếp nhận 12 xe vận tải mới phục vụ huấn luyện"
OTHER_DATED = "Trung đoàn 2 diễn tập bảo đảm hậu cần chiến đấu (12/07/2024)"


@pytest.mark.parametrize("footer", [
    ["Các bài viết cũ hơn", OTHER, OTHER_DATED],
    ["Ý kiến bạn viết", OTHER],
    ["Gửi bài này cho bạn", "Mục mới", OTHER, "Lượt truy cập: 1.254.307"],
])
@pytest.mark.parametrize("signature", ["Trần Hoài Nam", "HOÀNG MINH", "Tin, ảnh: Trần Hoài Nam"])
def test_lines_after_the_signature_are_furniture_whatever_their_words(signature, footer):
    a = article("\n".join([TITLE, LEAD, BODY, signature, *footer]))
    assert a.metadata.authors == (signature.removeprefix("Tin, ảnh: "),)
    for line in footer:
        assert line not in published_text(a) and line not in a.metadata.captions


def test_a_name_with_the_faculty_after_it_signs_and_the_list_after_it_goes():
    a = article("\n".join([TITLE, LEAD, BODY, "Bá Cường - Khoa Hậu cần - Kỹ thuật", "Tin đã đăng", OTHER_DATED]))
    assert a.metadata.authors == ("Bá Cường",)
    assert OTHER_DATED not in published_text(a)


def test_a_sentence_after_the_signature_keeps_every_line():
    # A note under the name is a sentence: the page has no footer shape, nothing is dropped.
    note = "Bài viết có sử dụng số liệu của Cục Quân nhu năm 2024."
    a = article("\n".join([TITLE, LEAD, BODY, "Trần Hoài Nam", OTHER, note]))
    assert note in published_text(a)


def test_an_officers_signature_keeps_the_office_line_for_the_person():
    a = article("\n".join([TITLE, LEAD, BODY, "Thiếu tướng, TS Hà Văn Khải", "Chủ nhiệm Hậu cần Quân khu 9"]))
    assert "Chủ nhiệm Hậu cần Quân khu 9" in published_text(a) + " ".join(a.metadata.captions)


def test_a_caption_between_paragraphs_is_not_taken_for_a_footer():
    caption = "Quang cảnh hội nghị tổng kết"
    a = article("\n".join([TITLE, LEAD, caption, BODY, "Trần Hoài Nam"]))
    assert caption in a.metadata.captions and a.metadata.authors == ("Trần Hoài Nam",)


@pytest.mark.parametrize("line", [
    '<!-- Google tag (gtag.js) --> <script async src="https://example.invalid/gtag.js"></script>',
    "Bình luận *", "Họ tên *", "Thích Đang tải...", "#Tây Ninh #hậu cần #diễn tập",
    "source /tin-tuc/so-ket-cong-tac-hau-can", "Chủ đề: Mùa mưa bão", "Sự kiện: Tin tức trong ngày",
    "Xem thêm tại Báo Mẫu", ",", "Đang truy cập: 37",
])
def test_furniture_lines_by_shape_never_reach_text_title_or_captions(line):
    a = article("\n".join([line, TITLE, LEAD, line, BODY, line]))
    assert a.metadata.title == TITLE
    assert line not in published_text(a).split("\n") and line not in a.metadata.captions


@pytest.mark.parametrize("line", [
    "Chủ đề: hội thi năm nay là nâng cao chất lượng bữa ăn bộ đội.",
    "Sự kiện này góp phần nâng cao đời sống bộ đội.",
    "#1 trong các đơn vị dẫn đầu phong trào thi đua năm nay.",
])
def test_look_alike_prose_stays(line):
    assert line in published_text(article("\n".join([TITLE, LEAD, line, BODY])))


def test_the_headline_with_debris_before_it_is_not_the_title():
    a = article("\n".join(["Xuất bản thông tin", f"null {TITLE}", "Chi tiết bài viết", TITLE, LEAD, BODY]))
    assert a.metadata.title == TITLE
    assert f"null {TITLE}" not in published_text(a)


def test_an_empty_field_above_the_headline_does_not_join_it():
    assert article("\n".join(["Tin tức", ",", TITLE, LEAD, BODY])).metadata.title == TITLE


def test_the_headline_again_with_an_editors_slug_is_furniture():
    repeat = f"{TITLE.lower().capitalize()} (PS TTTS NGAY 14/6)"
    a = article("\n".join([TITLE, LEAD, repeat, BODY]))
    assert repeat not in published_text(a) and repeat not in a.metadata.captions


@pytest.mark.parametrize("text", ["NATIONAL DEFENCE ACADEMY", "POWERED BY ONECMS", "A PRODUCT OF NEKO", "TTVH"])
def test_words_that_are_no_vietnamese_syllables_are_no_name(text):
    assert not can_be_name(text)


@pytest.mark.parametrize("text", ["Nguyễn Hường", "NGUYỄN THỊ NGHIÊNG", "Y Rưng Mlô", "Ksor Nham", "Điểu Minh Thơ",
                                  "B.T.C", "Khuất Minh Cường"])
def test_vietnamese_and_minority_names_can_be_names(text):
    assert can_be_name(text)


def test_syllable_shape():
    assert is_syllable("Nghiêng") and is_syllable("Khuyến") and not is_syllable("Product")


def test_a_cms_footer_in_capitals_is_no_author_and_the_name_above_the_list_is():
    a = article("\n".join([TITLE, LEAD, BODY, "Thanh Nga", "(0) Bình luận", "Tin liên quan", OTHER,
                           "POWERED BY ONECMS - A PRODUCT OF NEKO"]))
    assert a.metadata.authors == ("Thanh Nga",)


def test_an_english_masthead_line_is_no_byline_under_the_title():
    a = article("\n".join(["HỌC VIỆN MẪU", "NATIONAL DEFENCE ACADEMY", TITLE, LEAD, BODY]))
    assert a.metadata.authors == () and a.metadata.title == TITLE


@pytest.mark.parametrize(("byline", "names"), [
    ("Nguyễn Hường - TTVH", ("Nguyễn Hường",)), ("Tấn Lực - TTVH-TT", ("Tấn Lực",)),
    ("Hải Nam - K.V", ("Hải Nam", "K.V")), ("Theo Minh Quang (Tiền Phong)", ("Minh Quang",)),
])
def test_desk_codes_and_theo_are_no_authors_initials_are(byline, names):
    assert article("\n".join([TITLE, LEAD, BODY, byline])).metadata.authors == names


def test_split_names_drops_a_code_only_beside_a_name():
    assert split_names("Nguyễn Hường - TTVH") == ("Nguyễn Hường",)
    assert split_names("TQ") == ("TQ",)


def test_a_long_department_credit_half_capitalised_signs():
    rules = attribution_rules()
    assert is_unit_credit("Phòng Thông tin Khoa học Quân sự", rules)
    assert not is_unit_credit("Phòng Hậu cần kiểm tra công tác chuẩn bị bếp ăn", rules)


def test_a_header_line_printed_again_under_the_text_is_furniture():
    site = "TRUNG TÂM MẪU QUÂN ĐỘI"
    a = article("\n".join([site, "Tin tức", TITLE, LEAD, BODY, "Trần Hoài Nam", site,
                           "Địa chỉ: số 1 đường Mẫu, Hà Nội"]))
    assert site not in published_text(a) and site not in a.metadata.captions


def test_a_writer_named_under_the_headline_and_again_at_the_end_still_signs():
    a = article("\n".join([TITLE, "HOÀNG MINH", LEAD, BODY, "HOÀNG MINH"]))
    assert a.metadata.authors == ("HOÀNG MINH",)


def test_every_field_of_a_comment_form_under_the_text_is_furniture():
    a = article("\n".join([TITLE, LEAD, BODY, "Trả lời", "Ý kiến *", "Họ tên *", "Trang web"]))
    assert "Trang web" not in published_text(a) and "Trang web" not in a.metadata.captions
    assert BODY in published_text(a)


def test_a_writer_printed_under_the_comment_form_still_signs():
    a = article("\n".join([TITLE, LEAD, BODY, "Bình luận (0)", "Gửi bình luận", "Trang web", "MINH KHANG"]))
    assert a.metadata.authors == ("MINH KHANG",) and "Trang web" not in a.metadata.captions
