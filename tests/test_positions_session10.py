"""Person and position families of the spent fifth blind set (session 10), on invented sentences: an abbreviated unit
after a head that is also a family name ('Đoàn KT-QP'), a parent unit after a spaced dash, an abbreviation in brackets
inside a unit's name, a name's lower-case last field after 'và' closed by a verb, a deputy's branch in lower case, a
board's title that stops before the holder's role at the event and takes the exercise's abbreviation, minor offices
(depot head, head cook, foreign governor, a delegation of deputies), and the Youth Union's and associations' offices,
which are positions, not party roles."""

from __future__ import annotations

import pytest

from haucan.extract.org_tail import tail_end
from tests.test_people_patterns import _people, _titles


@pytest.mark.parametrize("text,title,expected", [
    ("Đoàn trưởng Đoàn KT-QP 74 chủ trì hội thi.", "Đoàn trưởng", "Đoàn trưởng Đoàn KT-QP 74"),
    ("Trưởng phòng Hậu cần - Bộ Tư lệnh CSCĐ; Đại tá", "Trưởng phòng", "Trưởng phòng Hậu cần"),
    ("Trưởng phòng Quân khí - Kho vận; Đại tá", "Trưởng phòng", "Trưởng phòng Quân khí - Kho vận"),
    ("Chính ủy Bộ Chỉ huy Quân sự (CHQS) tỉnh; Đại tá", "Chính ủy", "Chính ủy Bộ Chỉ huy Quân sự (CHQS) tỉnh"),
    ("Giám đốc Học viện Hậu cần (HVHC) cho biết", "Giám đốc", "Giám đốc Học viện Hậu cần"),
    ("Cục trưởng Cục Kế hoạch và tài chính trình bày.", "Cục trưởng", "Cục trưởng Cục Kế hoạch và tài chính"),
    ("Chủ tịch Hội đồng Giáo dục quốc phòng và an ninh tỉnh chủ trì", "Chủ tịch",
     "Chủ tịch Hội đồng Giáo dục quốc phòng và an ninh tỉnh"),
    ("Trưởng phòng Hậu cần và chỉ huy các đơn vị dự.", "Trưởng phòng", "Trưởng phòng Hậu cần"),
    ("Trưởng phòng Hậu cần và bộ đội dự lễ.", "Trưởng phòng", "Trưởng phòng Hậu cần"),
    ("Ủy viên BCH T.Ư Hội CCB Việt Nam, Chủ tịch", "Ủy viên BCH", "Ủy viên BCH T.Ư Hội CCB Việt Nam"),
])
def test_the_organisation_tail(text, title, expected):
    assert text[:tail_end(text, len(title), title)] == expected


def test_a_family_name_before_a_place_is_the_youth_union_of_the_province():
    people = _people("Anh Thái Văn Sơn - Ủy viên Ban Chấp hành T.Ư Đoàn, Bí thư Tỉnh Đoàn Nghệ An và Đại tá Hồ Sỹ Vượng "
                     "- Phó Chỉ huy trưởng Bộ CHQS tỉnh Nghệ An ký kết chương trình phối hợp.")
    assert _titles(people["Thái Văn Sơn"]) == ["Ủy viên Ban Chấp hành T.Ư Đoàn", "Bí thư Tỉnh Đoàn Nghệ An"]
    assert not people["Thái Văn Sơn"].party_roles


@pytest.mark.parametrize("sentence,name,titles,roles", [
    ("Thượng úy Quán Văn Nghĩa - Bí thư Đoàn cơ sở Cơ quan Bộ CHQS tỉnh chia sẻ về mô hình.", "Quán Văn Nghĩa",
     ["Bí thư Đoàn cơ sở Cơ quan Bộ CHQS tỉnh"], []),
    ("Dự lễ có đồng chí Hoàng Văn Khiêm - Ủy viên BCH T.Ư Hội CCB Việt Nam, Chủ tịch Hội CCB tỉnh Cao Bằng.",
     "Hoàng Văn Khiêm", ["Ủy viên BCH T.Ư Hội CCB Việt Nam", "Chủ tịch Hội CCB tỉnh Cao Bằng"], []),
    ("Ông Lê Văn Tám, Bí thư Đảng đoàn Hội CCB tỉnh phát biểu.", "Lê Văn Tám", [], ["Bí thư Đảng đoàn Hội CCB tỉnh"]),
])
def test_youth_union_and_association_offices_are_positions(sentence, name, titles, roles):
    people = _people(sentence)
    assert _titles(people[name]) == titles
    assert list(people[name].party_roles) == roles


