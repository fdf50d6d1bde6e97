"""One person, one id across articles: the identity pass through real builds of small invented folders, and its
policy on single keys (bare names, successor units, namesakes)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pyarrow.parquet as pq
import pytest

from haucan.annotate import annotate
from haucan.article import build_article
from haucan.config import BuildConfig
from haucan.extract.entities import extract
from haucan.knowledge.facts import derive_facts
from haucan.knowledge.identity import Identities, key_affiliation
from haucan.knowledge.orgs import Organization, OrgRegistry
from haucan.knowledge.people import person_id
from haucan.pipeline import build
from haucan.records import Observation, PositionHeld, RawArticle, SourceFile
from haucan.rules import load_rules

# Invented reports. The same general is named with his office (2024, Tổng cục Hậu cần), without any office
# (nobody's office is stated in that report), and under the unit's new name (2025, after the merger); two
# colonels share a name in unrelated units; a report names a head-only title of an academy it names.
ARTICLES = {
    "a_with_office.txt": (
        "Tổng cục Hậu cần sơ kết công tác bảo đảm quân nhu\n\n"
        "Sáng 12/3/2024, tại Hà Nội, Tổng cục Hậu cần tổ chức hội nghị sơ kết công tác bảo đảm quân nhu. "
        "Thiếu tướng Phạm Quang Vinh, Chủ nhiệm Tổng cục Hậu cần chủ trì hội nghị.\n\n"
        "Các cơ quan báo cáo kết quả bảo đảm lương thực, thực phẩm và quân trang cho bộ đội trong quý I.\n"),
    "b_no_office.txt": (
        "Kiểm tra bếp ăn tập thể ở đơn vị\n\n"
        "Chiều 20/5/2024, đoàn công tác kiểm tra bếp ăn tập thể và khu tăng gia sản xuất của đơn vị. "
        "Thiếu tướng Phạm Quang Vinh phát biểu, yêu cầu đơn vị giữ vững nền nếp quản lý bếp ăn.\n\n"
        "Đoàn cũng kiểm tra kho quân nhu và nơi ăn nghỉ của bộ đội.\n"),
    "c_new_name.txt": (
        "Hội nghị triển khai nhiệm vụ hậu cần - kỹ thuật năm 2026\n\n"
        "Sáng 9/12/2025, Tổng cục Hậu cần - Kỹ thuật tổ chức hội nghị triển khai nhiệm vụ năm 2026. "
        "Trung tướng Phạm Quang Vinh, Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật chủ trì hội nghị.\n\n"
        "Các đơn vị thảo luận giải pháp bảo đảm vật chất kỹ thuật cho huấn luyện.\n"),
    "d_brigade.txt": (
        "Lữ đoàn 125 tổng kết công tác hậu cần\n\n"
        "Sáng 3/1/2024, Lữ đoàn 125 tổ chức hội nghị tổng kết công tác hậu cần năm 2023. "
        "Đại tá Trần Văn Hải, Chính ủy Lữ đoàn 125 phát biểu tại hội nghị.\n\n"
        "Các tiểu đoàn báo cáo kết quả tăng gia sản xuất và quản lý xăng dầu.\n"),
    "e_province.txt": (
        "Bộ Chỉ huy Quân sự tỉnh Cà Mau tập huấn công tác hậu cần\n\n"
        "Ngày 15/4/2024, Bộ Chỉ huy Quân sự tỉnh Cà Mau tổ chức tập huấn công tác hậu cần cho cán bộ. "
        "Đại tá Trần Văn Hải, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Cà Mau phát biểu khai mạc.\n\n"
        "Học viên được hướng dẫn quy trình quản lý kho và bảo đảm đời sống bộ đội.\n"),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The folder built in one chunk and in chunks of one article: (observations, events, persons) of each."""
    folder = tmp_path_factory.mktemp("identity")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    outputs = []
    for batch in (64, 1):
        out = tmp_path_factory.mktemp(f"out{batch}")
        result = build(BuildConfig(input_dir=folder, output_dir=out / "ds", workers=1, batch_size=batch,
                                   heldout_dir=None))
        data = result.output_dir / "data"
        outputs.append({name: pq.read_table(data / name).to_pylist()
                        for name in ("person_observations", "events", "persons", "articles")})
    return outputs


def _ids(tables, name: str) -> dict[str, str]:
    files = {a["article_id"]: a["source_file"] for a in tables["articles"]}
    return {files[o["article_id"]]: o["person_id"] for o in tables["person_observations"] if o["name"] == name}


def test_the_same_officer_with_without_office_and_under_the_new_unit_name_is_one_person(built):
    ids = _ids(built[0], "Phạm Quang Vinh")
    assert set(ids) == {"a_with_office.txt", "b_no_office.txt", "c_new_name.txt"}
    assert len(set(ids.values())) == 1
    (person,) = [p for p in built[0]["persons"] if p["name"] == "Phạm Quang Vinh"]
    assert person["n_articles"] == 3 and person["affiliation_org_id"] == "tchckt"
    assert person["first_observed"] == dt.date(2024, 3, 12) and person["last_observed"] == dt.date(2025, 12, 9)


