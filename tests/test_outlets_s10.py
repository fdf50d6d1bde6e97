"""The outlet of any page (issue 14, session 10): the order of evidence for a host the registry does not know
(an explicit credit, then the page's own name line, then what the host itself spells), copies keeping the original
outlet at the head of the lead, territory portals named from their text, renamed provinces, and names printed in
capitals written back in the page's own case.

Every article here is invented text."""

from __future__ import annotations

from haucan.host_spelling import spelled_part
from haucan.outlet_names import outlet_named
from haucan.provinces import department_match
from haucan.realworld import same_outlet
from haucan.rules import load_rules
from tests.support.outlet_pages import BODY, LEAD, TITLE, decided

RULES = load_rules()


def page(head: str = "", foot: str = "", lead: str = LEAD) -> str:
    return f"{head}{TITLE}\n\n{lead}{BODY}{foot}"


def test_a_copy_sites_banner_yields_to_the_outlet_it_credits():
    head = "Tin Nhanh Nghệ An - Tin tức mới nhất\nTrang chủ / Thời sự\n"
    assert decided(page(head, "\nTheo Báo Nghệ An\nXem thêm:\n"), "https://tinnhanhnghean.org/a")[:2] == (
        "Báo Nghệ An", "attribution")
    # The original's domain kept as the lead's prefix, or a source line, credits it too.
    lead = "(Baonghean.vn) - " + LEAD
    assert decided(page(head, lead=lead), "https://tinnhanhnghean.org/a")[0] == "Báo Nghệ An"
    assert decided(page(head, "\nNguồn: baonghean.vn\n"), "https://tinnhanhnghean.org/a")[0] == "Báo Nghệ An"
    # Without a credit the banner the host spells is still the site's own name.
    assert decided(page("TIN NHANH NGHỆ AN\n"), "https://tinnhanhnghean.org/a")[0] == "Tin nhanh Nghệ An"


def test_an_aggregator_keeps_the_station_named_at_the_head_of_the_lead():
    lead = "Lai Châu TV – " + LEAD
    assert decided(page(lead=lead), "https://vietnam.vn/laichau/a")[::2] == (
        "Đài Phát thanh và Truyền hình Lai Châu", "province_tv")
    # A place before a dash is no outlet: the aggregator stays.
    lead = "Lai Châu - " + LEAD
    assert decided(page(lead=lead), "https://vietnam.vn/laichau/a")[2] == "aggregator"


def test_a_headline_opening_with_the_sites_name_is_not_its_name():
    foot = "\nCác tin khác:\n- Học viện Hải quân tổ chức hội thao hậu cần năm 2025\n"
    # No name line: the registry outlet the host spells as a whole is the outlet, not the related headline.
    assert decided(page("Trang chủ\n", foot), "https://hocvienhaiquan.edu.vn/tin-tuc/a")[:2] == (
        "Học viện Hải quân", "host_pattern")
    assert spelled_part("hocvienhaiquan", "Học viện Hải quân tổ chức hội thao hậu cần năm 2025") is None
    assert spelled_part("hocvienhaiquan", "Học viện Hải quân") == "Học viện Hải quân"


def test_a_sub_sites_banner_is_cut_to_the_institution_its_parent_host_spells():
    head = "45 NĂM HỌC VIỆN AN NINH NHÂN DÂN\nTrang chủ >\n"
    assert decided(page(head), "http://45nam.hvannd.edu.vn/a")[0] == "Học viện An ninh nhân dân"
    # A line opening with a publisher's head word is kept whole although the host spells only its end.
    assert spelled_part("nongthonmoilaichau", "VĂN PHÒNG NÔNG THÔN MỚI TỈNH LAI CHÂU") == "NÔNG THÔN MỚI TỈNH LAI CHÂU"
    head = "VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI TỈNH LAI CHÂU\n"
    assert decided(page(head), "https://nongthonmoilaichau.gov.vn/a")[0] == \
        "Văn phòng điều phối nông thôn mới tỉnh Lai Châu"


def test_a_footer_naming_its_owner_then_its_registry_name_is_that_outlet():
    foot = "\nTin cùng chuyên mục\nCơ quan của Đảng bộ Quân khu 5 - Quân khu 5 Online\n"
    assert decided(page(foot=foot), "https://quankhu5online.vn/a")[0] == "Báo Quân khu 5"


def test_a_territory_portal_is_named_from_the_territory_its_text_writes():
    lead = "Sáng 3/4, Ban CHQS huyện Chiêm Hóa tổ chức hội nghị triển khai nhiệm vụ hậu cần năm 2025."
    assert decided(page(lead=lead), "https://chiemhoa.tuyenquang.gov.vn/a")[::2] == (
        "Cổng thông tin điện tử huyện Chiêm Hóa", "portal")
    assert decided(page(lead=lead), "https://chiemhoa.gov.vn/a")[0] == "Cổng thông tin điện tử huyện Chiêm Hóa"
    lead = "Sáng 3/4, UBND xã Tân Phú tổ chức hội nghị triển khai nhiệm vụ hậu cần năm 2025."
    assert decided(page(lead=lead), "https://xatanphu.dongnai.gov.vn/a")[0] == "Cổng thông tin điện tử xã Tân Phú"
    # The text must write the territory the host names; a province's own host is its portal, not a territory's.
    assert decided(page(), "https://chiemhoa.tuyenquang.gov.vn/a")[0] == "chiemhoa.tuyenquang.gov.vn"  # rule 4
    assert decided(page(lead=lead), "https://dongnai.gov.vn/a")[0] == "Cổng thông tin điện tử tỉnh Đồng Nai"


