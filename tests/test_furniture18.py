"""Session 13 (tail18, issue 14, spent set 13): the page-tail and page-head furniture set 13's fresh pages showed — a
WordPress writer's line under the headline without its date, a copy's source line in small letters, a video page's
invitation and channel label, a contest's series label over the headline, and a portal's own name closing its
article (the newsroom signing). Invented pages; each test asserts behaviour that could break."""

from __future__ import annotations

import pytest

from tests.support.pages import BODY, LEAD, TITLE, article, published_text


def _gone(a, line: str) -> bool:
    return line not in published_text(a) and all(line not in c for c in a.metadata.captions) \
        and line not in a.metadata.authors and line not in (a.metadata.title or "")


# -- Family 1: 'bởi <Name>' alone under the headline, the date on the next line ----------------------------------

@pytest.mark.parametrize(("line", "name"), [("bởi Linh", "Linh"), ("Bởi Hoàng Minh Anh", "Hoàng Minh Anh"),
                                            ("By Thu Trang", "Thu Trang"), ("Viết bởi Quang Huy", "Quang Huy")])
def test_a_writer_line_under_the_headline_is_the_byline_not_the_headline(line, name):
    a = article("\n".join([TITLE, line, "15 Tháng 1, 2026", LEAD, BODY]))
    assert a.metadata.title == TITLE
    assert a.metadata.authors == (name,)


def test_a_poster_account_after_by_is_no_writer():
    a = article("\n".join([TITLE, "By Admin", "15 Tháng 1, 2026", LEAD, BODY]))
    assert a.metadata.title == TITLE
    assert "Admin" not in a.metadata.authors


def test_a_sentence_opening_with_boi_stays_text():
    line = "bởi các đơn vị đã chủ động chuẩn bị lương thực, thực phẩm từ sớm."
    a = article("\n".join([TITLE, LEAD, BODY, line]))
    assert a.metadata.authors == ()


# -- Family 2: a copy's closing source line in small letters or capitals -----------------------------------------

@pytest.mark.parametrize("line", ["nguồn: qdnd.vn", "NGUỒN: Báo Quân đội nhân dân", "nguồn tin: baobienphong.vn"])
def test_a_source_line_in_any_case_is_furniture(line):
    a = article("\n".join([TITLE, LEAD, BODY, line]))
    assert _gone(a, line)
    assert BODY in published_text(a)


# -- Family 3: a video page's invitation to the programme and its channel label ----------------------------------

@pytest.mark.parametrize("invitation", ["Mời quý vị và các bạn theo dõi chương trình!",
                                        "Mời quý vị cùng theo dõi phóng sự sau đây:",
                                        "Kính mời quý vị và các bạn đón xem.", "Mời bạn đọc xem video"])
@pytest.mark.parametrize("channel", ["Truyền hình Quốc hội Việt Nam", "Đài Phát thanh và Truyền hình tỉnh Lạng Sơn"])
def test_a_programme_invitation_and_the_channel_label_are_furniture(invitation, channel):
    a = article("\n".join([TITLE, LEAD, BODY, invitation, channel, "Tin liên quan", "Hội thao hậu cần năm 2025"]))
    assert _gone(a, invitation) and _gone(a, channel)
    assert a.metadata.authors == ()


def test_a_sentence_ending_with_an_invitation_stays_text():
    line = "Sau đây là nội dung chi tiết của chương trình, mời quý vị và các bạn cùng lắng nghe."
    a = article("\n".join([TITLE, LEAD, line, BODY]))
    assert line in published_text(a)


# -- Family 4: a contest's series label over the headline --------------------------------------------------------

@pytest.mark.parametrize("label", ["Cuộc thi viết “Người lính hậu cần trong thời kỳ mới”",
                                   "Cuộc thi viết \"Gương sáng nuôi quân\" lần thứ 3",
                                   "Bài dự thi Cuộc thi viết “Bếp lửa biên cương”"])
def test_a_contest_label_over_the_headline_is_furniture(label):
    a = article("\n".join(["Quốc phòng - An ninh", label, "Bữa cơm nóng giữa rừng", LEAD, BODY]))
    assert a.metadata.title == "Bữa cơm nóng giữa rừng"
    assert _gone(a, label)


def test_a_headline_about_the_contest_stays_the_headline():
    title = "Phát động Cuộc thi viết “Người lính hậu cần trong thời kỳ mới”"
    a = article("\n".join([title, LEAD, BODY]))
    assert a.metadata.title == title


# -- Family 5: a portal's own name closing its article signs it (coordinator, set 13) ----------------------------

@pytest.mark.parametrize("portal", ["Cổng Thông tin điện tử Bộ Công an", "Cổng TTĐT tỉnh Lạng Sơn",
                                    "Trang thông tin điện tử xã Tân Lập"])
def test_a_portal_closing_its_article_is_the_author_when_no_writer_is_named(portal):
    a = article("\n".join([TITLE, LEAD, BODY, portal, "Tin liên quan", "Hội thao hậu cần năm 2025"]))
    assert a.metadata.authors == (portal,)
    assert portal not in published_text(a)


def test_a_portal_line_beside_a_named_writer_is_no_second_author():
    a = article("\n".join([TITLE, LEAD, BODY, "Tin, ảnh: Minh Thu", "Cổng TTĐT tỉnh Lạng Sơn"]))
    assert a.metadata.authors == ("Minh Thu",)


# -- Family 6: a print flip-book's text layer: a byline behind a symbol font's bullet, a drop cap's doubled word ---

@pytest.mark.parametrize(("line", "name"), [("n TRẦN MINH KHA", "TRẦN MINH KHA"), ("u LÊ THU HÀ", "LÊ THU HÀ"),
                                            ("l NGUYỄN VĂN ĐẠT", "NGUYỄN VĂN ĐẠT")])
def test_a_bulleted_name_in_capitals_under_the_headline_is_the_byline(line, name):
    a = article("\n".join(["BỮA CƠM TẾT NƠI ĐỒN XA", line, LEAD, BODY]))
    assert a.metadata.authors == (name,)
    assert line not in (a.metadata.title or "")


def test_a_headline_continued_in_small_letters_is_no_bulleted_byline():
    a = article("\n".join(["Bữa cơm Tết", "n gười lính biên phòng", LEAD, BODY]))
    assert a.metadata.authors == ()


@pytest.mark.parametrize("debris", ["Bế Bế", "Tết Tết Tết"])
def test_a_word_printed_twice_alone_on_its_line_is_debris(debris):
    a = article("\n".join([TITLE, LEAD, debris, BODY]))
    assert _gone(a, debris)
    assert BODY in published_text(a)
