"""Party roles, session 13 (issue 14, brief pos18, spent set 13). Invented sentences and places.

- A chain's open role beside an office naming its unit by the head noun alone takes that head for more units than
  the army's big ones: a flotilla, a company, a platoon, a provincial department ('Bí thư Chi bộ, Chính trị viên
  Hải đội' -> 'Bí thư Chi bộ Hải đội'; 'Bí thư Đảng ủy, Giám đốc Sở, Chính trị viên Ban CHQS Sở' -> 'Bí thư Đảng
  ủy Sở': the first office of the chain, not the later one; set 13: 549, 559).
- A bare role takes the committee the page's chains spell (knowledge/party_chained.py; set 13: 542, 906).
"""

from __future__ import annotations

import pytest

from tests.support.people import people_in


@pytest.mark.parametrize(("office", "role"), [
    ("Chính trị viên Hải đội", "Bí thư Chi bộ Hải đội"),
    ("Chính trị viên Đại đội", "Bí thư Chi bộ Đại đội"),
    ("Trung đội trưởng Trung đội", "Bí thư Chi bộ Trung đội"),
])
def test_a_cell_role_takes_the_unit_named_by_its_head(office, role):
    people = people_in(f"Trung tá Đinh Văn Khoa, Bí thư Chi bộ, {office} chủ trì Đại hội.")
    assert role in people["Đinh Văn Khoa"].party_roles


def test_an_open_committee_takes_the_first_office_of_the_chain():
    people = people_in("Đồng chí Lê Văn Tường, Bí thư Đảng ủy, Giám đốc Sở, Chính trị viên Ban CHQS Sở dự và phát "
                       "biểu khai mạc.", place="Sở Nông nghiệp")
    assert people["Lê Văn Tường"].party_roles == ("Bí thư Đảng ủy Sở",)


def test_a_bare_secretary_on_a_commune_page_takes_the_commune_committee():
    people = people_in("Dự có đồng chí Giàng Mí Sử – Bí thư Đảng ủy; đồng chí Lù Văn Páo – Phó Bí thư Đảng ủy, Chủ tịch "
                       "UBND xã. Ban CHQS xã Tả Phìn tổ chức tập huấn cho dân quân xã Tả Phìn.", place="xã Tả Phìn")
    assert "Bí thư Đảng ủy xã Tả Phìn" in people["Giàng Mí Sử"].party_roles
    assert "Phó Bí thư Đảng ủy xã Tả Phìn" in people["Lù Văn Páo"].party_roles


def test_a_bare_secretary_stays_bare_beside_two_committees():
    people = people_in("Dự có đồng chí Giàng Mí Sử – Bí thư Đảng ủy; đồng chí Lù Văn Páo – Phó Bí thư Đảng ủy, Chủ tịch "
                       "UBND xã; Đại tá Vàng Văn Chư – Phó Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh.", place="hội trường")
    assert people["Giàng Mí Sử"].party_roles == ("Bí thư Đảng ủy",)


def test_a_bare_seat_takes_the_committee_as_the_chains_write_it():
    people = people_in("Hội nghị Ban Chấp hành Đảng bộ Công an tỉnh Sơn La. Đại tá Cầm Văn Phóng - Bí thư Đảng ủy, "
                       "Giám đốc Công an tỉnh chủ trì. Thượng tá Lò Văn Hiếu - Đảng ủy viên, Trưởng phòng Hậu cần "
                       "trình bày tờ trình. Công an tỉnh Sơn La hoàn thành nhiệm vụ.", place="tỉnh Sơn La")
    assert "Bí thư Đảng ủy Công an tỉnh" in people["Cầm Văn Phóng"].party_roles
    assert "Đảng ủy viên Công an tỉnh" in people["Lò Văn Hiếu"].party_roles


_BRANCH = ("Đảng bộ Phòng Hậu cần - Kỹ thuật tổ chức Đại hội. Thượng tá Hà Văn Tân, Chủ nhiệm Hậu cần - Kỹ thuật được "
           "bầu làm Bí thư Đảng ủy. ")


@pytest.mark.parametrize("verb", ["trúng cử Ủy viên Ban Chấp hành", "được bầu làm Ủy viên Ban Chấp hành",
                                  "trúng cử vào Ban Chấp hành"])
