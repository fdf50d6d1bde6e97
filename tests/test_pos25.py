"""Positions, party roles and persons, session 14 (issue 14, brief pos25, spent set 19). Invented sentences and people.

- A commune or ward numbered after its name ('xã Tân Lộc 2', 'phường 12') keeps its number in the roles of its
  committee and of its military cell (set 19: 1182); a date or a figure after the name is no number of it.
- A bare people's committee in a chain that writes the commune level once after its last office ('Phó Bí thư Đảng ủy,
  Chủ tịch UBND, Chủ tịch HĐNVQS phường') is the ward's: the open committee is the ward's 'Đảng ủy phường' (1186).
- A bare seat beside a commune police chief's office ('Đảng ủy viên, Trưởng Công an phường X') is on the commune's
  committee (the annotators' reading of 1168; party.yml commune_seated), a provincial police's stays on its own.
- A level word closing an office before a bracketed aside ('Chỉ huy trưởng Ban Chỉ huy Quân sự xã (được điều động
  …)') stays in the office (1146).
- A caption's place in the photo after the name ('X (người đứng giữa), Đảng ủy viên, Trưởng Công an phường …',
  '(thứ 4 từ trái qua)') opens the chain as the name would (1168); another bracket after the name does not.
- 'BTĐU', 'Phó BTĐU' and 'PBTĐU' are the committee's secretary and deputy, completed by the chain (1145).
- A militia force after a squad's title, capitalised or not, keeps the commune written after it ('Tiểu đội trưởng
  Dân quân thường trực phường X'; 1169: was cut at 'Dân').
"""

from __future__ import annotations

import pytest

from haucan.knowledge.commune_names import commune_name
from tests.support.people import people_in


def test_a_cells_congress_names_its_numbered_commune_in_its_elected_roles():
    people = people_in("Chi bộ Quân sự xã Tân Lộc 2 tổ chức Đại hội. Dự có đồng chí Lò Thị Hoa, Bí thư Đảng ủy xã. "
                       "Đồng chí Vi Văn Toàn, Bí thư Chi bộ, Chỉ huy trưởng Ban CHQS xã được bầu lại. Đồng chí Hà "
                       "Văn Lợi được bầu làm Chi ủy viên.", title="Chi bộ Quân sự xã Tân Lộc 2 tổ chức Đại hội")
    assert "Bí thư Đảng ủy xã Tân Lộc 2" in people["Lò Thị Hoa"].party_roles
    assert any(r.endswith("Chi bộ Quân sự xã Tân Lộc 2") for r in people["Vi Văn Toàn"].party_roles)


@pytest.mark.parametrize(("text", "name"), [("Tân Lộc 2 tổ chức", "Tân Lộc 2"), ("12, quận 3", "12"),
                                            ("Tân Lộc 2/9", "Tân Lộc"), ("Tân Lộc 2,5 tấn", "Tân Lộc"),
                                            ("Tân Lộc 2025", "Tân Lộc"), ("Tân Lộc.", "Tân Lộc")])
def test_a_communes_number_is_part_of_its_name_but_a_date_or_figure_is_not(text, name):
    assert commune_name().match(text).group(0) == name


def test_a_bare_peoples_committee_takes_the_level_the_chain_writes_once_at_its_end():
    people = people_in("Tiếp đoàn có đồng chí Lò Văn Khiêm – Phó Bí thư Đảng ủy, Chủ tịch UBND, Chủ tịch HĐNVQS phường.",
                       place="phường Tân Lập")
    assert "Phó Bí thư Đảng ủy phường Tân Lập" in people["Lò Văn Khiêm"].party_roles


def test_a_seat_beside_a_commune_police_chief_is_on_the_communes_committee():
    people = people_in("Trung tá Lò Văn Khiêm, Đảng ủy viên, Trưởng Công an phường Tân Lập trao quà. Đại tá Hà Văn "
                       "Mạnh, Đảng ủy viên, Phó Giám đốc Công an tỉnh dự.", place="phường Tân Lập")
    assert people["Lò Văn Khiêm"].party_roles == ("Đảng ủy viên phường Tân Lập",)
    assert people["Hà Văn Mạnh"].party_roles != ("Đảng ủy viên phường Tân Lập",)


@pytest.mark.parametrize("office", ["Chỉ huy trưởng Ban Chỉ huy Quân sự xã", "Chủ tịch UBND xã"])
def test_a_level_word_before_a_bracketed_aside_stays_in_the_office(office):
    people = people_in(f"Đồng chí Lò Văn Khiêm, {office} (được điều động từ Trung đoàn 893) đã tiếp nhận.",
                       place="xã Tân Lập")
    assert [p.title for p in people["Lò Văn Khiêm"].positions] == [office]


@pytest.mark.parametrize("aside", ["người đứng giữa", "thứ 4 từ trái qua", "bên phải", "ngoài cùng bên trái"])
def test_a_captions_place_in_the_photo_after_the_name_opens_the_chain(aside):
    people = people_in(f"Đại tá Lò Văn Khiêm ({aside}), Phó Giám đốc Công an tỉnh trao quà cho gia đình.")
    assert [p.title for p in people["Lò Văn Khiêm"].positions] == ["Phó Giám đốc Công an tỉnh"]


def test_another_bracket_after_the_name_opens_no_chain():
    people = people_in("Đại tá Lò Văn Khiêm (Hà Nội), Phó Giám đốc Công an tỉnh trao quà cho gia đình.")
    assert "Lò Văn Khiêm" not in people or not people["Lò Văn Khiêm"].positions


@pytest.mark.parametrize(("written", "role"), [("Phó BTĐU", "Phó Bí thư Đảng ủy Sư đoàn 5"),
                                               ("PBTĐU", "Phó Bí thư Đảng ủy Sư đoàn 5"),
                                               ("BTĐU", "Bí thư Đảng ủy Sư đoàn 5")])
def test_an_abbreviated_committee_secretary_is_completed_by_the_chain(written, role):
    people = people_in(f"Đại tá Lò Văn Khiêm – {written}, Chính ủy Sư đoàn 5 phát biểu chỉ đạo.")
    assert people["Lò Văn Khiêm"].party_roles == (role,)


@pytest.mark.parametrize("office", ["Tiểu đội trưởng Dân quân thường trực phường Yên Lạc",
                                    "Trung đội trưởng dân quân thường trực xã Phú Hữu",
                                    "Trung đội trưởng dân quân cơ động", "Tiểu đội trưởng Dân quân"])
def test_a_militia_force_and_its_commune_stay_in_the_squads_office(office):
    people = people_in(f"Anh Lò Văn Khiêm - {office} cho biết thêm.")
    assert [p.title for p in people["Lò Văn Khiêm"].positions] == [office]
