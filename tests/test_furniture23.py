"""Page furniture and bylines of session 14's eleventh round (issue 14, spent set 18's misses), on short invented
pages: a station's call to watch whatever the programme is called, a company's name in capitals over its imprint,
stray teasers under the writer's bare name, a mass organisation signing its news, and a journal's ranked writers in
capitals under an abstract; and the lines of the same shapes that stay text or name no writer."""

from __future__ import annotations

import pytest

from tests.support.pages import BODY, LEAD, TITLE, article, left_out, page_with, published_text, stays_text

INVITATIONS = [
    "Mời quý vị theo dõi thông tin chi tiết!",
    "Mời các bạn theo dõi diễn biến hội thi nấu ăn giỏi.",
    "Kính mời quý vị xem toàn cảnh buổi lễ bàn giao nhà ăn:",
    "Mời quý khán giả đón xem tin tức của đài",
]


@pytest.mark.parametrize("line", INVITATIONS)
@pytest.mark.parametrize("where", ["middle", "foot"])
def test_a_stations_call_to_watch_is_furniture_whatever_it_invites_to(line, where):
    assert left_out(page_with(line, where), line)


@pytest.mark.parametrize("line", [
    "Mời các vị đại biểu xem xét, cho ý kiến vào dự thảo quy chế quản lý bếp ăn.",
    "Đơn vị mời quý vị đại biểu theo dõi phần trình diễn nấu ăn của các đội thi.",
])
def test_a_sentence_that_only_holds_the_words_stays_text(line):
    assert stays_text(line)


@pytest.mark.parametrize("owner", ["CÔNG TY CỔ PHẦN MAY 26", "TỔNG CÔNG TY THÀNH AN", "VIỆN KIỂM SÁT NHÂN DÂN TỈNH BẮC GIANG"])
def test_a_bodys_name_in_capitals_over_its_imprint_is_furniture(owner):
    a = article("\n".join([TITLE, LEAD, BODY, owner, "Địa chỉ: 12 Lê Trọng Tấn, Thanh Xuân, Hà Nội"]))
    assert owner not in published_text(a).split("\n")
    assert owner not in a.metadata.captions and owner not in a.metadata.authors


def test_a_writers_name_in_capitals_over_the_copyright_line_still_signs():
    a = article("\n".join([TITLE, LEAD, BODY, "HOÀNG MINH ĐỨC", "© Bản quyền thuộc Báo Biên Cương"]))
    assert "HOÀNG MINH ĐỨC" in a.metadata.authors


TEASERS = ["Quân khu 9 tổ chức hội thao hậu cần - kỹ thuật năm 2026 với 12 đội tham gia.",
           "Học viên các trường Quân đội cần chuẩn bị gì cho mùa tuyển sinh?"]


def test_stray_teasers_under_the_writers_bare_name_are_furniture():
    a = article("\n".join([TITLE, LEAD, BODY, "Lan Hương", *TEASERS, "© Tạp chí điện tử Hậu phương"]))
    assert "Lan Hương" in a.metadata.authors
    for teaser in TEASERS:
        assert teaser not in published_text(a).split("\n")


def test_a_paragraph_under_a_name_with_no_footer_stays_text():
    a = article("\n".join([TITLE, LEAD, BODY, "Lan Hương", TEASERS[0]]))
    assert TEASERS[0] in published_text(a).split("\n")


def test_a_closing_credit_under_the_name_keeps_the_lines_above_it():
    caption = "Đại tá Lò Văn Thắng."
    a = article("\n".join([TITLE, LEAD, BODY, caption, TEASERS[0], "Theo Lan Hương/Báo Biên Cương.", "© Báo X"]))
    assert "Lò Văn Thắng" not in a.metadata.authors


@pytest.mark.parametrize("credit", ["Đoàn Thanh niên Công an tỉnh", "Tỉnh đoàn Lai Châu", "Hội Cựu chiến binh phường Tân Lập"])
def test_a_mass_organisation_signing_its_news_is_the_author(credit):
    a = article("\n".join([TITLE, LEAD, BODY, credit, "Bản quyền thuộc Tỉnh Đoàn Lai Châu"]))
    assert a.metadata.authors == (credit,) or list(a.metadata.authors) == [credit]
    assert credit not in a.metadata.captions


def test_ranked_writers_in_capitals_under_an_abstract_are_the_authors():
    abstract = "TÓM TẮT Bài viết phân tích công tác bảo đảm quân nhu cho sư đoàn bộ binh trong tác chiến phòng thủ."
    byline = "Thượng tá, TS LÊ VĂN KHÁNH - Trung tá, ThS ĐỖ THỊ HẠNH"
    a = article("\n".join([TITLE, abstract, "TẠP CHÍ HẬU CẦN QUÂN SỰ - SỐ 3 NĂM 2024", byline,
                           "Khoa Quân nhu, Học viện Hậu cần", "1. Đặt vấn đề", BODY]))
    assert set(a.metadata.authors) == {"LÊ VĂN KHÁNH", "ĐỖ THỊ HẠNH"}


def test_a_ranked_speaker_with_his_office_under_the_lead_is_no_writer():
    speaker = "Thiếu tướng PHẠM VĂN HÙNG, nguyên Chủ nhiệm Hậu cần Quân khu 3: Hậu cần tại chỗ là gốc"
    a = article("\n".join([TITLE, LEAD, speaker, BODY]))
    assert "PHẠM VĂN HÙNG" not in a.metadata.authors


def test_a_call_opening_with_xin_moi_is_furniture():
    line = "Xin mời quý vị và các bạn cùng theo dõi phóng sự của phóng viên Đài"
    a = article("\n".join([TITLE, LEAD, BODY, line]))
    assert line not in published_text(a).split("\n")


def test_a_newsroom_credit_in_capitals_over_the_copyright_line_still_signs():
    a = article("\n".join([TITLE, LEAD, BODY, "PHÒNG CHÍNH TRỊ", "© Bản quyền thuộc Trường Sĩ quan Hậu cần"]))
    assert a.metadata.authors == ("PHÒNG CHÍNH TRỊ",) or list(a.metadata.authors) == ["PHÒNG CHÍNH TRỊ"]


def test_stray_teasers_under_a_credit_line_are_furniture():
    a = article("\n".join([TITLE, LEAD, BODY, "Tin, ảnh: Lan Hương", *TEASERS, "© Tạp chí điện tử Hậu phương"]))
    assert "Lan Hương" in a.metadata.authors
    for teaser in TEASERS:
        assert teaser not in published_text(a).split("\n")
