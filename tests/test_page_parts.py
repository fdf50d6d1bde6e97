"""Page furniture, time stamps, headlines, bylines and event days on short invented pages (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.article import build_article
from haucan.blocks import segment
from haucan.clean import clean_text
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules

RULES = load_rules()
BODY = "Đơn vị đã hoàn thành tốt nhiệm vụ bảo đảm hậu cần cho huấn luyện trong năm qua."


def article(text: str):
    return build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", None), text), RULES)


@pytest.mark.parametrize("stamp, day", [
    ("17:20 15/06/2024", dt.date(2024, 6, 15)),
    ("Thứ 5, 14.04.2022 | 14:32:30", dt.date(2022, 4, 14)),
    ("15/06/2024 08:15 AM", dt.date(2024, 6, 15)),
    ("12/29/2023 10:46:35 AM", dt.date(2023, 12, 29)),
    ("Thứ sáu: 15:00 ngày 14/06/2024", dt.date(2024, 6, 14)),
    ("19:52 - Thứ Năm, 14/03/2024 Lượt xem: 310 In bài viết", dt.date(2024, 3, 14)),
    ("Thứ bảy, 15/06/2024, 08:40 (GMT+7)", dt.date(2024, 6, 15)),
    ("Cập nhật: 15/06/2024 08:40", dt.date(2024, 6, 15)),
    ("Đăng lúc: 08:40 15/06/2024", dt.date(2024, 6, 15)),
    ("Thứ bảy, ngày 15/06/2024", dt.date(2024, 6, 15)),
    ("15/06/2024 | 08:40", dt.date(2024, 6, 15)),
    ("15 tháng 6, 2024", dt.date(2024, 6, 15)),
    ("Ngày 15/06/2024", dt.date(2024, 6, 15)),
    ("Cập nhật lúc 15:20, Thứ Bảy, 15/06/2024", dt.date(2024, 6, 15)),
])
def test_every_stamp_shape_gives_the_publication_date(stamp, day):
    a = article(f"Cục Hậu cần kiểm tra kho\n{stamp}\nSáng 14/6, tại kho K1, Cục Hậu cần tổ chức kiểm tra.\n{BODY}")
    assert a.metadata.published_date == day and a.metadata.title == "Cục Hậu cần kiểm tra kho"
    assert stamp not in a.text


def test_posted_label_wins_over_the_crawl_clock_above_the_headline():
    a = article("Thứ năm Ngày 02 Tháng 05 Năm 2024, 02:13:11\nLữ đoàn tổ chức hội thao\n"
                f"Ngày đăng: 28/04/2024\nNgày 26/4, Lữ đoàn tổ chức hội thao.\n{BODY}")
    assert a.metadata.published_date == dt.date(2024, 4, 28)
    assert a.metadata.published_date_source == "posted_label"
    assert a.metadata.title == "Lữ đoàn tổ chức hội thao"


def test_relative_age_and_month_prefix_are_not_publication_dates_but_the_month_dates_the_event():
    a = article(f" date 2020-08 XYZ - Sáng 8.8, Công an tỉnh bàn giao xe.\nCông an tỉnh bàn giao xe\n2 giờ trước\n{BODY}")
    assert a.metadata.published_date is None
    assert a.metadata.event_date == dt.date(2020, 8, 8)
    assert a.metadata.title == "Công an tỉnh bàn giao xe"
    kinds = [(b.kind, b.rule) for b in segment(clean_text(a.raw_text), RULES)]
    assert ("dateline", "dateline:unknown") in kinds and ("residue", "relative_time") in kinds


def test_header_furniture_never_becomes_the_title_or_text():
    page = ("A- A A+ | Tăng tương phản Giảm tương phản\nĐọc báo in\nTải ứng dụng\nBanner\nĐường dây nóng: 0900.111.222\n"
            "Quốc phòng\nHội nghị tổng kết công tác hậu cần năm 2023 của Bộ CHQS tỉnh\n1.024 lượt xem\n"
            f"(ABC) - Ngày 5/1, Bộ CHQS tỉnh tổ chức hội nghị.\n{BODY}\nBình luận, góp ý (0)\nTin liên quan\n"
            "Một bài khác của trang\nHồng Nhung")
    a = article(page)
    assert a.metadata.title == "Hội nghị tổng kết công tác hậu cần năm 2023 của Bộ CHQS tỉnh"
    for furniture in ("Tăng tương phản", "Đọc báo in", "Banner", "lượt xem", "Bình luận", "Quốc phòng", "Một bài khác"):
        assert furniture not in a.text and all(furniture not in c for c in a.metadata.captions)
    assert a.metadata.authors == ()  # the name after the related list is part of that list


def test_closing_byline_alone_and_office_credit_is_not_a_person():
    assert article(f"Tiêu đề bài viết\nSáng 5/7, đơn vị tổ chức lễ.\n{BODY}\nVăn Khải").metadata.authors == ("Văn Khải",)
    assert article(f"Tiêu đề bài viết\nSáng 5/7, đơn vị tổ chức lễ.\n{BODY}\nB.Q.T").metadata.authors == ("B.Q.T",)
    unit = article(f"Tiêu đề bài viết\nSáng 5/7, đơn vị tổ chức lễ.\n{BODY}\nTin, ảnh: ĐỖ HÀ, PHÒNG HẬU CẦN")
    assert unit.metadata.authors == ("ĐỖ HÀ",)


def test_inline_photo_credit_naming_an_outlet_is_a_credit_not_an_author_nor_caption_text():
    a = article(f"Tiêu đề bài viết\nSáng 5/7, đơn vị tổ chức lễ.\nĐại biểu dự lễ (Ảnh: Báo Mẫu).\n{BODY}")
    assert a.metadata.photo_credits == ("Báo Mẫu",) and a.metadata.authors == ()
    assert all("Ảnh" not in c for c in a.metadata.captions)


def test_headline_after_the_sapo_and_the_sapo_repeated_is_dropped():
    a = article(f"(Báo Mẫu.vn) - Sáng 16/1, đoàn công tác đến thăm tỉnh.\nĐoàn công tác thăm tỉnh\n"
                f"Sáng 16/1, đoàn công tác đến thăm tỉnh.\n{BODY}")
    assert a.metadata.title == "Đoàn công tác thăm tỉnh"
    assert a.text.count("đoàn công tác đến thăm tỉnh") == 1


@pytest.mark.parametrize("lead, day", [
    ("Từ ngày 11-13/11/2021, tại Trung đoàn 9, Cục Hậu cần tổ chức hội thao.", dt.date(2021, 11, 11)),
    ("Trong 2 ngày 12 và 13/6, huyện tổ chức diễn tập.", dt.date(2024, 6, 12)),
    ("Trong hai ngày 25 và 26/5, Đảng bộ tổ chức đại hội.", dt.date(2024, 5, 25)),
    ("Nhân dịp kỷ niệm Ngày truyền thống (15/6/1946 - 15/6/2024), ngày 13-6, đơn vị tổ chức họp mặt.",
     dt.date(2024, 6, 13)),
    ("Chiều qua (5/6), Bộ CHQS tỉnh tổ chức hội nghị.", dt.date(2024, 6, 5)),
    ("Sáng 8.6, Công an tỉnh bàn giao xe.", dt.date(2024, 6, 8)),
])
def test_event_day_ranges_and_mid_sentence_days_take_the_year_from_the_publication(lead, day):
    a = article(f"Tiêu đề bài viết\n20/06/2024 08:00\n{lead}\n{BODY}")
    assert a.metadata.event_date == day


# Furniture families of docs/real_pages (army.md per outlet, civil.md "Page furniture lines"), each an invented
# line tried above the headline, between paragraphs, and under the last paragraph before a closing byline.
TITLE = "Cục Hậu cần tổng kết công tác bảo đảm năm 2024"
LEAD = "Sáng 5/1, tại Hà Nội, Cục Hậu cần tổ chức hội nghị tổng kết công tác hậu cần năm 2024."
MORE = "Các đơn vị đã hoàn thành tốt các chỉ tiêu được giao, bảo đảm đầy đủ, kịp thời cho bộ đội."
FURNITURE = [
    "Thời sự", "THỜI SỰ", "Quốc phòng - An ninh", "An ninh - Trật tự", "Trang chủ > Quân sự > Hậu cần",
    "Trang chủ / Tin tức", "Chia sẻ", "Chia sẻ | In bài | Gửi email", "Facebook Zalo Copy link", "Nghe bài viết",
    "0:00 / 0:00", "• Nữ miền Nam", "anh-hoi-nghi-1.jpg", "Hotline: 0900 111 222", "Đăng ký nhận bản tin",
    "Tải ứng dụng Báo Mẫu", "Từ khóa: hậu cần, quân đội", "Tags: hậu cần, kỹ thuật", "Lượt xem: 1.203",
    "4664 Lượt xem", "0 10", "Bình luận (0)", "Gửi bình luận", "Về trang chủ", "Quân khu 7 Online",
    "Theo Báo Mẫu", "(Theo Vnews)", "Theo qdnd.vn", "Nguồn: qdnd.vn", "Nguồn tin: baomau.vn",
    "Xin bạn xem tiếp bài Hậu cần quân đội tại trang 2", "Cỡ chữ", "Tin mới nhất",
    # Advert slots, teasers, reaction counters and the publisher's imprint, between paragraphs or under them.
    "Quảng cáo", "Xem thêm: Lữ đoàn 1 huấn luyện đêm", "Đọc thêm: Kho K5 đạt chuẩn", "Video đang được xem nhiều",
    "35 Thích", "Lượt thích: 7", "Chia sẻ: 3", "© 2024 Báo Mẫu", "Bản quyền thuộc Báo Mẫu",
    "Cơ quan chủ quản: UBND tỉnh Mẫu", "Tổng biên tập: Trần Văn Mẫu", "Địa chỉ: 1 Đường Mẫu, TP Mẫu",
    "Điện thoại: 0200.3000.111", "Giấy phép số 12/GP-BTTTT ngày 1/2/2023", "Về đầu trang", "Ý kiến bạn đọc",
    "Tiền Phong", "TIỀN PHONG",
]


@pytest.mark.parametrize("where", ["top", "between", "bottom"])
@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_in_any_position_never_reaches_title_text_captions_or_authors(line, where):
    lines = [TITLE, "05/01/2025 10:00", LEAD, BODY, MORE, "Văn Khải"]
    lines.insert({"top": 0, "between": 4, "bottom": 5}[where], line)
    a = article("\n".join(lines))
    assert a.metadata.title == TITLE and a.metadata.authors == ("Văn Khải",)
    assert line not in a.text.split("\n\n") and all(line not in c for c in a.metadata.captions)


def test_prose_opening_with_an_imprint_word_stays_text():
    line = "Trụ sở mới của kho được xây dựng kiên cố, Địa chỉ cụ thể do đơn vị quản lý theo quy định."
    a = article("\n".join([TITLE, "05/01/2025 10:00", LEAD, line, MORE]))
    assert line in a.text


@pytest.mark.parametrize("headline", [
    "Vì sao kho hậu cần phải ở gần đơn vị?", "Lữ đoàn 1 sẵn sàng cho mùa mưa bão!",
    'Chủ nhiệm hậu cần: "Bộ đội phải được ăn no, mặc ấm"', "Hậu cần tại chỗ – “chìa khóa” của phòng thủ?",
])
@pytest.mark.parametrize("order", ["category_date_title", "title_date", "category_title_alt"])
def test_a_headline_ending_in_a_question_exclamation_or_quote_is_the_title(headline, order):
    lines = {"category_date_title": ["Quân sự", "05/01/2025 10:00", headline, LEAD, BODY],
             "title_date": [headline, "05/01/2025 10:00", LEAD, BODY],
             "category_title_alt": ["Thời sự", headline, LEAD, headline, BODY]}[order]
    a = article("\n".join(lines))
    assert a.metadata.title == headline and headline not in a.text


@pytest.mark.parametrize("header", ["Tin liên quan", "Bài liên quan", "Bài viết liên quan", "Xem thêm",
                                    "Tin cùng chuyên mục"])
def test_a_related_list_ends_the_article_unless_the_article_resumes_after_it(header):
    related = f"{header}\nHội thao quân sự của lữ đoàn\nLữ đoàn tổ chức hội thao cho các phân đội."
    end = article("\n".join([TITLE, LEAD, BODY, "Văn Khải", related]))
    assert end.metadata.authors == ("Văn Khải",) and "Hội thao" not in end.text
    inside = article("\n".join([TITLE, LEAD, related, BODY + " " + MORE, MORE + " " + BODY, "Văn Khải"]))
    assert inside.metadata.authors == ("Văn Khải",) and MORE in inside.text and "Hội thao" not in inside.text
    top = article("\n".join([header, TITLE, LEAD, BODY]))
    assert top.metadata.title == TITLE and LEAD in top.text


@pytest.mark.parametrize("closing, authors, credits", [
    ("B.T.C", ("B.T.C",), ()), ("H.HOÀNG", ("H.HOÀNG",), ()), ("THU PHƯƠNG", ("THU PHƯƠNG",), ()),
    ("Tin, ảnh: VĂN CHIỂN", ("VĂN CHIỂN",), ("VĂN CHIỂN",)), ("Tin và ảnh: Minh Đức", ("Minh Đức",), ("Minh Đức",)),
    ("BÀI, ẢNH: MINH ĐỨC (Bộ CHQS tỉnh)", ("MINH ĐỨC",), ("MINH ĐỨC",)),
    ("Tin, ảnh: LÊ HÀ-TRẦN AN", ("LÊ HÀ", "TRẦN AN"), ("LÊ HÀ", "TRẦN AN")),
    ("Bài: Minh Đức; ảnh: Hồng Nhung", ("Minh Đức",), ("Hồng Nhung",)),
    ("Tin: MINH ĐỨC - Ảnh: HỒNG NHUNG", ("MINH ĐỨC",), ("HỒNG NHUNG",)),
    ("Nhóm PV", ("Nhóm PV",), ()), ("PV", (), ()), ("P.V", (), ()),
    ("Nhóm phóng viên", ("Nhóm phóng viên",), ()), ("CTV", (), ()),
    ("CTV: Minh Đức (Bộ CHQS tỉnh)", ("Minh Đức",), ()), ("CTV Minh Đức/THĐT", ("Minh Đức",), ()),
    ("Minh Đức (Phòng Hậu cần)", ("Minh Đức",), ()), ("MINH ĐỨC (TTXVN)", ("MINH ĐỨC",), ()),
    ("Minh Đức/VOV", ("Minh Đức",), ()), ("Trung tá Nguyễn Văn Ánh", ("Nguyễn Văn Ánh",), ()),
    ("Minh Đức - Hồng Nhung", ("Minh Đức", "Hồng Nhung"), ()), ("Minh Đức và Hồng Nhung", ("Minh Đức", "Hồng Nhung"), ()),
    ("Tác giả: Minh Đức - Hồng Nhung\nNguồn tin: baomau.vn", ("Minh Đức", "Hồng Nhung"), ()),
    ("./.\nMinh Đức\nTừ khóa: hậu cần\nChia sẻ", ("Minh Đức",), ()),
    ("Theo TTXVN", (), ()),
])
def test_closing_bylines_in_every_shape(closing, authors, credits):
    a = article("\n".join([TITLE, "05/01/2025 10:00", LEAD, BODY, closing]))
    assert a.metadata.authors == authors and a.metadata.photo_credits == credits
    assert all(part not in a.text and all(part not in c for c in a.metadata.captions) for part in closing.split("\n"))


@pytest.mark.parametrize("under, authors", [
    ("Minh Đức", ("Minh Đức",)), ("MINH ĐỨC", ("MINH ĐỨC",)), ("P.V", ()), ("Nhóm PV", ("Nhóm PV",)),
    ("Minh Đức - Hồng Nhung", ("Minh Đức", "Hồng Nhung")), ("Bài và ảnh: Minh Đức", ("Minh Đức",)),
])
def test_bylines_under_the_headline(under, authors):
    a = article("\n".join([TITLE, under, "05/01/2025 10:00", LEAD, BODY]))
    assert a.metadata.title == TITLE and a.metadata.authors == authors and under not in a.text


def test_a_headline_in_capitals_split_over_two_lines_is_furniture_under_the_mixed_case_one():
    a = article("\n".join([TITLE, "Ngày đăng: 10:00 05/01/2025", "CỤC HẬU CẦN TỔNG KẾT CÔNG TÁC", "BẢO ĐẢM NĂM 2024",
                           LEAD, BODY]))
    assert a.metadata.title == TITLE and "CỤC HẬU CẦN" not in a.text and a.metadata.captions == ()


@pytest.mark.parametrize("lines, title", [
    (["CỤC HẬU CẦN TỔNG KẾT CÔNG TÁC", "BẢO ĐẢM NĂM 2024"], "CỤC HẬU CẦN TỔNG KẾT CÔNG TÁC BẢO ĐẢM NĂM 2024"),
    (["HỘI CỰU CHIẾN BINH THĂM VÀ LÀM VIỆC", "CỦA CỤC HẬU CẦN"], "HỘI CỰU CHIẾN BINH THĂM VÀ LÀM VIỆC CỦA CỤC HẬU CẦN"),
    (["Cục Hậu cần tổng kết công tác", "bảo đảm năm 2024"], "Cục Hậu cần tổng kết công tác bảo đảm năm 2024"),
])
def test_a_headline_printed_over_two_lines_is_one_title(lines, title):
    a = article("\n".join([*lines, "05/01/2025 10:00", LEAD, BODY]))
    assert a.metadata.title == title and a.metadata.authors == () and lines[1] not in a.text


@pytest.mark.parametrize("line, caption, credits", [
    ("Quang cảnh hội nghị. Ảnh: VGP", "Quang cảnh hội nghị.", ("VGP",)),
    ("Quang cảnh hội nghị Ảnh: VGP", "Quang cảnh hội nghị", ("VGP",)),
    ("Quang cảnh hội nghị (ảnh: Minh Đức)", "Quang cảnh hội nghị", ("Minh Đức",)),
    ("Quang cảnh hội nghị - Ảnh: VNN", "Quang cảnh hội nghị", ("VNN",)),
    ("Quang cảnh hội nghị. Video: Minh Đức", "Quang cảnh hội nghị.", ("Minh Đức",)),
    ("Ảnh minh họa", None, ()),
])
def test_photo_credits_never_stay_in_a_caption_or_the_text(line, caption, credits):
    a = article("\n".join([TITLE, "05/01/2025 10:00", LEAD, line, BODY, "Văn Khải"]))
    assert a.metadata.captions == ((caption,) if caption else ()) and a.metadata.photo_credits == credits
    assert line not in a.text and a.metadata.authors == ("Văn Khải",)


def test_a_sapo_first_page_keeps_its_headline_and_the_byline_under_it():
    a = article(f"(ABC) - {LEAD}\n{TITLE}\nMinh Đức (Bộ CHQS tỉnh)\n{LEAD}\n{BODY}\nVăn Khải")
    assert a.metadata.title == TITLE and a.metadata.authors == ("Minh Đức", "Văn Khải")
    assert a.text.count(LEAD) == 1 and "Minh Đức" not in a.text


def test_a_station_menu_and_a_headline_in_capitals_then_as_written_stay_out():
    # Invented thdt.vn-like page: programme menu, sapo first, the headline twice, share label with a colon.
    head = "Ban CHQS huyện tập huấn nghiệp vụ quân nhu"
    page = (f"Chương trình\nTruyền hình trực tiếp\nPhát thanh\n date 2024-09 Sáng 3/9, Ban CHQS huyện tổ chức tập huấn nghiệp vụ "
            f"quân nhu cho cán bộ cơ sở.\n{head.upper()}\n{head}\n{BODY}\nCTV Lê Văn Tâm/THĐT\nChia sẻ:\nTrả lời")
    a = article(page)
    assert a.metadata.title == head and a.metadata.authors == ("Lê Văn Tâm",)
    for leak in ("Truyền hình trực tiếp", "Phát thanh", head.upper(), "Chia sẻ:"):
        assert leak not in a.text


def test_a_source_link_block_and_initials_under_a_related_list():
    # Invented tinngan/tin247-like page: 'Link Gốc' source line and bare URL; initials after the related list.
    page = (f"Xã hội 05/02/2024 - 08:30\nKho K9 kiểm kê vật chất cuối năm\n(ABC) - {BODY}\n{BODY}\n"
            "Nguồn ABC Link Gốc:     Copy Link\nhttps://example.vn/kho-k9-kiem-ke.html\nTin liên quan\n"
            "■ Kho K5 sửa chữa nhà kho trước mùa mưa\nHV")
    a = article(page)
    assert a.metadata.authors == ("HV",)
    assert "Link Gốc" not in a.text and "https://" not in a.text and "Kho K5" not in a.text


def test_a_back_to_top_link_under_a_related_list_is_not_a_writer():
    page = f"Kho K9 kiểm kê vật chất cuối năm\n(ABC) - {BODY}\nTin liên quan\n■ Kho K5 sửa chữa nhà kho\nTOP"
    assert article(page).metadata.authors == ()