@pytest.mark.parametrize("sentence,name,titles", [
    ("Đại tá Kiều Văn Trác, Phó Lữ đoàn trưởng về chính trị chủ trì hội thao.", "Kiều Văn Trác",
     ["Phó Lữ đoàn trưởng về chính trị"]),
    ("Đại tá Kim Văn Chính, Phó Chủ nhiệm Hậu cần - Kỹ thuật Quân khu làm Trưởng ban Tổ chức và chủ trì hội thao.",
     "Kim Văn Chính", ["Phó Chủ nhiệm Hậu cần - Kỹ thuật Quân khu", "Trưởng ban Tổ chức"]),
    ("Đồng chí Tôn Thất Vũ, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban bảo đảm diễn tập KVPT tỉnh kiểm tra trạm.",
     "Tôn Thất Vũ", ["Phó Chủ tịch Thường trực UBND tỉnh", "Trưởng Ban bảo đảm diễn tập KVPT tỉnh"]),
    ("Thiếu tá QNCN Phạm Thị Liên, Trưởng kho, dẫn chúng tôi đi.", "Phạm Thị Liên", ["Trưởng kho"]),
    ("Thượng úy QNCN Lê Văn Đông, bếp trưởng Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo kiểm tra kho thực phẩm.",
     "Lê Văn Đông", ["bếp trưởng Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo"]),
    ("Đoàn cán bộ tỉnh Ratanakiri do ông Sok Sovann, Phó Tỉnh trưởng dẫn đầu đã sang dự.", "Sok Sovann",
     ["Phó Tỉnh trưởng"]),
    ("Đồng chí Đinh Quốc Bảo, Ủy viên Trung ương Đảng, Bí thư Thành ủy, Trưởng Đoàn ĐBQH Hải Phòng chủ trì Hội nghị.",
     "Đinh Quốc Bảo", ["Trưởng Đoàn ĐBQH Hải Phòng"]),
])
def test_offices_of_set_5(sentence, name, titles):
    assert _titles(_people(sentence)[name]) == titles


def test_offices_the_holder_acts_in_after_tren_cuong_vi():
    people = _people("Đồng chí Đinh Văn Tuyến - Bí thư Huyện ủy, Chủ tịch HĐND huyện Văn Chấn chủ trì cuộc diễn tập trên "
                     "cương vị Bí thư Huyện ủy, Trưởng Ban chỉ đạo diễn tập huyện.")
    assert _titles(people["Đinh Văn Tuyến"]) == ["Chủ tịch HĐND huyện Văn Chấn", "Trưởng Ban chỉ đạo diễn tập huyện"]


def test_an_office_then_la_and_a_ranked_holder():
    people = _people("Trạm trưởng là Đại úy QNCN Mông Thị Hiền, người đã gắn bó với bếp ăn Sư đoàn hơn 15 năm.")
    assert _titles(people["Mông Thị Hiền"]) == ["Trạm trưởng"]
    assert not _people("Người chủ trì là Đại tá Lê Văn Tám.")["Lê Văn Tám"].positions


def test_a_person_with_only_an_academic_title_or_an_honour_is_a_person():
    people = _people("Hội nghị nghe lời kể của các nhân chứng: nguyên Bí thư Huyện ủy Vĩnh Hưng - Nguyễn Văn Sáng; Anh hùng "
                     "Lực lượng vũ trang nhân dân - Võ Thị Bảy. Người hướng dẫn khoa học: Đại tá, PGS.TS Cấn Thị Huyền và "
                     "TS Tăng Văn Ích (Viện Hóa học - Vật liệu).")
    assert {"Võ Thị Bảy", "Tăng Văn Ích"} <= set(people)