def test_a_company_or_party_committee_masthead_is_its_site_in_the_pages_own_case():
    head = "CÔNG TY CỔ PHẦN MAY 19\nTrang chủ | Giới thiệu | Tin tức\n"
    foot = "\nTin khác:\n» Đại hội Công đoàn Công ty Cổ phần May 19 nhiệm kỳ 2025 - 2030\n"
    assert decided(page(head, foot), "https://garment19.com.vn/a")[::2] == (
        "Công ty Cổ phần May 19", "defence_industry")
    assert decided(page("ĐẢNG BỘ TỔNG CÔNG TY ĐÔNG BẮC\n"), "https://dangbodongbac.vn/a")[::2] == (
        "Đảng bộ tổng công ty Đông Bắc", "party")


def test_a_long_masthead_is_a_name_when_it_closes_on_its_province():
    head = "ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN TỈNH LAI CHÂU\nTrang chủ / Tin tức\n"
    outlet, _, kind = decided(page(head), "https://doandbqh.laichau.gov.vn/a")
    assert same_outlet(outlet, "Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh Lai Châu") and kind == "portal"
    # A headline in capitals of the same length does not close on a province.
    assert decided(page("ĐOÀN ĐẠI BIỂU QUỐC HỘI TỈNH THĂM VÀ TẶNG QUÀ CÁC ĐƠN VỊ BỘ ĐỘI NĂM 2025\n"))[0] is None


def test_a_renamed_province_keeps_its_old_names_as_aliases_and_merged_outlets_their_new_ones():
    assert outlet_named("Báo Thừa Thiên Huế", RULES, exact=True).name == "Báo Huế"
    assert same_outlet("Báo Huế", "Báo Thừa Thiên Huế")
    assert same_outlet("Cổng thông tin điện tử Đảng bộ thành phố Huế", "Trang thông tin điện tử Tỉnh ủy Thừa Thiên Huế")
    assert decided(page(), "https://www.tinhuytthue.vn/a")[2] == "party"
    # Merged papers and stations, however the dash is spaced.
    assert outlet_named("Báo và Đài PT - TH Vĩnh Long", RULES, exact=True).name == "Báo Vĩnh Long"
    assert outlet_named("Báo và Đài Phát thanh - Truyền hình Quảng Bình", RULES, exact=True).name == "Báo Quảng Bình"
    assert not same_outlet("Báo Huế", "Báo Quảng Trị")


def test_a_provincial_office_site_is_named_by_its_host_label():
    assert department_match("vpubnd.daknong.gov.vn") == (
        "Cổng thông tin điện tử Văn phòng UBND tỉnh Đắk Nông", "portal")
    assert department_match("daibieunhandan.dienbien.gov.vn") == (
        "Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh Điện Biên", "portal")


def test_a_body_site_reposting_a_paper_stays_itself_a_portals_sub_site_copy_is_the_papers():
    # A district portal that prints its name keeps it though it credits the provincial paper (dev 437's rule).
    head = "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHIÊM HÓA\n"
    assert decided(page(head, "\n(Nguồn: theo Báo Tuyên Quang)\n"), "https://chiemhoa.tuyenquang.gov.vn/a")[0] == \
        "Cổng thông tin điện tử huyện Chiêm Hóa"
    # A contest sub-site of a union's portal reposting a paper's article: the address and "NAME (báo X)" credit it.
    foot = "\nhttps://laodong.vn/xa-hoi/bai-viet-1234567.ldo\nHẢI NAM (báo lao động)\nIn\nVề đầu\n"
    assert decided(page(foot=foot), "http://duthi.congdoan.vn/tin-tuc/a.tld")[:2] == ("Lao Động", "attribution")
    # The union's own portal stays the outlet.
    assert decided(page(foot=foot), "http://congdoan.vn/tin-tuc/a.tld")[0] == "Tổng Liên đoàn Lao động Việt Nam"


def test_text_only_pages_read_brand_prefixes_shared_prefixes_by_province_and_anniversary_banners():
    # A source tag at the head of the lead, shaped like a brand; a body's name before a dash is none.
    assert decided(page(lead="Lai Châu TV – " + LEAD))[::2] == ("Đài Phát thanh và Truyền hình Lai Châu", "province_tv")
    lead = "Tổng cục Hậu cần - Kỹ thuật có Chủ nhiệm, Chính ủy và các Phó Chủ nhiệm."
    assert decided(page(lead=lead))[0] is None
    # "(BTN) - " is both Báo Tây Ninh's and Báo Thái Nguyên's: the province the text names decides.
    lead = "(BTN) - Ngày 11/1, Bộ Chỉ huy Quân sự tỉnh Tây Ninh tổ chức hội nghị tổng kết công tác hậu cần."
    assert decided(page("Tây Ninh - Vững bước cùng đất nước\n", lead=lead))[0] == "Báo Tây Ninh"
    # Lead tags the registry now knows as aliases.
    assert outlet_named("ĐNO", RULES, exact=True).name == "Báo Đà Nẵng"
    assert outlet_named("TTH", RULES, exact=True).name == "Báo Huế"
    assert decided(page("50 NĂM HỌC VIỆN CẢNH SÁT NHÂN DÂN\nTrang chủ >\n"))[0] == "Học viện Cảnh sát nhân dân"
