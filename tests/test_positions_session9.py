"""Person and position families of the spent fourth blind set (session 9), on invented sentences: names whose family
name is in no list (after 'bà', 'đồng chí', or with a middle name before a rank), a pipe table of a congress's
committee, a country opening a ranked name, the holder after 'TP', obituary career lists and 'sinh năm …, quê …'
headers, an uncounted roster over semicolons, a ministry that has no parent unit, department names that list their
fields in lower case, section titles, shared units along a chain, and names inside what is named after a person."""

from __future__ import annotations

import pytest

from haucan.extract.org_tail import tail_end
from tests.test_people_patterns import _people, _titles


@pytest.mark.parametrize("sentence,name,title", [
    ("Dự buổi lễ có bà Pả Thị Hiên, Phó Chủ tịch UBND xã A Dơi.", "Pả Thị Hiên", "Phó Chủ tịch UBND xã A Dơi"),
    ("Đồng chí Moong Văn Tình, Chủ tịch UBND huyện cho biết như vậy.", "Moong Văn Tình", "Chủ tịch UBND huyện"),
    ("Dự hội nghị có ông Ông Thế Vinh, Chủ tịch UBND tỉnh.", "Ông Thế Vinh", "Chủ tịch UBND tỉnh"),
])
def test_a_name_after_an_opener_needs_no_listed_family_name(sentence, name, title):
    people = _people(sentence)
    assert title in _titles(people[name])


def test_an_office_after_the_opener_is_no_name():
    people = _people("Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các ngành phối hợp.")
    assert not people


def test_a_pipe_table_row_gives_rank_and_office():
    people = _people("STT | Họ và tên | Cấp bậc | Chức vụ\n4 | Doãn Minh Hiển | Thượng tá | Phó Tổng Giám đốc Tổng công ty\n"
                     "5 | Ông Thị Hằng | Trung tá | Chủ nhiệm Chính trị Tổng công ty\n")
    assert _titles(people["Doãn Minh Hiển"]) == ["Phó Tổng Giám đốc Tổng công ty"]
    assert people["Doãn Minh Hiển"].rank == "Thượng tá"
    assert _titles(people["Ông Thị Hằng"]) == ["Chủ nhiệm Chính trị Tổng công ty"]


def test_a_country_opening_a_ranked_name_is_the_name():
    people = _people("Thiếu tướng Hàn Quốc Đoan, Phó Tư lệnh Quân chủng PK-KQ đánh giá cao đơn vị.")
    assert _titles(people["Hàn Quốc Đoan"]) == ["Phó Tư lệnh Quân chủng PK-KQ"]


def test_the_holder_after_tp_alone():
    people = _people("Phó Chủ tịch UBND TP, Chủ tịch Hội đồng Nghĩa vụ quân sự TP Lã Thanh Nhã chủ trì hội nghị.")
    assert "Phó Chủ tịch UBND TP" in _titles(people["Lã Thanh Nhã"])


def test_a_dated_career_list_gives_the_person_named_before_every_office():
    people = _people("Thiếu tướng Mai Xuân Lãm sinh ngày 12/5/1941 tại Thanh Hóa.\nQuá trình công tác:\n"
                     "- 1961 - 1968: Trợ lý quân nhu Binh trạm 12, Đoàn 559.\n"
                     "- 1968 - 1975: Phó Chủ nhiệm Hậu cần, Chủ nhiệm Hậu cần Sư đoàn 341; tham gia Chiến dịch Hồ Chí Minh.\n"
                     "- 1989 - 2002: Phó Cục trưởng, Cục trưởng Cục Quân nhu, Tổng cục Hậu cần.\n")
    titles = _titles(people["Mai Xuân Lãm"])
    for title in ("Trợ lý quân nhu Binh trạm 12", "Phó Chủ nhiệm Hậu cần Sư đoàn 341", "Chủ nhiệm Hậu cần Sư đoàn 341",
                  "Phó Cục trưởng Cục Quân nhu", "Cục trưởng Cục Quân nhu"):
        assert title in titles
    assert all(p.former for p in people["Mai Xuân Lãm"].positions)
    assert "Hồ Chí Minh" not in people  # the campaign's name is no person of the article


def test_an_obituary_header_goes_on_after_birth_and_home():
    people = _people("Trung tướng Doãn Văn Quyết sinh năm 1968, quê Nam Định, nguyên Chủ nhiệm Tổng cục Hậu cần. "
                     "Trung tướng Tăng Quốc Trị nguyên là Chính ủy Tổng cục Kỹ thuật.")
    assert _titles(people["Doãn Văn Quyết"]) == ["Chủ nhiệm Tổng cục Hậu cần"]
    assert _titles(people["Tăng Quốc Trị"]) == ["Chính ủy Tổng cục Kỹ thuật"]


def test_an_office_goes_on_with_la_and_a_ceremony_board():
    people = _people("Trung tướng Doãn Văn Quyết, Chủ nhiệm Tổng cục Hậu cần là Trưởng Ban Tổ chức lễ tang.")
    assert _titles(people["Doãn Văn Quyết"]) == ["Chủ nhiệm Tổng cục Hậu cần", "Trưởng Ban Tổ chức lễ tang"]


