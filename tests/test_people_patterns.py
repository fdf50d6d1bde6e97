"""How real pages write people (issue 14), one pattern per test, on invented sentences: academic titles, every
separator between a name and its office, 'nguyên'/'nay là', offices shared by a colon list, organisations kept
whole in positions (spaced dashes, abbreviations, places), organisations as they were on the date, one id."""

from __future__ import annotations

import pytest

from haucan.annotate import annotate
from haucan.article import build_article
from haucan.extract.entities import extract
from haucan.knowledge.facts import derive_facts
from haucan.knowledge.orgs import Context, OrgRegistry, canonical_name, pick_curated
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules
from tests.support.people import people_in

RULES = load_rules()


_people = people_in  # name -> Observation, for a short invented article dated ``date``



def _titles(observation) -> list[str]:
    return [p.title for p in observation.positions]


@pytest.mark.parametrize(("lead", "titles"), [
    ("Trung tướng GS, TS", ["GS", "TS"]),
    ("Trung tướng GS,TS", ["GS", "TS"]),
    ("Thiếu tướng, PGS, TS", ["PGS", "TS"]),
    ("Thượng tá, TS", ["TS"]),
    ("Đại tá, PGS.TS", ["PGS", "TS"]),
    ("Thiếu tướng, Giáo sư, Tiến sĩ", ["GS", "TS"]),
    ("Đại tá ThS", ["ThS"]),
])
def test_academic_titles_are_their_own_field_and_never_a_name(lead, titles):
    people = _people(f"{lead} Hoàng Minh Quý, Giám đốc Học viện Hậu cần phát biểu.")
    assert set(people) == {"Hoàng Minh Quý"}  # no junk person "GS" / "TS"
    person = people["Hoàng Minh Quý"]
    assert list(person.academic_titles) == titles
    assert person.rank is not None
    assert _titles(person) == ["Giám đốc Học viện Hậu cần"]


def test_academic_titles_without_a_rank_open_a_civilian_name():
    people = _people("PGS.TS Trịnh Thu Hà, Giám đốc Bệnh viện Quân y 175 báo cáo.")
    assert list(people["Trịnh Thu Hà"].academic_titles) == ["PGS", "TS"]
    assert people["Trịnh Thu Hà"].rank is None


@pytest.mark.parametrize("separator", ["- ", " -", " - ", " – ", "–", "—", " — ", ", ", ": "])
def test_every_dash_and_spacing_between_name_and_office(separator):
    people = _people(f"Dự có Đại tá Phan Đức Lộc{separator}Chủ nhiệm Hậu cần Quân khu 9 và nhiều đại biểu.")
    assert _titles(people["Phan Đức Lộc"]) == ["Chủ nhiệm Hậu cần Quân khu 9"]


def test_name_hyphen_office_does_not_give_the_office_to_the_next_person():
    people = _people("Dự có Đại tá Bế Văn Sơn- Chính ủy Sư đoàn 9; Thượng tá Lò Văn Tâm- Sư đoàn trưởng Sư đoàn 9.")
    assert _titles(people["Bế Văn Sơn"]) == ["Chính ủy Sư đoàn 9"]
    assert _titles(people["Lò Văn Tâm"]) == ["Sư đoàn trưởng Sư đoàn 9"]


def test_nguyen_marks_a_former_office_and_nay_la_a_current_one():
    people = _people("Đại tá Vương Đình Khải, nguyên Chủ nhiệm Hậu cần Quân khu 5, nay là Phó Tư lệnh Quân khu 5 dự.")
    held = {p.title: p.former for p in people["Vương Đình Khải"].positions}
    assert held == {"Chủ nhiệm Hậu cần Quân khu 5": True, "Phó Tư lệnh Quân khu 5": False}


def test_lowercase_rank_and_lowercase_office_inside_a_chain():
    people = _people("Buổi lễ có đại tá Quách Văn Hải, nguyên cục trưởng Cục Quân nhu tham dự.")
    person = people["Quách Văn Hải"]
    assert person.rank == "Đại tá"
    assert _titles(person) == ["cục trưởng Cục Quân nhu"]


