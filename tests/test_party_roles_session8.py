"""Party roles of session 8 (issue 14, the third blind set's misses): open committees completed by any unit's head
noun, a unit's name read off the page after a title that stops at its head, standing-committee seats, old tone
marks in local committees, a person's name taken for a district, and the scorer's equivalences. Invented
sentences and names."""

from __future__ import annotations

from functools import partial

import pytest

from haucan.knowledge.party_places import ArticlePlaces, with_place
from haucan.realworld import role_key
from tests.support.people import people_in

_people = partial(people_in, title="Hội nghị tổng kết công tác hậu cần", date="12/10/2024")


@pytest.mark.parametrize(("office", "body"), [
    ("Tư lệnh Binh đoàn", "Binh đoàn"),
    ("Giám đốc Nhà máy", "Nhà máy"),
    ("Phó Chính ủy Nhà trường", "Nhà trường"),
])
def test_an_open_committee_takes_any_units_head_noun_as_written(office, body):
    people = _people(f"Dự hội nghị có Đại tá Lò Văn Khiêm, Bí thư Đảng ủy, {office} và các cơ quan.")
    assert people["Lò Văn Khiêm"].party_roles == (f"Bí thư Đảng ủy {body}",)


def test_the_units_name_after_a_title_cut_at_its_head_completes_the_role():
    people = _people("Đại tá Mạc Văn Quyền, Bí thư Đảng ủy, Hiệu trưởng Trường Cao đẳng Kỹ thuật 3 chủ trì buổi lễ.")
    assert people["Mạc Văn Quyền"].party_roles == ("Bí thư Đảng ủy Trường Cao đẳng Kỹ thuật 3",)


def test_a_party_cell_written_before_its_unit_takes_the_units_lower_case_words_and_stops_at_a_verb():
    people = _people("Trung tá Âu Văn Lịch, Bí thư Chi bộ Đội Quản lý kho xăng là đại biểu chính thức.")
    assert people["Âu Văn Lịch"].party_roles == ("Bí thư Chi bộ Đội Quản lý kho xăng",)


def test_a_bare_title_takes_a_head_nouns_unit_up_to_and_but_not_a_person_after_it():
    people = _people("Hội nghị do Đại tá Mẫn Văn Tài, Phó Bí thư Đảng ủy, Tổng Giám đốc Tổng công ty và đồng chí "
                     "Vi Thị Hạnh, Chủ tịch Công đoàn Tổng công ty đồng chủ trì.")
    assert people["Mẫn Văn Tài"].party_roles == ("Phó Bí thư Đảng ủy Tổng công ty",)


def test_a_standing_committee_seat_of_a_branch_chief_is_on_the_units_committee_not_the_departments():
    people = _people("Phóng viên trao đổi với Đại tá Ninh Văn Hậu, Ủy viên Ban Thường vụ Đảng ủy, Chủ nhiệm Hậu cần - "
                     "Kỹ thuật BĐBP về công tác bảo đảm.")
    assert people["Ninh Văn Hậu"].party_roles == ("Ủy viên Ban Thường vụ Đảng ủy BĐBP",)


def test_a_secretary_of_a_branch_chiefs_chain_stays_the_departments():
    people = _people("Thiếu tướng Hứa Văn Bảy, Phó Bí thư Đảng ủy, Chủ nhiệm Hậu cần - Kỹ thuật Quân khu 9 phát biểu.")
    assert [r.replace(" - ", "-") for r in people["Hứa Văn Bảy"].party_roles] == [
        "Phó Bí thư Đảng ủy Cục Hậu cần-Kỹ thuật Quân khu 9"]


def test_a_bare_standing_committee_beside_an_office_of_a_party_organ_is_the_committee_it_serves():
    people = _people("Tại tỉnh Nghệ An, dự có đồng chí Lữ Văn Hòe - Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo "
                     "Tỉnh ủy.")
    assert people["Lữ Văn Hòe"].party_roles == ("Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An",)


def test_a_town_committee_in_old_tone_marks_takes_its_town():
    places = ArticlePlaces(province="Bắc Ninh", district="Thuận Thành")
    assert with_place("Ủy viên Ban Thường vụ Thị uỷ", places) == "Ủy viên Ban Thường vụ Thị ủy Thuận Thành"


