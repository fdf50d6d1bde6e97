"""Persons and offices, session 12 (issue 14, brief pos15): the families the spent tenth set missed. A teaching
hospital's joint department ('Bộ môn - Khoa'), fields abbreviated and joined by 'và' ('Cảnh sát PCCC và CNCH'), and
a unit named before 'do <name>, <title>' that the title heads. Invented sentences."""

from __future__ import annotations

import pytest

from tests.support.people import people_in


def _titles(sentence: str, name: str) -> list[str]:
    return [p.title for p in people_in(sentence)[name].positions]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Đại tá, TS Khúc Văn Long, Chủ nhiệm Bộ môn - Khoa Truyền nhiễm cho biết bệnh nhân đã ổn định.",
     "Khúc Văn Long", "Chủ nhiệm Bộ môn - Khoa Truyền nhiễm"),
    ("Thượng tá Ninh Thị Hoa, Phó Chủ nhiệm Bộ môn-Khoa Nhi, Bệnh viện Quân y 103 phát biểu.",
     "Ninh Thị Hoa", "Phó Chủ nhiệm Bộ môn-Khoa Nhi"),
    # A bare joint department keeps the bare title: no unit's name follows.
    ("Đại tá Khúc Văn Toàn, Chủ nhiệm Bộ môn - Khoa cho biết như vậy.", "Khúc Văn Toàn", "Chủ nhiệm Bộ môn"),
])
def test_a_joint_teaching_department_is_one_unit(sentence, name, title):
    assert _titles(sentence, name) == [title]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Thiếu tá Ông Văn Lực - Đội trưởng Đội Cảnh sát PCCC và CNCH khu vực Ngân Sơn cảm ơn đoàn.",
     "Ông Văn Lực", "Đội trưởng Đội Cảnh sát PCCC và CNCH khu vực Ngân Sơn"),
    ("Trung tá Kiều Văn Tấn, Trưởng phòng Cảnh sát PCCC và CNCH Công an tỉnh Cao Bằng phát biểu.",
     "Kiều Văn Tấn", "Trưởng phòng Cảnh sát PCCC và CNCH Công an tỉnh Cao Bằng"),
])
def test_abbreviated_fields_joined_by_va_are_one_name(sentence, name, title):
    assert _titles(sentence, name) == [title]


def test_va_after_a_word_in_lower_case_still_opens_the_next_person():
    people = people_in("Dự có Đại tá Hà Văn Bảy, Chỉ huy trưởng Bộ CHQS tỉnh và Đại tá Lò Văn Chín, Chính ủy.")
    assert [p.title for p in people["Hà Văn Bảy"].positions] == ["Chỉ huy trưởng Bộ CHQS tỉnh"]
    assert "Lò Văn Chín" in people


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Năm qua, Phòng Hậu cần - Đời sống do Thiếu tá Mẫn Thị Thu, Trưởng phòng, trực tiếp tham mưu, đã tổ chức tốt.",
     "Mẫn Thị Thu", "Trưởng phòng Hậu cần - Đời sống"),
    ("Khoa Quân nhu do Trung tá Lê Văn Bốn làm Chủ nhiệm Khoa biên soạn bộ tài liệu mới.",
     "Lê Văn Bốn", "Chủ nhiệm Khoa Quân nhu"),
    # In apposition a unit named by its head stays as written (session 8's convention; dev 716).
    ("Mô hình ở Đồn Biên phòng Pa Náng do Thiếu tá Thào A Lử, Chính trị viên Đồn làm tổ trưởng tổ tăng gia.",
     "Thào A Lử", "Chính trị viên Đồn"),
    # The office names another kind of unit: the unit before 'do' is no unit of his.
    ("Đoàn công tác do Đại tá Lê Văn Năm, Phó Cục trưởng, dẫn đầu đã kiểm tra kho.", "Lê Văn Năm", "Phó Cục trưởng"),
])
def test_a_unit_led_by_a_person_in_apposition_completes_the_title(sentence, name, title):
    assert _titles(sentence, name)[0] == title


def test_the_congress_delegates_go_to_names_no_body_of_the_page():
    people = people_in("Đảng bộ Phòng Hậu cần - Kỹ thuật Lữ đoàn 162 tổ chức Đại hội. Đại hội bầu đoàn đại biểu dự Đại "
                       "hội Đảng bộ Lữ đoàn. Thiếu tá Lê Văn Chín được bầu làm Phó Bí thư Đảng ủy.")
    roles = list(people["Lê Văn Chín"].party_roles)
    assert len(roles) == 1 and roles[0].startswith("Phó Bí thư Đảng ủy Phòng Hậu cần")


def test_a_congress_body_is_named_without_its_parent_when_the_page_writes_it_so():
    people = people_in("Đảng bộ Phòng Hậu cần - Kỹ thuật Lữ đoàn 162 tổ chức Đại hội. Nhiệm kỳ qua, Đảng ủy Phòng Hậu "
                       "cần - Kỹ thuật đã lãnh đạo tốt. Thiếu tá Lê Văn Mười được bầu làm Bí thư Đảng ủy.")
    assert [r.replace("-", " - ").replace("  ", " ") for r in people["Lê Văn Mười"].party_roles] == [
        "Bí thư Đảng ủy Phòng Hậu cần - Kỹ thuật"]


