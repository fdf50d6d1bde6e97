"""Persons and offices, session 12 (issue 14, brief pos14): the families the spent ninth set missed. Names of the
Central Highlands' peoples joined by an apostrophe ("H'Bia", "K’Lang", "Y'Sơn"), read whole whatever apostrophe the
page prints. Invented sentences."""

from __future__ import annotations

import pytest

from tests.support.people import people_in


@pytest.mark.parametrize(("sentence", "name"), [
    ("Đoàn trao quà cho gia đình Thiếu úy Ksor H'Mai, nhân viên Ban Hậu cần Trung đoàn 95.", "Ksor H'Mai"),
    ("Tham dự có Đại úy Y'Krông Niê, Chính trị viên Đồn Biên phòng Ia Lốp.", "Y'Krông Niê"),
    ("Thượng úy K’Brơi Ha, Đội trưởng Đội Quân khí, báo cáo kết quả.", "K’Brơi Ha"),
    ("Trung úy Rơ Mah Hʼ Dơng phát biểu tại hội nghị.", "Rơ Mah Hʼ Dơng"),
])
def test_a_name_joined_by_an_apostrophe_is_whole(sentence, name):
    people = people_in(sentence)
    assert name in people
    assert not any(other != name and name.startswith(other) for other in people)  # no 'Ksor H' beside it


@pytest.mark.parametrize(("sentence", "asker", "expert", "title"), [
    ("Bạn đọc Lữ Văn Khải (Gia Lai) hỏi: cháu có được hưởng trợ cấp không?\n\nLuật sư Đàm Thị Hạnh, Đoàn Luật sư "
     "tỉnh Bình Dương, trả lời: theo quy định, cháu được hưởng.", "Lữ Văn Khải", "Đàm Thị Hạnh", "Luật sư"),
    ("Độc giả Kha Minh Tú hỏi về chế độ hậu phương quân đội. Luật gia Cù Văn Lợi - Công ty Luật Minh Tâm trả lời như "
     "sau.", "Kha Minh Tú", "Cù Văn Lợi", "Luật gia"),
])
def test_a_question_and_answer_page_names_its_asker_and_its_expert(sentence, asker, expert, title):
    people = people_in(sentence)
    assert asker in people and not people[asker].positions  # the asker is a person with no office
    assert [p.title for p in people[expert].positions] == [title]


def test_a_lawyer_without_a_name_is_no_person():
    assert people_in("Đề nghị luật sư tư vấn giúp trường hợp của gia đình tôi.") == {}


def _titles(sentence: str, name: str) -> list[str]:
    return [p.title for p in people_in(sentence)[name].positions]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    # A hospital's department in lower case before its name (set 9: 055).
    ("Đoàn có Trung tá, BSCKI Hứa Văn Lộc, Chủ nhiệm khoa Ngoại tổng hợp cùng 12 y, bác sĩ của bệnh viện.",
     "Hứa Văn Lộc", "Chủ nhiệm khoa Ngoại tổng hợp"),
    ("Thiếu tá Mạc Thị Lan, Phó Chủ nhiệm khoa Hồi sức cấp cứu, Bệnh viện Quân y 7 cho biết bệnh nhân đã ổn định.",
     "Mạc Thị Lan", "Phó Chủ nhiệm khoa Hồi sức cấp cứu"),
    # An academy's teaching section, the same way.
    ("Đại tá Cù Văn Thịnh, Chủ nhiệm bộ môn Chiến thuật, trình bày tham luận.", "Cù Văn Thịnh",
     "Chủ nhiệm bộ môn Chiến thuật"),
    # No capital after the lower-case kind: the bare title stays.
    ("Thiếu tá Lò Văn Chín, Chủ nhiệm khoa cho biết bệnh nhân đã ổn định.", "Lò Văn Chín", "Chủ nhiệm"),
])
def test_a_section_named_after_its_lower_case_kind_belongs_to_the_title(sentence, name, title):
    assert _titles(sentence, name) == [title]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    # A deputy's portfolio is part of the office (set 9: 059).
    ("Thượng tá Mạc Văn Cần, Phó Lữ đoàn trưởng phụ trách hậu cần đang kiểm tra bếp ăn.", "Mạc Văn Cần",
     "Phó Lữ đoàn trưởng phụ trách hậu cần"),
    ("Dự có ông Kha Văn Lộ, Phó Chủ tịch UBND huyện phụ trách khối văn xã; bà Hứa Thị Nga.", "Kha Văn Lộ",
     "Phó Chủ tịch UBND huyện phụ trách khối văn xã"),
    ("Đại tá Kha Văn Bình, Phó Giám đốc Bệnh viện phụ trách hậu cần - kỹ thuật cho biết.", "Kha Văn Bình",
     "Phó Giám đốc Bệnh viện phụ trách hậu cần - kỹ thuật"),
    # A list of fields that open alike, closed by the verb: read whole (session 12, pos16; set 11: 785).
    ("Trung tá Cù Văn Lý, Phó Chính ủy phụ trách công tác đảng, công tác chính trị phát biểu.", "Cù Văn Lý",
     "Phó Chính ủy phụ trách công tác đảng, công tác chính trị"),
    # Any other list of fields: its end is not known, the office stays bare.
    ("Trung tá Cù Văn Lý, Phó Chính ủy phụ trách hậu cần, kỹ thuật phát biểu.", "Cù Văn Lý", "Phó Chính ủy"),
    # After a head's title 'phụ trách' is the clause's verb.
    ("Đại tá Cù Văn Tư, Trung đoàn trưởng phụ trách chung cho biết.", "Cù Văn Tư", "Trung đoàn trưởng"),
])
def test_a_deputys_portfolio_belongs_to_the_office(sentence, name, title):
    assert _titles(sentence, name) == [title]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    # An exercise's steering board named with its exercise and area (set 9: 091).
    ("Ông Cù Văn Hòa, Phó Trưởng Ban Chỉ đạo diễn tập khu vực phòng thủ tỉnh chủ trì cuộc họp.", "Cù Văn Hòa",
     "Phó Trưởng Ban Chỉ đạo diễn tập khu vực phòng thủ tỉnh"),
    ("Ông Cù Văn Hòa, Trưởng ban Chỉ đạo diễn tập chủ trì.", "Cù Văn Hòa", "Trưởng ban Chỉ đạo diễn tập"),
    # A subcommittee of that board, its name's lower-case pair after a dash, then its board (set 9: 081; dev 181).
    ("Đại tá Mạc Văn Đông, Phó Trưởng Tiểu ban Bảo đảm hậu cần - kỹ thuật Ban Chỉ đạo diễn tập về công tác hậu cần.",
     "Mạc Văn Đông", "Phó Trưởng Tiểu ban Bảo đảm hậu cần - kỹ thuật Ban Chỉ đạo diễn tập"),
    ("Ông Cù Văn Tư, Trưởng Tiểu ban Tuyên truyền Ban Chỉ đạo diễn tập khu vực phòng thủ huyện phát biểu.",
     "Cù Văn Tư", "Trưởng Tiểu ban Tuyên truyền Ban Chỉ đạo diễn tập khu vực phòng thủ huyện"),
    ("Bà Hứa Thị Loan, Trưởng tiểu ban Hậu cần - Kỹ thuật cho biết.", "Hứa Thị Loan", "Trưởng tiểu ban Hậu cần - Kỹ thuật"),
])
def test_an_event_board_and_its_subcommittees_are_read_whole(sentence, name, title):
    assert title in _titles(sentence, name)


