"""Session 12 (tail16, issue 14, spent set 11): the families of credits and furniture set 11's fresh pages showed —
local bodies signing with their level word in small letters, a credit row naming its source after the writer, a
newsroom's credit with an uncolonned photographer. Invented pages; each test asserts behaviour that could break."""

from __future__ import annotations

import pytest

from tests.support.pages import BODY, LEAD, TITLE, article, published_text


def _gone(a, line: str) -> bool:
    return line not in published_text(a) and all(line not in c for c in a.metadata.captions) \
        and line not in a.metadata.authors and a.metadata.title != line


# -- Family 1: closing credits of local bodies and portals -------------------------------------------------------

@pytest.mark.parametrize("credit", ["Bộ CHQS tỉnh", "Ban CHQS huyện", "Ban biên tập xã Hòa Phong",
                                    "Ban Chỉ huy Quân sự thị xã Kỳ Anh", "Văn phòng UBND phường"])
def test_a_local_body_signing_with_its_level_word_is_the_author(credit):
    a = article("\n".join([TITLE, LEAD, BODY, credit]))
    assert a.metadata.authors == (credit,)
    assert all(credit != c for c in a.metadata.captions)


def test_a_local_body_glued_to_a_comment_button_signs():
    a = article("\n".join([TITLE, LEAD, BODY, "Ban CHQS tỉnhXem phản hồi"]))
    assert a.metadata.authors == ("Ban CHQS tỉnh",)


def test_a_local_body_before_the_sites_other_news_list_signs():
    a = article("\n".join([TITLE, LEAD, BODY, "Ban biên tập xã Hòa Phong", "Tin khác",
                           "Xã Hòa Phong ra quân huấn luyện dân quân năm 2025"]))
    assert a.metadata.authors == ("Ban biên tập xã Hòa Phong",)


@pytest.mark.parametrize("line", ["Khoa xã hội học", "Ban CHQS xã tổ chức ra quân", "Phòng xã hội hóa"])
def test_a_level_word_followed_by_small_words_is_no_credit(line):
    # 'xã hội' (society) and a sentence's verb after the level word: no body's name.
    a = article("\n".join([TITLE, LEAD, BODY, line]))
    assert line not in a.metadata.authors


@pytest.mark.parametrize("row, writer", [
    ("Tác giả: Trần Thị Lan - Nguồn: Ban CHQS xã", "Trần Thị Lan"),
    ("Tác giả: Trần Thị Lan, Nguồn: Báo Hà Tĩnh", "Trần Thị Lan"),
    ("Tác giả: Trần Thị Lan | Nguồn tin: Trung tâm Văn hóa huyện", "Trần Thị Lan")])
def test_a_portals_writer_and_source_row_gives_the_writer_only(row, writer):
    a = article("\n".join([TITLE, LEAD, BODY, row]))
    assert a.metadata.authors == (writer,)
    assert _gone(a, row)


@pytest.mark.parametrize("credit, author, photographer", [("BBT, ảnh Văn Khải", "BBT", "Văn Khải"),
                                                          ("Minh Hà, ảnh Quang Vinh", "Minh Hà", "Quang Vinh")])
def test_a_credit_with_an_uncolonned_photographer(credit, author, photographer):
    a = article("\n".join([TITLE, LEAD, BODY, "  " * 40 + credit + " ", "", "Thông tin hữu ích"]))
    assert a.metadata.authors == (author,)
    assert photographer in a.metadata.photo_credits
    assert _gone(a, "Thông tin hữu ích")  # the site's box under the signature is furniture


def test_a_caption_ending_with_an_uncolonned_photo_word_stays_a_caption():
    line = "Quang cảnh hội nghị, ảnh Văn Khải"
    a = article("\n".join([TITLE, LEAD, line, BODY, "Minh Hà"]))
    assert a.metadata.authors == ("Minh Hà",)


def test_a_tag_naming_a_local_body_under_a_named_writers_page_is_no_second_author():
    # The writers sign in the header's stamp row; the tags under the text end with a unit's name.
    a = article("\n".join([TITLE, "TRẦN AN - LÊ BÌNH 14/10/2025 16:40", LEAD, BODY, "Quân đội", "bàn giao nhiệm vụ",
                           "Bộ CHQS thành phố"]))
    assert a.metadata.authors == ("TRẦN AN", "LÊ BÌNH")


# -- Family 2: writers glued to the stamp in the header ----------------------------------------------------------

LONG_TITLE = "Quân y viện tổ chức khám bệnh, cấp thuốc miễn phí và tặng quà cho người dân vùng lũ ở biên giới"

@pytest.mark.parametrize("row, writers", [
    ("Minh Châu, Quốc Bảo (VTV9)Cập nhật 15:20 ngày 18/10/2024", ("Minh Châu", "Quốc Bảo")),
    ("Minh Châu - Quốc Bảo (THVL) Cập nhật lúc 08:05 ngày 02/03/2025", ("Minh Châu", "Quốc Bảo")),
    ("ĐỖ THỊ THU HIỀN 16/06/2023 05:10 GMT+7", ("ĐỖ THỊ THU HIỀN",)),
    ("Phạm Văn Khải 16/06/2023 05:10 (GMT+7)", ("Phạm Văn Khải",))])
def test_writers_glued_to_the_header_stamp_are_the_authors(row, writers):
    a = article("\n".join([LONG_TITLE, "", row, "", LEAD, BODY]))
    assert a.metadata.authors == writers


@pytest.mark.parametrize("row", ["QUÂN SỰ 16/06/2023 05:10 GMT+7", "Thời Sự Quốc Tế 16/06/2023 05:10 GMT+7",
                                 "Hà Nội 16/06/2023 05:10 GMT+7"])
