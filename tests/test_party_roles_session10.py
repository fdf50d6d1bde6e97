"""Party roles, session 10 (issue 14): the grammar behind set 5's misses. A commander of a force heads its 'Bộ Tư
lệnh', whose committee a role beside him names; a village head names his village for the party cell; a unit's
name the person finder took for a person ('Đoàn KT') still completes a role; a 'Tỉnh ủy' of a city that was a
province is the province's; a provincial body's host names the province its page leaves unnamed. Invented
sentences."""

from __future__ import annotations

import re
from functools import partial

import pytest

from haucan.knowledge.party_places import ArticlePlaces, _host_province, with_place
from haucan.knowledge.party_units import commanded_unit, village_unit
from tests.support.people import people_in

_people = partial(people_in, title="Hội nghị tổng kết công tác hậu cần", place="Hà Nội", date="4/12/2025")


@pytest.mark.parametrize(("chain", "role"), [
    ("Bí thư Đảng ủy, Tư lệnh CSCĐ", "Bí thư Đảng ủy Bộ Tư lệnh CSCĐ"),
    ("Phó Bí thư Đảng ủy, Phó Tư lệnh CSCĐ", "Phó Bí thư Đảng ủy Bộ Tư lệnh CSCĐ"),
    ("Ủy viên Thường vụ Đảng ủy, Phó Tư lệnh CSCĐ", "Ủy viên Thường vụ Đảng ủy Bộ Tư lệnh CSCĐ"),
])
def test_a_commander_of_a_force_gives_the_commands_committee(chain, role):
    people = _people(f"Thiếu tướng Lạc Văn Thìn, {chain} chủ trì hội nghị.")
    assert people["Lạc Văn Thìn"].party_roles == (role,)


@pytest.mark.parametrize(("title", "unit", "body"), [
    ("Tư lệnh", "Thủ đô Hà Nội", "Bộ Tư lệnh Thủ đô Hà Nội"),
    ("Phó Tư lệnh", "Cảnh vệ", "Bộ Tư lệnh Cảnh vệ"),
    # A unit named by its head noun, or a service, is itself the body: 'Đảng ủy Quân khu 7', '… Hải quân'.
    ("Tư lệnh", "Quân khu 7", "Quân khu 7"),
    ("Tư lệnh", "Vùng 2", "Vùng 2"),
    ("Phó Tư lệnh", "Binh đoàn 15", "Binh đoàn 15"),
    ("Tư lệnh", "Hải quân", "Hải quân"),
    ("Tư lệnh", "BĐBP", "BĐBP"),
    ("Tư lệnh", "Bộ Tư lệnh CSCĐ", "Bộ Tư lệnh CSCĐ"),
    # Only a commander heads a 'Bộ Tư lệnh'.
    ("Chính ủy", "CSCĐ", "CSCĐ"),
])
def test_only_a_force_place_or_mission_is_commanded_through_a_bo_tu_lenh(title, unit, body):
    assert commanded_unit(title, unit) == body


def test_a_village_heads_title_names_the_village_of_the_party_cell():
    people = _people("Ông Hà Văn Khiêm, Bí thư Chi bộ, Trưởng thôn Khuổi Lầy cho biết con đường đã về tới bản.")
    assert people["Hà Văn Khiêm"].party_roles == ("Bí thư Chi bộ thôn Khuổi Lầy",)
    assert village_unit("Trưởng thôn", "Trưởng bản Pá Khoang", "Pá Khoang") == "bản Pá Khoang"
    assert village_unit("Trưởng thôn", "Trưởng khu phố 3", "3") == "khu phố 3"
    assert village_unit("Trưởng phòng", "Trưởng phòng Hậu cần", "Hậu cần") is None