def test_office_before_rank_and_office_right_before_a_civilian_name():
    people = _people("Chủ nhiệm Tổng cục Hậu cần, Trung tướng Khổng Minh Tuấn chủ trì. Phó Thủ tướng Âu Văn Bảo dự.")
    assert _titles(people["Khổng Minh Tuấn"]) == ["Chủ nhiệm Tổng cục Hậu cần"]
    assert _titles(people["Âu Văn Bảo"]) == ["Phó Thủ tướng"]


def test_an_office_of_someone_else_before_a_comma_is_not_taken():
    people = _people("Báo cáo với Phó Thủ tướng, Trung tướng Lạc Văn Tùng cho biết kho đã sẵn sàng. "
                     "Theo quyết định của Bộ trưởng Bộ Quốc phòng, Thiếu tướng Mạc Văn Tín bàn giao nhiệm vụ.")
    assert _titles(people["Lạc Văn Tùng"]) == []
    assert _titles(people["Mạc Văn Tín"]) == []


def test_civilians_are_observed_through_their_office():
    people = _people("Ông Kiều Văn Lâm, Chủ tịch UBND tỉnh Đồng Nai và bà Tống Thị Huệ, Giám đốc Công an tỉnh dự.")
    assert _titles(people["Kiều Văn Lâm"]) == ["Chủ tịch UBND tỉnh Đồng Nai"]
    assert people["Kiều Văn Lâm"].rank is None
    assert _titles(people["Tống Thị Huệ"]) == ["Giám đốc Công an tỉnh"]


def test_a_role_stated_once_for_a_colon_list_goes_to_each_name():
    people = _people("Dự hội nghị có các đồng chí Ủy viên Trung ương Đảng: Thượng tướng Lã Văn Cầm, "
                     "Trung tướng Ông Văn Phú, Trung tướng Ninh Đức Mạnh.")
    for name in ("Lã Văn Cầm", "Ông Văn Phú", "Ninh Đức Mạnh"):
        assert list(people[name].party_roles) == ["Ủy viên Trung ương Đảng"], name


def test_a_chain_goes_on_through_an_abbreviation_and_an_unknown_office():
    people = _people("Thượng tá Lý Văn Khoa -Trợ lý Quân nhu, UVTV Đảng ủy Cục Hậu cần Quân khu 7, "
                     "Phó Cục trưởng Cục Hậu cần Quân khu 7 dự.")
    person = people["Lý Văn Khoa"]
    assert "Phó Cục trưởng Cục Hậu cần Quân khu 7" in _titles(person)
    assert "Ủy viên Ban Thường vụ Đảng ủy Cục Hậu cần Quân khu 7" in person.party_roles  # UVTV spelled out


def test_old_style_tone_marks_in_titles():
    people = _people("Thượng tướng Đàm Văn Khôi – Uỷ viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng chủ trì.")
    person = people["Đàm Văn Khôi"]
    assert list(person.party_roles) == ["Ủy viên Trung ương Đảng"]  # published in the new style
    assert [(p.title, p.org_id) for p in person.positions] == [("Thứ trưởng Bộ Quốc phòng", "bqp")]


@pytest.mark.parametrize(("office", "org_id"), [
    ("Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật", "tchckt"),
    ("Chủ nhiệm Tổng cục Hậu cần–Kỹ thuật", "tchckt"),
    ("Tham mưu trưởng TCHC-KT", "tchckt"),
    ("Phó Chủ nhiệm TCHCKT", "tchckt"),
    ("Giám đốc HVHC", "hvhc"),
    ("Phó Tư lệnh BĐBP", "bdbp"),
    ("Thứ trưởng Quốc phòng", "bqp"),
])
def test_positions_keep_hyphenated_and_abbreviated_organisations(office, org_id):
    people = _people(f"Thiếu tướng Giang Văn Tới, {office} phát biểu.", date="12/9/2025")
    assert [(p.title, p.org_id) for p in people["Giang Văn Tới"].positions] == [(office, org_id)]


