"""Positions, party roles and persons, session 14 (issue 14, brief pos25, spent set 19). Invented sentences and people.

- A commune or ward numbered after its name ('xã Tân Lộc 2', 'phường 12') keeps its number in the roles of its
  committee and of its military cell (set 19: 1182); a date or a figure after the name is no number of it.
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