def test_a_unit_the_person_finder_took_for_a_person_still_names_the_body():
    # 'Đoàn' is a family name too: 'Đoàn KT' (of 'Đoàn KT-QP 74') is no person's name beside an initialism.
    people = _people("Đại tá Lục Văn Khoát, Bí thư Đảng ủy, Đoàn trưởng Đoàn KT-QP 74 chủ trì hội thi.")
    assert people["Lục Văn Khoát"].party_roles == ("Bí thư Đảng ủy Đoàn KT-QP 74",)


def test_a_tinh_uy_of_a_city_that_was_a_province_is_the_provinces():
    places = ArticlePlaces(province="Huế", district=None, city="Huế")
    assert with_place("Bí thư Tỉnh ủy", places) == "Bí thư Tỉnh ủy Thừa Thiên Huế"
    assert with_place("Ủy viên Ban Chấp hành Đảng bộ tỉnh", places) == "Ủy viên Ban Chấp hành Đảng bộ tỉnh Thừa Thiên Huế"
    assert with_place("Bí thư Thành ủy", places) == "Bí thư Thành ủy Huế"
    # A city merged with a province under another name keeps its name: no Tỉnh ủy Hải Dương on a Hải Phòng page.
    assert with_place("Bí thư Tỉnh ủy", ArticlePlaces(province="Hải Phòng", district=None)) == "Bí thư Tỉnh ủy Hải Phòng"
    assert with_place("Bí thư Tỉnh ủy", ArticlePlaces(province="Nghệ An", district=None)) == "Bí thư Tỉnh ủy Nghệ An"


@pytest.mark.parametrize(("url", "province"), [
    ("https://daibieunhandan.dienbien.gov.vn/blog/tin-tuc", "Điện Biên"),
    ("https://baolaichau.vn/quoc-phong/abc", "Lai Châu"),
    ("https://congan.kontum.gov.vn/tin/1", "Kon Tum"),
    ("https://www.qdnd.vn/quoc-phong-an-ninh/1", None),
    (None, None),
])
def test_a_provincial_bodys_host_names_its_province(url, province):
    assert _host_province(url) == province


def test_a_commander_named_by_the_force_alone_gives_the_commands_committee():
    # 'Tư lệnh Cảnh vệ': no organisation is read after the title; its words are the force.
    people = _people("Trung tướng Tạ Quang Lưu, Bí thư Đảng ủy, Tư lệnh Cảnh vệ chủ trì hội nghị.")
    assert people["Tạ Quang Lưu"].party_roles == ("Bí thư Đảng ủy Bộ Tư lệnh Cảnh vệ",)
    assert commanded_unit("Tư lệnh", None, "Cảnh vệ") == "Bộ Tư lệnh Cảnh vệ"
    assert commanded_unit("Tư lệnh", None, "") is None
    assert commanded_unit("Giám đốc", None, "Cảnh vệ") is None


def test_an_area_defence_command_keeps_the_place_after_its_number():
    people = _people("Đoàn do Thượng tá Vừ A Chông, Bí thư Đảng ủy, Chính ủy Ban Chỉ huy Phòng thủ khu vực 2 - Bảo Yên"
                     " làm trưởng đoàn.")
    # The dash is published the way organisation names are spelled ('2-Bảo Yên'); the scorer reads both as one.
    assert [re.sub(r"\s*-\s*", " - ", r) for r in people["Vừ A Chông"].party_roles] == [
        "Bí thư Đảng ủy Ban Chỉ huy Phòng thủ khu vực 2 - Bảo Yên"]


@pytest.mark.parametrize(("chain", "place", "role"), [
    ("Phó Bí thư, Chủ tịch UBND huyện, Chủ tịch Hội đồng nghĩa vụ quân sự huyện", "huyện Khoái Châu",
     "Phó Bí thư Huyện ủy Khoái Châu"),
    ("Phó Bí thư - Chủ tịch UBND xã Sơn Long", "xã Sơn Long", "Phó Bí thư Đảng ủy xã Sơn Long"),
    ("Phó Bí thư Thường trực, Chủ tịch HĐND tỉnh", "tỉnh Hưng Yên", "Phó Bí thư Thường trực Tỉnh ủy Hưng Yên"),
    # Beside a unit's office the committee is not said: the title stays as written.
    ("Phó Bí thư, Chính trị viên Ban CHQS huyện", "huyện Khoái Châu", "Phó Bí thư"),
])
def test_a_leaders_bare_title_beside_a_state_bodys_office_leads_that_levels_committee(chain, place, role):
    people = _people(f"Đồng chí Khuất Văn Mừng, {chain} phát biểu.", place=place)
    assert people["Khuất Văn Mừng"].party_roles == (role,)