def test_a_category_or_place_before_the_stamp_is_no_writer(row):
    a = article("\n".join([LONG_TITLE, "", row, "", LEAD, BODY]))
    assert a.metadata.authors == ()


# -- Family 3: debris a script or a link list leaves between and under the paragraphs ---------------------------

@pytest.mark.parametrize("placeholder", ["undefined", "null", "[object Object]"])
def test_a_scripts_empty_value_over_a_caption_is_furniture(placeholder):
    caption = "Cán bộ, chiến sĩ chăm sóc vườn rau tăng gia"
    a = article("\n".join([TITLE, LEAD, placeholder, caption, BODY]))
    assert _gone(a, placeholder)
    assert caption in a.metadata.captions


@pytest.mark.parametrize("arrow", [">> ", ">>", "» "])
def test_related_links_after_an_arrow_with_no_heading_are_furniture(arrow):
    links = [arrow + "Lữ đoàn 125 hoàn thành chuyến vận chuyển hàng Tết ra đảo",
             arrow + "Hải quân có thêm tàu vận tải hậu cần mới"]
    a = article("\n".join([TITLE, LEAD, BODY, *links, "Top"]))
    assert all(_gone(a, link) for link in links)


def test_a_bulleted_point_of_the_text_after_an_arrow_stays_text():
    point = "» Bảo đảm đủ lương thực, thực phẩm cho bộ đội trong suốt đợt huấn luyện;"
    assert point in published_text(article("\n".join([TITLE, LEAD, point, BODY])))


@pytest.mark.parametrize("prompt", ["Bạn cần đăng nhập để thực hiện chức năng này!",
                                    "Vui lòng đăng nhập trước khi bình luận",
                                    "Bạn phải đăng nhập để sử dụng tính năng này."])
def test_a_login_prompt_is_furniture(prompt):
    a = article("\n".join([TITLE, LEAD, BODY, prompt]))
    assert _gone(a, prompt)


def test_a_related_items_headline_and_tagged_sapo_under_the_text_are_furniture():
    headline = "Bộ đội giúp dân gia cố đê bao chống lũ ở đầu nguồn"
    sapo = "VTV.vn - Hàng trăm cán bộ, chiến sĩ đã giúp người dân gia cố các tuyến đê bao bảo vệ lúa thu đông."
    a = article("\n".join([TITLE, "VTV9.vtv.vn - " + LEAD, BODY, headline, sapo,
                           "Bạn cần đăng nhập để thực hiện chức năng này!"]))
    assert _gone(a, headline) and _gone(a, sapo)
    assert BODY in published_text(a)


# -- Family 4: what a spam copy or a teaser heading puts under the text -----------------------------------------

def test_a_spam_copys_betting_links_and_the_stray_headline_before_them_are_furniture():
    stray = "Doanh nghiệp chợ lớn tìm cơ hội ở thị trường phía Tây"
    spam = ["Kết quả bóng đá hôm nay", "Tỷ lệ kèo nhà cái mới nhất", "Xổ số miền Bắc hôm nay"]
    a = article("\n".join([TITLE, LEAD, BODY, stray, *spam, "Copyright © vidu-tintuc.org"]))
    assert all(_gone(a, line) for line in [stray, *spam])
    assert BODY in published_text(a)


def test_a_sentence_about_illegal_betting_stays_text():
    line = "Công an đã triệt phá đường dây cá độ, thu giữ sổ ghi tỷ lệ kèo nhà cái và nhiều tang vật."
    assert line in published_text(article("\n".join([TITLE, LEAD, line, BODY])))


def test_the_look_alike_titles_under_a_see_also_teaser_are_furniture():
    items = ["Nhà máy Z199 ở đâu", "Kho K80 ở đâu"]
    a = article("\n".join([TITLE, LEAD, BODY, "Xem thêm: Nhà máy Z199 tuyển dụng", *items]))
    assert all(_gone(a, item) for item in items)


def test_a_writer_under_a_see_also_teaser_still_signs():
    a = article("\n".join([TITLE, LEAD, BODY, "Xem thêm: Nhà máy Z199 tuyển dụng", "Minh Hà"]))
    assert a.metadata.authors == ("Minh Hà",)


@pytest.mark.parametrize("slug", ["thieu tuong nguyen van an trao quyet dinh cho lu doan 125",
                                  "le-ky-niem-ngay-truyen-thong-nganh-hau-can"])
def test_an_images_slug_without_extension_is_furniture_and_its_caption_stays(slug):
    caption = "Thiếu tướng Nguyễn Văn An trao quyết định cho Lữ đoàn 125"
    a = article("\n".join([TITLE, LEAD, slug, caption, BODY]))
    assert _gone(a, slug)
    assert caption in a.metadata.captions


def test_a_short_lowercase_line_is_no_slug():
    # Session 13 (tail17): it is furniture now, as an image's alt text in small letters, but not the slug rule's.
    a = article("\n".join([TITLE, LEAD, "hau can", BODY]))
    assert [b.rule for b in a.blocks if b.text == "hau can"] == ["lowercase_alt_text"]


def test_a_breadcrumb_parted_by_spaced_slashes_above_the_headline_is_furniture():
    crumb = "Tin tức - Sự kiện   /  Trong huyện  /  An ninh - quốc phòng"
    a = article("\n".join([crumb, TITLE, LEAD, BODY]))
    assert a.metadata.title == TITLE
    assert _gone(a, "Tin tức - Sự kiện / Trong huyện / An ninh - quốc phòng")