@pytest.mark.parametrize(("office", "title"), [
    ("Bí thư Tỉnh ủy Tây Ninh", "Bí thư Tỉnh ủy Tây Ninh"),
    ("Bí thư Đảng ủy Cục Xăng dầu", "Bí thư Đảng ủy Cục Xăng dầu"),
    ("Ủy viên Ban Thường vụ Đảng ủy Tổng cục Hậu cần - Kỹ thuật", "Ủy viên Ban Thường vụ Đảng ủy Tổng cục Hậu cần - Kỹ thuật"),
])
def test_party_roles_are_kept_whole(office, title):
    people = _people(f"Đồng chí Lâm Văn Hào – {office} dự.")
    assert list(people["Lâm Văn Hào"].party_roles) == [title]


def test_hyphenated_unit_names_stay_in_the_position():
    people = _people("Đại tá Lục Văn Sinh, Chủ nhiệm Hậu cần - Kỹ thuật Quân khu 7, "
                     "Thượng tá Thạch Văn Ninh, Trưởng phòng Xe máy - Vận tải dự.")
    assert _titles(people["Lục Văn Sinh"]) == ["Chủ nhiệm Hậu cần - Kỹ thuật Quân khu 7"]
    assert _titles(people["Thạch Văn Ninh"]) == ["Trưởng phòng Xe máy - Vận tải"]


def test_a_unit_named_by_its_head_alone_stays_in_the_position():
    people = _people("Đại tá Hầu Văn Lực, Phó Tư lệnh Quân khu phát biểu. Đại tá Sầm Văn Hưng, Giám đốc Học viện, "
                     "và ông Cù Văn Nam, Giám đốc Nhà máy Z117 dự.")
    assert _titles(people["Hầu Văn Lực"]) == ["Phó Tư lệnh Quân khu"]
    assert _titles(people["Sầm Văn Hưng"]) == ["Giám đốc Học viện"]
    assert _titles(people["Cù Văn Nam"]) == ["Giám đốc Nhà máy Z117"]


def test_an_appointment_and_a_commune_police_chief():
    people = _people("Quyết định bổ nhiệm Thiếu tướng Tiêu Văn Phúc, Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật "
                     "giữ chức Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật. Ông Lù Văn Páo, Trưởng Công an xã Bản Mế dự.",
                     date="2/7/2025")
    assert _titles(people["Tiêu Văn Phúc"]) == ["Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật",
                                                "Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật"]
    assert _titles(people["Lù Văn Páo"]) == ["Trưởng Công an xã Bản Mế"]


def test_a_given_name_after_a_rank_is_the_person_named_in_full_before():
    people = _people("Đại tá Tô Minh Khiết, Chủ nhiệm Hậu cần Quân đoàn 12 cho biết kho đã sẵn sàng. "
                     "\"Chúng tôi chủ động từ sớm\", đại tá Khiết chia sẻ.")
    assert set(people) == {"Tô Minh Khiết"}


def test_a_bare_title_takes_the_next_offices_organisation_as_written():
    people = _people("Thiếu tướng Lương Văn Tiến, Phó chủ nhiệm, Tham mưu trưởng TCHC dự.", date="12/3/2024")
    assert [(p.title, p.org_id) for p in people["Lương Văn Tiến"].positions] == [
        ("Phó chủ nhiệm TCHC", "tchc"), ("Tham mưu trưởng TCHC", "tchc")]


def test_the_police_department_is_not_the_armys_body_formed_in_2025():
    police = _people("Trung tướng Quan Văn Định, Tổng cục trưởng Tổng cục Hậu cần - Kỹ thuật, Bộ Công an dự.",
                     date="20/6/2016")
    army = _people("Trung tướng Quan Văn Định, Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật phát biểu.", date="20/6/2025")
    assert police["Quan Văn Định"].positions[0].org_id == "tchckt-bca"
    assert army["Quan Văn Định"].positions[0].org_id == "tchckt"
    assert police["Quan Văn Định"].person_id != army["Quan Văn Định"].person_id


