"""Positions, session 14 (issue 14, brief pos22, spent set 17). Invented sentences and people.

- A board's head after his own office and its parent unit ('Ban Giám khảo do X, Trưởng phòng Quân lương, Cục Quân
  nhu làm Trưởng ban') heads that board: 'Trưởng ban Giám khảo' (set 17: 1061, dev 176).
- A delegation sent by a unit written with its parent after a comma ('đoàn công tác Cục Quân nhu, Tổng cục Hậu cần
  - Kỹ thuật do X, Phó Cục trưởng làm trưởng đoàn') completes the head's bare office with the unit, not the parent
  (set 17: 1064; pos19's convention).
- A cluster's head ('Cụm trưởng Cụm thi đua …', 'Cụm trưởng Cụm huấn luyện số 3') is an office, written with its
  cluster (set 17: 1071, 1089); a bare 'cụm trưởng' names none.
"""

from __future__ import annotations

import pytest

from tests.support.people import people_in


def _titles(sentence: str, name: str) -> list[str]:
    return [p.title for p in people_in(sentence)[name].positions]


@pytest.mark.parametrize("parent", ["Cục Xăng dầu", "Phòng Hậu cần - Kỹ thuật"])
def test_a_boards_head_after_his_office_and_its_parent_heads_the_board(parent):
    sentence = (f"Ban Giám khảo do Thượng tá Lò Văn Tiến, Trưởng phòng Xăng dầu, {parent} làm Trưởng ban chấm "
                "phần thi thực hành.")
    titles = _titles(sentence, "Lò Văn Tiến")
    assert "Trưởng ban Giám khảo" in titles and "Trưởng ban" not in titles


def test_a_boards_head_without_a_parent_still_heads_the_board():
    titles = _titles("Ban Giám khảo do Thượng tá Lò Văn Tiến, Trưởng phòng Xăng dầu làm Trưởng ban chấm thi.",
                     "Lò Văn Tiến")
    assert "Trưởng ban Giám khảo" in titles


def test_a_delegations_sending_unit_before_its_parent_completes_the_bare_office():
    sentence = ("Ngày 5-3, đoàn công tác Cục Doanh trại, Tổng cục Hậu cần - Kỹ thuật do Đại tá Khúc Văn Lợi, "
                "Phó Cục trưởng làm trưởng đoàn đã kiểm tra tại Sư đoàn 9.")
    assert "Phó Cục trưởng Cục Doanh trại" in _titles(sentence, "Khúc Văn Lợi")


def test_a_parent_unit_alone_gives_no_delegation_unit_without_the_delegation():
    sentence = ("Cục Doanh trại, Tổng cục Hậu cần - Kỹ thuật do Đại tá Khúc Văn Lợi, Phó Cục trưởng phụ trách đã "
                "kiểm tra tại Sư đoàn 9.")
    assert "Phó Cục trưởng Cục Doanh trại" not in _titles(sentence, "Khúc Văn Lợi")


@pytest.mark.parametrize(("chain", "office"), [
    ("Giám đốc Nhà máy Z121, Cụm trưởng Cụm thi đua", "Cụm trưởng Cụm thi đua"),
    ("Chủ tịch UBND xã Ia Rsai, Cụm trưởng Cụm huấn luyện số 2", "Cụm trưởng Cụm huấn luyện số 2"),
])
def test_a_clusters_head_is_an_office_with_its_cluster(chain, office):
    titles = _titles(f"Cùng dự có các đồng chí: Kiều Văn Phúc, {chain}; Đại tá Tạ Minh Long, Chính ủy Nhà máy Z125.",
                     "Kiều Văn Phúc")
    assert office in titles and len(titles) == 2


def test_a_bare_cluster_head_in_lower_case_is_no_office():
    people = people_in("Đồng chí Kiều Văn Phúc, cụm trưởng cho biết cụm đã chuẩn bị chu đáo.")
    assert all("ụm trưởng" not in p.title for p in people["Kiều Văn Phúc"].positions)