def test_a_seat_won_at_a_branch_congress_is_on_the_branch_committee(verb):
    people = people_in(_BRANCH + f"Trung tá Lý Thị Mai, Trưởng ban Xăng dầu {verb}.",
                       title="Đại hội Đảng bộ Phòng Hậu cần - Kỹ thuật")
    assert "Ủy viên Ban Chấp hành Đảng bộ Phòng Hậu cần-Kỹ thuật" in people["Lý Thị Mai"].party_roles


def test_a_seat_won_on_a_page_naming_no_branch_stays_bare():
    people = people_in("Trung tá Lý Thị Mai, Trưởng ban Xăng dầu trúng cử Ủy viên Ban Chấp hành.")
    assert people["Lý Thị Mai"].party_roles == ("Ủy viên Ban Chấp hành",)


# Offices (set 13: 543, 925).

@pytest.mark.parametrize("committee", ["Ủy ban Quốc phòng, An ninh và Đối ngoại",
                                       "Ủy ban Khoa học, Công nghệ và Môi trường"])
def test_a_national_assembly_committee_named_with_a_comma_is_one_unit(committee):
    people = people_in(f"Đoàn công tác do Trung tướng Lương Văn Kiên, Phó Chủ nhiệm {committee} làm Trưởng đoàn.")
    assert f"Phó Chủ nhiệm {committee}" in [p.title for p in people["Lương Văn Kiên"].positions]


def test_a_team_leader_names_the_team_s_job_before_the_unit():
    people = people_in("Thượng sĩ Hà Văn Tình, tổ trưởng nuôi quân Tiểu đoàn 3, cho biết bữa ăn đã được cải thiện.")
    assert [p.title for p in people["Hà Văn Tình"].positions] == ["tổ trưởng nuôi quân Tiểu đoàn 3"]


def test_a_team_leader_s_next_words_are_no_part_of_the_office():
    people = people_in("Thượng sĩ Hà Văn Tình, tổ trưởng, cho biết bữa ăn đã được cải thiện.")
    assert [p.title for p in people["Hà Văn Tình"].positions] in ([], ["tổ trưởng"])


# Where a unit's name ends (set 13: 903): a caption's verb after the unit's place name is no part of it.

@pytest.mark.parametrize(("written", "title"), [
    ("chiến sĩ Đồn Biên phòng Pò Hèn thu hoạch rau cải", "chiến sĩ Đồn Biên phòng Pò Hèn"),
    ("nhân viên Trạm Kiểm soát Biên phòng Tà Lùng chăm sóc đàn gà", "nhân viên Trạm Kiểm soát Biên phòng Tà Lùng"),
])
def test_a_unit_ends_at_its_place_name_before_a_caption_s_verb(written, title):
    people = people_in(f"Trung sĩ Lục Văn Phượng, {written}. Ảnh: Hoàng Anh")
    assert [p.title for p in people["Lục Văn Phượng"].positions] == [title]


@pytest.mark.parametrize("office", ["Trưởng Ban Pháp chế HĐND tỉnh", "Trưởng khoa Hóa - Môi trường"])
def test_a_field_after_a_one_word_place_or_a_dash_is_still_the_name(office):
    people = people_in(f"Bà Trịnh Thị Thơm, {office}, phát biểu.")
    assert office in [p.title for p in people["Trịnh Thị Thơm"].positions]


# A unit led by people written with their own offices first (set 13: 923).

def test_a_board_led_by_people_with_their_own_offices_names_its_head_and_deputy():
    people = people_in("Ban Giám khảo hội thi do Đại tá Vi Văn Trường - Phó Chỉ huy trưởng Bộ CHQS tỉnh làm Trưởng ban; "
                       "Trung tá Nông Thị Hạnh - Trưởng phòng Hậu cần làm Phó Trưởng ban.")
    assert "Trưởng ban Giám khảo hội thi" in [p.title for p in people["Vi Văn Trường"].positions]
    assert "Phó Trưởng ban Giám khảo hội thi" in [p.title for p in people["Nông Thị Hạnh"].positions]
    assert "Trưởng phòng Hậu cần" in [p.title for p in people["Nông Thị Hạnh"].positions]


def test_a_deputy_in_the_next_sentence_is_not_led_by_the_same_do():
    people = people_in("Ban Giám khảo do Đại tá Vi Văn Trường - Phó Chỉ huy trưởng Bộ CHQS tỉnh làm Trưởng ban. "
                       "Trung tá Nông Thị Hạnh - Trưởng phòng Hậu cần làm Phó Trưởng ban Tuyên truyền.")
    assert "Phó Trưởng ban Giám khảo" not in [p.title for p in people["Nông Thị Hạnh"].positions]
