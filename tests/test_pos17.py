"""Party roles and offices, session 13 (issue 14, brief pos17, spent set 12). Invented sentences.

- A bare 'Huyện ủy viên' takes the district and a bare 'Thành ủy viên' the city, as a bare 'Tỉnh ủy viên' takes
  the province (README, session-13 coordinator's conventions; set 12: 886; dev 203, 435, 513, 833).
- A job word naming a unit is an office ('chiến sĩ Đại đội Bộ binh 1', set 12: 886), but 'chiến sĩ' before a name
  introduces the person and gives no office.
"""

from __future__ import annotations

import pytest

from tests.support.people import people_in


@pytest.mark.parametrize("written", ["Huyện ủy viên", "Huyện uỷ viên", "HUV"])
def test_a_bare_district_seat_takes_the_district(written):
    people = people_in(f"Trung tá Lò Văn Khiêm - {written}, Chỉ huy trưởng Ban CHQS huyện Mường Tè chủ trì hội nghị. "
                       "Ban CHQS huyện Mường Tè đã hoàn thành kế hoạch.", place="huyện Mường Tè")
    assert "Huyện ủy viên Mường Tè" in people["Lò Văn Khiêm"].party_roles


def test_a_bare_city_seat_takes_the_city():
    people = people_in("Đại tá Mai Văn Thiệp, Thành ủy viên, Chỉ huy trưởng Bộ CHQS thành phố Cần Thơ phát biểu.",
                       place="thành phố Cần Thơ")
    assert "Thành ủy viên Cần Thơ" in people["Mai Văn Thiệp"].party_roles


def test_a_district_seat_stays_bare_on_a_page_naming_no_district():
    people = people_in("Trung tá Lò Văn Khiêm - Huyện ủy viên, Chính trị viên Ban CHQS huyện phát biểu.",
                       place="hội trường")
    assert "Huyện ủy viên" in people["Lò Văn Khiêm"].party_roles


@pytest.mark.parametrize(("written", "title"), [
    ("chiến sĩ Đại đội Bộ binh 2", "chiến sĩ Đại đội Bộ binh 2"),
    ("chiến sĩ Trung đội 3", "chiến sĩ Trung đội 3"),
    ("chiến sĩ Tiểu đoàn 7", "chiến sĩ Tiểu đoàn 7"),
])
def test_a_soldier_of_a_named_unit_holds_that_office(written, title):
    people = people_in(f"Ban CHQS huyện bàn giao nhà cho Trung sĩ Hà Văn Nghĩa, {written}, có hoàn cảnh khó khăn.")
    assert [p.title for p in people["Hà Văn Nghĩa"].positions] == [title]


def test_a_soldier_introducing_a_name_holds_no_office():
    people = people_in("Đại úy Trần Văn Tiệp - Chỉ huy trưởng Ban CHQS xã, cùng chiến sĩ Lường Văn Sáu trực ban.")
    assert "Lường Văn Sáu" not in people or not people["Lường Văn Sáu"].positions


def test_a_soldier_of_no_unit_holds_no_office():
    people = people_in("Trung sĩ Hà Văn Nghĩa, chiến sĩ thi đua năm 2024, cho biết đơn vị đã hoàn thành kế hoạch.")
    assert not people["Hà Văn Nghĩa"].positions


# Congress pages (set 12: 877, 890, 872). The places are invented.

def test_deputies_listed_after_a_secretary_appointed_from_another_committee_take_the_appointed_one():
    people = people_in("Trong đó, đồng chí Hà Thị Lụa – Bí thư Tỉnh ủy được chỉ định giữ chức Bí thư Đảng ủy Quân sự "
                       "tỉnh; Đại tá Vàng Văn Chư – Chính ủy Bộ CHQS tỉnh giữ chức Phó Bí thư Thường trực; Đại tá Giàng "
                       "A Lử – Chỉ huy trưởng Bộ CHQS tỉnh giữ chức Phó Bí thư.", place="tỉnh Điện Biên")
    assert list(people["Vàng Văn Chư"].party_roles) == ["Phó Bí thư Thường trực Đảng ủy Quân sự tỉnh"]
    assert list(people["Giàng A Lử"].party_roles) == ["Phó Bí thư Đảng ủy Quân sự tỉnh"]


