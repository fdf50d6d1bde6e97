"""haucan/realworld.py: page gold is compared with what the release would publish, measure by measure."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from haucan.config import REALWORLD_DEV_SCORES, REALWORLD_SCORES, REPO_ROOT
from haucan.realworld import card_table, figures, norm, score_set, title_key

ARTICLE = """Hội nghị triển khai công tác hậu cần năm 2025

Sáng 6/1, tại Hà Nội, Cục Quân nhu tổ chức hội nghị triển khai nhiệm vụ năm 2025. Đại tá Trần Văn Bình, Cục trưởng Cục Quân nhu chủ trì hội nghị.

Dự hội nghị có Thượng tá Lê Văn Cường, Phó Cục trưởng Cục Quân nhu.

Đọc báo in
"""


def _set(tmp_path: Path, gold: dict) -> Path:
    folder = tmp_path / "set"
    (folder / "gold").mkdir(parents=True)
    (folder / "001_00000000000000a1.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sources.csv").write_text("file,url\n001_00000000000000a1.txt,\n", encoding="utf-8")
    (folder / "gold" / "001_00000000000000a1.page.yml").write_text(yaml.safe_dump(gold, allow_unicode=True),
                                                                   encoding="utf-8")
    return folder


GOLD = {
    "file": "001_00000000000000a1.txt", "outlet": None, "outlet_kind": "army",
    "title": "Hội nghị triển khai công tác hậu cần năm 2025", "published_date": None, "authors": [],
    "furniture": ["Đọc báo in"],
    "persons": [
        {"name": "Trần Văn Bình", "rank": "Đại tá", "academic_titles": [],
         "positions": [{"title": "Cục trưởng Cục Quân nhu", "org": "Cục Quân nhu"}], "party_roles": []},
        {"name": "Lê Văn Cường", "rank": "Thượng tá", "academic_titles": [],
         "positions": [{"title": "Phó Cục trưởng Cục Quân nhu", "org": "Cục Quân nhu"}], "party_roles": []},
        {"name": "Người Không Có", "rank": None, "academic_titles": [], "positions": [], "party_roles": []},
    ],
    "events": [{"type": "hoi_nghi", "chairs": ["Trần Văn Bình"], "date": dt.date(2025, 1, 6)}],
    "documents": [{"doc_id": "chi-thi:1/CT-X"}],
}


def test_each_measure_counts_what_the_gold_lists(tmp_path):
    result = figures(score_set(_set(tmp_path, GOLD), words="whitespace"))
    overall = result["all"]
    assert result["rejected"] == []
    assert overall["title"]["right"] == overall["title"]["total"] == 1
    assert overall["person found"]["total"] == 3 and overall["person found"]["right"] == 2  # the absent one
    assert overall["position exact"]["total"] == 2
    assert overall["cited document"] == {"value": 0.0, "right": 0, "total": 1}  # never cited in the text
    assert overall["no furniture leaked"]["total"] == 1
    assert "army" in result and result["army"]["title"]["total"] == 1
    assert 0 < overall["person F1"]["recall"] < 1


def test_a_wrong_title_is_a_miss(tmp_path):
    gold = dict(GOLD, title="Một tiêu đề khác")
    assert figures(score_set(_set(tmp_path, gold), words="whitespace"))["all"]["title"]["right"] == 0


def test_comparison_ignores_dash_spacing_case_and_old_d():
    assert norm("Hậu cần – Kỹ thuật") == norm("hậu cần-Kỹ thuật") == norm("Hậu cần - Kỹ  thuật")
    assert norm("Ðảng") == norm("Đảng")


@pytest.mark.slow
@pytest.mark.parametrize(("name", "path"), [("test", REALWORLD_SCORES), ("dev", REALWORLD_DEV_SCORES)])
def test_committed_figures_are_those_of_the_code(name, path):
    """The card shows benchmarks/realworld_scores*.json: they must be what `make score` gives for this code."""
    committed = json.loads(path.read_text(encoding="utf-8"))
    assert figures(score_set(REPO_ROOT / "tests" / "realworld" / name)) == committed, \
        f"{path.name} is stale: run `make score` (then `make build` for the card)"


def test_the_card_table_puts_dev_and_test_overall_first_then_the_test_kinds(tmp_path):
    result = figures(score_set(_set(tmp_path, GOLD), words="whitespace"))
    test_file, dev_file = tmp_path / "test.json", tmp_path / "dev.json"
    test_file.write_text(json.dumps(result), encoding="utf-8")
    assert card_table(test_file, dev_file)["groups"] == ["test (blind)", "army"]  # no dev file: no dev column
    dev_file.write_text(json.dumps(result), encoding="utf-8")
    table = card_table(test_file, dev_file)
    assert table["groups"] == ["dev (tuned on)", "test (blind)", "army"]
    title = next(r for r in table["rows"] if r["measure"] == "title")
    assert title["cells"] == ["1.00 (1/1)", "1.00 (1/1)", "1.00"]
    assert card_table(tmp_path / "absent.json") is None


def test_titles_compare_as_words_with_abbreviations_written_out():
    assert title_key("Phó Bí thư Đảng ủy Bộ CHQS tỉnh") == title_key("Phó Bí thư Đảng ủy Bộ Chỉ huy Quân sự tỉnh")
    assert title_key("Chủ nhiệm Hậu cần – Kỹ thuật QK7") == title_key("chủ nhiệm hậu cần-kỹ thuật Quân khu 7")
    assert title_key("Phó Chỉ huy trưởng") != title_key("Phó Chỉ huy trưởng Bộ CHQS tỉnh")


def test_furniture_the_headline_itself_contains_is_no_leak_into_the_title():
    from types import SimpleNamespace

    from haucan.realworld_compare import furniture_leaks
    meta = SimpleNamespace(title="Quốc phòng toàn dân: Hội thao hậu cần", captions=(), authors=())
    article = SimpleNamespace(text="Nội dung.", metadata=meta)
    assert furniture_leaks(article, ["Quốc phòng toàn dân"], meta.title) == []
    glued = SimpleNamespace(title="Trang chủ Quốc phòng Hội thao hậu cần", captions=(), authors=())
    assert furniture_leaks(SimpleNamespace(text="", metadata=glued), ["Trang chủ"], "Hội thao hậu cần") == ["Trang chủ"]


def test_a_short_furniture_line_leaks_into_a_caption_only_as_the_caption_or_set_off_by_punctuation():
    from types import SimpleNamespace

    from haucan.realworld_compare import furniture_leaks

    def leaks(captions, furniture):
        meta = SimpleNamespace(title="Hội thao", captions=tuple(captions), authors=())
        return furniture_leaks(SimpleNamespace(text="", metadata=meta), furniture, "Hội thao")

    assert leaks(["Công đoàn Quốc phòng tập huấn nghiệp vụ."], ["Công đoàn"]) == []
    assert leaks(["Công đoàn"], ["Công đoàn"]) == ["Công đoàn"]
    assert leaks(["Thời sự | Bộ đội tăng gia"], ["Thời sự"]) == ["Thời sự"]
    assert leaks(["Bộ đội tăng gia (Thời sự)"], ["Thời sự"]) == ["Thời sự"]
    # three words or more: debris anywhere in the caption is a leak
    assert leaks(["Bếp ăn của đơn vị Nguồn: theo Báo Quân khu"], ["Nguồn: theo Báo Quân khu"]) == [
        "Nguồn: theo Báo Quân khu"]


def test_a_long_furniture_line_inside_a_longer_name_is_no_leak_but_glued_at_either_end_is():
    from types import SimpleNamespace

    from haucan.realworld_compare import furniture_leaks

    def leaks(caption, furniture):
        meta = SimpleNamespace(title="Hội thao hậu cần", captions=(caption,), authors=())
        return furniture_leaks(SimpleNamespace(text="", metadata=meta), [furniture], "Hội thao hậu cần")

    assert leaks("Đại tá Lê Văn An, Chủ nhiệm Hậu cần - Kỹ thuật Quân khu 1", "Hậu cần - Kỹ thuật") == []
    assert leaks("Hậu cần - Kỹ thuật Bộ đội vận chuyển lương thực", "Hậu cần - Kỹ thuật") == ["Hậu cần - Kỹ thuật"]
    assert leaks("Bộ đội vận chuyển lương thực Ảnh minh họa x", "Ảnh minh họa x") == ["Ảnh minh họa x"]
    assert leaks("Bộ đội vận chuyển lương thực (Ảnh minh họa x)", "Ảnh minh họa x") == ["Ảnh minh họa x"]


def test_an_author_the_gold_lists_is_no_place_of_a_leak():
    from types import SimpleNamespace

    from haucan.realworld_compare import furniture_leaks
    credit = "Phòng Hậu cần - Công an tỉnh Gia Lai"
    meta = SimpleNamespace(title="Tiêu đề", captions=(), authors=(credit,))
    article = SimpleNamespace(text="", metadata=meta)
    assert furniture_leaks(article, ["CÔNG AN TỈNH GIA LAI"], "Tiêu đề", [credit]) == []
    assert furniture_leaks(article, ["CÔNG AN TỈNH GIA LAI"], "Tiêu đề") == ["CÔNG AN TỈNH GIA LAI"]