def test_namesakes_are_chosen_by_context_then_by_date():
    name = "Tổng cục Hậu cần - Kỹ thuật"
    assert canonical_name(name) == "Tổng cục Hậu cần-Kỹ thuật"
    assert pick_curated(name, Context(None, "… lực lượng CAND …")) == "tchckt-bca"
    assert pick_curated(name, Context(dt_date(2017, 1, 1), "")) == "tchckt-bca"
    assert pick_curated(name, Context(dt_date(2025, 6, 1), "")) == "tchckt"
    assert pick_curated("QK 1", Context()) == pick_curated("Quân khu 1", Context()) == "qk1"


def dt_date(year: int, month: int, day: int):
    import datetime as dt

    return dt.date(year, month, day)


def test_a_person_named_without_an_office_keeps_one_id_across_articles():
    registry = OrgRegistry()
    with_office = _people("Thiếu tướng Diệp Văn Cừ, Phó Chủ nhiệm Tổng cục Hậu cần phát biểu.",
                          article_id="00000000000000a1", registry=registry)
    without = _people("Đại tá Văn Đình Lợi, Cục trưởng Cục Quân nhu, Tổng cục Hậu cần báo cáo. "
                      "Thiếu tướng Diệp Văn Cừ phát biểu chỉ đạo.", article_id="00000000000000a2", registry=registry)
    assert with_office["Diệp Văn Cừ"].person_id == without["Diệp Văn Cừ"].person_id



def test_a_civilian_with_an_office_does_not_take_the_articles_unit():
    registry = OrgRegistry()
    first = _people("Phó Thủ tướng Âu Văn Bảo dự. Thiếu tướng Diệp Văn Cừ, Phó Chủ nhiệm Tổng cục Hậu cần báo cáo.",
                    article_id="00000000000000b1", registry=registry)
    second = _people("Phó Thủ tướng Âu Văn Bảo làm việc với Bộ Tư lệnh Quân khu 7.", article_id="00000000000000b2",
                     registry=registry)
    assert first["Âu Văn Bảo"].person_id == second["Âu Văn Bảo"].person_id


def test_a_council_list_with_the_unit_written_before_the_role():
    people = _people("Hội đồng gồm:\n\n1. Thiếu tướng, PGS.TS Hà Văn Khải – Học viện Hậu cần, Chủ tịch Hội đồng;\n\n"
                     "2. Đại tá, TS Tạ Minh Quân – Cục Quân nhu/TCHC, Phản biện 1;\n\n"
                     "3. Thiếu tướng Giáp Văn Sinh- AHLLVTND, Phó chủ tịch Hội.")
    assert _titles(people["Hà Văn Khải"]) == ["Chủ tịch Hội đồng"]
    assert list(people["Hà Văn Khải"].academic_titles) == ["PGS", "TS"]
    assert _titles(people["Tạ Minh Quân"]) == ["Phản biện 1"]
    assert _titles(people["Giáp Văn Sinh"]) == ["Phó chủ tịch Hội"]


def test_a_bare_provincial_committee_takes_the_province_the_article_names():
    people = _people("Diễn tập khu vực phòng thủ tỉnh Quảng Trị năm 2024 kết thúc. Đồng chí Lê Văn Hòe, Phó Bí thư "
                     "Tỉnh ủy, Chủ tịch UBND tỉnh dự. Lực lượng vũ trang tỉnh Quảng Trị hoàn thành nhiệm vụ.")
    assert list(people["Lê Văn Hòe"].party_roles) == ["Phó Bí thư Tỉnh ủy Quảng Trị"]


def test_a_bare_district_committee_takes_the_district_the_article_names():
    people = _people("Huyện Mỹ Lộc ra quân huấn luyện. Đồng chí Hà Thị Lan, Bí thư Huyện ủy, Chủ tịch HĐND huyện dự. "
                     "Lực lượng vũ trang huyện Mỹ Lộc hoàn thành nhiệm vụ.")
    assert list(people["Hà Thị Lan"].party_roles) == ["Bí thư Huyện ủy Mỹ Lộc"]


