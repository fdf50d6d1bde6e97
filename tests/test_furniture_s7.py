"""Page furniture, headlines and bylines added in round 8 (issue 14, the second blind set's misses), on short
invented pages: each family must leave title, text, captions and authors, and look-alike prose must stay."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.page_parts import attribution_rules, is_unit_credit, split_names
from tests.support.pages import BODY, LEAD, TITLE, article, published_text


def test_headline_retyped_in_capitals_over_two_lines_with_a_tone_slip_is_not_the_title():
    title = "Hội TSVN thăm và làm việc với lãnh đạo Tổng cục Hậu cần"
    a = article(f"{title}\nNgày đăng: 09:15 25/04/2024 Lượt xem: 1.382\nHỘI TSVN THĂM VÀ LÀM VIỆC VỚI LÃNH ĐẠO\n"
                f"TỔNG CỤC HẬU CÂN\n{LEAD}\n{BODY}")
    assert a.metadata.title == title
    assert "TỔNG CỤC HẬU CÂN" not in published_text(a) and not a.metadata.captions


def test_a_headline_in_capitals_alone_stays_the_title():
    a = article(f"Quốc phòng\nSƯ ĐOÀN 5 TỔNG KẾT CÔNG TÁC HẬU CẦN\nNĂM 2024\n{LEAD}\n{BODY}")
    assert a.metadata.title == "SƯ ĐOÀN 5 TỔNG KẾT CÔNG TÁC HẬU CẦN NĂM 2024"


@pytest.mark.parametrize("title", [
    "Cục Kinh tế tổng kết xây dựng khu kinh tế - quốc phòng giai đoạn (2021 ÷ 2025)",
    "Kỷ niệm 65 năm Ngày truyền thống Bộ đội Trường Sơn (19/5/1959-19/5/2024)",
])
def test_a_headline_ending_with_a_bracketed_period_is_the_title_not_the_lead(title):
    a = article(f"{title}\n19/12/2025, 16:05\n{LEAD}\n{BODY}")
    assert a.metadata.title == title
    assert next(b.text for b in a.blocks if b.kind == "lead") == LEAD


def test_a_lead_ending_with_a_sentence_after_its_bracket_stays_the_lead():
    lead = "Sáng 18/12, Cục Kinh tế tổng kết giai đoạn (2021 ÷ 2025)."
    a = article(f"{TITLE}\n{lead}\n{BODY}")
    assert a.metadata.title == TITLE
    assert next(b.text for b in a.blocks if b.kind == "lead") == lead


@pytest.mark.parametrize("credit", ["Phòng Sau đại học", "Phòng Chính trị", "Ban Tuyên huấn", "PHÒNG CHÍNH TRỊ"])
def test_a_department_signing_the_article_is_its_author_never_a_caption(credit):
    # Session 9 convention (tests/realworld/README.md): a body signing alone is the author as printed.
    a = article(f"{TITLE}\n{LEAD}\n{BODY}\n{credit}")
    assert a.metadata.captions == () and a.metadata.authors == (credit,)
    assert credit not in published_text(a)


@pytest.mark.parametrize("line", ["Khoa học", "Hệ thống kho xăng dầu mới", "Phòng truyền thống của đơn vị",
                                  "Ban Chỉ huy Quân sự huyện Tân Châu tặng quà gia đình chính sách"])
def test_a_closing_caption_that_merely_opens_with_a_unit_word_is_no_credit(line):
    assert not is_unit_credit(line, attribution_rules())


@pytest.mark.parametrize("byline, author", [
    ("Phạm Quân/VOV-Duyên hải", "Phạm Quân"),
    ("Thu Hằng/VOV-Miền Trung", "Thu Hằng"),
    ("Tin: Ngọc Hân - Hình: Minh Tâm", "Ngọc Hân"),
    ("Tin, ảnh: CÙ ĐĂNG KHOÁI, CÔNG ĐOÀN CỤC HẬU CẦN - KỸ THUẬT", "CÙ ĐĂNG KHOÁI"),
])
def test_closing_bylines_of_regional_desks_tv_stations_and_unions_give_the_writer_only(byline, author):
    a = article(f"{TITLE}\n{LEAD}\n{BODY}\n{byline}\nTin liên quan\nSư đoàn 7 huấn luyện năm 2024")
    assert a.metadata.authors == (author,)
    assert a.metadata.captions == ()


def test_names_joined_by_a_dash_are_still_two_writers():
    assert split_names("Minh Hà - Văn Tú") == ("Minh Hà", "Văn Tú")
    assert split_names("LÊ HÀ-TRẦN AN, Phòng Hậu cần - Kỹ thuật") == ("LÊ HÀ", "TRẦN AN", "Phòng Hậu cần - Kỹ thuật")


@pytest.mark.parametrize("tail", [
    ["Sư đoàn 375 tổ chức bắn đạn thật tên lửa phòng không năm 2024.",
     "Chi tiếtSáng 18/6, tại trường bắn quốc gia khu vực 1, Sư đoàn 375 tổ chức bắn đạn thật tên lửa phòng không..."],
    ["Quân khu 7 tổng kết công tác hậu cần, kỹ thuật năm 2024",
     "Quân khu 7 đã hoàn thành toàn diện các chỉ tiêu công tác hậu cần, kỹ thuật năm 2024, bảo đảm huấn luyện.",
     "(TTXVN/Vietnam+)", "Tin cùng chuyên mục"],
])
def test_a_related_articles_teaser_after_the_text_leaves_text_captions_and_the_byline(tail):
    lines = "\n".join(tail)
    a = article(f"{TITLE}\n{LEAD}\n{BODY}\nVăn Chiến\n{lines}")
    assert a.metadata.authors == ("Văn Chiến",)
    assert a.metadata.captions == ()
    assert published_text(a) == f"{LEAD}\n{BODY}"


def test_a_closing_paragraph_sharing_words_with_the_one_before_stays_text():
    last = ("Hội nghị đã thống nhất phương hướng công tác hậu cần năm 2025 của Sư đoàn 5 với nhiều chỉ tiêu mới, "
            "bảo đảm đầy đủ cho huấn luyện và sẵn sàng chiến đấu.")
    before = "Sư đoàn 5 thống nhất phương hướng công tác hậu cần năm 2025."
    a = article(f"{TITLE}\n{LEAD}\n{BODY}\n{before}\n{last}")
    assert published_text(a).split("\n")[-2:] == [before, last]


@pytest.mark.parametrize("line", ["- Ảnh minh họa: https://hc.qdnd.vn", "Link bài gốc", "Lấy link!", "Copy link"])
def test_illustration_links_and_aggregator_source_widgets_are_furniture(line):
    widget = "" if line.startswith("-") else f"\n{line}"  # a photo credit closes no page after its byline
    a = article(f"{TITLE}\n{LEAD}\n{line}\n{BODY}\nThu Uyên\nTheo Hà Nội Mới{widget}")
    assert line not in published_text(a).split("\n") and line not in a.metadata.captions
    assert a.metadata.authors == ("Thu Uyên",)


# Families read off real pages (docs/real_pages/civil.md, round 8): hanoimoi.vn, htv.com.vn, baomoi.com,
# baoquangngai.vn, truyenhinhvov.vn.

def test_writer_and_stamp_split_by_a_bar_or_by_a_newsroom_desk_give_the_author_and_the_date():
    bar = article(f"{TITLE}\nNguyên Hoa| 14/10/2011 06:39\n(HNM) - {LEAD}\n{BODY}")
    assert (bar.metadata.authors, bar.metadata.published_date) == (("Nguyên Hoa",), dt.date(2011, 10, 14))
    desk = article(f"{TITLE}\nQUỲNH GIANG // TRUNG TÂM TIN TỨC HTV 11/1/2024, 15:48\n(HTV) - {LEAD}\n{BODY}")
    assert desk.metadata.title == TITLE
    assert (desk.metadata.authors, desk.metadata.published_date) == (("QUỲNH GIANG",), dt.date(2024, 1, 11))


def test_a_label_before_a_date_split_by_a_bar_is_no_writer():
    a = article(f"{TITLE}\nQuân sự| 14/10/2011 06:39\n{LEAD}\n{BODY}")
    assert a.metadata.authors == ()


def test_initials_glued_to_a_name_under_the_headline_are_the_writer():
    a = article(f"{TITLE}\nT.Thủy\n(Cadn.com.vn) - {LEAD}\n{BODY}")
    assert a.metadata.authors == ("T.Thủy",)


def test_hanoimoi_footer_comment_counter_list_header_and_copy_notice_keep_the_byline():
    a = article(f"{TITLE}\n{LEAD}\n{BODY}\nMinh Phong\n(0) Bình luận\nNổi bật\nĐừng bỏ lỡ\n"
                "Họp mặt truyền thống kỷ niệm 50 năm Ngày mở đường\n"
                "(*) Không sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản của Báo Hànộimới.")
    assert a.metadata.authors == ("Minh Phong",)
    assert a.metadata.captions == () and published_text(a) == f"{LEAD}\n{BODY}"


def test_a_video_credit_with_initials_and_the_source_address_under_it():
    a = article(f"{TITLE}\n{LEAD}\n{BODY}\nThực hiện: HUỲNH HUY - H.P\n"
                "Nguồn Quảng Ngãi: http://baoquangngai.vn/media/videos/202412/video-abc/\nZalo")
    assert a.metadata.authors == ("HUỲNH HUY", "H.P")
    assert a.metadata.captions == ()


def test_a_body_line_opening_with_nguon_and_a_colon_stays_text():
    line = "Nguồn vốn: ngân sách tỉnh và nguồn hợp pháp khác."
    assert line in published_text(article(f"{TITLE}\n{LEAD}\n{line}\n{BODY}")).split("\n")


def test_publication_date_then_update_stamp_gives_the_publication_date():
    a = article(f"09/02/2024 -  09/02/2024 19:13\n{TITLE}\n(VOVTV) - {LEAD}\n{BODY}")
    assert a.metadata.published_date == dt.date(2024, 2, 9)
    assert a.metadata.title == TITLE


def test_a_caption_and_the_last_paragraph_under_it_stay_when_the_writer_signs_after_them():
    caption = "Đại tá Nguyễn Thành Lợi phát biểu tại hội nghị"
    last = "Phát biểu bế mạc, Đại tá Nguyễn Thành Lợi đề nghị các đơn vị vận dụng kết quả tập huấn vào thực tiễn."
    signed = article(f"{TITLE}\n{LEAD}\n{BODY}\n{caption}\n{last}\nCTV Trần Hữu Phúc/THĐT\nChia sẻ:")
    assert published_text(signed).endswith(last) and signed.metadata.captions == (caption,)
    unsigned = article(f"{TITLE}\n{LEAD}\n{BODY}\n{caption}\n{last}\nChia sẻ:")
    assert published_text(unsigned).endswith(last)


def test_an_unpunctuated_subheading_and_a_closing_paragraph_on_another_subject_stay():
    head = "Nâng cao chất lượng bảo đảm hậu cần cho huấn luyện"
    last = "Thời gian tới, đơn vị tiếp tục nâng cao chất lượng bảo đảm hậu cần cho huấn luyện, sẵn sàng chiến đấu."
    a = article(f"{TITLE}\n{LEAD}\n{BODY}\n{head}\n{last}\nTin liên quan")
    assert published_text(a).endswith(last)