def test_an_uncounted_roster_after_a_ministry():
    people = _people("Theo Quyết định số 1003/QĐ-BQP ngày 28/2/2025 của Bộ trưởng Bộ Quốc phòng, Tổng cục Hậu cần - Kỹ "
                     "thuật có Chủ nhiệm là Trung tướng Doãn Văn Quyết; Chính ủy là Trung tướng Tăng Quốc Trị; các Phó "
                     "Chủ nhiệm gồm: Thiếu tướng Nghiêm Xuân Phong và Thiếu tướng Mai Văn Yên, Phó Chủ nhiệm kiêm Tham "
                     "mưu trưởng.")
    assert _titles(people["Doãn Văn Quyết"]) == ["Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật"]
    assert _titles(people["Tăng Quốc Trị"]) == ["Chính ủy Tổng cục Hậu cần - Kỹ thuật"]
    assert _titles(people["Nghiêm Xuân Phong"]) == ["Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật"]
    assert set(_titles(people["Mai Văn Yên"])) == {"Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật",
                                                   "Tham mưu trưởng Tổng cục Hậu cần - Kỹ thuật"}


@pytest.mark.parametrize("text,title,tail", [
    ("Chủ nhiệm Khoa Hồi sức tích cực chia sẻ kinh nghiệm.", "Chủ nhiệm", "Khoa Hồi sức tích cực"),
    ("Trưởng khoa Cứu nạn, cứu hộ, Trưởng ban Giám khảo kiểm tra.", "Trưởng khoa", "Cứu nạn, cứu hộ"),
    ("Phó Viện trưởng Viện Kỹ thuật hóa học, sinh học và tài liệu nghiệp vụ, báo cáo viên cấp Bộ, nêu giải pháp.",
     "Phó Viện trưởng", "Viện Kỹ thuật hóa học, sinh học và tài liệu nghiệp vụ"),
    ("Trưởng xưởng sửa chữa khí tài, Trung đoàn 218.", "Trưởng xưởng sửa chữa", "khí tài"),
    ("Chủ tịch Hội Liên hiệp Phụ nữ TP. Dĩ An tham gia.", "Chủ tịch", "Hội Liên hiệp Phụ nữ TP. Dĩ An"),
    ("Thứ trưởng Bộ Dân tộc và Tôn giáo Hoàng Thị Tuyết phát biểu.", "Thứ trưởng", "Bộ Dân tộc và Tôn giáo"),
    ("Trợ lý Xăng dầu đề xuất bố trí lực lượng.", "Trợ lý", "Xăng dầu"),
    ("Thuyền trưởng tàu HQ-996 cho biết.", "Thuyền trưởng", "tàu HQ-996"),
])
def test_the_organisation_tail_by_its_grammar(text, title, tail):
    assert text[:tail_end(text, len(title), title)] == f"{title} {tail}"


@pytest.mark.parametrize("text", [
    "Giám đốc Sở Y tế, cho biết như vậy.",
    "Bí thư Tỉnh ủy Hà Nam, trưởng đoàn, phát biểu.",
    "Chủ nhiệm Hậu cần Quân khu 4 kiểm tra bếp ăn.",
])
def test_what_follows_a_name_stays_out(text):
    end = tail_end(text, text.index(" ", text.index(" ") + 1), "")
    assert "," not in text[:end] and "kiểm tra" not in text[:end]


def test_a_chain_shares_the_unit_not_the_section_or_council():
    people = _people("Thượng tá Đào Duy Khánh, Phó Chủ nhiệm Hậu cần - Kỹ thuật — Trưởng phòng Xe máy - Vận tải. "
                     "Thượng tá Đào Ngọc Anh, Phó Chỉ huy trưởng, Chủ nhiệm Hậu cần - Kỹ thuật Bộ CHQS tỉnh cho biết. "
                     "Đại tá Xa Văn Lưu, Chính ủy, Chủ tịch Hội đồng thi đua, khen thưởng Bộ CHQS tỉnh chủ trì.")
    assert "Phó Chủ nhiệm Hậu cần - Kỹ thuật" in _titles(people["Đào Duy Khánh"])
    assert "Phó Chỉ huy trưởng Bộ CHQS tỉnh" in _titles(people["Đào Ngọc Anh"])
    assert "Chính ủy Bộ CHQS tỉnh" in _titles(people["Xa Văn Lưu"])


def test_a_site_named_after_a_person_holds_no_person():
    people = _people("Đại tá Giang Văn Dương dâng hương tại Khu di tích Chủ tịch Hồ Chí Minh và Lăng Chủ tịch Hồ Chí Minh.")
    assert set(people) == {"Giang Văn Dương"}