def test_a_capitalised_thu_is_published_in_the_usual_spelling():
    people = _people("Đồng chí Nông Thị Lịch, Bí Thư Đảng ủy xã Hạ Trung dự lễ.")
    assert people["Nông Thị Lịch"].party_roles == ("Bí thư Đảng ủy xã Hạ Trung",)


def test_a_lower_case_committee_after_its_level_word_is_read_with_it():
    people = _people("Đ/c Lương Văn Quế - TUV, Bí thư huyện ủy, Chủ tịch HĐND huyện; Đ/c Hà Thị Nguyệt, Phó bí thư tỉnh ủy,"
                     " Chủ tịch UBND tỉnh dự.", place="huyện Khoái Châu, tỉnh Hưng Yên")
    assert "Bí thư Huyện ủy Khoái Châu" in people["Lương Văn Quế"].party_roles
    assert people["Hà Thị Nguyệt"].party_roles == ("Phó Bí thư Tỉnh ủy Hưng Yên",)


@pytest.mark.parametrize(("chain", "role"), [
    ("Ủy viên Ban Thường vụ Đảng ủy Tổng cục, Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật",
     "Ủy viên Ban Thường vụ Đảng ủy Tổng cục"),
    ("Ủy viên Ban Thường vụ Đảng ủy Quân chủng, Phó Tư lệnh Quân chủng Phòng không - Không quân",
     "Ủy viên Ban Thường vụ Đảng ủy Quân chủng"),
])
def test_a_committee_named_by_its_units_head_noun_stays_as_written(chain, role):
    """Session-8 convention (a unit named by its head noun alone is written as the page writes it): the chain's
    unit does not complete the committee (dev 303, 287; set 5 page 955)."""
    people = _people(f"Thiếu tướng Lạc Văn Thìn, {chain} chủ trì hội nghị.")
    assert people["Lạc Văn Thìn"].party_roles == (role,)


def test_a_communes_committee_without_its_name_takes_the_commune_the_page_names():
    """Session-10 convention: 'xã', 'phường' are place words like 'tỉnh' (dev 252)."""
    places = ArticlePlaces(province="Hà Tĩnh", district=None, commune="Sơn Lĩnh")
    assert with_place("Bí thư Đảng ủy xã", places) == "Bí thư Đảng ủy xã Sơn Lĩnh"
    assert with_place("Phó Bí thư Đảng ủy phường", places) == "Phó Bí thư Đảng ủy phường Sơn Lĩnh"
    assert with_place("Bí thư Đảng ủy xã Kỳ Phong", places) == "Bí thư Đảng ủy xã Kỳ Phong"  # named: as written
    assert with_place("Bí thư Đảng ủy xã", ArticlePlaces(province="Hà Tĩnh", district=None)) == "Bí thư Đảng ủy xã"


def test_the_commune_is_the_one_named_most_often_after_xa_or_phuong():
    people = _people("Năm 2025, xã Sơn Lĩnh có 6 thanh niên nhập ngũ. Đồng chí Phan Văn Khoa - Bí thư Đảng ủy xã, "
                     "Chủ tịch Hội đồng nghĩa vụ quân sự xã chủ trì buổi lễ giao quân của xã Sơn Lĩnh.")
    assert people["Phan Văn Khoa"].party_roles == ("Bí thư Đảng ủy xã Sơn Lĩnh",)
