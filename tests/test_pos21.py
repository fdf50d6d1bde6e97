"""Positions, party roles and persons, session 14 (issue 14, brief pos21, spent set 16). Invented sentences and people.

- A numbered defence area's place after the dash keeps a later syllable that is also a form of address ('… khu vực
  3 - Đông Anh', 'Ngã Năm'): such a word opens the next person only as the place's first syllable (set 16: 1042).
- A commune page's first office written right after the name with no punctuation, capitalised ('Đồng chí: X Bí Thư
  Đảng ủy xã'), is the person's; the name stops before it (set 16: 1025).
- 'thanh niên', 'công dân' and 'đồng chí' before a name make a person with no office (set 16: 1025).
- A name after a district's or town's committee and its place ('Bí thư Thị ủy Bến Cát Nguyễn Thanh Tâm') is the
  holder, not part of the place (set 16: 1035).
- A bare 'Tỉnh ủy viên' on a provincial paper with a name of its own ('Báo Ấp Bắc') takes that paper's province.
- An appointment to a committee whose body is a bare 'Đảng bộ'/'Đảng ủy', ending with the office it gives ('tham gia
  Ban Chấp hành Đảng bộ, Ban Thường vụ Đảng ủy và giữ chức Bí thư Đảng ủy Quân sự tỉnh X'), gives a seat on each
  committee of that office's unit, and the office (set 16: 1028).
- A commune military cell named by its level alone ('Chi bộ Quân sự xã') takes the page's commune (set 16: 1026).
- 'Giám thị' with its unit ('Giám thị Trại tạm giam số 1') is an office; alone ('các giám thị coi thi') none (1008).
- A signer's office line ending with its parent unit after a comma ('Phó Trưởng khoa Chỉ huy Hậu cần, Học viện Hậu
  cần') gives the office without the parent (set 16: 1013).
- A one-off board's office keeps what the board is for ('Trưởng Ban Chỉ đạo nhà ăn', 'Trưởng ban Tổ chức lớp huấn
  luyện'; set 16: 1012, 1027).
- A bare commune committee takes the one ward its own sentence names ('Tại phường X, đồng chí Y, Bí thư Đảng ủy, Chủ
  tịch HĐND phường'), else the page's (set 16: 1033).
- The commune command in lower case ('Chỉ huy trưởng Ban chỉ huy quân sự xã X') keeps its words and its holder.
"""

from __future__ import annotations

import pytest

from haucan.annotate import annotate
from haucan.article import build_article
from haucan.extract.entities import extract
from haucan.knowledge.facts import derive_facts
from haucan.knowledge.orgs import OrgRegistry
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules
from tests.support.people import people_in


@pytest.mark.parametrize("place", ["Đông Anh", "Ngã Năm", "Yên Bà"])
def test_an_area_place_keeps_a_later_syllable_that_is_a_form_of_address(place):
    people = people_in(f"Dự buổi lễ có Trung tá Lò Văn Khiêm, Phó Chỉ huy trưởng, Chủ nhiệm Hậu cần - Kỹ thuật Ban Chỉ "
                       f"huy phòng thủ khu vực 3 - {place}; đồng chí Hà Thị Mơ, Chủ tịch UBND xã.")
    titles = [p.title for p in people["Lò Văn Khiêm"].positions]
    assert f"Chủ nhiệm Hậu cần - Kỹ thuật Ban Chỉ huy phòng thủ khu vực 3 - {place}" in titles
    assert f"Phó Chỉ huy trưởng Ban Chỉ huy phòng thủ khu vực 3 - {place}" in titles


def test_an_area_place_still_stops_before_a_form_of_address_that_opens_it():
    people = people_in("Trung tá Lò Văn Khiêm, Chỉ huy trưởng Ban Chỉ huy phòng thủ khu vực 3 - Anh Mạc Văn Tư cùng dự.")
    assert "Chỉ huy trưởng Ban Chỉ huy phòng thủ khu vực 3 - Anh Mạc Văn Tư" not in [
        p.title for p in people["Lò Văn Khiêm"].positions]


