"""Page furniture, stamps, split headlines and bylines added in round 6 (issue 14), on short invented pages: each
family must leave title, text, captions and authors, and prose that merely looks like it must stay."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.pages import BODY, LEAD, TITLE, article, published_text


@pytest.mark.parametrize("stamp, day", [
    ("Thứ Sáu, ngày 20 tháng 12 năm 2024", dt.date(2024, 12, 20)),
    ("Ngày 20 tháng 12 năm 2024, 08:30", dt.date(2024, 12, 20)),
    ("Thứ năm, 08:15, 21/03/2024 TL", dt.date(2024, 3, 21)),
    ("Thứ năm, 00:00, 26/03/2020 HH HH", dt.date(2020, 3, 26)),
    ("QĐND - Thứ Ba, 18/05/2010, 20:41 (GMT+7)", dt.date(2010, 5, 18)),
    ("Thứ Sáu, 14/06/2024 - 08:30", dt.date(2024, 6, 14)),
    ("Chủ Nhật, 16/6/2024, 10:15 [GMT+7]", dt.date(2024, 6, 16)),
    ("Ngày đăng: 05/07/2024 | 09:12", dt.date(2024, 7, 5)),
    ("Cập nhật ngày: 02/11/2021 - 21:00", dt.date(2021, 11, 2)),
    ("Cập nhật: 08:30 | 14/06/2024", dt.date(2024, 6, 14)),
    ("Ngày 14/6/2024 | 08:30", dt.date(2024, 6, 14)),
    ("17 tháng 6, 2024 | 09:00", dt.date(2024, 6, 17)),
    ("2024-06-17 09:00", dt.date(2024, 6, 17)),
    ("Đăng bởi: Admin - 15/06/2024", dt.date(2024, 6, 15)),
    ("15/06/2024 15:20 (GMT+07:00)", dt.date(2024, 6, 15)),
    ("Thứ bảy, 15/06/2024 15:20 UTC+7", dt.date(2024, 6, 15)),
    ("Cập nhật lúc 15:20 ngày 15/06/2024", dt.date(2024, 6, 15)),
])
def test_new_stamp_shapes_give_the_publication_date_and_never_the_lead(stamp, day):
    a = article(f"{TITLE}\n{stamp}\n{LEAD}\n{BODY}")
    assert a.metadata.title == TITLE
    assert a.metadata.published_date == day
    assert stamp not in published_text(a) and stamp not in a.metadata.captions
    assert next(b.text for b in a.blocks if b.kind == "lead") == LEAD


def test_a_crawl_clock_in_words_with_capitals_is_still_not_a_publication_date():
    a = article(f"Thứ năm Ngày 02 Tháng 05 Năm 2024, 02:13:11\n{TITLE}\n{LEAD}\n{BODY}")
    assert a.metadata.published_date is None


def test_writer_printed_with_the_stamp_is_the_author_and_the_stamp_the_date():
    a = article(f"{TITLE}\nHồ Sỹ Lâm 14/05/2024 16:20\n(Baonghean.vn) -  {LEAD}\n{BODY}\nHồ Sỹ Lâm")
    assert a.metadata.authors == ("Hồ Sỹ Lâm",)
    assert a.metadata.published_date == dt.date(2024, 5, 14)
    assert "Hồ Sỹ Lâm" not in published_text(a)


def test_a_lower_case_word_before_a_date_is_no_writer():
    a = article(f"{TITLE}\n{LEAD}\nkhai mạc 14/05/2024 16:20\n{BODY}")
    assert a.metadata.authors == ()


@pytest.mark.parametrize("line", [
    "Cỡ chữ: A- A A+", "Lượt đọc: 1.215", "345 lượt đọc", "BAOTAYNINH.VN trên Google News",
    "Tel: (0232) 3822 114 - Fax: (0232) 3822 115", "Liên hệ Quảng cáo: 0912 345 010", "Powered by eMagazine CMS",
    "POWERED BY ONECMS - A PRODUCT OF NEKO", "...điền từ khóa cần tìm", "Nhập từ khóa tìm kiếm",
    "Viết bình luận", "Họ và tên", "Nội dung bình luận", "Gửi", "Đăng nhập để bình luận",
    "Phóng to", "Thu nhỏ", "Thích 0", "Chia sẻ 0", "Số giấy phép: 123/GP-BTTTT",
    "Chịu trách nhiệm xuất bản: Đại tá Trần Văn Bình", "Trưởng Ban biên tập: Nguyễn Văn Cường",
])
def test_furniture_lines_reach_neither_text_nor_captions(line):
    a = article(f"{TITLE}\n{LEAD}\n{line}\n{BODY}\nMinh Phong")
    assert line not in published_text(a).split("\n")
    assert line not in a.metadata.captions
    assert a.metadata.authors == ("Minh Phong",)


def test_related_list_header_in_capitals_takes_the_list_and_keeps_the_byline_above_it():
    a = article(f"{TITLE}\n{LEAD}\n{BODY}\nHoàng Yến/VOV4\nViết bình luận\nTIN CÙNG CHUYÊN MỤC\n"
                "Lai Châu: Ra quân huấn luyện năm 2024\nĐiện Biên: Tặng quà đồng bào biên giới")
    assert a.metadata.authors == ("Hoàng Yến",)
    assert a.metadata.captions == ()


def test_a_portals_list_of_earlier_news_is_taken_whole_and_keeps_the_byline_above_it():
    a = article(f"{TITLE}\n{LEAD}\n{BODY}\nMinh Hiếu\nLượt xem: 312\nCác tin đã đưa\n"
                "Huyện tập huấn công tác hậu cần năm 2024 (12/08/2024)\nXã ra quân huấn luyện (02/01/2024)")
    assert a.metadata.authors == ("Minh Hiếu",)
    assert a.metadata.captions == ()
    assert "12/08/2024" not in published_text(a)


def test_a_celebration_banner_above_the_headline_is_residue_even_printed_twice():
    banner = "Chào mừng kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam"
    a = article(f"{banner}\n{banner}\n{TITLE}\n{LEAD}\n{BODY}")
    assert a.metadata.title == TITLE
    assert banner not in published_text(a)


def test_a_headline_opening_with_chao_mung_and_naming_its_event_stays_the_title():
    title = "Chào mừng kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam: Hội thao hậu cần toàn quân"
    assert article(f"{title}\n{LEAD}\n{BODY}").metadata.title == title


def test_keyword_label_alone_takes_the_tag_line_under_it():
    a = article(f"{TITLE}\n{LEAD}\n{BODY}\nBài, ảnh: ĐÀO MINH KHUÊ\nTừ khóa\nhậu cần, Học viện Quân y\nChia sẻ\nGửi\nIn")
    assert a.metadata.authors == ("ĐÀO MINH KHUÊ",)
    assert a.metadata.captions == ()


def test_prose_opening_with_a_footer_word_stays():
    line = "Tel và Fax của đơn vị được niêm yết công khai để bộ đội và nhân dân liên hệ khi cần."
    a = article(f"{TITLE}\n{LEAD}\n{line}\n{BODY}")
    assert line in published_text(a)


def test_headline_broken_after_a_preposition_is_joined_before_a_capitalised_name():
    a = article("Học viện Quân y tổng kết công tác bảo đảm hậu cần cho\nBệnh viện Quân y 103 năm 2024\n"
                f"{LEAD}\n{BODY}")
    assert a.metadata.title == "Học viện Quân y tổng kết công tác bảo đảm hậu cần cho Bệnh viện Quân y 103 năm 2024"


def test_a_category_line_above_a_complete_headline_is_not_joined():
    a = article(f"Quốc phòng - An ninh\nHậu cần quân đội\n{TITLE}\n{LEAD}\n{BODY}")
    assert a.metadata.title == TITLE


def test_contributor_in_capitals_with_unit_closes_the_page_above_the_footer():
    a = article(f"{TITLE}\n{LEAD}\n{BODY}\nNGUYỄN VĂN AN (Đồn Biên phòng Cửa khẩu Mộc Bài)\n"
                "Số giấy phép: 123/GP-BTTTT\nChịu trách nhiệm xuất bản: Đại tá Trần Văn Bình")
    assert a.metadata.authors == ("NGUYỄN VĂN AN",)
    assert a.metadata.captions == ()


@pytest.mark.parametrize("crumbs", ["Trang chủ>Quốc phòng>", "Trang chủ > Quốc phòng - An ninh > ", "Home » News » "])
def test_breadcrumb_ending_with_the_headline_gives_the_headline(crumbs):
    a = article(f"{crumbs}{TITLE}\n{LEAD}\n{BODY}")
    assert a.metadata.title == TITLE


def test_breadcrumb_of_categories_only_stays_furniture():
    a = article(f"Trang chủ > Tin tức > Tin từ Ban Quản lý Lăng\n{TITLE}\n{LEAD}\n{BODY}")
    assert a.metadata.title == TITLE
    assert "Tin từ Ban Quản lý Lăng" not in published_text(a)


@pytest.mark.parametrize("suffix", [" - Báo Quân khu 7", " | baotayninh.vn"])
def test_site_name_appended_to_the_headline_is_cut_off(suffix):
    assert article(f"{TITLE}{suffix}\n{LEAD}\n{BODY}").metadata.title == TITLE


def test_a_headline_ending_with_a_unit_named_like_an_alias_keeps_it():
    title = "Kiểm tra công tác hậu cần tại Đồn Biên phòng Mộc Bài - Bộ đội Biên phòng"
    assert article(f"{title}\n{LEAD}\n{BODY}").metadata.title == title


def test_video_label_before_the_headline_is_no_byline():
    a = article(f"VIDEO: {TITLE}\n{LEAD}\n{BODY}\nThu Hà/Báo Tây Ninh")
    assert a.metadata.title == TITLE
    assert a.metadata.authors == ("Thu Hà",)


@pytest.mark.parametrize("byline, author", [
    ("Tác giả: Đại tá, TS Nguyễn Văn Hải", "Nguyễn Văn Hải"),
    ("ĐẠI TÁ NGUYỄN VĂN AN", "NGUYỄN VĂN AN"),
    ("Thiếu tá NGUYỄN VĂN AN - Đồn Biên phòng Mộc Bài", "NGUYỄN VĂN AN"),
    ("Bài, ảnh: Thượng tá PHẠM HÙNG", "PHẠM HÙNG"),
])
def test_authors_are_names_without_rank_title_or_unit(byline, author):
    assert article(f"{TITLE}\n{LEAD}\n{BODY}\n{byline}").metadata.authors == (author,)


def test_officer_with_office_above_the_lead_is_a_caption_not_a_byline():
    caption = "Đại tá Nguyễn Văn Sơn, Chủ nhiệm Hậu cần Sư đoàn 5 phát biểu tại hội nghị tổng kết"
    a = article(f"{TITLE}\n{caption}\n{LEAD}\n{BODY}")
    assert a.metadata.title == TITLE
    assert a.metadata.authors == ()


@pytest.mark.parametrize("line", [
    "Chủ đề: “Hậu cần Quân đội làm theo lời Bác Hồ dạy” được quán triệt tới toàn đơn vị",
    "Quảng cáo: đơn vị không nhận tài trợ cho hội thi",
])
def test_prose_opening_like_a_label_is_kept(line):
    assert line in published_text(article(f"{TITLE}\n{LEAD}\n{line}.\n{BODY}"))


def test_writer_with_the_photographer_after_a_dash_is_the_author():
    a = article(f"{TITLE}\n{LEAD}\n{BODY}\nTHU HÀ - Ảnh: VĂN TÚ")
    assert a.metadata.authors == ("THU HÀ",)
    assert a.metadata.photo_credits == ("VĂN TÚ",)


def test_caption_ending_with_its_credit_stays_a_caption():
    a = article(f"{TITLE}\n{LEAD}\nQuang cảnh hội nghị - Ảnh: Văn Tú\n{BODY}\nMinh Hà")
    assert a.metadata.captions == ("Quang cảnh hội nghị",)
    assert a.metadata.authors == ("Minh Hà",)
