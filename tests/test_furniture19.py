"""Session 13 (tail19, issue 14, spent set 14): the furniture set 14's fresh pages showed — a legal database's tabs,
tools, members' notices and attribute table over the document it prints, a spam mirror's editor tag and dotted list
of other headlines, a page loader's placeholder and a portal's menu entry. Invented pages; each test asserts
behaviour that could break."""

from __future__ import annotations

import pytest

from tests.support.pages import BODY, LEAD, TITLE, article, published_text


def _gone(a, line: str) -> bool:
    return line not in published_text(a) and all(line not in c for c in a.metadata.captions) \
        and line not in a.metadata.authors and line not in (a.metadata.title or "")


# -- Family 1: a legal database's page around the document it prints ---------------------------------------------

_DOC_TITLE = "Quyết định 45/2024/QĐ-UBND quy định mức hỗ trợ lương thực cho dân quân thường trực"
_SUMMARY = ("Quyết định 45/2024/QĐ-UBND của Ủy ban nhân dân tỉnh Hà Giang quy định mức hỗ trợ lương thực, thực phẩm "
            "cho dân quân thường trực trên địa bàn tỉnh")
_TOOLS = ["• Thuộc tính", "• Nội dung", "• Văn bản gốc", "• Tiếng Anh", "• Hiệu lực", "• Tải về", "Mục lục",
          "Tải VB", "Theo dõi văn bản", "Báo lỗi"]
_NOTICES = ["Đây là tiện ích dành cho thành viên đăng ký phần mềm.",
            "Quý khách vui lòng đăng nhập tài khoản và đăng ký gói dịch vụ để xem toàn văn."]
_ATTRIBUTES = ["Cơ quan ban hành: Ủy ban nhân dân tỉnh Hà Giang", "Số hiệu:45/2024/QĐ-UBND",
               "Loại văn bản:Quyết định", "Người ký:Nguyễn Văn Sơn", "Ngày hiệu lực: 01/01/2025",
               "Tình trạng hiệu lực: Còn hiệu lực"]
_DOCUMENT = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
             "Điều 1. Mức hỗ trợ tiền ăn cho dân quân thường trực là 70.000 đồng/người/ngày.",
             "Quyết định này có hiệu lực từ ngày 01 tháng 01 năm 2025."]


def _legal_page():
    return article("\n".join([_DOC_TITLE, *_TOOLS, *_NOTICES, "thuộc tính Quyết định 45/2024/QĐ-UBND", _SUMMARY,
                              *_ATTRIBUTES, *_DOCUMENT]))


def test_a_legal_databases_tabs_tools_notices_and_attributes_are_furniture():
    a = _legal_page()
    for line in [*_TOOLS, *_NOTICES, "thuộc tính Quyết định 45/2024/QĐ-UBND", *_ATTRIBUTES]:
        assert _gone(a, line), line


def test_a_tab_label_that_looks_like_a_name_is_no_writer():
    assert _legal_page().metadata.authors == ()


def test_the_page_headline_stays_the_title_over_the_longer_summary_of_the_table():
    a = _legal_page()
    assert a.metadata.title == _DOC_TITLE
    assert _SUMMARY in published_text(a)
    assert _DOCUMENT[1] in published_text(a)


@pytest.mark.parametrize("line", ["Số hiệu: 12 đơn vị đã hoàn thành nhiệm vụ.",
                                  "Người ký kết hợp đồng phải chịu trách nhiệm về số lượng lương thực."])
def test_a_sentence_opening_with_an_attribute_word_stays_text(line):
    a = article("\n".join([TITLE, LEAD, line, BODY]))
    assert line in published_text(a)


def test_a_sentence_about_members_stays_text():
    line = "Quỹ hỗ trợ này dành cho thành viên các tổ dân quân có hoàn cảnh khó khăn trên địa bàn xã."
    a = article("\n".join([TITLE, LEAD, line, BODY]))
    assert line in published_text(a)


# -- Family 2: a spam mirror's editor tag and its dotted list of other headlines -----------------------------------

@pytest.mark.parametrize("tag", ["(责任编辑:La liga)", "（责任编辑：admin）", "来源:tinmoi"])
def test_a_cjk_editor_tag_is_furniture_and_no_writer(tag):
    a = article("\n".join([TITLE, LEAD, BODY, tag]))
    assert _gone(a, tag)
    assert a.metadata.authors == ()


def test_a_dotted_list_of_other_headlines_is_furniture():
    items = ["- ·Giá xăng hôm nay giảm nhẹ", "- ·Kết quả vòng 5 giải bóng chuyền", "·Mẹo nấu canh chua ngon"]
    a = article("\n".join([TITLE, LEAD, BODY, *items]))
    for item in items:
        assert _gone(a, item), item


