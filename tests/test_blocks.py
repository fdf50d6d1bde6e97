"""Each segmentation and metadata rule on a small example of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.article import build_article, count_syllables, lay_out_text
from haucan.blocks import segment
from haucan.clean import clean_text
from haucan.errors import SeedError
from haucan.metadata import extract_metadata
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules

RULES = load_rules()


def kinds(text: str) -> list[tuple[str, str, str]]:
    return [(b.kind, b.rule, b.text) for b in segment(clean_text(text), RULES)]


def article(text: str):
    return build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", None), text), RULES)


def test_line_after_image_box_marker_is_a_caption_even_after_a_blank_line():
    got = kinds("Mở đầu bài báo.\n\nleftcenterrightdel\n\n\u00a0Quang cảnh hội nghị.\n\nThân bài tiếp theo.")
    assert got[1:3] == [("residue", "image_box_marker", "leftcenterrightdel"),
                        ("caption", "after_image_box_marker", "Quang cảnh hội nghị.")]
    assert got[3][0] == "body"


def test_caption_printed_twice_keeps_one_caption_and_marks_the_copy():
    got = kinds("Mở đầu bài báo.\n0:00 / 0:00\nĐại tá A phát biểu.\nĐại tá A phát biểu.\n\nThân bài.")
    assert [k for k, _, _ in got] == ["lead", "residue", "caption", "residue", "body"]
    assert got[3][1] == "duplicate_caption"


def test_alt_text_line_is_residue_and_introduces_the_caption():
    got = kinds("Tiêu đề bài\n\nMở đầu bài báo.\n\n Tiêu đề bài ảnh 1\n\nCác đại biểu.\n\nThân bài.")
    assert got[2] == ("residue", "image_alt_text", "Tiêu đề bài ảnh 1")
    assert got[3] == ("caption", "after_image_alt_text", "Các đại biểu.")


def test_headline_is_first_short_unpunctuated_line_and_skip_link_is_residue():
    got = kinds("Truy cập nội dung luôn\n\nQuân khu 1: Tạo chuyển biến\n\n29-07-2022 07:12\n\nNgày 28-7, hội nghị.")
    assert [k for k, _, _ in got] == ["residue", "title", "publication_stamp", "lead"]


def test_lead_ending_in_full_stop_is_not_a_headline():
    got = kinds("Năm 2023, Cục Chính trị hoàn thành nhiệm vụ.\n\nThân bài.")
    assert [k for k, _, _ in got] == ["lead", "body"]


def test_date_prefix_and_dateline_are_split_off_the_lead():
    got = kinds(" date 2025-12-07 (GLO)- Cục Hậu cần-Kỹ thuật tổ chức hội nghị.\n\nThân bài.")
    assert got[:3] == [("publication_stamp", "gialai_date_prefix", "date 2025-12-07"),
                       ("dateline", "dateline:baogialai.com.vn", "(GLO)-"),
                       ("lead", "first_prose_line", "Cục Hậu cần-Kỹ thuật tổ chức hội nghị.")]


def test_caption_with_trailing_credit_splits_into_caption_and_credit():
    got = kinds("Mở đầu bài báo.\n\nQuang cảnh hội nghị. Ảnh: T.D\n\nThân bài.")
    assert got[1:3] == [("caption", "caption_with_credit", "Quang cảnh hội nghị."),
                        ("photo_credit", "credit_suffix", "Ảnh: T.D")]


def test_unpunctuated_short_body_line_is_a_caption():
    got = kinds("Mở đầu bài báo.\n\nLãnh đạo Quân khu 1 trao Bằng khen\n\nThân bài.")
    assert got[1] == ("caption", "unpunctuated_line", "Lãnh đạo Quân khu 1 trao Bằng khen")


def test_byline_with_photo_label_credits_the_author_as_photographer():
    a = article("NDO - Sáng 6/7, tại Hà Nội, hội nghị năm 2023 khai mạc.\n\nThân bài.\n\nTin, ảnh: VĂN CHIỂN và KIM ANH")
    assert a.metadata.authors == ("VĂN CHIỂN", "KIM ANH")
    assert a.metadata.photo_credits == ("VĂN CHIỂN", "KIM ANH")
    assert a.metadata.outlet == "Nhân Dân" and a.metadata.outlet_source == "dateline"


def test_event_year_comes_from_publication_date_or_the_one_year_in_the_lead():
    stamped = article("Tiêu đề\n\n05-01-2024 08:00\n\nNgày 28-12, hội nghị tổng kết.\n\nThân bài.")
    assert stamped.metadata.published_date == dt.date(2024, 1, 5)
    assert stamped.metadata.event_date == dt.date(2023, 12, 28)  # December event reported in January
    assert stamped.metadata.event_date_source == "lead_day_month+published_year"
    lead_year = article("Sáng 6/7, hội nghị triển khai nhiệm vụ 6 tháng cuối năm 2023.\n\nThân bài.")
    assert lead_year.metadata.event_date == dt.date(2023, 7, 6)
    two_years = article("Sáng 6/7, hội nghị tổng kết năm 2022, triển khai năm 2023.\n\nThân bài.")
    assert two_years.metadata.event_date is None
    assert any(r.field == "event_date" and "no single year" in r.reason for r in two_years.metadata.null_reasons)


def test_impossible_stamp_date_is_null_with_reason():
    a = article("Tiêu đề\n\n31-02-2024 08:00\n\nNội dung bài báo về công tác hậu cần của đơn vị.")
    assert a.metadata.published_date is None
    assert any(r.field == "published_date" and "not a real date" in r.reason for r in a.metadata.null_reasons)


def test_outlet_from_domain_footer_and_unknown_domain_keeps_domain_only():
    known = article("Nội dung bài báo về công tác hậu cần của đơn vị.\n\nbaothainguyen.vn")
    known_meta = known.metadata
    assert (known_meta.outlet, known_meta.outlet_domain, known_meta.outlet_source) == (
        "Báo Thái Nguyên", "baothainguyen.vn", "domain_footer")
    unknown = article("Nội dung bài báo về công tác hậu cần của đơn vị.\n\nvidu-tinmoi.net")
    assert unknown.metadata.outlet is None and unknown.metadata.outlet_domain == "vidu-tinmoi.net"
    assert any(r.field == "outlet" for r in unknown.metadata.null_reasons)


def test_residue_only_file_is_rejected_as_no_prose():
    with pytest.raises(SeedError, match="no_prose"):
        article("leftcenterrightdel\n\n0:00 / 0:00\n")


@pytest.mark.parametrize("raw, cleaned", [
    ("Ho\u0300a bi\u0300nh", "Hòa bình"),  # NFD -> NFC
    ("\u00d0ại tá", "Đại tá"),  # eth -> D with stroke
    ("a\u00a0\u00a0b\r\nc\rd", "a b\nc\nd"),
])
def test_cleaners(raw, cleaned):
    assert clean_text(raw) == cleaned
    assert clean_text(cleaned) == cleaned  # idempotent


def test_text_layout_offsets_and_syllables():
    text, blocks = lay_out_text(segment("Mở đầu.\n\nleftcenterrightdel\nẢnh.\n\nThân bài 6/7.", RULES))
    assert text == "Mở đầu.\n\nThân bài 6/7."
    for b in blocks:
        if b.text_start is not None:
            assert text[b.text_start:b.text_end] == b.text
    assert count_syllables(text) == 6


def test_metadata_reads_only_blocks():
    blocks = segment(clean_text("Mở đầu bài báo.\n\nThân bài."), RULES)
    meta = extract_metadata(blocks, RULES)
    assert meta.outlet is None and meta.title is None and meta.published_date is None
    assert {r.field for r in meta.null_reasons} == {"outlet", "title", "authors", "photo_credits", "published_date",
                                                    "event_date"}


def test_a_breadcrumb_spaced_with_runs_of_spaces_gives_up_its_headline():
    a = article("Trang chủ    Nghiên cứu - Trao đổi    Bảo đảm hậu cần cho huấn luyện sát thực tế chiến đấu\n"
                "Thứ hai, 11 Tháng 12 2023 16:03\n(ABC) - Bài viết bàn về công tác bảo đảm hậu cần cho huấn luyện.\n"
                "Đơn vị đã hoàn thành tốt nhiệm vụ bảo đảm hậu cần cho huấn luyện trong năm qua.")
    assert a.metadata.title == "Bảo đảm hậu cần cho huấn luyện sát thực tế chiến đấu"
    assert "Trang chủ" not in a.text and "Nghiên cứu" not in (a.metadata.title or "")


def test_a_breadcrumb_with_single_spaces_stays_furniture_whole():
    got = kinds("Trang chủ Tin tức Bài cũ\nTiêu đề bài viết ở đây\nSáng 5/7, đơn vị tổ chức lễ kỷ niệm trọng thể.")
    assert ("residue", "breadcrumb", "Trang chủ Tin tức Bài cũ") in got


@pytest.mark.parametrize("first, second", [
    ("Dịp này, Công an tỉnh giới thiệu mô hình bếp ăn tập thể của đơn vị bạn do Thiếu tá Trịnh Công",
     "Danh, Chính trị viên Ban CHQS huyện giới thiệu, với chi phí thấp."),
    ("Dịp này, Công an tỉnh giới thiệu mô hình bếp ăn tập thể của đơn vị bạn với chi phí thấp, bảo đảm",
     "dinh dưỡng cho lực lượng trực sẵn sàng chiến đấu."),
])
def test_a_hard_wrapped_paragraph_is_joined_and_no_half_becomes_a_caption(first, second):
    a = article(f"Tiêu đề bài viết\nSáng 5/7, đơn vị tổ chức lễ kỷ niệm trọng thể.\n\n{first}\n{second}\n")
    assert f"{first} {second}" in a.text.split("\n\n") and a.metadata.captions == ()


@pytest.mark.parametrize("caption, paragraph", [
    ("Thiếu tướng Nguyễn Văn An, Phó Chủ nhiệm Tổng cục Hậu cần phát biểu tại hội nghị tổng kết",
     "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ năm 2024."),
    ("Lãnh đạo Cục Hậu cần trao tặng quà cho các đơn vị có thành tích xuất sắc tại Nhà máy Z117",
     "Nhà máy đã hoàn thành kế hoạch sản xuất năm 2024."),
    ("Quang cảnh hội nghị", "sáng nay các đơn vị đã về dự đông đủ."),
])
def test_a_caption_over_a_paragraph_is_never_glued_to_it(caption, paragraph):
    a = article(f"Tiêu đề bài viết\nSáng 5/7, đơn vị tổ chức lễ kỷ niệm trọng thể.\n\n{caption}\n{paragraph}\n")
    assert caption in a.metadata.captions and paragraph in a.text.split("\n\n")


def test_table_bars_and_a_glued_category_are_cut_off_a_page_kind_tag_kept():
    # The page kind is printed in the headline itself (qdnd.vn's '[Ảnh] …'; head14, session 12).
    a = article("[Ảnh] Tiêu đề bài viết về hội thao\nChính trịSáng 5/7, đơn vị tổ chức lễ kỷ niệm trọng thể.\n"
                "| Quang cảnh buổi lễ |\nĐơn vị đã hoàn thành tốt nhiệm vụ bảo đảm hậu cần cho huấn luyện.")
    assert a.metadata.title == "[Ảnh] Tiêu đề bài viết về hội thao" and a.metadata.captions == ("Quang cảnh buổi lễ",)
    assert a.text.startswith("Sáng 5/7") and "Chính trị" not in a.text