@pytest.mark.parametrize("secretary", ["Bí Thư", "Bí thư"])
def test_an_office_after_the_name_with_no_punctuation_is_the_persons(secretary):
    people = people_in(f"Về dự có Đồng chí: Lục Văn Khoan {secretary} Đảng ủy xã; Đồng chí: Hà Thị Mơ - Phó Bí thư - "
                       "Chủ tịch UBND xã.", place="xã Tân Lập")
    assert "Lục Văn Khoan" in people
    assert people["Lục Văn Khoan"].party_roles == ("Bí thư Đảng ủy xã Tân Lập",)


def test_a_lower_case_word_after_the_name_is_no_office():
    people = people_in("Ông Lục Văn Khoan trao quà cho các gia đình chính sách.")
    assert people["Lục Văn Khoan"].positions == ()


@pytest.mark.parametrize("noun", ["thanh niên", "Thanh niên", "công dân", "đồng chí"])
def test_a_recruit_or_comrade_named_with_no_office_is_a_person(noun):
    people = people_in(f"Thay mặt các tân binh, {noun} Lục Văn Khoan bày tỏ niềm vinh dự.")
    assert "Lục Văn Khoan" in people


def test_the_commune_command_in_lower_case_keeps_its_holder():
    people = people_in("Sau đó, đồng chí Chỉ huy trưởng Ban chỉ huy quân sự xã Lục Văn Khoan báo cáo kết quả tuyển quân.")
    assert [p.title for p in people["Lục Văn Khoan"].positions] == ["Chỉ huy trưởng Ban chỉ huy quân sự xã"]


@pytest.mark.parametrize("committee", ["Thị ủy Tân Uyên", "Huyện ủy Mường Tè", "Quận ủy Ngô Quyền"])
def test_a_name_after_a_local_committee_and_its_place_is_the_holder(committee):
    people = people_in(f"Dự có Tỉnh ủy viên, Bí thư {committee} Nguyễn Thanh Tâm; Đại tá Lâm Văn Khải, Chính ủy Bộ "
                       "CHQS tỉnh Bình Dương.", place="tỉnh Bình Dương")
    assert people["Nguyễn Thanh Tâm"].party_roles == ("Tỉnh ủy viên Bình Dương", f"Bí thư {committee}")


def test_a_bare_provincial_seat_takes_the_province_of_a_paper_with_its_own_name():
    text = ("Đại hội Đảng bộ Phòng Hậu cần\n\n(ABO) Ngày 12/3/2025, Đảng bộ Phòng Hậu cần tổ chức đại hội. Đến dự có "
            "Đại tá Lâm Văn Khải, Tỉnh ủy viên, Chính ủy Bộ CHQS tỉnh.\n")
    article = build_article(RawArticle(SourceFile("0123456789abcdef.txt", "0123456789abcdef", None), text), load_rules())
    people = {o.name: o for o in derive_facts(annotate(article, None, extract(article)), OrgRegistry(), None).auto[0]}
    assert people["Lâm Văn Khải"].party_roles == ("Tỉnh ủy viên Tiền Giang",)


def test_a_unit_head_after_comrades_is_no_name():
    people = people_in("Dự có đồng chí Lâm Văn Khải, Chủ tịch UBND huyện; các đồng chí Ban Thường vụ Huyện ủy.")
    assert "Ban Thường" not in people


@pytest.mark.parametrize("joiner", [" và", ","])
def test_an_appointment_to_bare_committees_takes_the_unit_of_the_office_it_gives(joiner):
    people = people_in(f"Ông Hà Minh Khôi, Bí thư Tỉnh ủy Sơn La được chỉ định tham gia Ban Chấp hành Đảng bộ, Ban "
                       f"Thường vụ Đảng ủy{joiner} giữ chức Bí thư Đảng ủy Quân sự tỉnh Sơn La nhiệm kỳ 2025 - 2030.")
    roles = people["Hà Minh Khôi"].party_roles
    assert "Ủy viên Ban Chấp hành Đảng bộ Quân sự tỉnh Sơn La" in roles
    assert "Ủy viên Ban Thường vụ Đảng ủy Quân sự tỉnh Sơn La" in roles
    assert "Bí thư Đảng ủy Quân sự tỉnh Sơn La" in roles


