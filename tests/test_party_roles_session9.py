"""Party roles, session 9 (issue 14): the grammar behind set 4's misses. A unit's committee named by a bare 'tỉnh'
is kept as written; a role's committee is read past spaced dashes, bare parent units and enterprise boards; a
bare leader's title after a stated committee is that committee's; seats come from 'gồm' lists, tables, 'tham gia'
and 'chuẩn y'; a congress's own body named by its head alone completes a bare 'Đảng ủy'. Invented sentences."""

from __future__ import annotations

from functools import partial

import pytest

from haucan.knowledge.party import after_title
from haucan.knowledge.party_seats import table_committee
from haucan.records import PositionHeld
from tests.support.people import people_in

_people = partial(people_in, title="Hội nghị quân sự tỉnh Lạng Sơn", place="tỉnh Lạng Sơn", date="2/5/2025")


@pytest.mark.parametrize(("chain", "role"), [
    # README, session-8 convention: only a committee named by its place word ('Tỉnh ủy', 'Đảng bộ tỉnh') takes it.
    ("Bí thư Đảng ủy Quân sự tỉnh", "Bí thư Đảng ủy Quân sự tỉnh"),
    ("Phó Bí thư Đảng ủy Công an tỉnh", "Phó Bí thư Đảng ủy Công an tỉnh"),
    ("Bí thư Đảng ủy, Chính ủy BĐBP tỉnh", "Bí thư Đảng ủy Bộ đội Biên phòng tỉnh"),
    ("Phó Bí thư Thường trực Đảng ủy, Chính ủy Bộ CHQS tỉnh", "Phó Bí thư Thường trực Đảng ủy Bộ Chỉ huy Quân sự tỉnh"),
    ("Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh Cao Bằng", "Bí thư Đảng ủy Bộ Chỉ huy Quân sự tỉnh Cao Bằng"),
    ("Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy Lạng Sơn"),
    ("Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Ủy viên Ban Chấp hành Đảng bộ tỉnh Lạng Sơn"),
])
def test_only_a_committee_named_by_its_place_takes_the_province(chain, role):
    people = _people(f"Đại tá Hoàng Văn Páo, {chain}, phát biểu.")
    assert role in people["Hoàng Văn Páo"].party_roles


def test_a_city_units_committee_keeps_its_bare_thanh_pho():
    people = _people("Thiếu tướng Vũ Đức Lâm, Ủy viên BTV Thành ủy, Bí thư Đảng ủy, Giám đốc Công an thành phố chủ trì. "
                     "Công an thành phố Đà Nẵng tổng kết năm.", place="thành phố Đà Nẵng")
    assert set(people["Vũ Đức Lâm"].party_roles) == {"Ủy viên Ban Thường vụ Thành ủy Đà Nẵng", "Bí thư Đảng ủy Công an thành phố"}


def test_the_words_after_a_title_are_read_whatever_the_dash_spacing():
    held = PositionHeld("Chủ nhiệm Hậu cần - Kỹ thuật Học viện", "Chủ nhiệm Hậu cần-Kỹ thuật", None, False)
    assert after_title(held) == "Học viện"
    assert after_title(PositionHeld("phó chỉ huy trưởng Bộ CHQS tỉnh", "Phó Chỉ huy trưởng", None, False)) == "Bộ CHQS tỉnh"
    people = _people("Đại tá Tống Minh Hà, Ủy viên Thường vụ Đảng ủy, Chủ nhiệm Hậu cần - Kỹ thuật Học viện báo cáo.")
    assert people["Tống Minh Hà"].party_roles == ("Ủy viên Thường vụ Đảng ủy Học viện",)


def test_a_bare_parent_unit_after_the_organisation_stays_with_the_body():
    people = _people("Đại tá Đinh Công Dũ, Bí thư Đảng ủy, Chính ủy Cục Hậu cần - Kỹ thuật Quân khu phát biểu.")
    assert people["Đinh Công Dũ"].party_roles == ("Bí thư Đảng ủy Cục Hậu cần-Kỹ thuật Quân khu",)


