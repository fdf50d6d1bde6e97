"""Session 12 (tail13, issue 14): the families of furniture and credits set 8's fresh pages showed — an image's
address or file name left as a line, a portal's archive-by-date box, a theory article's bibliography, a video page's
production credits, a repost's closing 'Name, <paper>, date' credit, a writer's unit after the name, a section's name
in the header read as a second writer. Invented pages; each test asserts behaviour that could break."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.pages import BODY, LEAD, TITLE, article, published_text

CAPTION = "Quang cảnh hội nghị tổng kết công tác hậu cần."
MORE = "Hội nghị cũng đề ra phương hướng, nhiệm vụ trọng tâm về bảo đảm hậu cần, kỹ thuật trong năm 2025."


def _gone(a, line: str) -> bool:
    return line not in published_text(a) and all(line not in c for c in a.metadata.captions) \
        and line not in a.metadata.authors and a.metadata.title != line


@pytest.mark.parametrize("residue", [".jpg)", "(3).jpg)", "%20(2).JPG)", "anh-hoi-nghi.jpeg?w=800)",
                                     "bna-Hội nghị tổng kết hậu cần Sư đoàn 5.jpg", "Ảnh 2.png"])
def test_an_images_address_or_file_name_is_furniture_and_the_line_under_it_a_caption(residue):
    a = article("\n".join([TITLE, LEAD, residue, CAPTION, BODY]))
    assert _gone(a, residue) and CAPTION in a.metadata.captions and BODY in published_text(a)


@pytest.mark.parametrize("line", ["Nhiều đơn vị gửi ảnh về Ban Tổ chức, tệp ảnh đặt tên theo mẫu don-vi.jpg",
                                  "Ban Tổ chức nhận 120 tác phẩm dự thi, mỗi tác phẩm kèm tệp gốc dạng .jpg"])
def test_a_sentence_naming_a_file_is_no_image_residue(line):
    a = article("\n".join([TITLE, LEAD, line, BODY]))
    assert line in published_text(a) or line in a.metadata.captions


@pytest.mark.parametrize("box", ["Các tin đã đưa ngày:", "CÁC TIN ĐÃ ĐƯA NGÀY", "Xem tin theo ngày: Ngày Tháng Năm Xem",
                                 "Tin đã đăng ngày", "Xem tin theo ngày từ 01/03/2024 đến 14/03/2024 Xem"])
def test_an_archive_by_date_box_is_furniture_with_the_list_under_it(box):
    item = "Đơn vị tiếp nhận 12 xe vận tải mới phục vụ huấn luyện"
    a = article("\n".join([TITLE, LEAD, BODY, "Minh Anh", box, item, "Trở về"]))
    assert _gone(a, box) and _gone(a, item) and a.metadata.authors == ("Minh Anh",)


def test_a_sentence_about_news_of_a_day_is_no_archive_box():
    line = "Tin đã đưa ngày 14/3 về hội nghị được nhiều đơn vị quan tâm, theo dõi."
    assert line in published_text(article("\n".join([TITLE, LEAD, line, BODY])))


@pytest.mark.parametrize("heading", ["Tài liệu tham khảo", "TÀI LIỆU THAM KHẢO:", "Danh mục tài liệu tham khảo"])
def test_a_bibliography_is_furniture_and_a_document_the_text_cites_stays_cited(heading):
    body = "Thực hiện Nghị quyết số 1657-NQ/QUTW của Quân ủy Trung ương, đơn vị đã xây dựng kế hoạch bảo đảm hậu cần."
    entries = ["1. Quân ủy Trung ương (2022), Nghị quyết số 1657-NQ/QUTW.",
               "[2] Bộ Quốc phòng (2021), Giáo trình Hậu cần quân đội, Nxb Quân đội nhân dân, H.",
               "- Đảng Cộng sản Việt Nam (2021), Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII."]
    a = article("\n".join([TITLE, LEAD, body, MORE, heading, *entries]))
    assert all(_gone(a, line) for line in [heading, *entries]) and body in published_text(a)


def test_a_writer_signing_under_the_bibliography_still_signs():
    a = article("\n".join([TITLE, LEAD, BODY, "Tài liệu tham khảo",
                           "1. Quân ủy Trung ương (2022), Nghị quyết số 1657-NQ/QUTW.", "Hoàng Minh"]))
    assert a.metadata.authors == ("Hoàng Minh",)


def test_numbered_paragraphs_without_a_references_heading_stay_text():
    point = "1. Nâng cao nhận thức của cấp ủy, chính quyền về công tác hậu cần tại chỗ."
    assert point in published_text(article("\n".join([TITLE, LEAD, point, BODY])))


@pytest.mark.parametrize("credits", ["Biên tập: Hà Anh | Quay phim: Đức Duy", "BTV: Minh Hằng",
                                     "Quay phim: Đức Duy - Dựng phim: Văn Long", "Biên tập: Thu Hà/VOV.VN"])
def test_a_video_pages_production_credits_are_furniture_and_name_no_author(credits):
    a = article("\n".join([TITLE, LEAD, BODY, credits]))
    assert _gone(a, credits) and a.metadata.authors == ()


def test_a_writers_cell_beside_the_camera_still_gives_the_writer():
    a = article("\n".join([TITLE, LEAD, BODY, "Thực hiện: Hà Anh | Quay phim: Đức Duy"]))
    assert a.metadata.authors == ("Hà Anh",)


@pytest.mark.parametrize("line", ["Kỹ thuật: Bảo đảm an toàn tuyệt đối cho người và trang bị",
                                  "Thiết kế: nhà hai tầng, tổng diện tích 500 m2"])
def test_a_label_before_words_that_are_no_names_is_no_production_credit(line):
    a = article("\n".join([TITLE, LEAD, line, BODY]))
    assert line in published_text(a) or line in a.metadata.captions


@pytest.mark.parametrize("credit", ["Hải Yến, Công an nhân dân, 14/03/2024", "Hải Yến (Báo CAND), 14/3/2024",
                                    "Hải Yến - Báo Công an nhân dân - 14-03-2024"])
def test_a_reposts_closing_credit_gives_its_writer_and_its_date(credit):
    a = article("\n".join([TITLE, LEAD, BODY, credit, "Trở về"]))
    assert a.metadata.authors == ("Hải Yến",) and a.metadata.published_date == dt.date(2024, 3, 14)
    assert credit not in published_text(a)


def test_a_place_and_a_date_are_no_closing_credit():
    a = article("\n".join([TITLE, LEAD, BODY, "Hà Nội, ngày 14/03/2024"]))
    assert a.metadata.authors == ()


@pytest.mark.parametrize("unit", ["Văn phòng Đảng ủy", "UBND xã", "Chi bộ Quân sự xã", "Huyện đội Bá Thước"])
def test_a_unit_after_the_writers_name_is_the_writers_unit(unit):
    a = article("\n".join([TITLE, LEAD, BODY, f"Tác giả: Vi Thị Hoa - {unit}"]))
    assert a.metadata.authors == ("Vi Thị Hoa",)


def test_a_unit_signing_alone_is_still_the_author_as_printed():
    a = article("\n".join([TITLE, LEAD, BODY, "Văn phòng Đảng ủy"]))
    assert a.metadata.authors == ("Văn phòng Đảng ủy",)


def test_a_sections_name_in_the_header_is_no_second_writer():
    a = article("\n".join(["VĂN HÓA NGHỆ AN", "Đất Nghệ", TITLE, LEAD, BODY, "Lê Hữu Tường"]))
    assert a.metadata.authors == ("Lê Hữu Tường",)


def test_a_writer_under_the_headline_who_signs_again_stays():
    a = article("\n".join([TITLE, "Minh Anh", LEAD, BODY, "Minh Anh"]))
    assert a.metadata.authors == ("Minh Anh",)


def test_a_writer_under_the_headline_with_no_signature_at_the_end_stays():
    a = article("\n".join([TITLE, "Minh Anh", LEAD, BODY]))
    assert a.metadata.authors == ("Minh Anh",)


def test_a_bare_name_above_the_headline_is_no_writer():
    a = article("\n".join(["VĂN HÓA NGHỆ AN", "Đất Nghệ", "Chi tiết tin tức", TITLE, LEAD, BODY]))
    assert a.metadata.authors == () and a.metadata.title == TITLE


@pytest.mark.parametrize("credit", ["Hải Yến, Công an nhân dân", "Hải Yến - Báo Quân đội nhân dân", "Theo Hải Yến, CAND"])
def test_a_reposts_closing_credit_without_a_date_gives_its_writer(credit):
    a = article("\n".join([TITLE, LEAD, BODY, credit]))
    assert a.metadata.authors == ("Hải Yến",) and credit not in published_text(a)


def test_a_name_and_an_office_closing_the_page_is_no_credit():
    a = article("\n".join([TITLE, LEAD, BODY, "Nguyễn Văn An, Chủ tịch UBND xã"]))
    assert "Nguyễn Văn An" not in a.metadata.authors


def test_an_officers_byline_above_the_headline_still_signs():
    a = article("\n".join(["TẠP CHÍ HẬU CẦN QUÂN ĐỘI", "Đại tá, ThS. NGUYỄN VĂN HẢI", TITLE, LEAD, BODY]))
    assert a.metadata.authors == ("NGUYỄN VĂN HẢI",)
