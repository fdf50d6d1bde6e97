"""Page furniture, headlines and bylines added in round 8 (issue 14, the second blind set's misses), on short
invented pages: each family must leave title, text, captions and authors, and look-alike prose must stay."""

from __future__ import annotations

import pytest

from haucan.article import build_article
from haucan.page_parts import attribution_rules, is_unit_credit, split_names
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules

RULES = load_rules()
TITLE = "Sư đoàn 5 tổng kết công tác hậu cần năm 2024"
LEAD = "Sáng 14/6, tại Tây Ninh, Sư đoàn 5 tổ chức hội nghị tổng kết công tác hậu cần năm 2024."
BODY = "Đơn vị đã hoàn thành tốt nhiệm vụ bảo đảm hậu cần cho huấn luyện trong năm qua."


def article(text: str):
    return build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", None), text), RULES)


def published_text(a) -> str:
    return "\n".join(b.text for b in a.blocks if b.kind in ("lead", "body"))


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
def test_a_department_signing_the_article_is_neither_caption_nor_author(credit):
    a = article(f"{TITLE}\n{LEAD}\n{BODY}\n{credit}")
    assert a.metadata.captions == () and a.metadata.authors == ()
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
