"""Party roles, session 11 round 12 (set 7's misses): a commune's council or committee written by its level alone
('Chủ tịch HĐND xã') still names the commune's Đảng ủy, completed with the commune the page names; a commune's
military command has its party cell named 'Chi bộ Quân sự xã'; an office whose organisation mention stopped short
of its title's words ('Đồn Biên phòng Cửa' of 'Đồn Biên phòng Cửa khẩu Mỹ Quý Tây') gives the role the title's
whole unit. Invented sentences."""

from __future__ import annotations

from functools import partial

import pytest

from haucan.knowledge.party_rules import party_rules
from haucan.knowledge.party_units import level_committee
from tests.support.people import people_in

_people = partial(people_in, title="Xã Tân Khê tổng kết công tác hậu cần dân quân", place="xã Tân Khê",
                  date="2/12/2025")


@pytest.mark.parametrize(("chain", "role"), [
    ("Bí thư Đảng ủy, Chủ tịch HĐND xã", "Bí thư Đảng ủy xã Tân Khê"),
    ("Phó Bí thư Đảng ủy, Chủ tịch UBND xã", "Phó Bí thư Đảng ủy xã Tân Khê"),
    ("Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã", "Phó Bí thư Thường trực Đảng ủy xã Tân Khê"),
])
def test_a_communes_council_by_its_level_alone_names_the_communes_committee(chain, role):
    people = _people(f"UBND xã Tân Khê tổ chức hội nghị. Đồng chí Hầu Thị Mận, {chain} chủ trì hội nghị.")
    assert people["Hầu Thị Mận"].party_roles == (role,)


def test_the_level_word_alone_is_a_commune_body_but_a_province_is_not():
    rules = party_rules()
    assert level_committee(rules, "UBND xã") == "Đảng ủy xã"
    assert level_committee(rules, "HĐND phường Bến Thành") == "Đảng ủy phường Bến Thành"
    assert rules.commune_body.fullmatch("HĐND xã").group("place") == "xã"
    assert rules.commune_body.fullmatch("UBND xãhội") is None


@pytest.mark.parametrize(("chain", "role"), [
    ("Bí thư Chi bộ, Chỉ huy trưởng Ban CHQS xã", "Bí thư Chi bộ Quân sự xã Tân Khê"),
    ("Phó Bí thư Chi bộ, Chính trị viên phó Ban Chỉ huy Quân sự xã", "Phó Bí thư Chi bộ Quân sự xã Tân Khê"),
])
def test_a_communes_military_command_has_the_chi_bo_quan_su(chain, role):
    people = _people(f"Chi bộ Quân sự xã Tân Khê tổ chức đại hội. Đoàn Chủ tịch gồm các đồng chí: Mạc Văn Thìn, {chain}.")
    assert people["Mạc Văn Thìn"].party_roles == (role,)


def test_the_chi_bo_quan_su_written_by_its_level_takes_the_commune():
    people = _people("Đồng chí Mạc Văn Thìn, Bí thư Đảng ủy xã, Bí thư Chi bộ Quân sự xã chủ trì buổi lễ ở xã Tân Khê.")
    assert people["Mạc Văn Thìn"].party_roles == ("Bí thư Đảng ủy xã Tân Khê", "Bí thư Chi bộ Quân sự xã Tân Khê")


def test_a_unit_cell_that_is_no_communes_command_keeps_its_unit():
    # Only a commune's military command is renamed: a province's 'Bộ CHQS tỉnh' cell keeps its unit's office.
    people = _people("Trung tá Lò Văn Khởi, Bí thư Chi bộ, Trưởng phòng Hậu cần Bộ CHQS tỉnh phát biểu.")
    assert people["Lò Văn Khởi"].party_roles == ("Bí thư Chi bộ Phòng Hậu cần Bộ Chỉ huy Quân sự tỉnh",)


def test_an_office_whose_mention_stops_short_gives_the_titles_whole_unit():
    people = _people("Thượng tá Mai Văn Đượm - Bí thư Đảng ủy, Chính trị viên Đồn Biên phòng Cửa khẩu Tà Lùng "
                     "chia sẻ kinh nghiệm tăng gia.")
    assert people["Mai Văn Đượm"].party_roles == ("Bí thư Đảng ủy Đồn Biên phòng Cửa khẩu Tà Lùng",)


@pytest.mark.parametrize(("chain", "role"), [
    ("Ủy viên Ban Thường vụ Đảng ủy, Trưởng ban Xây dựng Đảng", "Ủy viên Ban Thường vụ Đảng ủy xã Tân Khê"),
    ("Ủy viên Ban Thường vụ, Phó Trưởng ban Xây dựng Đảng", "Ủy viên Ban Thường vụ Đảng ủy xã Tân Khê"),
])
def test_an_organ_only_a_commune_has_serves_the_communes_committee(chain, role):
    people = _people(f"UBND xã Tân Khê tổ chức hội nghị. Tham dự có đồng chí Vi Văn Sướng, {chain}; lãnh đạo các ban.")
    assert people["Vi Văn Sướng"].party_roles == (role,)


def test_a_bare_cell_seat_takes_the_cell_the_page_names():
    people = _people("Sáng 29/7, Chi bộ Quân sự xã Tân Khê tổ chức Đại hội lần thứ III. Đoàn Chủ tịch gồm các đồng "
                     "chí: Mạc Văn Thìn, Bí thư Chi bộ, Chỉ huy trưởng Ban CHQS xã; Lò Thị Nhài, Chi ủy viên.")
    assert people["Lò Thị Nhài"].party_roles == ("Chi ủy viên Chi bộ Quân sự xã Tân Khê",)


def test_a_bare_cell_seat_stays_bare_when_no_cell_is_named():
    people = _people("Đoàn Chủ tịch gồm các đồng chí: Mạc Văn Thìn, Chỉ huy trưởng Ban CHQS xã; Lò Thị Nhài, Chi ủy "
                     "viên. Chi bộ nhiệm kỳ qua hoàn thành tốt nhiệm vụ.")
    assert people["Lò Thị Nhài"].party_roles == ("Chi ủy viên",)