def test_the_term_of_an_office_is_no_part_of_its_body():
    people = _people("Đảng ủy Tổng cục chỉ định Đại tá Ông Văn Sở giữ chức Bí thư Đảng ủy Cục Quân nhu nhiệm kỳ 2025-2030.")
    assert people["Ông Văn Sở"].party_roles == ("Bí thư Đảng ủy Cục Quân nhu",)


@pytest.mark.parametrize(("office", "body"), [
    ("Chủ tịch HĐTV Tổng Công ty", "Tổng Công ty"),
    ("Tổng Giám đốc Tổng Công ty Xây dựng Trường Sơn", "Tổng Công ty Xây dựng Trường Sơn"),
])
def test_an_enterprises_board_and_capitalised_head_give_the_enterprises_committee(office, body):
    people = _people(f"Dự có đồng chí Nguyễn Hữu Nghị, Bí thư Đảng ủy, {office}.")
    assert people["Nguyễn Hữu Nghị"].party_roles == (f"Bí thư Đảng ủy {body}",)


def test_a_leaders_bare_title_after_a_stated_committee_is_that_committees():
    people = _people("Ban Thường vụ Tỉnh ủy chỉ định ông Nguyễn Văn Quế, Bí thư Tỉnh ủy, giữ chức Bí thư Đảng ủy quân sự "
                     "tỉnh. Đại tá Nguyễn Thanh Phú, Chính ủy Bộ CHQS tỉnh, giữ chức Phó Bí thư Thường trực; Đại tá Lê "
                     "Thành Tâm, Chỉ huy trưởng Bộ CHQS tỉnh, giữ chức Phó bí thư.")
    assert people["Nguyễn Thanh Phú"].party_roles == ("Phó Bí thư Thường trực Đảng ủy Quân sự tỉnh",)
    assert people["Lê Thành Tâm"].party_roles == ("Phó Bí thư Đảng ủy Quân sự tỉnh",)
    # the stated committee is cut where its holder's name begins
    people = _people("Bí thư Tỉnh ủy Mẫn Văn Nhi; các phó bí thư gồm ông Trần Bá Xuân, Phó bí thư Thường trực.")
    assert people["Trần Bá Xuân"].party_roles == ("Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn",)


def test_a_bare_leaders_title_with_no_committee_stated_before_stays_bare():
    people = _people("Đại tá Lê Văn Bảo, Phó Bí thư, Chính ủy Sư đoàn 5 dự.")
    assert people["Lê Văn Bảo"].party_roles == ("Phó Bí thư",)


def test_a_committee_listed_before_gom_gives_each_member_a_seat():
    people = _people("Ban Thường vụ Đảng ủy Tổng công ty khóa V gồm các đồng chí: Đại tá Quách Văn Hưng, Bí thư Đảng ủy, "
                     "Chính ủy Tổng công ty; Đại tá Chu Đình Khải, Tổng Giám đốc Tổng công ty.")
    for name in ("Quách Văn Hưng", "Chu Đình Khải"):
        assert "Ủy viên Ban Thường vụ Đảng ủy Tổng công ty" in people[name].party_roles
    assert "Bí thư Đảng ủy Tổng công ty" in people["Quách Văn Hưng"].party_roles
    # a count with no colon lists nobody
    people = _people("Ban Chấp hành Đảng bộ khóa V gồm 15 đồng chí; Đại tá Lê Văn Tú được bầu làm Bí thư.")
    assert "Ủy viên Ban Chấp hành Đảng bộ" not in " ".join(people["Lê Văn Tú"].party_roles)


@pytest.mark.parametrize(("sentence", "name", "seat"), [
    ("Ông Nguyễn Văn Út, Phó bí thư Tỉnh ủy, được chỉ định tham gia Ban Chấp hành Đảng ủy quân sự tỉnh.",
     "Nguyễn Văn Út", "Ủy viên Ban Chấp hành Đảng ủy Quân sự tỉnh"),
    ("Theo quyết định: Chuẩn y đồng chí Đại tá Bùi Xuân Thành, Chỉ huy trưởng Bộ CHQS tỉnh tham gia Ban Thường vụ "
     "Tỉnh ủy nhiệm kỳ 2020 – 2025.", "Bùi Xuân Thành", "Ủy viên Ban Thường vụ Tỉnh ủy Lạng Sơn"),
])
def test_an_appointed_or_approved_seat_is_a_party_role(sentence, name, seat):
    assert seat in _people(sentence)[name].party_roles