def test_the_unit_written_before_a_role_makes_the_identity():
    registry = OrgRegistry()
    council = _people("Hội đồng gồm:\n\n1. Thiếu tướng, PGS.TS Cao Văn Tiệp – Học viện Hậu cần, Chủ tịch Hội đồng.",
                      article_id="00000000000000c1", registry=registry)
    report = _people("Thiếu tướng, PGS.TS Cao Văn Tiệp, Phó Giám đốc Học viện Hậu cần phát biểu.",
                     article_id="00000000000000c2", registry=registry)
    assert council["Cao Văn Tiệp"].person_id == report["Cao Văn Tiệp"].person_id


@pytest.mark.parametrize(("chain", "role"), [
    ("Bí thư Đảng ủy, Chính ủy Cục Hậu cần - Kỹ thuật QK9", "Bí thư Đảng ủy Cục Hậu cần-Kỹ thuật Quân khu 9"),
    ("Phó Bí thư Thường trực Đảng ủy, Chính ủy Bộ CHQS tỉnh", "Phó Bí thư Thường trực Đảng ủy Bộ Chỉ huy Quân sự tỉnh"),
    ("Bí thư Đảng ủy, Trưởng phòng Hậu cần – Kỹ thuật", "Bí thư Đảng ủy Phòng Hậu cần-Kỹ thuật"),
    ("Chính ủy BĐBP, Bí thư Đảng ủy", "Bí thư Đảng ủy BĐBP"),
    ("nguyên Bí thư Đảng ủy, nguyên Tổng cục trưởng Tổng cục Hậu cần - Kỹ thuật",
     "Bí thư Đảng ủy Tổng cục Hậu cần-Kỹ thuật"),  # the registry qualifier is not written
])
def test_a_party_role_takes_the_body_of_its_chain_spelled_out(chain, role):
    people = _people(f"Bộ CHQS tỉnh Gia Lai tổ chức hội nghị. Đại tá Kha Văn Tuấn, {chain} phát biểu.", date="5/6/2015")
    assert role in people["Kha Văn Tuấn"].party_roles
    assert not any(r.endswith("Đảng ủy") for r in people["Kha Văn Tuấn"].party_roles)


def test_a_bare_provincial_committee_takes_the_province_of_a_provincial_outlet():
    text = ("Diễn tập khu vực phòng thủ năm 2024\n\n(BTN) - Ngày 12/6/2024, huyện Tân Châu tổ chức diễn tập. Đồng chí "
            "Tôn Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy dự.\n")
    source = SourceFile("0123456789abcdef.txt", "0123456789abcdef", "https://baotayninh.vn/dien-tap-a1.html")
    article = build_article(RawArticle(source, text), RULES)
    facts = derive_facts(annotate(article, None, extract(article)), OrgRegistry(), None)
    person = {o.name: o for o in facts.auto[0]}["Tôn Văn Khải"]
    assert "Ủy viên Ban Thường vụ Tỉnh ủy Tây Ninh" in person.party_roles


def test_a_council_member_is_an_office_and_a_committee_member_a_party_role():
    people = _people("Hội đồng gồm:\n\n1. Đại tá, TS Quách Văn Bình – Học viện Hậu cần, Ủy viên;\n\n"
                     "2. Đại tá Lò Văn Sơn, Ủy viên Ban Thường vụ Đảng ủy Quân khu 2, Tư lệnh Quân khu 2 dự.")
    assert _titles(people["Quách Văn Bình"]) == ["Ủy viên"] and not people["Quách Văn Bình"].party_roles
    assert list(people["Lò Văn Sơn"].party_roles) == ["Ủy viên Ban Thường vụ Đảng ủy Quân khu 2"]