@pytest.mark.parametrize("seat", ["Ủy viên Ban Thường vụ Đảng ủy", "Ủy viên Ban Thường vụ"])
def test_a_committee_seat_beside_a_commune_command_is_on_the_communes_committee(seat):
    people = people_in(f"Dự có đồng chí Tạ Văn Lành – {seat}, Chỉ huy trưởng Ban CHQS xã, Bí thư Chi bộ Quân sự xã. "
                       "Buổi lễ diễn ra tại xã Tân Hòa.", place="xã Tân Hòa")
    roles = list(people["Tạ Văn Lành"].party_roles)
    assert roles[0] == "Ủy viên Ban Thường vụ Đảng ủy xã Tân Hòa"
    assert "Bí thư Chi bộ Quân sự xã Tân Hòa" in roles


@pytest.mark.parametrize(("sentence", "title"), [
    ('"Rau sạch, cá tươi", Trung đội trưởng dân quân thường trực Lò Văn Khìn nói.', "Trung đội trưởng dân quân thường trực"),
    ("Đồng chí Lò Văn Khìn, Tiểu đội trưởng dân quân cơ động cho biết, đơn vị đã trồng rau.",
     "Tiểu đội trưởng dân quân cơ động"),
])
def test_a_militia_platoon_named_by_its_force_in_lower_case(sentence, title):
    assert _titles(sentence, "Lò Văn Khìn") == [title]


def test_the_youth_unions_name_is_no_person():
    people = people_in("Dự có đại diện Hội Cựu chiến binh, Đoàn Thanh niên phường. Đoàn Thanh niên xã tặng 20 suất quà.")
    assert "Đoàn Thanh" not in people
    assert "Đoàn Thanh Tùng" in people_in("Đại úy Đoàn Thanh Tùng phát biểu tại buổi lễ.")


def test_his_office_now_in_brackets_is_a_second_office():
    people = people_in("Thượng tá Tạ Văn Sáu, Phó Trung đoàn trưởng về Hậu cần (nay là Chủ nhiệm Hậu cần - Kỹ thuật Sư "
                       "đoàn 308) nhớ lại những ngày đầu.")
    assert [p.title for p in people["Tạ Văn Sáu"].positions] == [
        "Phó Trung đoàn trưởng về Hậu cần", "Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn 308"]
    assert not any(p.former for p in people["Tạ Văn Sáu"].positions)


def test_a_historical_commander_in_chief_keeps_his_chain():
    people = people_in("Đại tướng Võ Nguyên Giáp, Tổng Tư lệnh kiêm Bí thư Đảng ủy, Chỉ huy trưởng Mặt trận, từng nhận "
                       "định rằng cung cấp là nhân tố quyết định.")
    giap = people["Võ Nguyên Giáp"]
    assert [p.title for p in giap.positions] == ["Tổng Tư lệnh", "Chỉ huy trưởng Mặt trận"]
    assert list(giap.party_roles) == ["Bí thư Đảng ủy Mặt trận"]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Nhà được trao cho Đại úy QNCN Vi Văn Quyết, thợ sửa chữa xe, Ban Hậu cần - Kỹ thuật Lữ đoàn.", "Vi Văn Quyết",
     "thợ sửa chữa xe"),
    ("Trung sĩ Lò Văn Pọm, thợ sửa chữa vũ khí Tiểu đoàn 2 cho biết như vậy.", "Lò Văn Pọm",
     "thợ sửa chữa vũ khí Tiểu đoàn 2"),
])
def test_a_repair_technicians_trade_is_his_office(sentence, name, title):
    assert _titles(sentence, name) == [title]


def test_a_place_named_tho_is_no_office():
    people = people_in("Già làng Lò Văn Sanh ở bản Huồi Thợ phấn khởi đón bộ đội.")
    assert all(not p.positions or "Thợ" not in p.positions[0].title for p in people.values())


@pytest.mark.parametrize(("sentence", "title"), [
    ("Bà Hà Thị Nhung, Phó trưởng phòng Nghiệp vụ Y, Sở Y tế, thư ký chương trình quân - dân y kết hợp tỉnh cho "
     "biết: đồng bào chủ yếu mắc bệnh hô hấp.", "thư ký chương trình quân - dân y kết hợp tỉnh"),
    ("Bà Hà Thị Nhung, thư ký chương trình nước sạch nông thôn cho biết kế hoạch năm tới.",
     "thư ký chương trình nước sạch nông thôn"),
    ("Bà Hà Thị Nhung, thư ký chương trình cho biết như vậy.", "thư ký"),
])
def test_a_programmes_secretary_names_the_programme(sentence, title):
    assert _titles(sentence, "Hà Thị Nhung")[-1] == title