def test_a_holder_named_after_the_district_committee_is_not_the_district():
    people = _people("Hội nghị tổng kết công tác quốc phòng huyện Tà Lùng. Bí thư Huyện ủy Hầu Văn Sính dự và phát "
                     "biểu chỉ đạo. Lực lượng vũ trang huyện Tà Lùng hoàn thành nhiệm vụ.")
    assert people["Hầu Văn Sính"].party_roles == ("Bí thư Huyện ủy Tà Lùng",)


@pytest.mark.parametrize(("gold", "published"), [
    ("Ủy viên BTV Thị uỷ Thuận Thành", "Ủy viên Ban Thường vụ Thị ủy Thuận Thành"),
    ("Phó Bí thư ĐUQS tỉnh Hà Tĩnh", "Phó Bí thư Đảng ủy Quân sự tỉnh Hà Tĩnh"),
    ("Bí thư Đảng ủy Cục Hậu cần – Kỹ thuật", "Bí thư Đảng ủy Cục Hậu cần-Kỹ thuật"),
])
def test_the_scorer_counts_abbreviations_tone_marks_and_dashes_as_the_same(gold, published):
    assert role_key(gold) == role_key(published)


@pytest.mark.parametrize(("gold", "published"), [
    ("Bí thư Đảng ủy Quân khu", "Bí thư Đảng ủy Quân khu 9"),
    ("Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy Đồng Nai"),
    ("Phó Bí thư Tỉnh ủy Hà Tĩnh", "Phó Bí thư Thường trực Tỉnh ủy Hà Tĩnh"),
])
def test_the_scorer_counts_nothing_looser(gold, published):
    assert role_key(gold) != role_key(published)


def test_persons_elected_into_a_committee_hold_a_seat_on_it():
    people = _people("Tại tỉnh Hà Tĩnh, Đại tá Khổng Văn Lâm, Chỉ huy trưởng Bộ CHQS tỉnh, và Đại tá Vi Văn Sằn, Giám "
                     "đốc Công an tỉnh, được bầu bổ sung vào Ban Thường vụ Tỉnh ủy Hà Tĩnh.")
    assert "Ủy viên Ban Thường vụ Tỉnh ủy Hà Tĩnh" in people["Khổng Văn Lâm"].party_roles
    assert "Ủy viên Ban Thường vụ Tỉnh ủy Hà Tĩnh" in people["Vi Văn Sằn"].party_roles


def test_an_active_election_seats_the_persons_between_the_verb_and_the_committee_only():
    people = _people("Hội nghị do ông Tạ Văn Hùng, Bí thư Tỉnh ủy Hà Tĩnh chủ trì; hội nghị đã bầu bổ sung ông Lục Văn "
                     "Đông, Giám đốc Sở Tài chính vào Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020-2025.")
    assert "Ủy viên Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh" in people["Lục Văn Đông"].party_roles
    assert not any(r.startswith("Ủy viên") for r in people["Tạ Văn Hùng"].party_roles)


@pytest.mark.parametrize(("office", "role"), [
    ("Chủ tịch UBND tỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy Hà Tĩnh"),
    ("Chủ tịch HĐND huyện Kỳ Anh", "Ủy viên Ban Thường vụ Huyện ủy Kỳ Anh"),
])
def test_a_bare_standing_committee_beside_a_state_office_is_the_party_committee_of_its_level(office, role):
    people = _people(f"Tại tỉnh Hà Tĩnh, dự có đồng chí Mạc Văn Hòa, Ủy viên Ban Thường vụ, {office}.")
    assert people["Mạc Văn Hòa"].party_roles == (role,)


@pytest.mark.parametrize(("written", "role"), [
    ("Ủy viên QUTW, Thứ trưởng Bộ Quốc phòng", "Ủy viên Quân ủy Trung ương"),
    ("UVBCH Đảng bộ tỉnh, Giám đốc Sở Tài chính", "Ủy viên Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh"),
])
def test_party_abbreviations_are_roles_written_out(written, role):
    people = _people(f"Tại tỉnh Hà Tĩnh, dự có Đại tá Khổng Văn Bảy, {written}.")
    assert role in people["Khổng Văn Bảy"].party_roles
