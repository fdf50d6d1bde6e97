"""The head and tail of a page, session 12 (the seventh blind set's misses), on short invented pages: a portal's
pager, a radio script's presenter labels, an image's file name or unaccented alt text above its caption, a related
article's thumbnail row in a markdown table, an English advert slot and the "related videos" / "new - hot" boxes
under the text. Each must leave the text, and prose of the same look must stay."""

from __future__ import annotations

import pytest

from tests.support.pages import BODY, LEAD, RULES, TITLE, article, published_text


def _rule_names(line: str) -> set[str]:
    return {r.name for r in RULES.residue if r.pattern.search(line)}


def _gone(a, line: str) -> bool:
    return line not in published_text(a) and line not in a.metadata.authors and a.metadata.title != line


@pytest.mark.parametrize("line", [
    "Trang 1 2 3 4 5 ... Tiếp Cuối",
    "Trang: 1 2 3 » ",
    "« Đầu 1 2 3 … Cuối",
    "Dẫn 1:",
    "Dẫn kết:",
    "NỘI DUNG",
    "tau-hai-quan-chuc-tet-dk1-1",
    "anh tin bai",
    "![]() | Dân quân phường tham gia hiến máu tình nguyện |",
    "ADVERTISEMENT",
])
def test_page_machinery_lines_leave_the_text(line):
    a = article("\n".join([TITLE, "Thứ tư - 13/08/2025 16:20", LEAD, line, BODY]))
    assert a.metadata.title == TITLE and _gone(a, line.strip())


@pytest.mark.parametrize("line", [
    "22-04-2024",
    "![]() | Đại tá Phó Đức Long phát biểu khai mạc Hội thao. |",
    "Dẫn đầu đoàn có Đại tá Nguyễn Văn An.",
    "Trang bị 12 xe, 3 xuồng cho lực lượng cứu hộ.",
    "Nội dung hội thao gồm 4 phần thi.",
])
def test_prose_dates_and_captions_of_the_same_look_stay(line):
    names = _rule_names(line) & {"pager", "broadcast_script_label", "image_file_slug", "related_image_row"}
    assert not names


@pytest.mark.parametrize("header", ["Video liên quan", "MỚI - NÓNG", "Tin mới - nóng"])
def test_a_related_video_or_hot_news_box_under_the_text_is_a_list(header):
    teaser = "Hàng trăm thanh niên tình nguyện hỗ trợ người dân vùng lũ"
    a = article("\n".join([TITLE, "Thứ tư - 13/08/2025 16:20", LEAD, BODY, "Minh Tâm", header, teaser, teaser]))
    assert _gone(a, header) and _gone(a, teaser)


def test_a_headline_in_capitals_under_a_one_letter_menu_word_keeps_its_first_letter():
    # 'X' (the platform formerly Twitter) is a share-menu word; 'XÃ …' must not be cut after it.
    headline = "XÃ TỊNH LÂM TỔ CHỨC HỘI NGHỊ TỔNG KẾT CÔNG TÁC BẢO ĐẢM HẬU CẦN NĂM 2025"
    a = article("\n".join(["Trang chủ", "Tin tức", headline, LEAD, BODY]))
    assert a.metadata.title == headline


def test_a_menu_word_glued_to_a_capital_is_still_cut_off():
    from haucan.furniture import cut_glued_menu
    assert cut_glued_menu("Chính trịNgày 5-1, Bộ CHQS tỉnh tổ chức hội nghị") == ["Chính trị", "Ngày 5-1, Bộ CHQS tỉnh tổ chức hội nghị"]
    assert cut_glued_menu("TIN TỨCNgày 5-1, Bộ CHQS tỉnh tổ chức hội nghị")[0] == "TIN TỨC"


@pytest.mark.parametrize("tag", ["【kết quả bóng đá ngoại hạng anh】", "〖xổ số hôm nay〗 "])
def test_a_spam_keyword_in_cjk_brackets_is_cut_off_the_headline(tag):
    a = article("\n".join([tag + TITLE, "Thứ tư - 13/08/2025 16:20", LEAD, BODY]))
    assert a.metadata.title == TITLE and tag.strip() not in published_text(a)


@pytest.mark.parametrize(("line", "date"), [
    (" 人参与 | 时间:2025-10-23 08:41:12", "2025-10-23"),
    ("Posted: 2025-10-23", "2025-10-23"),
])
def test_a_labelled_year_first_stamp_gives_the_publication_date(line, date):
    a = article("\n".join([TITLE, line, LEAD, BODY]))
    assert str(a.metadata.published_date) == date and line.strip() not in published_text(a)


def test_a_sapo_printed_twice_under_the_headline_is_the_lead_not_the_title():
    sapo = ("(ĐN)- Từ ngày 9 đến 11-12, Bộ CHQS tỉnh tổ chức tập huấn nghiệp vụ hậu cần - kỹ thuật năm 2025 cho "
            "190 cán bộ Ban CHQS các xã, phường trên địa bàn tỉnh.")
    a = article("\n".join(["Trang chủ » Tin tức » Thời sự", TITLE, sapo, sapo, BODY]))
    assert a.metadata.title == TITLE and published_text(a).count("Từ ngày 9 đến 11-12") == 1



@pytest.mark.parametrize("line", ["VTV1 | 04/11/2025", "QPVN | 04/11/2025 19:00"])
def test_a_channel_then_the_broadcast_date_is_the_publication_stamp(line):
    a = article("\n".join([TITLE, line, LEAD, BODY]))
    assert str(a.metadata.published_date) == "2025-11-04" and line not in published_text(a)


def test_a_closing_writer_with_a_communes_office_after_a_dash_is_the_author():
    a = article("\n".join([TITLE, "Thứ tư - 13/08/2025 16:20", LEAD, BODY, "Văn Quyền – Văn phòng HĐND và UBND xã"]))
    assert list(a.metadata.authors) == ["Văn Quyền"]



@pytest.mark.parametrize("credit", ["Phòng Chính trị – Nhà máy Z121", "Phòng Chính trị - Nhà máy Z121"])
def test_a_sending_office_with_its_parent_after_either_dash_is_the_closing_credit(credit):
    a = article("\n".join([TITLE, "Thứ tư - 13/08/2025 16:20", LEAD, BODY, credit]))
    assert credit not in a.metadata.captions and credit not in published_text(a)