def test_a_row_of_a_table_captioned_with_a_committee_names_its_member():
    text = ("Đại hội bầu Ban Thường vụ.\nBan Thường vụ Đảng ủy Tổng công ty nhiệm kỳ 2025 - 2030\n"
            "STT | Họ và tên | Chức vụ\n1 | Quách Văn Hưng | Bí thư Đảng ủy\n2 | Chu Đình Khải | Tổng Giám đốc\n"
            "\nKết quả\nSTT | Đơn vị | Điểm\n1 | Đội 3 | 95\n")
    assert table_committee(text, text.index("Chu Đình Khải")) == "Ban Thường vụ Đảng ủy Tổng công ty"
    assert table_committee(text, text.index("Đội 3")) is None           # a caption naming no committee
    assert table_committee(text, text.index("Đại hội bầu")) is None      # no row


def test_a_congress_names_its_own_body_by_its_head_alone_more_often_than_in_full():
    people = _people("Đảng bộ Tổng công ty Kinh tế Kỹ thuật Công nghiệp quốc phòng tổ chức Đại hội. Nhiệm kỳ qua, Đảng bộ "
                     "Tổng công ty đã lãnh đạo hoàn thành nhiệm vụ. Đại hội đề nghị Đảng bộ Tổng công ty đổi mới. Đại tá "
                     "Quách Văn Hưng được bầu giữ chức Bí thư Đảng ủy.")
    assert people["Quách Văn Hưng"].party_roles == ("Bí thư Đảng ủy Tổng công ty",)


def test_a_unit_named_by_its_abbreviation_alone_gives_the_open_committee_its_name():
    people = _people("Dự có Đại tá Đào Mạnh Hùng, Ủy viên BTV Tỉnh ủy, Bí thư Đảng ủy, Giám đốc CAT.")
    assert "Bí thư Đảng ủy CAT" in people["Đào Mạnh Hùng"].party_roles


def test_the_scorer_reads_an_abbreviated_member_title_followed_by_its_last_word_once():
    from haucan.realworld import role_key
    assert role_key("UVTƯ Đảng") == role_key("Ủy viên Ban Chấp hành Trung ương Đảng")


def test_a_role_written_all_in_lower_case_is_published_capitalised():
    people = _people("Dự có ông Trần Văn Lâm, phó bí thư thường trực Tỉnh ủy, chủ tịch HĐND tỉnh.")
    assert people["Trần Văn Lâm"].party_roles == ("Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn",)


def test_a_bare_deputy_beside_another_office_is_not_the_earlier_committees():
    people = _people("Dự có đồng chí Lý Văn Tâm, Bí thư Huyện ủy; Thượng tá Lò Văn Quý, Phó Bí thư, Chính trị viên Ban "
                     "CHQS huyện.")
    assert people["Lò Văn Quý"].party_roles == ("Phó Bí thư",)


@pytest.mark.parametrize(("chain", "role"), [
    # Session-9 convention: a bare seat beside a unit's office sits on that unit's party committee.
    ("Ủy viên Thường vụ, Phó Chính ủy Nhà trường", "Ủy viên Thường vụ Đảng ủy Nhà trường"),
    ("Ủy viên Ban Thường vụ, Phó Giám đốc Học viện Hậu cần", "Ủy viên Ban Thường vụ Đảng ủy Học viện Hậu cần"),
    # A body that already names its committee is taken as it is, never given a second one.
    ("Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy Lạng Sơn"),
    ("Ủy viên Ban Thường vụ Đảng ủy, Chính ủy Bộ CHQS tỉnh", "Ủy viên Ban Thường vụ Đảng ủy Bộ Chỉ huy Quân sự tỉnh"),
])
def test_a_bare_standing_seat_is_on_the_units_party_committee(chain, role):
    people = _people(f"Đại tá Hoàng Văn Páo, {chain}, phát biểu.")
    assert list(people["Hoàng Văn Páo"].party_roles) == [role]
