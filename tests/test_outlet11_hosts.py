"""The outlet from any host (issue 14, session 11): a name generated from a host yields to the body's own printed
name, whole classes of provincial bodies named by their host labels, a registry domain's sub-sites that are
other outlets, a portal's own prefix on its sub-site, and a copy's dated source line as a credit.

Every article here is invented text."""

from __future__ import annotations

from haucan.name_case import sentence_case
from haucan.outlet_credits import source_line
from haucan.outlet_text import PUBLISHER_HEAD
from haucan.provinces import department_match
from haucan.records import Block
from haucan.rules import load_rules
from tests.support.outlet_pages import BODY, LEAD, TITLE, decided

RULES = load_rules()


def page(head: str = "", foot: str = "", lead: str = LEAD, title: str = TITLE) -> str:
    return f"{head}{title}\n\n{lead}{BODY}{foot}"


def test_a_generated_police_name_yields_to_the_printed_masthead_of_the_same_body():
    head = "CÔNG AN NGHỆ AN\nTrang chủ | Tin tức - Sự kiện | Liên hệ\n"
    assert decided(page(head), "http://congan.nghean.gov.vn/a")[::2] == ("Công an Nghệ An", "police")
    # Without a masthead the host pattern names it; a masthead of another body (the paper) does not replace it.
    assert decided(page(), "http://congan.nghean.gov.vn/a")[0] == "Công an tỉnh Nghệ An"
    assert decided(page("BÁO NGHỆ AN\n"), "http://congan.nghean.gov.vn/a")[0] == "Công an tỉnh Nghệ An"
    # A headline ending with the province is the article's, never the site's name.
    title = "Tỉnh ủy làm việc với Công an tỉnh Nghệ An"
    assert decided(page(title=title), "http://congan.nghean.gov.vn/a")[0] == "Công an tỉnh Nghệ An"


def test_a_party_portal_is_named_as_its_masthead_prints_it():
    head = "TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH BÌNH ĐỊNH\nGiới thiệu\nTin tức\n"
    assert decided(page(head), "https://binhdinh.dcs.vn/a")[::2] == (
        "Trang thông tin điện tử Đảng bộ tỉnh Bình Định", "party")
    assert decided(page("Đảng bộ tỉnh Quảng Trị\nTrang chủ | Tin tức\n"), "https://tinhuyquangtri.vn/a")[0] == \
        "Đảng bộ tỉnh Quảng Trị"
    # A masthead that is already a name of the generated entry keeps the registry's name.
    head = "TRANG THÔNG TIN ĐIỆN TỬ TỈNH ỦY BÌNH PHƯỚC\n"
    assert decided(page(head), "https://tinhuybinhphuoc.vn/a")[:2] == (
        "Cổng thông tin điện tử Đảng bộ tỉnh Bình Phước", "host_pattern")


def test_party_blocs_and_mass_organisations_are_named_by_their_host_labels():
    assert department_match("dukcq.hatinh.gov.vn") == ("Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh", "party")
    assert department_match("danguykhoicqvadn.yenbai.gov.vn") == (
        "Đảng ủy Khối cơ quan và doanh nghiệp tỉnh Yên Bái", "party")
    assert department_match("hoilhpn.yenbai.gov.vn") == ("Hội Liên hiệp Phụ nữ tỉnh Yên Bái", "portal")
    # Glued to the province's slug off the state's domain too; a paper's host is no department's.
    assert department_match("dukdnvinhphuc.vn") == ("Đảng ủy Khối doanh nghiệp tỉnh Vĩnh Phúc", "party")
    assert department_match("tuyengiaotiengiang.vn") == ("Ban Tuyên giáo Tỉnh ủy Tiền Giang", "party")
    assert department_match("baotiengiang.vn") is None
    assert department_match("dukcq.hatinh.com.vn") is None
    # The deputies' site ("đại biểu nhân dân") is the Đoàn ĐBQH and the People's Council together; the Party's
    # domain holds associations too.
    assert department_match("dbndhatinh.vn") == (
        "Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh Hà Tĩnh", "portal")
    assert department_match("ccb.hungyen.dcs.vn") == ("Hội Cựu chiến binh tỉnh Hưng Yên", "army")


def test_a_department_site_printing_its_boards_merged_name_is_that_name():
    head = "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TIỀN GIANG\nTrang chủ » Quốc phòng - An ninh\n"
    outlet, source, kind = decided(page(head), "https://tuyengiaotiengiang.vn/a")
    assert (outlet.casefold(), source, kind) == (
        "ban tuyên giáo và dân vận tỉnh ủy tiền giang", "url+masthead", "party")
    assert decided(page(), "https://tuyengiaotiengiang.vn/a")[0] == "Ban Tuyên giáo Tỉnh ủy Tiền Giang"


def test_a_registry_domains_sub_site_printing_another_registry_masthead_is_that_outlet():
    assert decided(page("VĂN NGHỆ CÔNG AN\n"), "http://vnca.cand.com.vn/a")[0] == "Văn nghệ Công an"
    head = "TẠP CHÍ CÔNG AN NHÂN DÂN\nTrang chủ | Nghiên cứu\n"
    assert decided(page(head), "http://tapchi.cand.com.vn/a")[:2] == ("Tạp chí Công an nhân dân", "url+masthead")
    # The parent's own masthead, or a free name on a paper's sub-site (a section), keeps the parent.
    assert decided(page("CÔNG AN NHÂN DÂN\n"), "http://tapchi.cand.com.vn/a")[0] == "Công an nhân dân"
    assert decided(page("TRUNG TÂM DỮ LIỆU ẢNH\n"), "http://anh.cand.com.vn/a")[0] == "Công an nhân dân"
    assert decided(page("BỆNH VIỆN 30-4 - BỘ CÔNG AN\n"), "http://benhvien304.com.vn/a")[0] == "Bệnh viện 30-4"
    # A news agency's paper on a sub-site of the agency's domain is that paper.
    assert decided(page(), "https://dantocmiennui.baotintuc.vn/a")[0] == "Dân tộc & Miền núi"