def test_the_office_line_under_a_signature():
    people = _people("Các địa phương đã chuẩn bị nguồn dự trữ tại chỗ.\n\nThiếu tướng, TS Hà Quang Minh\n\n"
                     "Chủ nhiệm Hậu cần Quân khu 5\n")
    assert _titles(people["Hà Quang Minh"]) == ["Chủ nhiệm Hậu cần Quân khu 5"]


def test_two_sentences_of_one_paragraph_are_no_signature():
    people = _people("Phát biểu có Đại tá Lê Văn Tám. Chủ nhiệm Hậu cần Quân khu 5 cũng dự.")
    assert not people["Lê Văn Tám"].positions


@pytest.mark.parametrize("sentence,name,titles", [
    ("Anh Bùi Hoàng Khang - Ủy viên Ban Thường vụ T.Ư Đoàn, Bí thư Tỉnh Đoàn Ninh Bình ký kết kế hoạch phối hợp.",
     "Bùi Hoàng Khang", ["Ủy viên Ban Thường vụ T.Ư Đoàn", "Bí thư Tỉnh Đoàn Ninh Bình"]),
    ("Dự có bà Khúc Thị Phương, Ủy viên Đoàn Chủ tịch, Trưởng ban Gia đình - Xã hội Trung ương Hội LHPN Việt Nam đồng "
     "chủ trì hội nghị.", "Khúc Thị Phương", ["Ủy viên Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam",
                                             "Trưởng ban Gia đình - Xã hội Trung ương Hội LHPN Việt Nam"]),
    ("Đồng chí Nguyễn Hữu Nghị, Chủ tịch Hội Cựu chiến binh (CCB) tỉnh phát biểu.", "Nguyễn Hữu Nghị",
     ["Chủ tịch Hội Cựu chiến binh (CCB) tỉnh"]),
    ("Dự có Đại tá Đoàn Văn Tâm, Chủ nhiệm Hậu cần phát biểu.", "Đoàn Văn Tâm", ["Chủ nhiệm Hậu cần"]),
])
def test_association_bodies_and_presidium_seats(sentence, name, titles):
    people = _people(sentence)
    assert _titles(people[name]) == titles
    assert not people[name].party_roles


@pytest.mark.parametrize("sentence,name,titles", [
    ("Dự có Thượng tá Ngô Thị Hạnh, Phó Cục trưởng Cục Kế hoạch và tài chính - Bộ Công an; Trung tá Vương Đình Khải, "
     "Trưởng phòng Hậu cần-Công an tỉnh Thanh Hóa; Thiếu tá Mẫn Văn Lộc, Đội trưởng Đội Quản lý nhà ăn, Phòng Hậu cần.",
     "Vương Đình Khải", ["Trưởng phòng Hậu cần"]),
    ("Dự có Thượng tá Ngô Thị Hạnh, Phó Cục trưởng Cục Kế hoạch và tài chính - Bộ Công an; Trung tá Vương Đình Khải.",
     "Ngô Thị Hạnh", ["Phó Cục trưởng Cục Kế hoạch và tài chính"]),
    ("Đại tá Lê Văn Hùng, Cục trưởng Cục Hậu cần - Kỹ thuật Quân đoàn 12 phát biểu.", "Lê Văn Hùng",
     ["Cục trưởng Cục Hậu cần - Kỹ thuật Quân đoàn 12"]),
    ("Ông Nguyễn Văn Am, Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh phát biểu.", "Nguyễn Văn Am",
     ["Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh"]),
    ("Ông Nguyễn Văn Am, Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An phát biểu.", "Nguyễn Văn Am",
     ["Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An"]),
])
def test_parent_units_after_a_dash_and_last_fields(sentence, name, titles):
    assert _titles(_people(sentence)[name]) == titles


def test_an_honour_opens_a_name_without_a_listed_family_name():
    assert "Sần Seo Páo" in _people("Dự có Anh hùng LLVTND Sần Seo Páo cùng đại diện các sở.")