def test_the_published_ids_are_the_merged_ones_in_obs_ids_and_event_chairs(built):
    tables = built[0]
    merged = next(iter(set(_ids(tables, "Phạm Quang Vinh").values())))
    for row in tables["person_observations"]:
        assert row["obs_id"] == f"{row['article_id']}:{row['person_id']}"
    chairs = {e["chair_person_id"] for e in tables["events"] if e["chair_person_id"]}
    assert merged in chairs
    persons = {p["person_id"] for p in tables["persons"]}
    assert {o["person_id"] for o in tables["person_observations"]} == persons


def test_namesakes_in_unrelated_units_stay_two_people(built):
    ids = _ids(built[0], "Trần Văn Hải")
    assert set(ids) == {"d_brigade.txt", "e_province.txt"}
    assert ids["d_brigade.txt"] != ids["e_province.txt"]
    assert sum(p["name"] == "Trần Văn Hải" for p in built[0]["persons"]) == 2


def test_identity_does_not_depend_on_chunking(built):
    one_chunk, chunks_of_one = built
    for name in ("person_observations", "events", "persons"):
        assert one_chunk[name] == chunks_of_one[name]


# --- the policy on single keys ----------------------------------------------------------------------------------

def _obs(name: str, affiliation: str | None, article: str = "a") -> Observation:
    pid = person_id(name, affiliation)
    return Observation(f"{article}:{pid}", pid, name, article, None, None, None, (), (), (), None, None, "text",
                       None, 0, 1, "auto", None)


def _org(org_id: str, parent: str | None = None, successors: tuple[str, ...] = ()) -> Organization:
    return Organization(org_id, org_id, (), "other", parent, None, None, successors, "text", ())


def test_a_bare_name_first_is_joined_by_the_first_unit_then_a_namesake_elsewhere_is_new():
    ids = Identities(OrgRegistry())
    bare = ids.resolve(_obs("Lê Văn Tám", None), None)
    assert ids.resolve(_with_office("Lê Văn Tám", "lu-doan-1"), "lu-doan-1") == bare
    other = ids.resolve(_with_office("Lê Văn Tám", "su-doan-9"), "su-doan-9")
    assert other != bare
    # With two people of the name, a bare name cannot choose: it stays with the person it first went to.
    assert ids.resolve(_obs("Lê Văn Tám", None, "b"), None) == bare


def test_a_unit_split_in_two_relates_the_old_unit_to_each_successor_but_not_the_successors_to_each_other():
    registry = OrgRegistry()
    for org in (_org("cuc-cu", successors=("cuc-moi-1", "cuc-moi-2")), _org("cuc-moi-1"), _org("cuc-moi-2"),
                _org("phong-a.cuc-moi-1", parent="cuc-moi-1")):
        registry.add(org)
    ids = Identities(registry)
    first = ids.resolve(_with_office("Đinh Văn Tư", "cuc-moi-1"), "cuc-moi-1")
    assert ids.resolve(_with_office("Đinh Văn Tư", "cuc-moi-2", "b"), "cuc-moi-2") != first
    assert ids.related("cuc-cu", "cuc-moi-2") and ids.related("phong-a.cuc-moi-1", "cuc-moi-1")
    assert not ids.related("cuc-moi-1", "cuc-moi-2")
    old = ids.resolve(_with_office("Đỗ Văn Ba", "cuc-cu"), "cuc-cu")
    assert ids.resolve(_with_office("Đỗ Văn Ba", "cuc-moi-2"), "cuc-moi-2") == old


def test_units_under_the_ministry_are_not_related_through_it():
    registry = OrgRegistry()
    registry.add(_org("su-doan-a", parent="bqp"))
    registry.add(_org("su-doan-b", parent="bqp"))
    ids = Identities(registry)
    assert not ids.related("su-doan-a", "su-doan-b") and not ids.related("bqp", "su-doan-a")


def test_the_key_affiliation_is_recovered_from_the_id():
    assert key_affiliation(_obs("Hà Văn Một", "hvhc"), [None, "tchckt", "hvhc"]) == "hvhc"
    assert key_affiliation(_obs("Hà Văn Một", None), [None, "tchckt"]) is None


def _observations(text: str, article_id: str = "00000000000000aa"):
    article = build_article(RawArticle(SourceFile(f"{article_id}.txt", article_id, None), text), load_rules())
    return {o.name: o for o in derive_facts(annotate(article, None, extract(article)), OrgRegistry(), None).auto[0]}