def test_an_appointment_to_a_named_committee_is_unchanged():
    people = people_in("Thượng tá Hà Minh Khôi, Chỉ huy trưởng Bộ CHQS tỉnh Sơn La được chỉ định tham gia Ban Chấp "
                       "hành Đảng bộ tỉnh Sơn La nhiệm kỳ 2025 - 2030.")
    assert "Ủy viên Ban Chấp hành Đảng bộ tỉnh Sơn La" in people["Hà Minh Khôi"].party_roles


def test_a_commune_military_cell_named_by_its_level_takes_the_commune():
    people = people_in("Hội nghị của Chi bộ Quân sự xã do đồng chí Lục Văn Khoan – Chi ủy viên, Chỉ huy trưởng Ban CHQS "
                       "xã trình bày báo cáo.", place="xã Tân Lập")
    assert "Chi ủy viên Chi bộ Quân sự xã Tân Lập" in people["Lục Văn Khoan"].party_roles


def test_a_warden_with_his_camp_holds_an_office_and_an_invigilator_none():
    people = people_in("Đến dự có Thượng tá Lục Thị Mơ, Giám thị Trại tạm giam số 2; các giám thị Lê Văn Bốn và "
                       "Hà Văn Năm coi thi.")
    assert [p.title for p in people["Lục Thị Mơ"].positions] == ["Giám thị Trại tạm giam số 2"]
    assert "Lê Văn Bốn" not in people or not people["Lê Văn Bốn"].positions


def test_a_deputy_warden_keeps_the_camps_lower_case_words():
    people = people_in("Thượng tá Lục Văn Khoan, Phó Giám thị Trại tạm giam cho biết bếp ăn đã được cải tạo.")
    assert [p.title for p in people["Lục Văn Khoan"].positions] == ["Phó Giám thị Trại tạm giam"]


def test_a_signers_office_line_drops_the_parent_unit_after_its_comma():
    people = people_in("Đại tá, TS LỤC VĂN KHOAN\nPhó Trưởng khoa Hậu cần chiến dịch, Học viện Hậu cần\n"
                       "Bài viết bàn về công tác bảo đảm hậu cần.")
    assert [p.title for p in people["LỤC VĂN KHOAN"].positions] == ["Phó Trưởng khoa Hậu cần chiến dịch"]


@pytest.mark.parametrize("office", ["Trưởng Ban Chỉ đạo nhà ăn", "Trưởng ban Tổ chức lớp huấn luyện"])
def test_a_one_off_boards_office_keeps_what_it_is_for(office):
    people = people_in(f"Đồng chí Lục Văn Khoan, Phó Hiệu trưởng, {office} chủ trì buổi kiểm tra.")
    assert office in [p.title for p in people["Lục Văn Khoan"].positions]


def test_a_bare_ward_committee_takes_the_ward_its_sentence_names():
    people = people_in("Đoàn đã kiểm tra phường Phú Hội và phường Phú Hội. Tại phường Tây Lộc, đồng chí Lục Thị Mơ, Bí "
                       "thư Đảng ủy, Chủ tịch HĐND phường cho biết đã hỗ trợ.", place="phường Phú Hội")
    assert people["Lục Thị Mơ"].party_roles == ("Bí thư Đảng ủy phường Tây Lộc",)


def test_a_sentence_naming_two_wards_leaves_the_pages_ward():
    people = people_in("Đồng chí Lục Thị Mơ, Bí thư Đảng ủy, Chủ tịch HĐND phường cho biết đã hỗ trợ phường Tây Lộc và "
                       "phường Kim Long.", place="phường Phú Hội")
    assert people["Lục Thị Mơ"].party_roles == ("Bí thư Đảng ủy phường Phú Hội",)


def test_a_bare_secretary_takes_the_commune_committee_a_chain_names_once_completed():
    people = people_in("Ngày 13/3/2025, Ban chỉ huy quân sự xã Tà Lùng tổ chức tập huấn.\n\nDự có đồng chí Lục Văn "
                       "Khoan – Bí thư Đảng ủy; đồng chí Hà Thị Mơ – Phó Bí thư Đảng ủy, Chủ tịch UBND xã.\n\n"
                       "Đồng chí Lê Văn Bốn, Phó Bí thư Đảng ủy, Chủ tịch HĐND xã Tà Lùng phát biểu.", place="xã Tà Lùng")
    assert people["Lục Văn Khoan"].party_roles == ("Bí thư Đảng ủy xã Tà Lùng",)
