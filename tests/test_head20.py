"""Session 13, head20 (issue 14, spent set 15): registry names without notes (a copy site goes by its host),
a source line printing the paper's name twice."""

from __future__ import annotations

import re

from haucan.outlets import decide_outlet
from haucan.records import Block
from haucan.rules import load_rules

# A parenthesis saying what a site IS ("copy of …", "spam copy", "machine-translated copies") is a note: it goes in
# `why`. An abbreviation or a place in parentheses ("(VOV)", "(Bình Dương)") is part of how the outlet is named.
_NOTE = re.compile(r"\((?=[^)]*\b(?:copy|copies|mirror|spam|hijacked|look-alike|rewritten|translated|not)\b)[^)]*\)",
                   re.IGNORECASE)


def _blocks(*lines: tuple[str, str]) -> list[Block]:
    return [Block(block_idx=i, kind=kind, rule="t", text=text, line=i + 1) for i, (kind, text) in enumerate(lines)]


def test_no_registry_name_carries_a_note() -> None:
    noted = [o.name for o in load_rules().outlets if _NOTE.search(o.name)]
    assert noted == []


def test_a_mirror_naming_no_source_is_its_own_outlet_by_its_host() -> None:
    # The registry knows whose text it copies (mirror_of), but the page credits nobody: set 11's convention.
    blocks = _blocks(("title", "Bộ đội giúp dân dựng lại nhà sau lũ"),
                     ("lead", "Sáng 3-11, Trung đoàn 9 điều 120 cán bộ, chiến sĩ giúp bà con xã Hòa Bình dọn bùn."))
    decision = decide_outlet(blocks, load_rules(), "https://m.xosobinhdinh.org/video/bo-doi-giup-dan-12345.htm")
    assert decision.outlet == "m.xosobinhdinh.org"


def test_a_rewritten_copy_stays_its_own_outlet() -> None:
    blocks = _blocks(("title", "Thăm, chúc Tết lực lượng vũ trang huyện miền núi"),
                     ("lead", "Đoàn công tác đã thăm, tặng quà cán bộ, chiến sĩ Ban CHQS huyện."))
    decision = decide_outlet(blocks, load_rules(), "https://tracuuquyhoach.com/tin-tuc/tham-chuc-tet-1234")
    assert decision.outlet == "tracuuquyhoach.com"


def test_a_source_line_printing_the_paper_twice_credits_it() -> None:
    blocks = _blocks(("residue", "Vietnam.vn - Nền tảng quảng bá Việt Nam"),
                     ("title", "Bếp ăn dã chiến phục vụ bộ đội huấn luyện"),
                     ("residue", "Báo Quân đội nhân dânBáo Quân đội nhân dân"),
                     ("lead", "Những ngày cao điểm huấn luyện, các bếp ăn đã bổ sung định lượng cho bộ đội."))
    decision = decide_outlet(blocks, load_rules(), "https://thongtin.vietnam.vn/bep-an-da-chien")
    assert decision.outlet == "Báo Quân đội nhân dân"


def test_a_copyright_line_names_its_owner_without_the_formula() -> None:
    blocks = _blocks(("title", "Chăm lo bữa ăn cho chiến sĩ trên đảo"),
                     ("lead", "Những năm qua, bếp ăn của đơn vị luôn bảo đảm đủ định lượng cho bộ đội."),
                     ("residue", "Bình luận"),
                     ("residue", "Bản quyền thuộc về Sông Lam Quê Tôi"))
    decision = decide_outlet(blocks, load_rules(), "https://songlamquetoi.vn/cham-lo-bua-an-81342.html")
    assert decision.outlet == "Sông Lam Quê Tôi"


def test_a_signers_byline_gives_up_its_trailing_stamp() -> None:
    from haucan.line_repair import cut_glued_stamp
    line = "Đại tá Lê Văn Hòa - Chủ nhiệm Hậu cần - Kỹ thuật Vùng 2 Hải quân 03/12/2025 08:40"
    assert cut_glued_stamp(line) == ["Đại tá Lê Văn Hòa - Chủ nhiệm Hậu cần - Kỹ thuật Vùng 2 Hải quân",
                                     "03/12/2025 08:40"]
    # A headline that opens with a rank keeps its stamp (headline.split_title's job).
    headline = "Đại tá Lê Văn Hòa kiểm tra bếp ăn đơn vị 03/12/2025 08:40"
    assert cut_glued_stamp(headline) == [headline]


def test_a_stamp_under_a_logo_line_is_no_caption_and_the_glued_logo_url_is_cut() -> None:
    from haucan.article import build_article
    from haucan.records import RawArticle, SourceFile
    text = "\n".join([
        "Nhà xuất bản Lao Độnghttps://nxblaodong.vn/uploads/logo_small.png",
        "Thứ hai - 06/10/2025 08:15",
        "Kho K825 tổ chức hội thi nấu ăn giỏi năm 2025",
        "Sáng 5/10, Kho K825 tổ chức hội thi nấu ăn giỏi cho các bếp ăn tập thể của đơn vị, với 8 đội thi tham gia.",
        "Hội thi nhằm nâng cao chất lượng bữa ăn của bộ đội, bảo đảm an toàn vệ sinh thực phẩm trong đơn vị.",
    ])
    raw = RawArticle(SourceFile("x.txt", "0123456789abcdef", "https://nxblaodong.vn/news/kho-k825-123.html"), text)
    article = build_article(raw, load_rules())
    assert str(article.metadata.published_date) == "2025-10-06"
    assert article.metadata.outlet == "Nhà xuất bản Lao Động"