def test_a_head_only_title_takes_the_unit_of_that_kind_the_article_names_not_a_visitors_unit():
    # 'Giám đốc Học viện' names the academy by its head word; the visitor's Tổng cục must not become his unit.
    found = _observations(
        "Sáng 28/7/2024, Học viện Hậu cần tổ chức lễ tốt nghiệp cho học viên. Thiếu tướng Nguyễn Văn Hòa - Giám đốc "
        "Học viện chủ trì buổi lễ. Trung tướng Bùi Văn Khánh, Phó Chủ nhiệm Tổng cục Hậu cần dự và phát biểu.")
    assert found["Nguyễn Văn Hòa"].person_id == person_id("Nguyễn Văn Hòa", "hvhc")
    # Two academies named: the head word alone cannot choose, and the article's unit is used as before.
    both = _observations(
        "Sáng 28/7/2024, Học viện Hậu cần và Học viện Kỹ thuật Quân sự ký kết hợp tác đào tạo. Thiếu tướng Nguyễn "
        "Văn Hòa - Giám đốc Học viện phát biểu.")
    assert both["Nguyễn Văn Hòa"].person_id != person_id("Nguyễn Văn Hòa", "hvhc")


def _with_office(name: str, org_id: str, article: str = "a") -> Observation:
    pid = person_id(name, org_id)
    office = PositionHeld("Chính ủy", "Chính ủy", org_id)
    return dataclasses.replace(_obs(name, org_id, article), positions=(office,), person_id=pid,
                               obs_id=f"{article}:{pid}")


def test_a_unit_given_by_the_article_never_splits_the_person_but_an_own_unit_tells_namesakes_apart():
    ids = Identities(OrgRegistry())
    # Named without office in a report on another brigade (that brigade's unit was given to him) ...
    given = ids.resolve(_obs("Vi Văn Năm", "lu-doan-2"), "lu-doan-2")
    # ... then with his own office: the only person of the name, known only through a given unit.
    assert ids.resolve(_with_office("Vi Văn Năm", "lu-doan-7", "b"), "lu-doan-7") == given
    # A namesake with his own office in another unit is another person ...
    other = ids.resolve(_with_office("Vi Văn Năm", "su-doan-9", "c"), "su-doan-9")
    assert other != given
    # ... and a later given unit goes to the person it matches.
    assert ids.resolve(_obs("Vi Văn Năm", "su-doan-9", "d"), "su-doan-9") == other


def test_an_own_unit_joins_the_one_person_known_through_that_unit_given_by_an_article():
    ids = Identities(OrgRegistry())
    first = ids.resolve(_with_office("Lò Văn Sáu", "lu-doan-1"), "lu-doan-1")
    second = ids.resolve(_obs("Lò Văn Sáu", "lu-doan-4", "b"), "lu-doan-4")  # given; joins the only person
    assert second == first
    third = ids.resolve(_with_office("Lò Văn Sáu", "lu-doan-4", "c"), "lu-doan-4")
    assert third == first  # the same unit, given before: the same person


def test_a_unit_named_incompletely_is_related_to_the_unit_named_in_full_and_ambiguity_merges_nothing():
    registry = OrgRegistry()
    for org in (_org("bo-chi-huy-quan-su-tinh"), _org("bo-chi-huy-quan-su-tinh-tuyen-quang"),
                _org("bo-chi-huy-quan-su-tinh-ha-giang"), _org("cuc-hau-can"), _org("quan-khu-2"),
                _org("cuc-hau-can.quan-khu-2", parent="quan-khu-2"), _org("quan-khu-7")):
        registry.add(org)
    ids = Identities(registry)
    assert ids.related("bo-chi-huy-quan-su-tinh", "bo-chi-huy-quan-su-tinh-tuyen-quang")
    assert ids.related("cuc-hau-can", "quan-khu-2") and not ids.related("cuc-hau-can", "quan-khu-7")
    assert not ids.related("bo-chi-huy-quan-su-tinh-tuyen-quang", "bo-chi-huy-quan-su-tinh-ha-giang")
    full = ids.resolve(_with_office("Ma Văn Bảy", "bo-chi-huy-quan-su-tinh-tuyen-quang"),
                       "bo-chi-huy-quan-su-tinh-tuyen-quang")
    assert ids.resolve(_with_office("Ma Văn Bảy", "bo-chi-huy-quan-su-tinh", "b"), "bo-chi-huy-quan-su-tinh") == full
    # The same name commanding another province is another person; the incomplete name then fits both.
    other = ids.resolve(_with_office("Ma Văn Tám", "bo-chi-huy-quan-su-tinh-ha-giang"), "bo-chi-huy-quan-su-tinh-ha-giang")
    second = ids.resolve(_with_office("Ma Văn Tám", "bo-chi-huy-quan-su-tinh-tuyen-quang", "b"),
                         "bo-chi-huy-quan-su-tinh-tuyen-quang")
    assert second != other
    unclear = ids.resolve(_with_office("Ma Văn Tám", "bo-chi-huy-quan-su-tinh", "c"), "bo-chi-huy-quan-su-tinh")
    assert unclear not in (other, second)
    officer = ids.resolve(_with_office("Lý Văn Chín", "quan-khu-2"), "quan-khu-2")
    assert ids.resolve(_with_office("Lý Văn Chín", "cuc-hau-can", "b"), "cuc-hau-can") == officer
