"""Session 12 (tail15, issue 14): the families of furniture and credits set 10's fresh pages showed — a video
player's state labels and the station's platform promo, a template's alt text, a mobile site's switch prompt, a blog
platform's share row, and the writers' credits beside a poster account or a unit. Invented pages; each test asserts
behaviour that could break."""

from __future__ import annotations

import pytest

from tests.support.pages import BODY, LEAD, TITLE, article, published_text


def _gone(a, line: str) -> bool:
    return line not in published_text(a) and all(line not in c for c in a.metadata.captions) \
        and line not in a.metadata.authors and a.metadata.title != line


@pytest.mark.parametrize("label", ["ĐANG PHÁT", "Đang phát", "Tiếp theo", "Up next"])
def test_a_players_state_label_after_the_text_is_no_byline(label):
    a = article("\n".join([TITLE, LEAD, BODY, "TIN MỚI", label, "Bản tin dự báo thời tiết buổi sáng"]))
    assert _gone(a, label) and label not in a.metadata.authors


@pytest.mark.parametrize("promo", [
    "Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình tỉnh trên ứng dụng trực tuyến.",
    "Mời bạn đọc xem thêm các video khác trên kênh YouTube của Báo Biên phòng.",
    "Mời khán giả đón xem chương trình trên nền tảng số của Đài."])
def test_a_stations_platform_promo_is_furniture(promo):
    a = article("\n".join([TITLE, LEAD, BODY, promo]))
    assert _gone(a, promo) and BODY in published_text(a)


def test_an_invitation_in_the_report_naming_no_platform_stays_text():
    line = "Mời bà con xem các gian hàng nông sản do bộ đội trồng, đơn vị còn tặng 200 suất quà cho các hộ nghèo."
    assert line in published_text(article("\n".join([TITLE, LEAD, line, BODY])))


@pytest.mark.parametrize("alt", ["Responsive image", "Featured image", "Ảnh đại diện"])
def test_a_templates_alt_text_is_no_caption(alt):
    a = article("\n".join([TITLE, LEAD, alt, BODY, alt, BODY.replace("Sáng", "Chiều"), "Minh Anh"]))
    assert _gone(a, alt)
    assert a.metadata.authors == ("Minh Anh",)


@pytest.mark.parametrize("prompt", ["twn Are you sure that you want to switch to desktop version?",
                                    "Switch to mobile version", "Xem phiên bản máy tính",
                                    "Bạn có chắc muốn chuyển sang giao diện di động?"])
def test_a_mobile_sites_switch_prompt_is_furniture_and_leaves_the_closing_byline(prompt):
    a = article("\n".join([TITLE, LEAD, BODY, "                    Lê Văn Quang", "", prompt]))
    assert _gone(a, prompt)
    assert a.metadata.authors == ("Lê Văn Quang",)


@pytest.mark.parametrize("row", ["Gửi email bằng BlogThis! Chia sẻ lên X Chia sẻ lên Facebook Chia sẻ lên Pinterest",
                                 "Share this: Twitter Facebook", "Thích điều này: Thích Đang tải..."])
def test_a_blog_platforms_share_row_is_furniture(row):
    a = article("\n".join([TITLE, LEAD, BODY, row, "Không có nhận xét nào:"]))
    assert _gone(a, row)


def test_a_sentence_about_sharing_on_facebook_stays_text():
    line = "Đơn vị chia sẻ lên Facebook hình ảnh bữa ăn của bộ đội để nhân dân cùng theo dõi."
    assert line in published_text(article("\n".join([TITLE, LEAD, line, BODY])))