def test_members_of_a_colon_list_followed_by_their_office():
    people = _people("Về phía tỉnh có các đồng chí: Ksor Yên-Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy; "
                     "Rơ Châm Khuyên-Phó Chủ tịch UBND tỉnh; Siu Lễ-Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.")
    assert _titles(people["Rơ Châm Khuyên"]) == ["Phó Chủ tịch UBND tỉnh"]
    assert _titles(people["Siu Lễ"]) == ["Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"]
    assert _titles(people["Ksor Yên"]) == ["Trưởng ban Dân vận Tỉnh ủy"]


@pytest.mark.parametrize("sentence,name", [
    ("Học viên Trịnh Quốc Bảo, thủ khoa khóa học, thay mặt các tân sĩ quan hứa quyết tâm.", "Trịnh Quốc Bảo"),
    ("Thay mặt các gia đình, CCB Kha Văn Thuận, thôn Vĩnh Đức gửi lời cảm ơn.", "Kha Văn Thuận"),
    ("Bà Lê Thị Bé Năm (62 tuổi, ngụ xã Thạnh Phong) chia sẻ như vậy.", "Lê Thị Bé Năm"),
])
def test_a_person_introduced_by_a_noun_is_a_person_without_office(sentence, name):
    people = _people(sentence)
    assert name in people and _titles(people[name]) == []


def test_a_campaign_or_a_lone_given_name_is_no_introduced_person():
    assert _people("Ông tham gia Chiến dịch Hồ Chí Minh năm 1975 và được ông Bảy khen.") == {}


def test_a_rank_in_lower_case_after_la_and_an_appointment_clause():
    people = _people("Ban Chấp hành chuẩn y đồng chí Phạm Bá Khôi, Phó Chủ tịch Hội CCB TP Cần Thơ giữ chức vụ Chủ tịch "
                     "Hội CCB TP Cần Thơ, thay đồng chí Trần Hữu Lợi, Chủ tịch Hội CCB TP thôi tham gia công tác Hội. "
                     "Đồng chí Phạm Bá Khôi, là thiếu tướng, nguyên Phó Chính ủy Quân khu 9, từng tham gia công tác Hội.")
    assert people["Phạm Bá Khôi"].rank == "Thiếu tướng"
    assert set(_titles(people["Phạm Bá Khôi"])) == {"Phó Chủ tịch Hội CCB TP Cần Thơ", "Chủ tịch Hội CCB TP Cần Thơ",
                                                    "Phó Chính ủy Quân khu 9"}
    assert _titles(people["Trần Hữu Lợi"]) == ["Chủ tịch Hội CCB TP"]


def test_kinh_qua_cac_chuc_vu_lists_former_offices():
    people = _people("Trước khi giữ cương vị mới, ông Lầu Văn Chớ đã kinh qua các chức vụ: Phó Chủ tịch UBND huyện Mường "
                     "Chà; Giám đốc Sở Nông nghiệp và Phát triển nông thôn; Phó Chủ tịch UBND tỉnh.")
    assert _titles(people["Lầu Văn Chớ"]) == ["Phó Chủ tịch UBND huyện Mường Chà",
                                            "Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Phó Chủ tịch UBND tỉnh"]
    assert all(p.former for p in people["Lầu Văn Chớ"].positions)


def test_abbreviated_dong_chi_opens_a_name():
    people = _people("Đ/c Bế Văn Cường, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện báo cáo kết quả.")
    assert _titles(people["Bế Văn Cường"]) == ["Chỉ huy trưởng Ban Chỉ huy Quân sự huyện"]


def test_a_named_unit_keeps_its_own_verbs_out_and_its_compound_words_in():
    people = _people("Đại tá Đoàn Văn Đài, Cục trưởng Cục Quản lý trang bị và kho vận phát biểu. Đồng chí Đại tá Đoàn "
                     "Quyết Thành được chỉ định giữ chức Chủ tịch Hội Cựu chiến binh Khối cơ quan và doanh nghiệp tỉnh.")
    assert _titles(people["Đoàn Văn Đài"]) == ["Cục trưởng Cục Quản lý trang bị và kho vận"]
    assert _titles(people["Đoàn Quyết Thành"]) == ["Chủ tịch Hội Cựu chiến binh Khối cơ quan và doanh nghiệp tỉnh"]


def test_a_field_run_stops_before_gom():
    text = "Phó Chủ nhiệm Tổng cục Hậu cần gồm Thiếu tướng Đào Văn Lực; Đại tá Đinh Văn Tường."
    assert text[:tail_end(text, len("Phó Chủ nhiệm"), "Phó Chủ nhiệm")] == "Phó Chủ nhiệm Tổng cục Hậu cần"


def test_an_office_naming_its_unit_by_head_before_a_rank_and_titles():
    people = _people("Giám đốc Học viện, Trung tướng, PGS.TS Khổng Văn Bảo chủ trì. Báo cáo với Phó Thủ tướng, Trung "
                     "tướng Lê Văn An cho biết.")
    assert _titles(people["Khổng Văn Bảo"]) == ["Giám đốc Học viện"]
    assert _titles(people["Lê Văn An"]) == []  # a bare office after a comma is someone else's
