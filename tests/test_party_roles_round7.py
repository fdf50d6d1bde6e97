"""Party roles of round 7 (issue 14, the spent blind set's misses): a unit named by its head alone, a committee
elected at a party congress, offices of a party organ, the Central Military Party Committee's old name, and a
registry qualifier the article never writes. Invented sentences and names."""

from __future__ import annotations

from functools import partial

import pytest

from haucan.knowledge.party import spelled_body
from haucan.knowledge.party_places import ArticlePlaces, with_place
from haucan.rules import load_rules
from tests.support.people import people_in

RULES = load_rules()


_people = partial(people_in, title="Hội nghị tổng kết công tác hậu cần", date="12/10/2024")



def test_a_chain_office_naming_its_unit_by_the_head_gives_the_role_that_head_as_written():
    # Round 8: the README's convention as the second blind set's gold applies it (dev 609, 617); round 7 gave
    # 'Bí thư Đảng ủy Quân khu 5' here.
    people = _people("Ngày 5/10, Đảng ủy Quân khu 5 tổ chức hội nghị. Trung tướng Hồ Văn Khải, Bí thư Đảng ủy, "
                     "Chính ủy Quân khu chủ trì hội nghị.")
    assert people["Hồ Văn Khải"].party_roles == ("Bí thư Đảng ủy Quân khu",)


def test_a_role_written_with_a_bare_head_keeps_it_as_written():
    people = _people("Đảng bộ Tổng cục Hậu cần - Kỹ thuật tổ chức Đại hội đại biểu lần thứ I. Sau khi Tổng cục Hậu cần "
                     "và Tổng cục Kỹ thuật được tổ chức lại thành Tổng cục Hậu cần - Kỹ thuật, Đảng bộ Tổng cục "
                     "họp lần đầu. Ban Chấp hành đã bầu Trung tướng Đinh Quang Lộc, Chủ nhiệm Tổng cục, giữ chức "
                     "Bí thư Đảng ủy Tổng cục.")
    assert people["Đinh Quang Lộc"].party_roles == ("Bí thư Đảng ủy Tổng cục",)


def test_roles_elected_at_a_congress_join_the_chain_and_take_the_congress_body():
    people = _people("Đảng bộ Phòng Hậu cần – Kỹ thuật tổ chức Đại hội đại biểu lần thứ II. Tại phiên họp thứ nhất, "
                     "Thượng tá Phạm Văn Kha, Trưởng phòng Hậu cần – Kỹ thuật, được bầu giữ chức Bí thư Đảng ủy; "
                     "Thượng tá Lê Đình Sâm, Chính trị viên, được bầu giữ chức Phó Bí thư Đảng ủy.")
    assert [r.replace(" – ", "-") for r in people["Phạm Văn Kha"].party_roles] == [
        "Bí thư Đảng ủy Phòng Hậu cần-Kỹ thuật"]
    assert [r.replace(" – ", "-") for r in people["Lê Đình Sâm"].party_roles] == [
        "Phó Bí thư Đảng ủy Phòng Hậu cần-Kỹ thuật"]


@pytest.mark.parametrize(("written", "role"), [
    ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư", "Thường trực Ban Bí thư"),
    ("Ủy viên BTV Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy", "Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An"),
    ("Ủy viên BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy Nghệ An"),
])
def test_an_office_of_a_party_organ_is_an_office_only(written, role):
    # Session 8 convention (tests/realworld/README.md): offices of a party organ are positions, not party roles.
    people = _people(f"Tại tỉnh Nghệ An, dự có đồng chí Lữ Thị Hằng - {written}.")
    person = people["Lữ Thị Hằng"]
    assert role not in person.party_roles
    assert role.removesuffix(" Nghệ An") in [p.title for p in person.positions]


def test_a_board_of_an_event_is_no_party_office():
    people = _people("Đại tá Cầm Văn Toản, Phó Chủ nhiệm Hậu cần Quân khu, Trưởng ban tổ chức hội thi phát biểu.")
    assert people["Cầm Văn Toản"].party_roles == ()


def test_the_central_military_party_committee_keeps_its_old_name_whole():
    people = _people("Cùng dự có Đại tướng Vương Đình Hạc, nguyên Ủy viên Bộ Chính trị, nguyên Phó Bí thư Đảng ủy "
                     "Quân sự Trung ương (nay là Quân ủy Trung ương), nguyên Bộ trưởng Bộ Quốc phòng.")
    assert "Phó Bí thư Đảng ủy Quân sự Trung ương" in people["Vương Đình Hạc"].party_roles


def test_a_bare_committee_takes_the_party_body_but_a_party_cell_does_not():
    places = ArticlePlaces(None, None, "Phòng Hậu cần-Kỹ thuật")
    assert with_place("Phó Bí thư Đảng ủy", places) == "Phó Bí thư Đảng ủy Phòng Hậu cần-Kỹ thuật"
    assert with_place("Bí thư Chi bộ", places) == "Bí thư Chi bộ"
    assert with_place("Bí thư Đảng đoàn", places) == "Bí thư Đảng đoàn"
    assert with_place("Bí thư Đảng ủy Cục", places) == "Bí thư Đảng ủy Cục"
    # A named body is no bare head: 'Cục Quân nhu' stays, the article's party body is not added.
    assert with_place("Bí thư Đảng ủy Cục Xăng dầu", places) == "Bí thư Đảng ủy Cục Xăng dầu"


def test_a_registry_qualifier_is_not_part_of_a_party_body():
    assert spelled_body("Tổng Cục Hậu cần - Kỹ thuật", "tchckt-bca") == "Tổng cục Hậu cần-Kỹ thuật"