def test_a_dashed_or_bulleted_item_of_the_text_stays():
    items = ["- Tổ chức 3 lớp tập huấn nuôi quân giỏi cho 120 học viên;", "• Cấp phát 2 tấn gạo cho các đơn vị."]
    a = article("\n".join([TITLE, LEAD, *items, BODY]))
    for item in items:
        assert item.lstrip("-• ") in published_text(a), item


# -- Family 3: a page loader's placeholder, a portal's menu entry ----------------------------------------------------

@pytest.mark.parametrize("placeholder", ["Chờ...", "Vui lòng chờ…", "Đang xử lý...", "Loading..."])
def test_a_loader_placeholder_over_the_headline_is_furniture_and_not_the_lead(placeholder):
    a = article("\n".join([placeholder, TITLE, LEAD, BODY]))
    assert _gone(a, placeholder)
    assert a.metadata.title == TITLE


def test_a_sentence_with_the_word_cho_stays_text():
    line = "Bà con chờ đợi những chuyến tàu tiếp tế ra đảo."
    a = article("\n".join([TITLE, LEAD, line, BODY]))
    assert line in published_text(a)


def test_a_portals_menu_entry_under_the_text_is_furniture():
    a = article("\n".join([TITLE, LEAD, BODY, "Thông tin nội bộ"]))
    assert _gone(a, "Thông tin nội bộ")


# -- Family 4: a closing writer with the body's own office after a dash ----------------------------------------------

@pytest.mark.parametrize("line", ["Thu Hằng - Văn phòng", "Minh Quân – Phòng"])
def test_a_writer_then_the_bare_office_is_the_byline(line):
    a = article("\n".join([TITLE, LEAD, BODY, line, "Thông tin nội bộ"]))
    assert a.metadata.authors == (line.split(" ")[0] + " " + line.split(" ")[1],)
    assert _gone(a, "Thông tin nội bộ")


def test_a_legal_portals_table_under_its_headline_keeps_the_headline_and_its_date():
    summary = "Kế hoạch 31/KH-UBND năm 2025 bảo đảm hậu cần cho diễn tập phòng thủ dân sự tỉnh Hà Giang"
    a = article("\n".join([summary, "Số hiệu: 31/KH-UBND", "Loại văn bản: Kế hoạch", "Người ký: Trần Văn Nam",
                           "Ngày ban hành: 18/04/2025", *_DOCUMENT]))
    assert a.metadata.title == summary
    assert str(a.metadata.published_date) == "2025-04-18"


# -- Family 5: one alt text printed over every photo's caption -------------------------------------------------------

_ALT = "Lữ đoàn 125, Vùng 2 Hải quân"
_CAPTIONS = ["Đại tá Nguyễn Văn Bình trao quà cho ngư dân xã Bình Châu",
             "Cán bộ, chiến sĩ Lữ đoàn bốc xếp nhu yếu phẩm lên tàu"]


def test_one_alt_text_over_every_caption_is_furniture_and_the_captions_stay():
    a = article("\n".join([TITLE, LEAD, _ALT, _CAPTIONS[0], BODY, _ALT, _CAPTIONS[1],
                           "Chuyến đi góp phần động viên bà con yên tâm bám biển."]))
    assert _gone(a, _ALT)
    assert all(caption in a.metadata.captions for caption in _CAPTIONS)


def test_a_caption_printed_twice_over_the_same_line_stays_a_caption():
    a = article("\n".join([TITLE, LEAD, _CAPTIONS[0], _CAPTIONS[1], BODY, _CAPTIONS[0], _CAPTIONS[1],
                           "Chuyến đi góp phần động viên bà con yên tâm bám biển."]))
    assert _CAPTIONS[0] in a.metadata.captions


# -- Family 6: the writer the stamp names, signing again under another credit ----------------------------------------

def test_a_lone_name_under_the_byline_that_the_stamp_prints_is_a_second_writer():
    a = article("\n".join([TITLE, "Thứ hai, 09:15, 16/06/2025 Hồng Nhung Hồng Nhung", LEAD, BODY, "Minh Khoa/VOV2",
                           "Hồng Nhung", "Viết bình luận", "TIN CÙNG CHUYÊN MỤC"]))
    # Both writers, once each, in page order: the stamp line prints Hồng Nhung first (its writer is a byline).
    assert a.metadata.authors == ("Hồng Nhung", "Minh Khoa")


def test_a_lone_name_under_the_byline_that_the_stamp_does_not_print_is_no_writer():
    a = article("\n".join([TITLE, "Thứ hai, 09:15, 16/06/2025", LEAD, BODY, "Minh Khoa/VOV2", "Hồng Nhung",
                           "Viết bình luận", "TIN CÙNG CHUYÊN MỤC"]))
    assert a.metadata.authors == ("Minh Khoa",)
