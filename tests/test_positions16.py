"""Offices, session 12 (issue 14, brief pos16, spent set 11): a factory workshop's foreman ('Quản đốc Phân xưởng
may 3', and his deputy) and a kitchen's head written before it ('Trưởng Bếp ăn tập trung') are offices; a
section named in lower case after a 'Trưởng …' title is closed by what the holder says next ('cho biết'), as by
punctuation. Invented sentences."""

from __future__ import annotations

import pytest

from tests.support.people import people_in


@pytest.mark.parametrize(("written", "title"), [
    ("Quản đốc Phân xưởng cơ khí 2", "Quản đốc Phân xưởng cơ khí 2"),
    ("Phó Quản đốc Phân xưởng 5", "Phó Quản đốc Phân xưởng 5"),
    ("Trưởng Bếp ăn tập thể", "Trưởng Bếp ăn tập thể"),
    ("trưởng bếp Tiểu đoàn 3", "trưởng bếp Tiểu đoàn 3"),
])
def test_workshop_and_kitchen_heads_are_offices(written, title):
    people = people_in(f"Trung tá QNCN Vi Thị Dung, {written} cho biết, đơn vị đã hoàn thành kế hoạch.")
    assert [p.title for p in people["Vi Thị Dung"].positions] == [title]


def test_a_lower_case_section_stops_before_a_clause_that_is_no_verb_of_the_holder():
    people = people_in("Thiếu tá Lò Văn Pá, Trưởng xưởng sửa chữa khí tài tại đơn vị đã hoàn thành kế hoạch.")
    assert all("đơn vị" not in p.title for p in people["Lò Văn Pá"].positions)


@pytest.mark.parametrize(("written", "title"), [
    ("[giám đốc xí nghiệp]", "giám đốc xí nghiệp"),
    ("[phó phòng kế hoạch - tổng hợp]", "phó phòng kế hoạch - tổng hợp"),
    ("[Chính ủy Trung đoàn]", "Chính ủy Trung đoàn"),
    ("[trợ lý quân nhu]", "trợ lý quân nhu"),
])
def test_an_office_in_square_brackets_is_the_office_as_printed(written, title):
    people = people_in(f"Đại tá Hà Văn Khánh {written} đưa chúng tôi đi thăm khu sản xuất.")
    assert [p.title for p in people["Hà Văn Khánh"].positions] == [title]


def test_a_short_deputy_department_head_is_an_office():
    people = people_in("Thiếu tá Kha Văn Lộc, Phó phòng Tham mưu cho biết, đơn vị đã sẵn sàng.")
    assert [p.title for p in people["Kha Văn Lộc"].positions] == ["Phó phòng Tham mưu"]


@pytest.mark.parametrize(("sentence", "title"), [
    ("Thiếu tá Lù Văn Páo - cán bộ Công an xã Nậm Pồ nhận nhà mới.", "cán bộ Công an xã Nậm Pồ"),
    ("Thiếu tá Lù Văn Páo-cán bộ Phòng Tham mưu nhận nhà mới.", "cán bộ Phòng Tham mưu"),
])
def test_an_officer_of_a_named_unit_holds_that_office(sentence, title):
    assert [p.title for p in people_in(sentence)["Lù Văn Páo"].positions] == [title]


@pytest.mark.parametrize("sentence", [
    "Đại tá Lù Văn Páo, Chính ủy Trung đoàn, cán bộ, chiến sĩ đơn vị tham dự.",
    "Thượng úy Lù Văn Páo, chiến sĩ thi đua cơ sở năm 2024, phát biểu.",
    "Đại tá Lù Văn Páo - cán bộ lão thành phát biểu.",
])
def test_a_bare_can_bo_or_chien_si_is_no_office(sentence):
    titles = [p.title.casefold() for p in people_in(sentence)["Lù Văn Páo"].positions]
    assert not any(t.startswith(("cán bộ", "chiến sĩ")) for t in titles)


@pytest.mark.parametrize(("written", "title"), [
    ("Phó Giám đốc Quân y viện", "Phó Giám đốc Quân y viện"),
    ("Giám đốc Quân y viện 105", "Giám đốc Quân y viện 105"),
    ("Trưởng phòng Quân y", "Trưởng phòng Quân y"),
])
def test_a_military_hospital_named_quan_y_vien_is_one_unit(written, title):
    people = people_in(f"Đại tá Hứa Văn Toàn, {written} cho biết, đoàn đã khám cho 600 người dân.")
    assert [p.title for p in people["Hứa Văn Toàn"].positions] == [title]


@pytest.mark.parametrize(("chain", "first"), [
    ("Phó Giám đốc phụ trách hậu cần, Chủ tịch Công đoàn Nhà máy", "Phó Giám đốc phụ trách hậu cần"),
    ("Phó Giám đốc, Chủ tịch Công đoàn Xí nghiệp", "Phó Giám đốc"),
    ("Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh", "Phó Chỉ huy trưởng Bộ CHQS tỉnh"),
])
def test_a_portfolio_or_a_union_is_not_shared_with_the_title_before(chain, first):
    people = people_in(f"Thượng tá Giản Văn Thụ, {chain} trao đổi về công tác chăm lo đời sống.")
    assert people["Giản Văn Thụ"].positions[0].title == first


@pytest.mark.parametrize(("after", "title"), [
    ("công tác đảng, công tác chính trị Phòng; Trung tá Lư Văn Tùng dự.",
     "Phó Chủ nhiệm Chính trị phụ trách công tác đảng, công tác chính trị Phòng"),
    ("công tác đảng, công tác chính trị, phát biểu.", "Phó Chủ nhiệm Chính trị phụ trách công tác đảng, công tác chính trị"),
    ("hậu cần, kỹ thuật cho biết.", "Phó Chủ nhiệm Chính trị"),
])
def test_a_portfolio_listing_fields_that_open_alike_is_read_whole(after, title):
    people = people_in(f"Trung tá Tô Văn Quang, Phó Chủ nhiệm Chính trị phụ trách {after}")
    assert people["Tô Văn Quang"].positions[0].title == title
