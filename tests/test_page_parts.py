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
