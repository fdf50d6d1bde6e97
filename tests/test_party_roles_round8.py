"""Party roles, round 8 of issue 14 (the second blind set's misses): how a role is completed with its body and
its place — a city's committee, a town's, a province named only by the outlet with a spaced dash or old-style
tone marks, a branch chief's department, a unit named by its head alone kept as written — and the scorer
counting party abbreviations and old-style tone marks as their written-out forms. Invented sentences."""

from __future__ import annotations

import dataclasses
from functools import partial

import pytest

from haucan.article import build_article
from haucan.knowledge.party_places import ArticlePlaces, article_places, with_place
from haucan.realworld import role_key
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules
from tests.support.people import people_in

RULES = load_rules()

_people = partial(people_in, title="Hội nghị tổng kết công tác hậu cần", date="12/10/2024")


def _article(text: str, outlet: str | None = None):
    article = build_article(RawArticle(SourceFile("0123456789abcdef.txt", "0123456789abcdef", None), text), RULES)
    return dataclasses.replace(article, metadata=dataclasses.replace(article.metadata, outlet=outlet))


def test_a_city_committee_takes_the_city_written_after_tp_and_initials_keep_their_tp():
    people = _people("Dự lễ có ông Lã Minh Tâm, Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch UBND TP HCM.",
                     place="TP HCM")
    assert people["Lã Minh Tâm"].party_roles == ("Ủy viên Ban Thường vụ Thành ủy TP HCM",)


def test_a_city_committee_never_takes_the_province_of_a_provincial_city():
    places = article_places(_article("Tin\n\nNgày 3/4, tại thành phố Đông Hà, tỉnh Quảng Trị, Thành ủy Đông Hà "
                                     "họp.\n"))
    assert (places.province, places.city) == ("Quảng Trị", "Đông Hà")
    assert with_place("Bí thư Thành ủy", places) == "Bí thư Thành ủy Đông Hà"
    assert with_place("Bí thư Tỉnh ủy", places) == "Bí thư Tỉnh ủy Quảng Trị"


def test_a_town_committee_takes_the_town():
    people = _people("Đồng chí Vương Quốc Sơn, Bí thư Thị ủy, Chủ tịch Hội đồng nghĩa vụ quân sự thị xã chủ trì. "
                     "Thị xã Kỳ Anh giao 120 tân binh.", place="thị xã Kỳ Anh")
    assert people["Vương Quốc Sơn"].party_roles == ("Bí thư Thị ủy Kỳ Anh",)


@pytest.mark.parametrize(("outlet", "province"), [
    ("Báo Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),   # the gazetteer writes 'Bà Rịa-Vũng Tàu'
    ("Báo Hoà Bình", "Hoà Bình"),                     # old-style tone marks; the gazetteer writes 'Hòa Bình'
])
def test_the_province_named_only_by_the_outlet_is_found_whatever_its_dash_or_tone_marks(outlet, province):
    places = article_places(_article("Tin\n\nNgày 3/4, Công an tỉnh bàn giao 35 xe mô tô cho công an các xã.\n", outlet))
    assert places.province == province
    assert with_place("Bí thư Đảng ủy Công an tỉnh", places) == f"Bí thư Đảng ủy Công an tỉnh {province}"


@pytest.mark.parametrize(("office", "role"), [
    ("Chủ nhiệm Hậu cần - Kỹ thuật Quân khu 9", "Phó Bí thư Đảng ủy Cục Hậu cần - Kỹ thuật Quân khu 9"),
    ("Chủ nhiệm Hậu cần Sư đoàn 5", "Phó Bí thư Đảng ủy Phòng Hậu cần Sư đoàn 5"),
])
def test_a_branch_chiefs_open_role_is_his_departments_committee(office, role):
    people = _people(f"Đại tá Mạc Văn Hùng, Phó Bí thư Đảng ủy, {office} chủ trì buổi lễ.")
    assert people["Mạc Văn Hùng"].party_roles == (role,)


def test_a_chain_naming_a_unit_by_its_head_and_a_member_list_keep_the_head_as_written():
    people = _people("Ngày 8/10, Học viện Hậu cần tổ chức hội nghị. Dự có Đại tá Lã Văn Dự, Bí thư Đảng ủy, Chính "
                     "ủy Học viện. Dự có các đồng chí trong Thường vụ Đảng ủy Quân khu: Thiếu tướng Hà Minh Công, "
                     "Phó Tư lệnh Quân khu; Thiếu tướng Tô Quốc Bảo, Phó Chính ủy Quân khu 9.")
    assert people["Lã Văn Dự"].party_roles == ("Bí thư Đảng ủy Học viện",)
    assert people["Hà Minh Công"].party_roles == ("Ủy viên Thường vụ Đảng ủy Quân khu",)
    assert people["Tô Quốc Bảo"].party_roles == ("Ủy viên Thường vụ Đảng ủy Quân khu",)


def test_a_bare_committee_without_a_party_body_stays_bare():
    assert with_place("Phó Bí thư Đảng ủy", ArticlePlaces(None, None)) == "Phó Bí thư Đảng ủy"


@pytest.mark.parametrize(("gold", "published"), [
    ("UV BTV Tỉnh uỷ Hoà Bình", "Ủy viên Ban Thường vụ Tỉnh ủy Hòa Bình"),
    ("Ủy viên BTV Tỉnh ủy Hà Giang", "Ủy viên Ban Thường vụ Tỉnh ủy Hà Giang"),
    ("Phó Bí thư TT Huyện ủy Vĩnh Hưng", "Phó Bí thư Thường trực Huyện ủy Vĩnh Hưng"),
    ("Bí thư Đảng uỷ Bộ CHQS tỉnh Thanh Hoá", "Bí thư Đảng ủy Bộ Chỉ huy Quân sự tỉnh Thanh Hóa"),
])
def test_the_scorer_counts_party_abbreviations_and_old_tone_marks_as_written_out(gold, published):
    assert role_key(gold) == role_key(published)


def test_the_scorer_still_tells_two_bodies_apart():
    assert role_key("Bí thư Tỉnh ủy Hòa Bình") != role_key("Bí thư Tỉnh ủy Hà Giang")
    assert role_key("Ủy viên Ban Thường vụ Tỉnh ủy") != role_key("Ủy viên Ban Chấp hành Tỉnh ủy")
