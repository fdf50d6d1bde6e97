"""Positions and party roles, session 13 (issue 14, brief pos19, spent set 14). Invented sentences and people.

- A career list after a verb of passing through posts ('từng trải qua nhiều vị trí công tác: A; B', 'đã giữ các chức
  vụ: A; B', 'lần lượt được giao giữ các chức vụ A; B') gives the person named before its offices (set 14: 466).
- A party role in a biography's chain ('Ông từng là …, nguyên Bí thư Đảng ủy, Cục trưởng Cục Doanh trại') takes the
  chain's unit, as it does in a person's own group, not the page's body (set 14: 466).
"""

from __future__ import annotations

import pytest

from tests.support.people import people_in

_INTRO = "Đại tá Kha Văn Lợi vừa được bổ nhiệm giữ chức Chính ủy Trường Cao đẳng Hậu cần 2. "


@pytest.mark.parametrize("cue", [
    "Ông Lợi từng trải qua nhiều vị trí công tác:",
    "Trong quá trình công tác, ông Lợi đã giữ các chức vụ:",
    "Ông đã trải qua nhiều cương vị công tác:",
    "Ông lần lượt được giao giữ các chức vụ",
])
def test_a_career_list_after_a_verb_of_passing_through_posts(cue):
    people = people_in(_INTRO + f"{cue} Chủ nhiệm Hậu cần Sư đoàn 371; Phó Cục trưởng Cục Doanh trại.")
    titles = [p.title for p in people["Kha Văn Lợi"].positions]
    assert "Chủ nhiệm Hậu cần Sư đoàn 371" in titles
    assert "Phó Cục trưởng Cục Doanh trại" in titles


def test_passing_through_without_a_post_noun_is_no_career_list():
    people = people_in(_INTRO + "Ông đã trải qua thử thách: Phó Cục trưởng Cục Doanh trại Trần Văn Sâm động viên ông.")
    assert "Phó Cục trưởng Cục Doanh trại" not in [p.title for p in people["Kha Văn Lợi"].positions]


def test_a_role_in_a_biographys_chain_takes_the_chains_unit():
    people = people_in("Đảng ủy Tổng cục Hậu cần - Kỹ thuật tổ chức hội nghị. " + _INTRO
                       + "Ông từng là Phó Giám đốc Học viện Hậu cần, nguyên Bí thư Đảng ủy, Cục trưởng Cục Quân nhu.")
    assert "Bí thư Đảng ủy Cục Quân nhu" in people["Kha Văn Lợi"].party_roles