def test_kiem_joins_two_offices_and_a_bare_local_unit_keeps_its_level():
    people = _people("Thiếu tá Hứa Văn Lâm, Phó Chỉ huy trưởng kiêm Tham mưu trưởng Ban CHQS huyện chủ trì. "
                     "Đồng chí Tăng Thị Hoa, Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện, Trưởng ban Chỉ đạo diễn tập "
                     "huyện phát biểu. Thượng tá Mạc Thị Yên, Trưởng phòng Hậu cần Công an tỉnh báo cáo.")
    assert _titles(people["Hứa Văn Lâm"]) == ["Phó Chỉ huy trưởng Ban CHQS huyện", "Tham mưu trưởng Ban CHQS huyện"]
    assert _titles(people["Tăng Thị Hoa"]) == ["Chủ tịch HĐND huyện", "Trưởng ban Chỉ đạo diễn tập huyện"]
    assert _titles(people["Mạc Thị Yên"]) == ["Trưởng phòng Hậu cần Công an tỉnh"]


def test_council_members_with_units_the_vocabulary_lacks_and_a_bracketed_colon_list():
    people = _people("Hội đồng gồm:\n\n3. Đại tá PGS.TS Lâm Văn Đạt – Viện Kỹ thuật công binh quân sự, Phản biện 2;\n\n"
                     "4. PGS.TS Văn Thị Hòa – Trường Đại học Giao thông vận tải Hà Nội, Phản biện 3;\n\n"
                     "Người hướng dẫn khoa học: Đại tá, PGS.TS Phí Văn Hậu (Học viện KTQS) và Thượng tá, TS Ninh "
                     "Văn Thái (Cục Quân nhu/TCHC).")
    assert _titles(people["Lâm Văn Đạt"]) == ["Phản biện 2"]
    assert _titles(people["Văn Thị Hòa"]) == ["Phản biện 3"] and people["Văn Thị Hòa"].rank is None
    assert _titles(people["Phí Văn Hậu"]) == _titles(people["Ninh Văn Thái"]) == ["Người hướng dẫn khoa học"]


def test_an_unknown_office_is_not_read_across_another_person():
    people = _people("Thượng tướng Tạ Văn Bình, Chủ tịch Hội Nông dân Việt Nam và Thiếu tướng Kim Văn Hải, "
                     "Phó Chủ nhiệm Tổng cục Hậu cần dự.")
    assert "Phó Chủ nhiệm Tổng cục Hậu cần" not in _titles(people["Tạ Văn Bình"])


def test_a_name_hard_wrapped_by_the_page_is_one_person_with_its_office():
    body = ("Dự lễ khai mạc có đồng chí Khúc Văn\nThạch, Phó Chủ tịch UBND tỉnh; mô hình do Thiếu tá Bạch Công\n"
            "Vinh - Chính trị viên Ban CHQS huyện giới thiệu.\n\nĐồng chí Khúc Văn Thạch phát biểu. Thiếu tá Bạch "
            "Công Vinh cho biết đơn vị sẵn sàng.")
    people = _people(body)
    assert set(people) == {"Khúc Văn Thạch", "Bạch Công Vinh"}  # no truncated 'Khúc Văn' / 'Bạch Công'
    assert _titles(people["Khúc Văn Thạch"]) == ["Phó Chủ tịch UBND tỉnh"]
    assert _titles(people["Bạch Công Vinh"]) == ["Chính trị viên Ban CHQS huyện"]


def test_a_caption_line_before_a_new_paragraph_is_not_joined_to_it():
    text = ("Hội nghị triển khai công tác hậu cần\n\nNgày 12/3/2024, tại Hà Nội đã diễn ra hội nghị.\n"
            "Quang cảnh hội nghị\nĐại tá Lê Văn Khoa, Chủ nhiệm Hậu cần Quân khu 9 phát biểu.\n")
    article = build_article(RawArticle(SourceFile("0123456789abcdef.txt", "0123456789abcdef", None), text), RULES)
    assert "Quang cảnh hội nghị" in article.metadata.captions


def test_an_office_is_its_title_and_own_unit_and_the_parent_units_resolve_it():
    people = _people("Quyết định bổ nhiệm Đại tá Lạc Văn Hòa, Cục trưởng Cục Doanh trại, Tổng cục Hậu cần, giữ chức "
                     "Phó Chủ nhiệm Tổng cục Hậu cần, Bộ Quốc phòng.", date="5/3/2024")
    held = people["Lạc Văn Hòa"].positions
    assert [p.title for p in held] == ["Cục trưởng Cục Doanh trại", "Phó Chủ nhiệm Tổng cục Hậu cần"]
    assert held[0].org_id != "cuc-doanh-trai" and held[1].org_id == "tchc"