_CONGRESS = ("Đảng bộ Cục Kỹ thuật Quân khu 3 tổ chức Đại hội đại biểu lần thứ I. Đại hội đã bầu Ban Chấp hành Đảng "
             "bộ Cục gồm 13 đồng chí. Ban Chấp hành đã bầu Đại tá Mạc Văn Tình, Chính ủy Cục Kỹ thuật, giữ chức Bí thư "
             "Đảng ủy; Đại tá Ninh Văn Hào, Cục trưởng Cục Kỹ thuật, giữ chức Phó bí thư. Đảng bộ Cục quyết tâm "
             "hoàn thành nhiệm vụ.")


def test_roles_a_congress_elects_with_giu_chuc_take_the_congress_body_named_in_full():
    people = people_in(_CONGRESS, title="Đại hội Đảng bộ Cục Kỹ thuật")
    assert list(people["Mạc Văn Tình"].party_roles) == ["Bí thư Đảng ủy Cục Kỹ thuật Quân khu 3"]
    assert list(people["Ninh Văn Hào"].party_roles) == ["Phó Bí thư Đảng ủy Cục Kỹ thuật Quân khu 3"]


def test_of_two_bodies_with_one_head_the_congress_takes_the_one_holding_it():
    # Two Cục are named; "Đại hội Đảng bộ <X>" says whose congress it is, so the bare 'Đảng bộ Cục' after it is X
    # (pos20: the page's own congress body; a bare head noun is no name, session-13 conventions).
    people = people_in("Đại hội Đảng bộ Cục Kỹ thuật Quân khu 3 có khách mời Đảng bộ Cục Hậu cần Quân khu 3. Đảng bộ Cục "
                       "đã lãnh đạo tốt. Đảng bộ Cục quyết tâm. Đại hội đã bầu Đại tá Mạc Văn Tình, Chính ủy Cục, giữ "
                       "chức Bí thư Đảng ủy.")
    assert list(people["Mạc Văn Tình"].party_roles) == ["Bí thư Đảng ủy Cục Kỹ thuật Quân khu 3"]


def test_an_elected_cell_is_spelled_as_its_secretarys_chain_spells_it():
    people = people_in("Sáng 10-5, Chi bộ Ban Quân nhu Trung đoàn 88 tổ chức Đại hội. Đoàn Chủ tịch gồm Thiếu tá Hà Văn "
                       "Quý, Bí thư Chi bộ, Trưởng ban Quân nhu. Đại úy Lò Thị Hoa được bầu làm Phó Bí thư Chi bộ; "
                       "Thượng úy Vi Văn Khải được bầu làm Chi ủy viên.", title="Đại hội Chi bộ Ban Quân nhu Trung đoàn 88")
    assert list(people["Lò Thị Hoa"].party_roles) == ["Phó Bí thư Chi bộ Ban Quân nhu"]
    assert list(people["Vi Văn Khải"].party_roles) == ["Chi ủy viên Chi bộ Ban Quân nhu"]


def test_a_cell_whose_chains_name_no_shorter_spelling_keeps_its_whole_name():
    people = people_in("Sáng 10-5, Chi bộ Ban Quân nhu Trung đoàn 88 tổ chức Đại hội. Đại úy Lò Thị Hoa được bầu làm Phó "
                       "Bí thư Chi bộ.", title="Đại hội Chi bộ Ban Quân nhu Trung đoàn 88")
    assert list(people["Lò Thị Hoa"].party_roles) == ["Phó Bí thư Chi bộ Ban Quân nhu Trung đoàn 88"]


