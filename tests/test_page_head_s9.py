"""Session 9, the top of the page (issue 14): title, publication stamp and outlet on the page shapes the fourth
blind set missed — a print page hard-wrapped at a column, a stamp glued between headline and lead, navigation
bars and mastheads in capitals longer than the headline, a date range ending the headline, stamp lines carrying
a writer, a view counter or a month written as a word, and outlets named by a sub-site's masthead, by a host
spelled in initials, or by an alias of a generated provincial outlet. Every page here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.article import build_article
from haucan.blocks import Line, segment
from haucan.headline import is_masthead, is_nav_bar, not_headline
from haucan.host_spelling import spells
from haucan.line_repair import cut_glued_stamp, rejoin_wrapped
from haucan.records import Block, RawArticle, SourceFile
from haucan.rules import load_rules
from haucan.stamps import split_writer, stamp_date, stamp_rule
from tests.support.outlet_pages import BODY, decided


def _meta(text: str, url: str | None = None):
    return build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", url), text), load_rules()).metadata


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1) if t.strip()]


# A journal page pasted from its PDF: every paragraph cut at about 72 characters.
PRINT_PAGE = """TẠP CHÍ KỸ THUẬT QUÂN SỰ SỐ 4 - 2026
Đại tá, ThS. LÊ VĂN MINH
(Chủ nhiệm Kỹ thuật Sư đoàn 9)
SƯ ĐOÀN 9 BẢO ĐẢM KỸ THUẬT CHO DIỄN TẬP
Từ ngày 3 đến 6/3/2026, Sư đoàn 9 tổ chức diễn tập chiến thuật có bắn đạn
thật trên địa bàn tỉnh Bình Phước. Thượng tá Hà Văn Long, Phó Sư đoàn trưởng
làm Trưởng ban Chỉ đạo diễn tập. Công tác bảo đảm kỹ thuật được chuẩn bị từ
sớm, sát với phương án tác chiến của đơn vị trong các giai đoạn của cuộc
diễn tập.
1. Chuẩn bị sớm
Cơ quan kỹ thuật đã tổ chức kiểm tra toàn bộ vũ khí, trang bị của các đơn vị
tham gia diễn tập, sửa chữa kịp thời 21 xe các loại và 14 khẩu pháo, bảo đảm
hệ số kỹ thuật đạt yêu cầu cho từng giai đoạn của cuộc diễn tập năm nay.
2. Bảo đảm trong diễn tập
Trong 4 ngày, ngành kỹ thuật bảo đảm đủ đạn, vật tư cho các phân đội, khắc
phục kịp thời 9 lượt xe hỏng hóc ngay trên thao trường, không để ảnh hưởng
đến tiến độ diễn tập."""


def test_a_print_page_hard_wrapped_at_its_column_is_joined_into_paragraphs():
    joined = [line.text for line in rejoin_wrapped(_lines(PRINT_PAGE))]
    assert any(t.startswith("Từ ngày 3 đến 6/3/2026") and t.endswith("trong các giai đoạn của cuộc diễn tập.")
               for t in joined)
    assert "1. Chuẩn bị sớm" in joined  # a numbered heading opens its own line
    assert "SƯ ĐOÀN 9 BẢO ĐẢM KỸ THUẬT CHO DIỄN TẬP" in joined  # the title in capitals is not glued to the text


def test_the_print_page_gets_its_title_in_capitals_and_its_lead():
    blocks = segment(PRINT_PAGE, load_rules())
    assert [b.text for b in blocks if b.kind == "title"] == ["SƯ ĐOÀN 9 BẢO ĐẢM KỸ THUẬT CHO DIỄN TẬP"]
    lead = next(b.text for b in blocks if b.kind == "lead")
    assert lead.startswith("Từ ngày 3 đến 6/3/2026") and "Trưởng ban Chỉ đạo diễn tập" in lead


def test_a_page_of_one_line_paragraphs_and_short_related_headlines_is_not_rejoined():
    page = "\n".join(["Sáng 5/3, Bộ CHQS tỉnh tổ chức hội nghị tổng kết công tác hậu cần năm 2025 với sự tham dự "
                      "của lãnh đạo các cơ quan, đơn vị trong toàn tỉnh và đại biểu của các sở, ngành liên quan."] +
                     [f"Bộ CHQS tỉnh {k} tổ chức hội nghị tổng kết công tác hậu cần năm 2025 tại hội trường"
                      for k in ("Lạng Sơn", "Cao Bằng", "Hà Giang", "Lào Cai", "Yên Bái", "Sơn La", "Điện Biên")])
    assert rejoin_wrapped(_lines(page)) == _lines(page)


def test_a_stamp_glued_between_the_headline_and_the_lead_is_cut_out():
    line = ("Nhà máy Z999 kỷ niệm 50 năm Ngày truyền thống08/11/2025 10:42:17 AMCNQP&KT - Sáng 7/11, tại "
            "Thái Nguyên, Nhà máy Z999 tổ chức lễ kỷ niệm.")
    assert cut_glued_stamp(line) == ["Nhà máy Z999 kỷ niệm 50 năm Ngày truyền thống", "08/11/2025 10:42:17 AM",
                                     "CNQP&KT - Sáng 7/11, tại Thái Nguyên, Nhà máy Z999 tổ chức lễ kỷ niệm."]
    prose = "Theo kế hoạch, lúc 08/11/2025 10:42 đoàn xe xuất phát. Sau đó các đơn vị vào vị trí."
    assert cut_glued_stamp(prose) == [prose]


def test_navigation_bars_are_not_headlines_and_a_site_suffix_is_no_bar():
    assert is_nav_bar("Quốc phòng - An ninh | Biên giới - Biển đảo | Xây dựng lực lượng")
    assert is_nav_bar("Giới thiệu | Tin tức - Sự kiện | Hoạt động chuyên môn | Đào tạo | Liên hệ")
    assert not is_nav_bar("Sư đoàn 9 tổng kết công tác hậu cần năm 2025 | Báo Quân khu 7")
    assert not is_nav_bar("Hội thi | quân y giỏi | năm 2025 tại Sư đoàn 9, Quân đoàn 4, Bộ Quốc phòng tổ chức thành công")


def test_a_masthead_in_capitals_yields_to_a_shorter_headline_in_mixed_case_but_not_a_headline_in_capitals():
    assert is_masthead("VĂN PHÒNG ĐIỀU PHỐI CHƯƠNG TRÌNH XÂY DỰNG NÔNG THÔN MỚI TỈNH BẮC KẠN")
    assert not is_masthead("Văn phòng Điều phối chương trình xây dựng nông thôn mới tỉnh Bắc Kạn")
    assert not is_masthead("HỘI NGHỊ TỔNG KẾT CÔNG TÁC HẬU CẦN NĂM 2025")
    texts = ["VĂN PHÒNG ĐIỀU PHỐI CHƯƠNG TRÌNH XÂY DỰNG NÔNG THÔN MỚI TỈNH BẮC KẠN", "Bộ đội làm đường về thôn"]
    assert not_headline(texts, [0, 1]) == {0: "masthead"}
    assert not_headline(["CỤC QUÂN NHU TỔ CHỨC HỘI NGHỊ", "(Chủ nhiệm Hậu cần Sư đoàn 9)"], [0, 1]) == {1: "header_note"}


def test_the_headline_is_found_among_masthead_menu_bar_and_stamp():
    page = ("BÁO BIÊN PHÒNG - CƠ QUAN CỦA BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG\n"
            "Quốc phòng - An ninh | Biên giới - Biển đảo | Xây dựng lực lượng\n"
            "Hậu cần biên phòng: Tin tổng hợp trong tuần\n"
            "Thứ Sáu, 05/12/2025 10:15\n"
            "Ngày 1/12, BĐBP tỉnh tổ chức hội nghị tổng kết công tác hậu cần năm 2025.\n")
    meta = _meta(page)
    assert meta.title == "Hậu cần biên phòng: Tin tổng hợp trong tuần"
    assert meta.published_date == dt.date(2025, 12, 5)


def test_a_date_closing_a_range_in_the_headline_stays_in_it():
    page = ("Điểm tin hoạt động của Học viện tuần từ 09/3 đến 15/3/2026\n16/03/2026 08:00\n"
            "Sáng 9/3, Học viện tổ chức giao ban công tác tháng 3.\n")
    meta = _meta(page)
    assert meta.title == "Điểm tin hoạt động của Học viện tuần từ 09/3 đến 15/3/2026"
    assert meta.published_date == dt.date(2026, 3, 16)


@pytest.mark.parametrize("line, date", [
    ("Đăng ngày: 28-08-2025 | Tác giả: Minh Đạt | Lượt xem: 642", dt.date(2025, 8, 28)),
    ("Thứ hai - 14/07/2025 10:05 Đã xem: 512", dt.date(2025, 7, 14)),
    ("Tháng Chín 13, 2024", dt.date(2024, 9, 13)),
    ("13 Tháng Mười Hai, 2024", dt.date(2024, 12, 13)),
    ("18:25, ngày 22-11-2024", dt.date(2024, 11, 22)),
    ("Ngày ban hành: 28/08/2024", dt.date(2024, 8, 28)),
])
def test_new_stamp_shapes_are_stamps_and_give_their_date(line, date):
    rules = load_rules()
    rule = stamp_rule(line, rules)
    assert rule is not None
    assert stamp_date(Block(0, "publication_stamp", rule.name, line, 1), rules, month_first=False) == date


def test_a_writer_labelled_inside_the_stamp_line_becomes_the_byline():
    line = "Đăng ngày: 28-08-2025 | Tác giả: Minh Đạt | Lượt xem: 642"
    pieces = split_writer(line, stamp_rule(line, load_rules()).name, load_rules())
    assert pieces == [("publication_stamp", "posted_label", line), ("byline", "byline_under_title", "Minh Đạt")]
    page = f"Diễn tập thu dung thương binh năm 2025\n{line}\nSáng 27/8, Bệnh viện tổ chức diễn tập.\n" + BODY
    assert _meta(page).authors == ("Minh Đạt",)


def test_a_host_spells_a_name_in_full_by_initials_or_leaving_out_a_place_word_up_to_its_end():
    assert spells("tsqlq2", "Trường Sĩ quan Lục quân 2")
    assert not spells("tsqlq2", "Trường Sĩ quan Lục quân 2 - Đại học Nguyễn Huệ")  # only its first words
    assert spells("nongthonmoibackan", "Văn phòng Điều phối Chương trình xây dựng nông thôn mới tỉnh Bắc Kạn")
    assert not spells("tsqlq2", "Tổng kết công tác hậu cần năm 2025")
    assert not spells("qk5", "Quân khu 5")  # too short to tell


def test_an_unknown_host_is_named_by_the_part_of_its_masthead_it_spells():
    page = ("TRƯỜNG SĨ QUAN LỤC QUÂN 9 - ĐẠI HỌC QUANG TRUNG\nTin tức > Hoạt động\n"
            "Hội thi cấp dưỡng giỏi năm 2026\nSáng 21/4, nhà trường tổ chức hội thi cấp dưỡng giỏi.\n" + BODY)
    assert decided(page, "https://tsqlq9.edu.vn/tin-tuc/hoi-thi-1.html")[0] == "Trường sĩ quan lục quân 9"


def test_a_units_site_under_a_ministrys_portal_is_named_by_its_masthead():
    page = ("HỌC VIỆN CHÍNH TRỊ CÔNG AN NHÂN DÂN\nTrang chủ / Tin tức\n"
            "Học viện tổ chức hội nghị hậu cần năm 2026\n16/03/2026 08:00\nSáng 9/3, Học viện tổ chức hội nghị.\n" + BODY)
    outlet, source, _ = decided(page, "https://hvctcand.bocongan.gov.vn/tin-tuc/x-1")
    assert (outlet, source) == ("Học viện Chính trị Công an nhân dân", "url+masthead")
    assert decided(page, "https://bocongan.gov.vn/tin-tuc/x-1")[0] == "Cổng Thông tin điện tử Bộ Công an"


def test_a_generic_portal_line_is_not_a_name_and_an_associations_masthead_is():
    page = ("HỘI CỰU CHIẾN BINH TỈNH NAM ĐỊNH\nTrang thông tin điện tử\nTrang chủ > Tin tức\n"
            "Hội Cựu chiến binh tỉnh tổng kết công tác hậu cần năm 2025\nNgày đăng: 11/10/2025\n"
            "Sáng 10/10, Hội Cựu chiến binh tỉnh tổ chức hội nghị.\n" + BODY)
    outlet, _, kind = decided(page, "https://ccb.namdinh.dcs.vn/tin-tuc/x-1.html")
    assert (outlet.casefold(), kind) == ("hội cựu chiến binh tỉnh nam định", "army")


def test_a_papers_web_edition_masthead_is_the_registry_paper_and_a_stations_dash_name_its_alias():
    page = "BÁO QUÂN KHU 5 ĐIỆN TỬ\nHậu cần\nBế mạc hội thi quân y giỏi năm 2025\nSáng 13/6, hội thi bế mạc.\n" + BODY
    assert decided(page, "https://baoquankhu5.vn/hau-can/x-1.htm")[0] == "Báo Quân khu 5"
    from haucan.realworld import same_outlet
    assert same_outlet("Đài Phát thanh và Truyền hình Đà Nẵng", "Đài Phát thanh - Truyền hình Đà Nẵng")


def test_a_copy_crediting_writer_slash_paper_keeps_the_paper():
    page = ("Bộ Quốc phòng xuất cấp hàng cứu trợ cho vùng lũ\nTháng Chín 13, 2024\n"
            "Chiều 12/9, Bộ Quốc phòng xuất cấp 120 tấn hàng cứu trợ.\nTheo Thu Phương/VietNamNet.\n")
    assert decided(page, "https://copysite-example.com/bo-quoc-phong/")[0] == "VietNamNet"


def test_of_two_stamps_above_the_lead_the_earlier_is_the_publication_the_later_the_sites_clock():
    page = ("Thứ Ba, 13/05/2025 10:40 (GMT +7)\nQuốc phòng - An ninh\n"
            "Cần Giuộc: Diễn tập chiến đấu phòng thủ xã năm 2021\n"
            "Thứ 7, 27/03/2021 | 12:45:00 [GMT +7] A  A\n"
            "Ngày 25-3-2021, Ban Chỉ huy Quân sự huyện tổ chức diễn tập chiến đấu phòng thủ xã.\n" + BODY)
    assert _meta(page).published_date == dt.date(2021, 3, 27)


@pytest.mark.parametrize("line, date", [
    ("| 14-03-2024 | 09:18:42", dt.date(2024, 3, 14)),  # m.baobinhduong.vn, above the headline
    ("ĐIỆN BIÊN PHỦ Số 4512 Thứ Tư, 12-3-2025", dt.date(2025, 3, 12)),  # a print edition's running header
])
def test_a_stamp_after_a_bar_and_a_print_issue_header_are_stamps(line, date):
    rules = load_rules()
    rule = stamp_rule(line, rules)
    assert rule is not None
    assert stamp_date(Block(0, "publication_stamp", rule.name, line, 1), rules, month_first=False) == date
    assert stamp_rule("TẠP CHÍ HẬU CẦN QUÂN ĐỘI SỐ 2 - 2026", rules) is None  # an issue without a day


def test_a_masthead_naming_a_registry_outlet_then_its_parent_is_that_outlet():
    page = ("BỆNH VIỆN QUÂN Y 103 - HỌC VIỆN QUÂN Y\nGiới thiệu | Khoa - Phòng | Tin tức | Liên hệ\n"
            "Bệnh viện tập huấn an toàn thực phẩm năm 2025\nSáng 20/5, Bệnh viện tổ chức tập huấn.\n" + BODY)
    assert decided(page)[0] == "Bệnh viện Quân y 103"


@pytest.mark.parametrize("line", ["Cập nhật 06/10/2025 lúc 14:05", "Ngày 06/10/2025 lúc 14:05", "14:05 | Thứ Hai, 06/10/2025",
                                  "Thời gian: 06/10/2025 14:05", "Posted on 06/10/2025", "14h05, 06/10/2025"])
def test_stamps_with_lúc_a_bar_before_the_weekday_other_labels_or_an_h_clock_are_stamps(line):
    rules = load_rules()
    rule = stamp_rule(line, rules)
    assert rule is not None
    assert stamp_date(Block(0, "publication_stamp", rule.name, line, 1), rules, month_first=False) == dt.date(2025, 10, 6)


def test_a_sites_name_in_mixed_case_and_a_papers_tagline_are_not_the_headline():
    page = ("Cổng thông tin điện tử Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Giang\n"
            "Trang chủ | Giới thiệu | Tin tức | Liên hệ\nBàn giao kho vật tư phòng thủ dân sự\n"
            "Cập nhật 18/07/2024 lúc 15:20\nChiều 17/7, Sở tổ chức bàn giao kho vật tư.\n" + BODY)
    assert _meta(page).title == "Bàn giao kho vật tư phòng thủ dân sự"
    page = ("Báo Cao Bằng\nCơ quan của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Cao Bằng\n"
            "Hội thao quân y năm 2025\nThứ Hai, 06/10/2025 | 14:05\nSáng 3/10, hội thao khai mạc.\n" + BODY)
    assert _meta(page).title == "Hội thao quân y năm 2025"
    # A tagline in capitals glued to a headline in mixed case stays with it: the headline cuts it off.
    glued = ("CƠ QUAN CỦA TRUNG ƯƠNG HỘI - TIẾNG NÓI CỦA CỰU CHIẾN BINH VIỆT NAM Hội CCB tỉnh kiểm tra công tác hội\n"
             "Ngày 12-8-2025 đoàn kiểm tra làm việc tại tỉnh.\n" + BODY)
    assert _meta(glued).title == "Hội CCB tỉnh kiểm tra công tác hội"
