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


def test_a_stamps_posting_account_beside_a_closing_signer_is_no_writer():
    a = article("\n".join([TITLE, "Đăng ngày: 03/10/2025 bởi Ban Biên tập", LEAD, BODY, "THANH HẢI", "Chia sẻ:"]))
    assert a.metadata.authors == ("THANH HẢI",)
    assert a.metadata.published_date is not None and a.metadata.published_date.isoformat() == "2025-10-03"


def test_a_stamps_writer_with_no_signature_at_the_end_stays_the_author():
    a = article("\n".join([TITLE, "Đăng ngày: 03/10/2025 bởi Lê Minh Hà", LEAD, BODY]))
    assert a.metadata.authors == ("Lê Minh Hà",)


@pytest.mark.parametrize("poster", ["Đăng bởi Ngọc Trâm | 12/03/2023", "Người đăng: Ngọc Trâm - 12/03/2023"])
def test_a_rewritten_copys_poster_with_the_date_after_a_bar_is_its_author(poster):
    a = article("\n".join([TITLE, poster, LEAD, BODY, "Thẻ: hậu cần, bộ đội"]))
    assert a.metadata.authors == ("Ngọc Trâm",)


def test_a_copy_naming_its_source_keeps_its_poster_out_of_the_authors():
    a = article("\n".join([TITLE, "Đăng bởi Ngọc Trâm | 12/03/2023", LEAD, BODY, "Theo Báo Quân đội nhân dân"]))
    assert a.metadata.authors == ()


def test_an_offices_name_holding_va_is_one_credit():
    a = article("\n".join([TITLE, LEAD, BODY, "Tin, ảnh: Văn phòng HĐND và UBND xã"]))
    assert a.metadata.authors == ("Văn phòng HĐND và UBND xã",)


def test_two_writers_joined_by_va_stay_two():
    a = article("\n".join([TITLE, LEAD, BODY, "Tin, ảnh: Minh Anh và Quốc Huy"]))
    assert a.metadata.authors == ("Minh Anh", "Quốc Huy")


@pytest.mark.parametrize("line", ["Bảo Châu- PC07", "Bảo Châu - PC07", "Bảo Châu- PV01"])
def test_a_closing_byline_with_a_desk_code_and_a_lopsided_dash(line):
    a = article("\n".join([TITLE, LEAD, BODY, line]))
    assert a.metadata.authors == ("Bảo Châu",)


def test_two_names_joined_by_a_bare_hyphen_stay_two():
    a = article("\n".join([TITLE, LEAD, BODY, "Minh Tuệ-Hữu Lộc"]))
    assert a.metadata.authors == ("Minh Tuệ", "Hữu Lộc")


def test_a_ministry_in_capitals_over_a_pasted_notice_is_no_author():
    lines = [TITLE, "11/12/2025", "BỘ CÔNG AN", "BỆNH VIỆN 99", "Số: 1562/TB-BV99", "THÔNG BÁO",
             "Về việc tổ chức bếp ăn cho người bệnh", LEAD, BODY]
    assert article("\n".join(lines)).metadata.authors == ()
