"""Session 14 (head24, spent set 19): a footer copyright name with dashes inside it and an 'All rights reserved'
tail, a photo's title with the host's bare label appended (no site name), a copyright line with its owner after a
full stop, a lead tag the host spells read after the page's printed name; a hard-wrapped lead's first line and a
product's attribute row never the headline. Invented Vietnamese pages and invented hosts."""

from __future__ import annotations

from haucan.article import build_article
from haucan.header_rows import is_attribute_row, is_section_heading, opens_on_its_day
from haucan.host_spelling import spelled_part
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules

TITLE = "Trung đoàn tổ chức hội thi nấu ăn giỏi chào mừng ngày thành lập"
LEAD = "Sáng 9/4/2026, Trung đoàn 88 tổ chức hội thi nấu ăn giỏi với sự tham gia của 12 đội đến từ các tiểu đoàn."
BODY = "Các đội thi phải hoàn thành mâm cơm cho 10 người ăn, bảo đảm đủ định lượng, vệ sinh an toàn thực phẩm."


def _article(text: str, url: str | None = None):
    return build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", url), text), load_rules())


def test_copyright_name_keeps_the_dashes_inside_one_body_name() -> None:
    text = (f"{TITLE}\n{LEAD}\n{BODY}\nMAI HƯƠNG\nTin khác\nRa quân huấn luyện năm 2026\n"
            "Bản quyền © Trung tâm Văn hóa - Thể thao và Truyền thanh - Truyền hình Tây Sơn\n")
    assert _article(text, "https://taysonrtv.vn/tin-tuc/hoi-thi-nau-an.html").metadata.outlet == (
        "Trung tâm Văn hóa - Thể thao và Truyền thanh - Truyền hình Tây Sơn")


def test_photo_title_with_the_hosts_bare_label_is_no_name_the_footer_is() -> None:
    text = (f"Ảnh đội thi nấu ăn -88food\nTrang chủ | Giới thiệu | Tin tức\n{TITLE}\n{LEAD}\n{BODY}\n"
            "Copyright © 2026 Công ty TNHH Một thành viên Thực phẩm 88. All rights reserved.\n"
            "Địa chỉ: Số 8, phường Hòa Lợi | Điện thoại: 0274.3800.888\n")
    assert _article(text, "https://88food.vn/tin-tuc/hoi-thi-1-2/").metadata.outlet == (
        "Công ty TNHH Một thành viên Thực phẩm 88")
    assert spelled_part("88food", "Ảnh đội thi nấu ăn -88food") is None
    assert spelled_part("88food", "Ảnh đội thi nấu ăn | 88food") is None
    # A name the host spells as a whole is still spelled.
    assert spelled_part("thucpham88", "Thực phẩm 88") == "Thực phẩm 88"


def test_lead_tag_the_host_spells_yields_to_the_printed_footer_name() -> None:
    text = (f"Xã hội\n{TITLE}\n09/04/2026 10:15\n(Sông Lam) - {LEAD}\n{BODY}\nHà Linh\n"
            "© Báo điện tử Sông Lam. Cơ quan chủ quản: Hội Văn học nghệ thuật tỉnh\n")
    assert _article(text, "https://songlam.vn/hoi-thi-nau-an-2026040910.htm").metadata.outlet == "Báo điện tử Sông Lam"


def test_hard_wrapped_lead_line_opening_on_its_day_is_not_the_headline() -> None:
    text = ("NHẬT KÝ ĐỒNG ĐỘI\nThứ Năm, 9 tháng 4, 2026\n"
            "Hội Cựu chiến binh huyện kỷ niệm ngày truyền thống\n"
            "Sáng 8/4, tại nhà văn hóa huyện, Hội Cựu chiến binh huyện tổ chức lễ kỷ niệm 50 năm ngày truyền\n"
            "thống của Hội và trao quà cho các hội viên có hoàn cảnh khó khăn.\n"
            "Dịp này, Hội đã trao 20 suất quà, mỗi suất trị giá 1 triệu đồng cho các hội viên.\n")
    assert _article(text).metadata.title == "Hội Cựu chiến binh huyện kỷ niệm ngày truyền thống"
    assert opens_on_its_day("Chiều ngày 24/7, Ban Chỉ huy Quân sự thành phố tổ chức bế mạc hội thi")
    # A headline names its day without a comma and a clause after it.
    assert not opens_on_its_day("Ngày 19/5: Bộ đội Trường Sơn kỷ niệm ngày mở đường")
    assert not opens_on_its_day("Sáng 18/5, khai mạc hội thi")


