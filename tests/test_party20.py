"""Party roles, session 13 (issue 14, brief pos20, spent set 15). Invented sentences and people.

- A congress page's own body is the one it names as holding the congress ('Đảng bộ Phòng Hậu cần - Kỹ thuật … tổ
  chức Đại hội'), however often it names the province's or division's body above it (set 15: 255, 587).
- A branch chief's office naming its division by the head noun alone ('Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn') gives
  his department's committee, not the division's (set 15: 587).
"""

from __future__ import annotations

from tests.support.people import people_in

_PARENT = ("Thực hiện kế hoạch của Đảng ủy Quân sự tỉnh, các tổ chức đảng thuộc Đảng bộ Quân sự tỉnh đã tổ chức đại "
           "hội. Đảng bộ Quân sự tỉnh có nhiều đổi mới. ")


def test_the_body_holding_the_congress_outranks_its_parent():
    people = people_in(_PARENT + "Ngày 9/4, Đảng bộ Phòng Hậu cần - Kỹ thuật Bộ CHQS tỉnh tiến hành Đại hội lần thứ "
                       "VII. Đoàn Chủ tịch gồm: Thượng tá Khổng Văn Lực - Bí thư Đảng ủy, Chủ nhiệm Hậu cần - Kỹ "
                       "thuật; Thiếu tá Mạc Thị Yên - Đảng ủy viên, Trưởng ban Doanh trại.")
    assert people["Khổng Văn Lực"].party_roles == ("Bí thư Đảng ủy Phòng Hậu cần-Kỹ thuật Bộ Chỉ huy Quân sự tỉnh",)
    assert people["Mạc Thị Yên"].party_roles == ("Đảng ủy viên Phòng Hậu cần-Kỹ thuật Bộ Chỉ huy Quân sự tỉnh",)


def test_a_body_named_as_owner_of_the_subject_holds_no_congress():
    people = people_in("Các chi bộ của Đảng bộ Quân sự tỉnh đã tổ chức đại hội. Đảng bộ Phòng Chính trị có 40 đảng "
                       "viên. Đảng bộ Phòng Chính trị đoàn kết. Thượng tá Khổng Văn Lực - Bí thư Đảng ủy, Chủ "
                       "nhiệm Chính trị phát biểu.")
    assert people["Khổng Văn Lực"].party_roles[0].startswith("Bí thư Đảng ủy Phòng Chính trị")


def test_a_branch_chief_of_a_division_named_by_its_head_takes_his_departments_committee():
    people = people_in("Đảng bộ Phòng Hậu cần - Kỹ thuật Sư đoàn 312, Quân đoàn 12 đã tổ chức thành công Đại hội. "
                       "Phát biểu, ông đề nghị quán triệt Nghị quyết Đại hội Đảng bộ Sư đoàn. Đoàn Chủ tịch gồm "
                       "Thượng tá Khổng Văn Lực, Bí thư Đảng ủy, Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn.")
    assert people["Khổng Văn Lực"].party_roles[0].startswith("Bí thư Đảng ủy Phòng Hậu cần-Kỹ thuật")


def test_a_bare_seat_beside_a_commune_military_command_is_on_the_communes_committee():
    people = people_in("Sáng 3/5, xã Tân Lạc tổ chức diễn tập. Thiếu tá Lường Văn Khải, Đảng ủy viên, Chỉ huy trưởng "
                       "Ban CHQS xã cho biết xã đã chuẩn bị kỹ. Đồng chí Vi Thị Nga - Ủy viên BCH Đảng bộ, Chỉ huy "
                       "trưởng Ban CHQS xã Tân Lạc báo cáo.")
    assert people["Lường Văn Khải"].party_roles == ("Đảng ủy viên xã Tân Lạc",)
    assert people["Vi Thị Nga"].party_roles == ("Ủy viên Ban Chấp hành Đảng bộ xã Tân Lạc",)


def test_a_bare_seat_beside_another_office_is_not_the_communes():
    people = people_in("Sáng 3/5, xã Tân Lạc tổ chức diễn tập. Thiếu tá Lường Văn Khải, Đảng ủy viên, Trưởng ban "
                       "Quân nhu phát biểu.")
    assert "xã" not in " ".join(people["Lường Văn Khải"].party_roles)


def test_a_border_posts_chain_names_the_post_by_its_head():
    people = people_in("Đồn Biên phòng Pò Hèn tổ chức hội thi. Thiếu tá Lục Văn Páo - Bí thư Chi bộ, Chính trị viên Đồn "
                       "phát biểu.")
    assert people["Lục Văn Páo"].party_roles == ("Bí thư Chi bộ Đồn",)


def test_a_standing_seat_beside_an_organs_office_sits_on_the_committee_it_serves():
    people = people_in("Đảng ủy Bộ Tư lệnh Vùng Cảnh sát biển 3 tổ chức hội nghị. Đại tá Lò Văn Khu - Ủy viên Ban Thường "
                       "vụ Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Vùng trình bày báo cáo.")
    assert people["Lò Văn Khu"].party_roles == ("Ủy viên Ban Thường vụ Đảng ủy Vùng",)