def test_an_office_with_its_unit_shared_by_a_list_after_gom_but_not_a_bare_one():
    # A bare office is shared only in a unit's roster ('Hội đồng có 3 Phó Chủ tịch gồm …', round 7: the gold
    # writes it as the page does), never after a bare office alone ('Các Phó Chủ tịch gồm …').
    people = _people("Phó Chủ nhiệm Tổng cục Hậu cần gồm Thiếu tướng Đào Văn Lực; Đại tá Đinh Văn Tường. "
                     "Các Phó Chủ tịch gồm Đại tá Âu Văn Nhất và Đại tá Chu Văn Nhị. Hội đồng có 3 Phó Chủ tịch gồm "
                     "Đại tá Lạc Văn Ba và Đại tá Khúc Văn Tư.", date="5/3/2024")
    assert _titles(people["Đào Văn Lực"]) == _titles(people["Đinh Văn Tường"]) == ["Phó Chủ nhiệm Tổng cục Hậu cần"]
    assert _titles(people["Âu Văn Nhất"]) == []
    assert _titles(people["Lạc Văn Ba"]) == ["Phó Chủ tịch"]


def test_a_unit_name_the_vocabulary_lacks_is_read_after_its_head_up_to_the_next_verb():
    people = _people("Thiếu tướng Quàng Văn Mạnh, Cục trưởng Cục Quản lý vật tư và kho bãi cho biết kho đã sẵn sàng. "
                     "Thượng tướng Lạc Văn Thiện, Bí thư Đảng đoàn, Chủ tịch Hội CCB Việt Nam và Thiếu tướng Tôn Đức "
                     "Vượng dự. Đại tá Giáp Văn Hà, Trưởng ban tổ chức Hội thao chủ trì. Đại tá Lò Văn Tân, Giám đốc "
                     "Học viện phát biểu.")
    assert _titles(people["Quàng Văn Mạnh"]) == ["Cục trưởng Cục Quản lý vật tư và kho bãi"]
    assert _titles(people["Lạc Văn Thiện"]) == ["Chủ tịch Hội CCB Việt Nam"]
    assert list(people["Lạc Văn Thiện"].party_roles) == ["Bí thư Đảng đoàn Hội Cựu chiến binh Việt Nam"]
    assert _titles(people["Giáp Văn Hà"]) == ["Trưởng ban tổ chức Hội thao"]
    assert _titles(people["Lò Văn Tân"]) == ["Giám đốc Học viện"]
    assert "Tôn Đức Vượng" not in people or not people["Tôn Đức Vượng"].positions  # the name ends at 'và <rank>'


def test_a_slash_joined_parent_a_former_office_then_and_national_or_district_bodies():
    people = _people("Đại tá Khổng Văn Bảo, lúc đó là Cục trưởng Cục Hậu cần/Quân đoàn 3, kể lại. Đồng chí Lò Văn Tư, "
                     "Phó Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội làm trưởng đoàn. Thượng tá Đàm Văn Vĩ - "
                     "Chỉ huy trưởng BCh QS TP. Thuận An dự. Đại tá Chế Văn Lũy, Phó Viện trưởng, báo cáo viên cấp Bộ "
                     "trình bày.")
    assert [(p.title, p.former) for p in people["Khổng Văn Bảo"].positions] == [
        ("Cục trưởng Cục Hậu cần/Quân đoàn 3", True)]
    assert _titles(people["Lò Văn Tư"]) == ["Phó Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội"]
    assert _titles(people["Đàm Văn Vĩ"]) == ["Chỉ huy trưởng BCh QS TP. Thuận An"]
    assert _titles(people["Chế Văn Lũy"])[-1] == "báo cáo viên cấp Bộ"