def test_product_attribute_row_is_not_the_headline() -> None:
    text = ("KỶ VẬT SHOP - Sách lịch sử\nTrang chủ / Sách lịch sử\nLịch sử Kho K99 – Cục Quân nhu (1970 - 2020)\n"
            "Còn hàng\nMã: LS-K99 Danh mục: Lịch sử các đơn vị, Sách lịch sử quân sự\nMô tả\n"
            "Cuốn sách do Đảng ủy, Ban Chỉ huy Kho K99 chỉ đạo biên soạn nhân kỷ niệm 50 năm ngày thành lập Kho.\n"
            f"{BODY}\n")
    assert _article(text).metadata.title == "Lịch sử Kho K99 – Cục Quân nhu (1970 - 2020)"
    assert is_attribute_row("SKU: BK-12 Tags: lịch sử, quân nhu")
    assert not is_attribute_row("Bài 2: Bộ đội biên phòng cắm bản giúp dân")
    assert not is_attribute_row("Phim tài liệu: Người giữ bếp lửa - Tập 2: Bữa cơm nơi đầu sóng")


def test_history_chunk_headline_with_two_bracketed_figures_over_a_numbered_section() -> None:
    text = ("Trang chủ\nLịch sử\nLịch sử ngành Hậu cần Quân đoàn 5 (1980-2020) (Phần 2)\n"
            "III. BẢO ĐẢM HẬU CẦN CHO NHIỆM VỤ HUẤN LUYỆN (1985 - 1990)\n"
            "Bước vào năm 1985, nhiệm vụ bảo đảm hậu cần cho các đơn vị huấn luyện ngày càng nặng nề và phức tạp.\n"
            f"{BODY}\n")
    article = _article(text)
    assert article.metadata.title == "Lịch sử ngành Hậu cần Quân đoàn 5 (1980-2020) (Phần 2)"
    # The section heading stays in the text.
    assert "III. BẢO ĐẢM HẬU CẦN CHO NHIỆM VỤ HUẤN LUYỆN" in article.text
    assert is_section_heading("2. Công tác quân y")
    assert not is_section_heading("2 năm xây dựng nông thôn mới")


def test_party_subsite_in_a_folder_takes_its_long_portal_name_line() -> None:
    text = ("TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ HUYỆN TÂN AN\nTrang chủ\nTin hoạt động\n"
            f"{TITLE}\n{LEAD}\n{BODY}\nBan biên tập\n")
    meta = _article(text, "https://quangnam.dcs.vn/tanan/chitiet/hoi-thi-nau-an-123").metadata
    assert meta.outlet == "Trang thông tin điện tử Đảng bộ huyện Tân An"
    assert not is_section_heading("P. 31")


def test_document_site_copy_of_a_journal_page_keeps_its_running_foot_and_upload_date() -> None:
    text = ("ve cong tac hau can cua su doan 9 - Tài liệu text\nNgày tải lên: 14/03/2023, 09:40\n"
            "Công tác hậu cần của Sư đoàn 9 trong những năm 1972-1975\n"
            "Trong những năm 1972-1975, Sư đoàn 9 đã tổ chức bảo đảm hậu cần tại chỗ cho các đơn vị chiến đấu.\n"
            f"{BODY}\nTạp chí Lịch sử Quân sự, số 6/2021 - 43\nXem thêm\nTài liệu liên quan\n")
    meta = _article(text, "https://tailieuchiase.net/document/123-ve-cong-tac.htm").metadata
    assert meta.outlet == "Tạp chí Lịch sử Quân sự"
    assert str(meta.published_date) == "2023-03-14"