def test_a_portfolio_is_no_word_of_the_unit_a_chains_party_role_takes():
    people = people_in("Buổi gặp mặt có Đại tá Kha Văn Sơn, Ủy viên Ban Thường vụ Đảng ủy, Phó Giám đốc Bệnh viện phụ "
                       "trách hậu cần - kỹ thuật.")
    assert people["Kha Văn Sơn"].party_roles == ("Ủy viên Ban Thường vụ Đảng ủy Bệnh viện",)


@pytest.mark.parametrize(("tail", "name", "rank"), [
    # The site's related links under the pasted notice (set 9: 091).
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLương Văn Khiêm\n\nCác tin khác\nBan hành quy chế phối hợp giữa UBND tỉnh và Bộ CHQS "
     "tỉnh\n", "lương văn khiêm", None),
    # An officer signing with his rank, the site's copyright line under it (set 9: 068).
    ("KT. CHỈ HUY TRƯỞNG\nPHÓ CHỈ HUY TRƯỞNG\nĐại tá Vàng A Sình\nBản quyền thuộc Bộ Chỉ huy Quân sự tỉnh Lào Cai\n",
     "vàng a sình", "Đại tá"),
])
def test_a_pasted_notices_signer_keeps_the_office_in_capitals_above_the_sites_lines(tail, name, rank):
    from tests.test_pos11_signers import _BODY, _page
    article, people = _page("Thông báo kết quả kiểm tra công tác hậu cần năm 2025\n" + _BODY
                            + "Nơi nhận:\n- Các Ban CHPTKV;\n- Lưu: VT.\n" + tail)
    signer = people[name]
    assert any(p.title.isupper() for p in signer.positions) and signer.rank == rank
    assert article.metadata.authors == ()


@pytest.mark.parametrize(("text", "role"), [
    # In the presidium of a branch's congress: a seat on that branch's committee (set 9: 061).
    ("Sáng 12/5, Đảng bộ Phòng Hậu cần - Kỹ thuật tổ chức Đại hội nhiệm kỳ 2025 - 2030. Đoàn Chủ tịch gồm: Thượng tá "
     "Mạc Văn Hùng - Bí thư Đảng ủy, Trưởng phòng; Trung tá Kha Văn Lợi - Đảng ủy viên, Đội trưởng Đội Quản lý doanh "
     "trại.", "Đảng ủy viên Phòng Hậu cần-Kỹ thuật"),
    # No branch's congress on the page: the seat is on the committee of the unit its chain names (dev 202, aligned
    # in session 14 to the coordinator's convention; before, it stayed as written).
    ("Đến dự có đồng chí Kha Văn Lợi, Đảng ủy viên – Phó Tổng Giám đốc Tổng Công ty cùng các đảng viên.",
     "Đảng ủy viên Tổng Công ty"),
])
def test_a_bare_party_committee_seat_is_the_congress_branchs(text, role):
    assert role in people_in(text)["Kha Văn Lợi"].party_roles