def test_a_category_label_then_a_bar_and_a_date_is_a_stamp() -> None:
    from haucan.stamps import stamp_rule
    rules = load_rules()
    assert stamp_rule("Tin nóng | 24/10/2025", rules) is not None
    assert stamp_rule("Quốc phòng - An ninh / 08:30 | 14/11/2025", rules) is not None
    assert stamp_rule("Sáng 24/10, bộ đội nấu cơm cho dân | 24/10/2025 là ngày đầu tiên", rules) is None


def test_a_papers_video_sub_site_is_the_paper() -> None:
    from haucan.outlet_patterns import host_outlet
    outlets = load_rules().outlets
    found = host_outlet("video.baocamau.com.vn", outlets)
    assert found is not None and found.name == "Báo Cà Mau"
    assert host_outlet("video.laichau.gov.vn", outlets) is None  # a state site's sub-host: its own masthead decides


def test_a_bulleted_breadcrumbs_headline_loses_its_bullet() -> None:
    from haucan.headline import split_title
    pieces = split_title("• Bộ CHQS tỉnh kiểm tra công tác hậu cần tại Ban CHQS xã Tân Phú", "t", load_rules())
    assert pieces[0] == ("title", "t", "Bộ CHQS tỉnh kiểm tra công tác hậu cần tại Ban CHQS xã Tân Phú")


def test_a_city_station_named_with_its_unit_is_the_generated_station() -> None:
    from haucan.outlet_names import outlet_named
    found = outlet_named("Đài Phát thanh và Truyền hình thành phố Hải Phòng", load_rules(), exact=True)
    assert found is not None and found.kind == "province_tv"


def test_an_ampersand_in_a_masthead_is_spelled_va_by_the_host() -> None:
    from haucan.host_spelling import slug, spelled_part
    assert slug("KINH TẾ & ĐỜI SỐNG") == "kinhtevadoisong"
    assert spelled_part("kinhtevadoisong", "KINH TẾ & ĐỜI SỐNG") == "KINH TẾ & ĐỜI SỐNG"
    assert slug("Đài PT&TH") == "daiptth"  # a glued '&' inside an abbreviation stays out


def test_a_footer_site_name_loses_its_particulars_after_the_dash() -> None:
    blocks = _blocks(("title", "Lữ đoàn 202 tổng kết công tác hậu cần năm 2025"),
                     ("lead", "Ngày 20/12, Lữ đoàn 202 tổ chức hội nghị tổng kết công tác hậu cần - kỹ thuật năm 2025."),
                     ("residue", "Tin liên quan"),
                     ("residue", "Trang thông tin điện tử Lữ đoàn Xe tăng 202 - Địa chỉ: Phổ Yên, Thái Nguyên"))
    decision = decide_outlet(blocks, load_rules(), "https://luudoanxetang202.vn/tong-ket-hau-can")
    assert decision.outlet == "Trang thông tin điện tử Lữ đoàn Xe tăng 202"


def test_a_copy_printing_its_brand_as_its_domain_is_named_by_it() -> None:
    blocks = _blocks(("title", "Thông tư quy định định lượng ăn của hạ sĩ quan, binh sĩ"),
                     ("lead", "Thông tư quy định định lượng ăn cơ bản của hạ sĩ quan, binh sĩ trong Quân đội."),
                     ("residue", "Văn bản này được ThuVienLuat.vn cập nhật, mời bạn tải về."))
    decision = decide_outlet(blocks, load_rules(), "https://thuvienluat.vn/thong-tu-1234")
    assert decision.outlet == "ThuVienLuat.vn"


def test_an_institutes_masthead_in_capitals_names_its_site() -> None:
    blocks = _blocks(("residue", "VIỆN NGHIÊN CỨU LỊCH SỬ ĐỊA PHƯƠNG BẮC NINH"),
                     ("title", "Công an tỉnh trao nhà đồng đội cho chiến sĩ khó khăn"),
                     ("lead", "Ngày 10/11, Công an tỉnh trao nhà đồng đội cho hai cán bộ, chiến sĩ khó khăn về nhà ở."))
    decision = decide_outlet(blocks, load_rules(), "https://vienlichsu.bacninh.gov.vn/amp.aspx?newid=123")
    assert decision.outlet is not None and decision.outlet.casefold().startswith("viện nghiên cứu lịch sử")


def test_a_pdf_header_in_a_legacy_font_is_never_the_headline() -> None:
    from haucan.header_shapes import is_legacy_font
    from haucan.headline import not_headline
    garbled = "BOÄ CHQS TÆNH QUAÛNG NAM – BAN CHQS HUYEÄN NUÙI THAØNH - Soá 87 naêm 2025 - 1 -"
    assert is_legacy_font(garbled)
    assert not is_legacy_font("Hoá ra bữa ăn của bộ đội được cải thiện rõ rệt trong năm 2025")
    texts = ["Báo cáo công tác hậu cần năm 2025 - Ban CHQS huyện Núi Thành", "12", garbled]
    assert not_headline(texts, [0, 1, 2]).get(2) == "legacy_font_header"
