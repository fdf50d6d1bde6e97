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


@pytest.mark.parametrize(("sentence", "title"), [
    ("Đoàn đại biểu Bộ Chỉ huy BĐBP tỉnh Lai Châu do Đại tá Lò Văn Kiên - Chỉ huy trưởng làm trưởng đoàn đã hội đàm "
     "với bạn.", "Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh Lai Châu"),
    ("Bí thư Tỉnh ủy tiếp đoàn công tác Cục Hậu cần - Kỹ thuật Quân khu 2 do Thiếu tướng Lò Văn Kiên, Cục trưởng làm "
     "trưởng đoàn.", "Cục trưởng Cục Hậu cần - Kỹ thuật Quân khu 2"),
])
def test_a_delegations_head_holds_his_bare_office_in_the_unit_that_sent_it(sentence, title):
    assert title in [p.title for p in people_in(sentence)["Lò Văn Kiên"].positions]


def test_a_bare_office_not_heading_the_delegation_stays_bare():
    people = people_in("Đoàn công tác Cục Hậu cần - Kỹ thuật Quân khu 2 do Thiếu tướng Lò Văn Kiên, Cục trưởng cùng "
                       "Đại tá Hà Văn Tư làm việc với tỉnh.")
    assert "Cục trưởng Cục Hậu cần - Kỹ thuật Quân khu 2" not in [p.title for p in people["Lò Văn Kiên"].positions]


def test_a_district_command_half_abbreviated_keeps_its_whole_name():
    people = people_in("Thượng tá Phùng Văn Quế - UVTV Huyện ủy, Chỉ huy trưởng BCH Quân sự huyện chủ trì hội nghị.")
    assert [p.title for p in people["Phùng Văn Quế"].positions] == ["Chỉ huy trưởng BCH Quân sự huyện"]


def test_a_delegations_head_whose_title_names_its_branch_keeps_it_as_written():
    people = people_in("Đoàn kiểm tra của Phòng Hậu cần - Kỹ thuật Bộ CHQS tỉnh do Thượng tá Lò Văn Quyến, Phó Chủ "
                       "nhiệm Hậu cần - Kỹ thuật làm trưởng đoàn đã kiểm tra.")
    assert [p.title for p in people["Lò Văn Quyến"].positions] == ["Phó Chủ nhiệm Hậu cần - Kỹ thuật"]


@pytest.mark.parametrize("written", ["Thiếu tướng, PGS, TS Văn Đức Hạnh", "Đại tá, TS Văn Đức Hạnh"])
def test_an_academic_title_before_a_family_name_in_no_list_is_no_part_of_the_name(written):
    people = people_in(f"{written}, Phó Giám đốc Học viện chủ trì hội nghị.")
    assert list(people) == ["Văn Đức Hạnh"]
    assert "TS" in people["Văn Đức Hạnh"].academic_titles


def test_a_special_zones_committee_keeps_its_zone():
    people = people_in("Ông Hứa Văn Mẫn, Bí thư Đảng ủy đặc khu Lý Sơn đồng chủ trì chương trình.")
    assert people["Hứa Văn Mẫn"].party_roles == ("Bí thư Đảng ủy đặc khu Lý Sơn",)


def test_a_soldier_written_with_the_older_spelling_holds_his_units_post():
    people = people_in("Binh nhì Lò Văn Quân, chiến sỹ Đại đội 3, Tiểu đoàn 2 chăm sóc vườn rau.")
    assert [p.title for p in people["Lò Văn Quân"].positions] == ["chiến sỹ Đại đội 3"]


def test_a_youth_unions_office_in_lower_case_is_a_position_not_a_party_role():
    people = people_in("Đồng chí Trà Văn Hưng – Phó Bí thư Thường trực Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh đến "
                       "thăm đơn vị.")
    assert people["Trà Văn Hưng"].party_roles == ()
    assert "Phó Bí thư Thường trực Tỉnh đoàn" in [p.title for p in people["Trà Văn Hưng"].positions]


def test_a_reserve_units_lower_case_name_is_not_cut_at_its_stop_words():
    people = people_in("Thiếu tướng Cù Minh Hiếu, Phó Giám đốc Công an tỉnh, kiêm Trung đoàn trưởng Trung đoàn CSCĐ dự "
                       "bị chiến đấu, chủ trì buổi lễ.")
    assert "Trung đoàn trưởng Trung đoàn CSCĐ dự bị chiến đấu" in [p.title for p in people["Cù Minh Hiếu"].positions]


def test_attending_after_an_office_still_ends_it():
    people = people_in("Đại tá Cù Minh Hiếu, Chủ nhiệm Hậu cần Sư đoàn 9 dự hội nghị.")
    assert [p.title for p in people["Cù Minh Hiếu"].positions] == ["Chủ nhiệm Hậu cần Sư đoàn 9"]


def test_seats_on_two_committees_joined_by_a_comma_share_the_body_written_last():
    people = people_in("Ban Thường vụ Thành ủy chỉ định Trung tá Ung Văn Quảng tham gia Ban Chấp hành, Ban Thường vụ Đảng "
                       "ủy phường Tân Định nhiệm kỳ 2025-2030.")
    assert people["Ung Văn Quảng"].party_roles == ("Ủy viên Ban Chấp hành Đảng ủy phường Tân Định",
                                                   "Ủy viên Ban Thường vụ Đảng ủy phường Tân Định")


def test_a_seat_on_one_committee_stays_as_written():
    people = people_in("Trung tá Ung Văn Quảng được bầu vào Ban Chấp hành Đảng bộ tỉnh Nghệ An.")
    assert people["Ung Văn Quảng"].party_roles == ("Ủy viên Ban Chấp hành Đảng bộ tỉnh Nghệ An",)


@pytest.mark.parametrize("sentence", [
    "Bộ trưởng vừa ký quyết định bổ nhiệm 2 Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật, gồm: Thiếu tướng Lê Văn An; "
    "Đại tá Hà Văn Bình.",
    "Thủ tướng bổ nhiệm hai Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật là Thiếu tướng Lê Văn An và Đại tá Hà Văn Bình.",
])
def test_a_counted_appointment_gives_the_office_to_each_listed_holder(sentence):
    people = people_in(sentence)
    for name in ("Lê Văn An", "Hà Văn Bình"):
        assert [p.title for p in people[name].positions] == ["Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật"]


def test_an_office_without_a_count_is_not_shared_with_a_list_after_it():
    people = people_in("Thiếu tướng Lê Văn An, Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật, gồm có Đại tá Hà Văn Bình.")
    assert "Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật" not in [p.title for p in people["Hà Văn Bình"].positions]
