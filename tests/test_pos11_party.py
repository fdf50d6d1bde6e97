"""Party roles, session 11 (issue 14, brief pos11): a standing committee listed without its body takes the body of
the congress the page reports ('Đảng bộ …', not a guest's 'Đảng ủy …'); a table of the elected committee whose rows
are captions of their own still gives each row's member the seat; a bare 'Tỉnh ủy' on a page of a province that
absorbed another in 2025 is the surviving province's. Invented sentences."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from haucan.knowledge.party_places import _after_merger
from haucan.knowledge.party_seats import table_committee
from tests.support.people import people_in

_people = partial(people_in, title="Đại hội Đảng bộ Cục Hậu cần - Kỹ thuật Quân khu 5", place="Đà Nẵng", date="2/5/2025")

_CONGRESS = ("Đảng bộ Cục Hậu cần - Kỹ thuật Quân khu 5 tổ chức Đại hội. Thiếu tướng Lò Văn Thắm, Ủy viên Ban Thường "
             "vụ Đảng ủy Quân khu, Phó Chính ủy Quân khu dự và chỉ đạo Đại hội. Đại tá Hà Công Mẫn, Bí thư Đảng ủy, "
             "Chính ủy Cục Hậu cần - Kỹ thuật phát biểu. Đại hội đã bầu Ban Chấp hành Đảng bộ gồm 11 đồng chí. ")


def test_a_standing_committee_listed_alone_takes_the_congress_body_not_a_guests():
    people = _people(_CONGRESS + "Ban Thường vụ gồm các đồng chí: Hà Công Mẫn, Đại tá Kiều Văn Sáng, Thượng tá Mẫn Thị Hoa.")
    for name in ("Hà Công Mẫn", "Kiều Văn Sáng", "Mẫn Thị Hoa"):  # the body as the page names it after 'Đảng bộ'
        assert "Ủy viên Ban Thường vụ Đảng ủy Cục Hậu cần-Kỹ thuật Quân khu 5" in people[name].party_roles, name
    assert "Bí thư Đảng ủy Quân khu" not in people["Hà Công Mẫn"].party_roles  # the guest's committee is not the body
    assert people["Lò Văn Thắm"].party_roles == ("Ủy viên Ban Thường vụ Đảng ủy Quân khu",)


def test_a_seats_own_words_open_no_list():
    # 'Ủy viên Ban Thường vụ gồm' is no opener: nobody after it is given a seat by the list rule.
    people = _people(_CONGRESS + "Đại tá Kiều Văn Sáng, Ủy viên Ban Thường vụ gồm nhiều việc: Thượng tá Mẫn Thị Hoa phát biểu.")
    assert "Mẫn Thị Hoa" not in people or not people["Mẫn Thị Hoa"].party_roles


def test_table_rows_printed_as_captions_of_their_own_take_the_committee_above():
    above = ["Ban Thường vụ Đảng ủy Tổng công ty nhiệm kỳ 2025 - 2030", "STT | Họ và tên | Cấp bậc | Chức vụ",
             "1 | Quách Văn Hưng | Đại tá | Bí thư Đảng ủy"]
    row = "2 | Chu Đình Khải | Thượng tá | Phó Tổng Giám đốc"
    assert table_committee(row, row.index("Chu"), above) == "Ban Thường vụ Đảng ủy Tổng công ty"
    assert table_committee(row, row.index("Chu"), ["Kết quả hội thao", "STT | Đơn vị | Điểm"]) is None
    assert table_committee(row, row.index("Chu")) is None  # no caption above: no committee


@pytest.mark.parametrize(("text", "published", "province"), [
    ("sau khi hợp nhất tỉnh Quảng Bình và tỉnh Quảng Trị", dt.date(2025, 12, 20), "Quảng Trị"),
    ("sau khi hợp nhất tỉnh Quảng Bình và tỉnh Quảng Trị", dt.date(2025, 3, 1), "Quảng Bình"),  # before the merger
    ("Tỉnh ủy Quảng Bình chỉ đạo", dt.date(2025, 11, 4), "Quảng Bình"),  # the old province alone stays
])
def test_a_merged_provinces_tinh_uy_is_the_surviving_provinces_once_the_page_names_both(text, published, province):
    assert _after_merger("Quảng Bình", text, published) == province
    assert _after_merger("Nghệ An", text, published) == "Nghệ An"  # a province no merger joined


def test_a_secretary_elected_by_the_congress_is_of_the_congress_body_not_his_offices_unit():
    # README, session 11 (the session-10 open question, dev 527): 'được bầu làm Bí thư Đảng ủy' after the officer's
    # own office names the congress's committee, by the body the page names after 'Đảng bộ'.
    people = _people("Đảng bộ Phòng Hậu cần - Kỹ thuật Sư đoàn 7 tổ chức Đại hội. Nhiệm kỳ qua, Đảng bộ Phòng Hậu cần - "
                     "Kỹ thuật lãnh đạo tốt công tác bảo đảm. Đại tá Lò Văn Hách, Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn "
                     "được bầu làm Bí thư Đảng ủy.")
    assert people["Lò Văn Hách"].party_roles == ("Bí thư Đảng ủy Phòng Hậu cần-Kỹ thuật",)


def test_a_role_the_chain_gives_without_an_election_still_takes_the_office_before():
    people = _people("Đại tá Lò Văn Hách, Chính ủy Lữ đoàn 6, Bí thư Đảng ủy phát biểu.")
    assert people["Lò Văn Hách"].party_roles == ("Bí thư Đảng ủy Lữ đoàn 6",)