def test_a_portals_sub_site_signing_with_its_parents_domain_is_the_portal():
    lead = "(Chinhphu.vn) - " + LEAD
    assert decided(page(lead=lead), "https://xaydungchinhsach.chinhphu.vn/a")[:2] == (
        "Cổng thông tin điện tử Chính phủ", "url")
    # Another paper's address opening the lead still credits that paper.
    lead = "(Baonghean.vn) - " + LEAD
    assert decided(page(lead=lead), "https://xaydungchinhsach.chinhphu.vn/a")[0] == "Báo Nghệ An"


def _line(kind: str, text: str) -> Block:
    return Block(0, kind, "header_line", text, 1)


def test_a_copys_dated_source_line_credits_the_original():
    head = f"{TITLE}\n2025-10-08Báo Đồng Nai điện tử\n"
    assert decided(page(head), "https://fridayol.com/vi-VN/a/48215")[:2] == ("Báo Đồng Nai", "attribution")
    blocks = [_line("residue", "Báo Lạng Sơn - 2 giờ trước")]
    assert source_line(blocks, RULES).name == "Báo Lạng Sơn"
    # Without a date the line is a menu item or a banner, not a credit; nor is a headline with a date.
    assert source_line([_line("residue", "Báo Lạng Sơn")], RULES) is None
    assert source_line([_line("title", "Báo Lạng Sơn 10/10/2025")], RULES) is None


def test_names_in_capitals_write_the_party_and_its_committees_as_a_reader_does():
    assert sentence_case("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TIỀN GIANG").endswith("Tỉnh ủy Tiền Giang")
    assert sentence_case("TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH BÌNH ĐỊNH") == \
        "Trang thông tin điện tử Đảng bộ tỉnh Bình Định"


def test_names_in_capitals_keep_their_abbreviations_and_proper_names():
    assert sentence_case("ỦY BAN MTTQ VIỆT NAM TỈNH YÊN BÁI") == "Ủy ban MTTQ Việt Nam tỉnh Yên Bái"
    assert sentence_case("ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN TỈNH ĐIỆN BIÊN") == \
        "Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh Điện Biên"
    assert sentence_case("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH") == \
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"
    # A name so written still opens with a publisher's head word; a sentence in lower case does not.
    assert PUBLISHER_HEAD.match("Hội Cựu chiến binh tỉnh Hưng Yên")
    assert PUBLISHER_HEAD.match("Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh Điện Biên")
    assert not PUBLISHER_HEAD.match("báo cáo kết quả công tác hậu cần")


def test_a_copy_site_keeps_the_outlet_it_credits_whatever_banner_it_prints():
    foot = "\nTheo Báo Lạng Sơn\nTin liên quan\n"
    head = "TIN NHANH XỨ LẠNG\nTrang chủ | Thời sự\n"
    assert decided(page(head, foot), "https://tinnhanhxulang.net/a")[0] == "Báo Lạng Sơn"
    # An aggregator's banner (24h's "TIN TỨC 24H") on a host the registry does not list yields to the credit too.
    assert decided(page("TIN TỨC 24H\n", foot), "https://tintuc24h.net/a")[0] == "Báo Lạng Sơn"
    # The original's own masthead kept on the copy names it too.
    assert decided(page("BÁO LẠNG SƠN\n"), "https://tinnhanhxulang.net/a")[0] == "Báo Lạng Sơn"
    # A body's own site (a district portal) that credits a paper stays the body's (session 10 convention).
    lead = "Sáng 3/4, Ban CHQS huyện Chiêm Hóa tổ chức hội nghị triển khai nhiệm vụ hậu cần năm 2025."
    assert decided(page(lead=lead, foot=foot), "https://chiemhoa.tuyenquang.gov.vn/a")[0] == \
        "Cổng thông tin điện tử huyện Chiêm Hóa"


def test_a_masthead_is_read_after_the_partys_own_name_and_with_its_site_line():
    # The Party's name before a dash is the site's header, not the body: the body after it is the masthead.
    head = "ĐẢNG CỘNG SẢN VIỆT NAM - TỈNH ỦY QUẢNG TRỊ\nTrang chủ > Tin tức\n"
    assert decided(page(head), "https://tinhuyquangtri.vn/a")[0].lower() == "tỉnh ủy quảng trị"
    # A body's name over a line that names only the kind of site: together they are the site's name, here an
    # alias of the generated entry, which keeps its registry name (alone, the body's line would be the outlet).
    head = "TỈNH ỦY QUẢNG TRỊ\nTrang Thông tin điện tử\n95\n"
    assert decided(page(head), "https://tinhuyquangtri.vn/a")[:2] == (
        "Cổng thông tin điện tử Đảng bộ tỉnh Quảng Trị", "host_pattern")
    assert decided(page("TỈNH ỦY QUẢNG TRỊ\n95\n"), "https://tinhuyquangtri.vn/a")[0] == "Tỉnh ủy Quảng Trị"
    # A site line with no body's name beside it names nothing.
    assert decided(page("Trang Thông tin điện tử\nTrang chủ\n"), "https://tinhuyquangtri.vn/a")[0] != \
        "Trang thông tin điện tử"