@pytest.mark.parametrize(("sentence", "name", "rank", "title"), [
    ("Đại tá, Giám đốc Công an tỉnh Trương Văn Bình chủ trì hội nghị.", "Trương Văn Bình", "Đại tá",
     "Giám đốc Công an tỉnh"),
    ("Thiếu tướng, Phó Tư lệnh Quân khu 7 Nguyễn Văn Xuân phát biểu.", "Nguyễn Văn Xuân", "Thiếu tướng",
     "Phó Tư lệnh Quân khu 7"),
    ("Thượng tá Chỉ huy trưởng Bộ CHQS tỉnh Đinh Công Hậu báo cáo.", "Đinh Công Hậu", "Thượng tá",
     "Chỉ huy trưởng Bộ CHQS tỉnh"),
])
def test_a_rank_then_an_office_then_the_name(sentence, name, rank, title):
    person = _people(sentence)[name]
    assert (person.rank, _titles(person)) == (rank, [title])


def test_a_name_after_a_local_unit_is_no_place_but_a_listed_place_is():
    people = _people("Chiều 5/3, Trưởng Công an xã Nguyễn Văn Hùng báo cáo; Chỉ huy trưởng Bộ CHQS tỉnh "
                     "Hà Giang, Đại tá Đỗ Minh Khoa phát biểu.")
    assert _titles(people["Nguyễn Văn Hùng"]) == ["Trưởng Công an xã"]
    assert set(people) == {"Nguyễn Văn Hùng", "Đỗ Minh Khoa"}
    assert _titles(people["Đỗ Minh Khoa"]) == ["Chỉ huy trưởng Bộ CHQS tỉnh Hà Giang"]


def test_a_rank_before_someone_elses_office_is_not_taken():
    people = _people("Theo Bộ trưởng Bộ Quốc phòng, Đại tá Phạm Văn Lộc đã báo cáo.")
    assert people["Phạm Văn Lộc"].rank == "Đại tá"


@pytest.mark.parametrize("opener", ["các đồng chí trong BTV Tỉnh ủy", "các đồng chí thuộc Ban Thường vụ Tỉnh ủy",
                                    "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy"])
def test_a_committee_named_once_for_a_colon_list_is_each_members_role(opener):
    people = _people(f"Dự có {opener}: Nguyễn Thị Lan, Phó Chủ tịch UBND tỉnh; Đại tá Hồ Văn Tâm, Chỉ huy "
                     "trưởng Bộ CHQS tỉnh. Sau đó, ông Phạm Quốc Hưng phát biểu.")
    for name in ("Nguyễn Thị Lan", "Hồ Văn Tâm"):
        assert [r.startswith("Ủy viên Ban Thường vụ Tỉnh ủy") for r in people[name].party_roles] == [True]
    assert _titles(people["Hồ Văn Tâm"]) == ["Chỉ huy trưởng Bộ CHQS tỉnh"]
    assert list(people["Phạm Quốc Hưng"].party_roles) == []  # the list ended with the sentence


@pytest.mark.parametrize(("office", "next_words"), [
    ("Phó Giám đốc Sở Nông nghiệp và Môi trường", "; bà Lê Thị Hạnh dự."),
    ("Giám đốc Sở Văn hóa, Thể thao và Du lịch", " phát biểu."),
    ("Giám đốc Sở Khoa học và Công nghệ tỉnh Lâm Đồng", " phát biểu."),
    ("Phó Chủ nhiệm Ủy ban Quốc phòng và An ninh", " và ông Lê Văn Tám dự."),
    ("Giám đốc Sở Tài chính", " và Đại tá Hồ Văn Tâm dự."),
    ("Giám đốc Sở Y tế", " và Hồ Thị Lan, Giám đốc Sở Xây dựng dự."),
    ("Giám đốc Sở Xây dựng", " và Thủ trưởng các sở, ngành dự."),
    ("Phó Chỉ huy trưởng Bộ CHQS tỉnh", " và đại diện các cơ quan dự."),
])
def test_an_organisation_listing_its_fields_with_va_but_not_the_next_person(office, next_words):
    people = _people(f"Ông Phan Văn Tuấn, {office}{next_words}")
    assert _titles(people["Phan Văn Tuấn"]) == [office]