def test_a_body_the_pages_offices_call_by_its_head_keeps_the_head():
    people = people_in("Đảng bộ Tổng công ty Sông Hồng tổ chức Đại hội đại biểu lần thứ V. Đảng bộ Tổng công ty đã lãnh "
                       "đạo tốt. Đảng bộ Tổng công ty quyết tâm. Đại hội đã bầu Đại tá Mạc Văn Tình, Chính ủy Tổng công "
                       "ty, giữ chức Bí thư Đảng ủy.")
    assert list(people["Mạc Văn Tình"].party_roles) == ["Bí thư Đảng ủy Tổng công ty"]


# Offices (set 12: 859, 896, 866).

def test_thong_tin_after_an_office_is_the_holders_verb_not_the_units_name():
    people = people_in("Thiếu tá Hồ Văn Nhạn, Phó Trưởng phòng Hậu cần Công an thành phố thông tin, phòng đã cấp phát "
                       "xong trang phục.")
    assert [p.title for p in people["Hồ Văn Nhạn"].positions] == ["Phó Trưởng phòng Hậu cần Công an thành phố"]


def test_thong_tin_inside_a_units_name_stays():
    people = people_in("Trung tá Hồ Văn Nhạn, Trưởng phòng Công nghệ thông tin, Bộ CHQS tỉnh phát biểu.")
    assert [p.title for p in people["Hồ Văn Nhạn"].positions] == ["Trưởng phòng Công nghệ thông tin"]


def test_a_bare_title_takes_no_unit_from_a_mass_body_after_it():
    people = people_in("Thượng tá Lò Văn Khánh, Chủ nhiệm Hậu cần - Kỹ thuật, Chủ tịch Công đoàn cơ sở Cơ quan Bộ CHQS "
                       "tỉnh trao quà.")
    titles = [p.title for p in people["Lò Văn Khánh"].positions]
    assert titles[0] == "Chủ nhiệm Hậu cần - Kỹ thuật"


def test_an_office_after_a_dash_behind_a_colon_list_is_each_names():
    people = people_in("Bộ CHQS tỉnh khen thưởng 5 cá nhân, trong đó có các đồng chí: Trung tá Lục Văn Dũng, Thiếu tá Nông "
                       "Thị Thơm - Trợ lý Quân nhu Bộ CHQS tỉnh Lạng Sơn; Đại úy Hà Văn Tú, Chủ nhiệm Kho K75.")
    for name in ("Lục Văn Dũng", "Nông Thị Thơm"):
        assert [p.title for p in people[name].positions] == ["Trợ lý Quân nhu Bộ CHQS tỉnh Lạng Sơn"]
    assert [p.title for p in people["Hà Văn Tú"].positions] == ["Chủ nhiệm Kho K75"]


def test_a_list_whose_first_name_has_its_own_office_shares_nothing():
    people = people_in("Dự lễ có các đồng chí: Đại tá Lục Văn Dũng, Chính ủy Lữ đoàn; Thiếu tá Nông Thị Thơm - Trợ lý "
                       "Quân nhu Lữ đoàn.")
    assert [p.title for p in people["Lục Văn Dũng"].positions] == ["Chính ủy Lữ đoàn"]


def test_a_bare_title_shares_the_units_name_the_next_title_reads_past_its_mention():
    people = people_in("Đại tá Kiều Văn Sâm, Phó Tư lệnh, Tham mưu trưởng Bộ Tư lệnh Thành phố chỉ đạo lớp tập huấn.")
    assert [p.title for p in people["Kiều Văn Sâm"].positions] == [
        "Phó Tư lệnh Bộ Tư lệnh Thành phố", "Tham mưu trưởng Bộ Tư lệnh Thành phố"]


def test_a_board_after_a_bare_title_still_gives_its_unit():
    people = people_in("Đại tá Lý Văn Quế, Chính ủy, Chủ tịch Hội đồng thi đua, khen thưởng Bộ CHQS tỉnh phát biểu.")
    assert [p.title for p in people["Lý Văn Quế"].positions][0] == "Chính ủy Bộ CHQS tỉnh"


