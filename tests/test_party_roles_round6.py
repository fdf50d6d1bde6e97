"""Party roles, round 6 of issue 14: member titles abbreviated in office chains (TUV, ĐUV, UV BTV), roles written
before the name with the province between ('Bí thư Tỉnh ủy Nghệ An Nguyễn Văn A'), a chain of roles shared by a
colon list, commune committees, party cells, lower-case committee words, a district named only by the outlet.
Invented sentences (rules/entities/party.yml)."""

from __future__ import annotations

from functools import partial

import pytest

from haucan.article import build_article
from haucan.knowledge.party import is_party_role
from haucan.records import PositionHeld, RawArticle, SourceFile
from haucan.rules import load_rules
from tests.support.people import people_in

RULES = load_rules()


_people = partial(people_in, title="Hội nghị quân sự tỉnh Lạng Sơn", place="tỉnh Lạng Sơn", date="2/5/2025")



@pytest.mark.parametrize(("written", "role"), [
    # A bare 'Tỉnh ủy viên' takes the province (README, coordinator's session-12 conventions).
    ("TUV", "Tỉnh ủy viên Lạng Sơn"),
    # A bare seat chained with a unit's office is on that unit's committee (README, session-14 coordinator).
    ("ĐUV", "Đảng ủy viên Bộ Chỉ huy Quân sự tỉnh"),
    ("Tỉnh Ủy viên", "Tỉnh ủy viên Lạng Sơn"),
    ("UV BTV Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy Lạng Sơn"),
    ("Ủy viên BCH Đảng bộ tỉnh", "Ủy viên Ban Chấp hành Đảng bộ tỉnh Lạng Sơn"),
    ("Phó Bí thư TT Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn"),
    ("UVTW Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng"),
])
def test_abbreviated_member_titles_keep_the_chain(written, role):
    people = _people(f"Dự có Đại tá Hoàng Văn Páo, {written}, Chỉ huy trưởng Bộ CHQS tỉnh.")
    assert role in people["Hoàng Văn Páo"].party_roles
    assert [p.title for p in people["Hoàng Văn Páo"].positions] == ["Chỉ huy trưởng Bộ CHQS tỉnh"]


def test_a_bare_uvtw_is_a_party_role_not_an_office():
    uvtw = PositionHeld(title="UVTW", normalized_title="Ủy viên Ban Chấp hành Trung ương Đảng", org_id=None,
                        former=False)
    assert is_party_role(uvtw)


def test_roles_before_the_name_with_the_province_between():
    people = _people("Sáng 3/5, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Thụ thăm đơn vị.")
    assert people["Hoàng Văn Thụ"].party_roles == ("Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Lạng Sơn")


def test_a_chain_of_roles_is_shared_by_a_colon_list():
    people = _people("Dự có các đồng chí Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng: Thượng tướng "
                     "Hoàng Xuân Kiên; Thượng tướng Võ Minh Lương.")
    for name in ("Hoàng Xuân Kiên", "Võ Minh Lương"):
        assert people[name].party_roles == ("Ủy viên Trung ương Đảng",)
        assert [p.title for p in people[name].positions] == ["Thứ trưởng Bộ Quốc phòng"]


def test_a_commune_committee_is_the_communes_own():
    people = _people("Dự có đồng chí Phạm Văn Dũng, Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Thành.")
    assert people["Phạm Văn Dũng"].party_roles == ("Bí thư Đảng ủy xã Tân Thành",)


def test_a_party_cell_is_named_by_the_unit_its_secretary_heads():
    people = _people("Thượng tá Ngô Thanh Phong, Bí thư Chi bộ, Trưởng phòng Hậu cần Công an tỉnh báo cáo.")
    assert people["Ngô Thanh Phong"].party_roles == ("Bí thư Chi bộ Phòng Hậu cần Công an tỉnh",)


def test_lower_case_committee_words_are_completed_and_capitalised():
    people = _people("Trung tướng Trương Văn Hòa, Bí thư đảng ủy, Chính ủy Tổng cục Kỹ thuật phát biểu.")
    assert people["Trương Văn Hòa"].party_roles == ("Bí thư Đảng ủy Tổng cục Kỹ thuật",)


def test_a_role_repeated_in_the_article_is_listed_once():
    people = _people("Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Thụ dự. Đồng chí Bí thư Tỉnh ủy Hoàng Văn Thụ phát biểu.")
    assert people["Hoàng Văn Thụ"].party_roles == ("Bí thư Tỉnh ủy Lạng Sơn",)


def test_a_district_portal_names_its_district_by_the_outlet():
    import dataclasses

    from haucan.knowledge.party_places import article_places
    text = "Xã Tam Hòa diễn tập\n\nNgày 22/8, đồng chí A, Bí thư Huyện ủy dự.\n"
    article = build_article(RawArticle(SourceFile("0123456789abcdef.txt", "0123456789abcdef", None), text), RULES)
    article = dataclasses.replace(article, metadata=dataclasses.replace(
        article.metadata, outlet="Cổng TTĐT huyện Núi Thành (Quảng Nam)"))
    assert article_places(article).district == "Núi Thành"