def test_an_absorbed_provinces_old_mark_stays_in_the_office_and_the_chain_goes_on():
    people = people_in("Dự lễ có Đại tá Mã Văn Khoa, nguyên Chủ nhiệm Hậu cần Bộ CHQS tỉnh Hà Giang (cũ), nay là Phó Chỉ "
                       "huy trưởng Ban Chỉ huy Phòng thủ khu vực 2 - Yên Minh; cùng các thế hệ cán bộ.")
    assert [p.title for p in people["Mã Văn Khoa"].positions] == [
        "Chủ nhiệm Hậu cần Bộ CHQS tỉnh Hà Giang (cũ)", "Phó Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 2 - Yên Minh"]


def test_a_department_named_in_lower_case_runs_to_its_unit():
    people = people_in("Đại úy QNCN Tạ Thị Mơ, Trưởng phòng hóa nghiệm Kho 123 báo cáo quy trình kiểm tra.")
    assert [p.title for p in people["Tạ Thị Mơ"].positions] == ["Trưởng phòng hóa nghiệm Kho 123"]


@pytest.mark.parametrize("written", ["Trưởng ban Quân nhu (Trưởng ban Giám khảo)", "Trưởng ban Quân nhu, Trưởng ban Giám khảo"])
def test_a_contests_jury_office_of_the_same_title_is_a_second_office(written):
    people = people_in(f"Ban Giám khảo gồm các đồng chí: Trung tá Mai Thị Nụ, {written}; Thiếu tá Lò Văn Tám, Trợ lý.")
    assert [p.title for p in people["Mai Thị Nụ"].positions] == ["Trưởng ban Quân nhu", "Trưởng ban Giám khảo"]


def test_a_title_restated_bare_adds_no_office():
    people = people_in("Trung tá Mai Thị Nụ, Trưởng ban Quân nhu cho biết kế hoạch. Trưởng ban Mai Thị Nụ nói thêm.")
    assert [p.title for p in people["Mai Thị Nụ"].positions] == ["Trưởng ban Quân nhu"]


@pytest.mark.parametrize("opening", ["Cán bộ, chiến sĩ", "Cán bộ, nhân viên, chiến sĩ", "cán bộ, chiến sĩ"])
def test_soldiers_as_a_staff_category_are_no_office(opening):
    from haucan.article import build_article
    from haucan.extract.entities import extract
    from haucan.records import RawArticle, SourceFile
    from haucan.rules import load_rules

    text = f"Hỗ trợ vùng lũ\n\nNgày 2/10/2024, tại Huế đã diễn ra hoạt động.\n\n{opening} Trung đoàn 6 vận chuyển lương thực.\n"
    article = build_article(RawArticle(SourceFile("0123456789abcdef.txt", "0123456789abcdef", None), text), load_rules())
    assert not [m for m in extract(article) if m.label == "POSITION" and "chiến sĩ" in m.surface]


def test_a_rosters_deputy_written_short_takes_the_heads_unit():
    people = people_in("Trưởng Ban Tổ chức hội thao là Đại tá Lục Văn Ngà, Phó Hiệu trưởng Nhà trường; Phó Trưởng ban là "
                       "Thượng tá Hà Văn Kiên, Trưởng phòng Hậu cần - Kỹ thuật.")
    assert [p.title for p in people["Hà Văn Kiên"].positions] == [
        "Phó Trưởng ban Tổ chức hội thao", "Trưởng phòng Hậu cần - Kỹ thuật"]


def test_a_deputy_with_no_head_stated_before_stays_bare():
    people = people_in("Phó Trưởng ban là Thượng tá Hà Văn Kiên, Trưởng phòng Hậu cần - Kỹ thuật.")
    assert "Phó Trưởng ban" in [p.title for p in people["Hà Văn Kiên"].positions]
