"""Issue 12: near duplicates are pairs at word 5-shingle Jaccard >= 0.8, and of a group the best copy is kept
(accepted over repaired, with a URL over without, earliest stated publication, then id), whatever the ids and
the order the files are met in; every other member is reported with what it duplicates."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import random
import re
import unicodedata
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from underthesea import text_normalize

from haucan.config import BuildConfig
from haucan.corpus.decide import Evaluation, Knowledge, decide, record_duplicates
from haucan.corpus.intake import Intake
from haucan.dedup.index import Deduplicator, Duplicate, NotChecked
from haucan.dedup.signature import signature
from haucan.errors import SeedError
from haucan.knowledge.aggregate import PeopleIndex
from haucan.pipeline import build
from haucan.records import SourceFile
from haucan.results import ArticleEntry
from haucan.stats import CorpusStats
from tests.conftest import SEEDS

# Vietnamese syllables of the logistics beat: random 12-word sentences over them are distinct text.
_VOCABULARY = ("quân đội hậu cần bảo đảm huấn luyện kho xăng dầu doanh trại lữ đoàn sư trung tiểu tổng kết "
               "nhiệm vụ năm công tác chính quy vật chất kỹ thuật tăng gia sản xuất bếp ăn tập thể quân y "
               "phòng dịch cán bộ chiến sĩ đơn vị tỉnh huyện xã biên giới hải đảo diễn tập sẵn sàng chiến đấu "
               "thao trường hội nghị triển khai kiểm tra khen thưởng chỉ huy trưởng phó chính ủy").split()
_REPLACEMENTS = "mới khác riêng thêm lớn nhỏ sớm muộn nhanh chậm cao thấp xa gần".split()
_WORD = re.compile(r"[^\W_]+")


def _words(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(_VOCABULARY) for _ in range(count)]


def _text(words: list[str]) -> str:
    """Sentences of 12 words (capitalised, full stop), paragraphs of 4 sentences: prose the build keeps whole."""
    sentences = [" ".join(words[i:i + 12]) for i in range(0, len(words), 12)]
    sentences = [s[0].upper() + s[1:] + "." for s in sentences]
    return "\n\n".join(" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4))


def _replaced(words: list[str], count: int) -> list[str]:
    """``count`` words replaced, spread evenly: each one changes the 5 shingles it is part of."""
    edited = list(words)
    step = len(words) // count
    for k in range(count):
        edited[k * step + step // 2] = _REPLACEMENTS[k % len(_REPLACEMENTS)]
    return edited


def jaccard(a: str, b: str) -> float:
    """The definition, independently of haucan: Jaccard of the sets of 5 consecutive words (runs of letters and
    digits of the NFC, case-folded text, in underthesea's spelling)."""
    def grams(text: str) -> set[tuple[str, ...]]:
        w = [text_normalize(x, tokenizer="space") for x in _WORD.findall(unicodedata.normalize("NFC", text).casefold())]
        return {tuple(w[i:i + 5]) for i in range(len(w) - 4)}
    x, y = grams(a), grams(b)
    return len(x & y) / len(x | y)


BASE = _words(1, 504)
ORIGINAL = _text(BASE)
AT_082 = _text(_replaced(BASE, 10))  # (500 - 50) / (500 + 50) = 0.818
AT_070 = _text(_replaced(BASE, 18))  # (500 - 90) / (500 + 90) = 0.695
EDITED = _text(BASE[:-24]) + "\n\nBài viết có bổ sung ý kiến của đơn vị."  # two sentences cut, a line added
TITLE = "Tin hậu cần tuần này\n\n"


def test_the_crafted_pairs_are_where_they_should_be():
    assert jaccard(ORIGINAL, AT_082) == pytest.approx(0.818, abs=0.002)
    assert jaccard(ORIGINAL, AT_070) == pytest.approx(0.695, abs=0.002)
    assert 0.9 < jaccard(ORIGINAL, EDITED) < 1


# --- The index alone: definitions and the choice of the kept copy. ---

def _source(article_id: str, has_url: bool) -> SourceFile:
    return SourceFile(f"{article_id}.txt", article_id, f"https://qdnd.vn/{article_id}" if has_url else None)


def _resolve(tmp_path: Path, items: list[tuple[str, str, bool, bool, dt.date | None]]) -> dict[str, Duplicate | None]:
    """(id, text, repaired, has URL, published) added in the given order -> verdicts by id."""
    with Deduplicator(tmp_path) as dedup:
        for article_id, text, repaired, has_url, published in items:
            dedup.add(_source(article_id, has_url), signature(text, ("mojibake",) if repaired else (), published))
        dedup.resolve()
        return {article_id: dedup.verdict(article_id, signature(text).text_sha256) for article_id, text, *_ in items}


def test_a_pair_at_0_82_is_flagged_and_a_pair_at_0_70_is_not(tmp_path):
    verdicts = _resolve(tmp_path, [("a", ORIGINAL, False, True, None), ("b", AT_082, False, True, None),
                                   ("c", AT_070, False, True, None)])
    assert verdicts["a"] is None
    assert verdicts["b"] == Duplicate("a", "near", round(jaccard(ORIGINAL, AT_082), 3))
    # AT_070 is 0.70 from the original and (500 - 90 + ...) below 0.8 from AT_082 too: kept
    assert jaccard(AT_082, AT_070) < 0.8 and verdicts["c"] is None


@pytest.mark.parametrize(("better", "worse"), [
    ((False, False, None), (True, True, dt.date(2020, 1, 1))),  # accepted beats repaired, whatever else
    ((False, True, None), (False, False, dt.date(2020, 1, 1))),  # then a URL beats none
    ((False, True, dt.date(2024, 3, 1)), (False, True, dt.date(2024, 3, 2))),  # then the earlier date
    ((False, True, dt.date(2024, 3, 2)), (False, True, None)),  # a stated date beats none
])
def test_the_best_copy_is_kept_whatever_its_id(tmp_path, better, worse):
    for n, (best_id, other_id) in enumerate((("z", "a"), ("a", "z"))):
        verdicts = _resolve(tmp_path / str(n), [(other_id, AT_082, *worse), (best_id, ORIGINAL, *better)])
        assert verdicts[best_id] is None and verdicts[other_id].of == best_id


def test_equal_copies_keep_the_lowest_id_and_exact_copies_say_so(tmp_path):
    verdicts = _resolve(tmp_path, [("b", ORIGINAL.upper(), False, False, None), ("a", ORIGINAL, False, False, None),
                                   ("c", "  " + ORIGINAL.replace(" ", "\n "), False, False, None)])
    assert verdicts == {"a": None, "b": Duplicate("a", "exact", 1.0), "c": Duplicate("a", "exact", 1.0)}


def test_a_chain_of_edits_does_not_swallow_an_article_unlike_its_kept_copy(tmp_path):
    """v1 ~ v2 >= 0.8 and v2 ~ v3 >= 0.8, but v1 ~ v3 < 0.8: merging pairs into one cluster would drop v3,
    which duplicates nothing that is published. v1 is the best copy; v2 is its duplicate; v3 is kept."""
    v1, v2 = BASE, _replaced(BASE, 6)
    v3 = list(v2)
    for k in range(6):  # six more replacements, between the first six
        v3[k * 84 + 84 // 2 + 21] = _REPLACEMENTS[-1 - k]
    t1, t2, t3 = _text(v1), _text(v2), _text(v3)
    assert jaccard(t1, t2) >= 0.8 and jaccard(t2, t3) >= 0.8 and jaccard(t1, t3) < 0.8
    verdicts = _resolve(tmp_path, [("3", t3, False, True, None), ("2", t2, False, True, None),
                                   ("1", t1, False, True, dt.date(2024, 1, 1))])
    assert verdicts["1"] is None and verdicts["3"] is None
    assert verdicts["2"].of == "1" and verdicts["2"].kind == "near"


def test_a_duplicate_of_two_kept_articles_goes_to_the_more_similar_one(tmp_path):
    """m is >= 0.8 to both kept articles (which are < 0.8 to each other): attributed to the closer one, even
    though the other ranks better (it has a URL)."""
    m = BASE
    far, near = _replaced(BASE, 9), list(BASE)  # far: 0.835 from m; near: 0.92
    for k in range(4):
        near[k * 126 + 100] = _REPLACEMENTS[-1 - k]
    t_m, t_far, t_near = _text(m), _text(far), _text(near)
    assert jaccard(t_far, t_near) < 0.8 < jaccard(t_m, t_far) < jaccard(t_m, t_near)
    verdicts = _resolve(tmp_path, [("m", t_m, True, False, None), ("far", t_far, False, True, None),
                                   ("near", t_near, False, False, None)])
    assert verdicts["far"] is None and verdicts["near"] is None
    assert verdicts["m"] == Duplicate("near", "near", round(jaccard(t_m, t_near), 3))


def test_the_choice_does_not_depend_on_the_order_articles_are_added_in(tmp_path):
    items = [("g", ORIGINAL, True, True, None), ("f", AT_082, False, False, dt.date(2024, 5, 1)),
             ("e", EDITED, False, False, dt.date(2024, 4, 1)), ("d", AT_070, False, True, None),
             ("c", ORIGINAL.lower(), False, False, None), ("b", _text(_words(2, 300)), False, True, None)]
    results = [_resolve(tmp_path / str(n), list(order))
               for n, order in enumerate(itertools.islice(itertools.permutations(items), 0, 720, 97))]
    assert all(r == results[0] for r in results)
    # Clean first, then with a URL (b, d), then the earliest date: e is kept before f and the originals c, g
    # (one text, so one node), which are its near duplicates. f is 0.818 from the original but 0.77 from e:
    # nothing published is its near duplicate, so it is kept too.
    similarity = round(jaccard(ORIGINAL, EDITED), 3)
    assert results[0] == {"b": None, "d": None, "e": None, "f": None, "c": Duplicate("e", "near", similarity),
                          "g": Duplicate("e", "near", similarity)}


def test_a_text_the_dedup_pass_did_not_index_is_not_checked(tmp_path):
    with Deduplicator(tmp_path) as dedup:
        dedup.add(_source("a", True), signature(ORIGINAL))
        dedup.resolve()
        with pytest.raises(NotChecked):
            dedup.verdict("a", signature(AT_082).text_sha256)  # the file changed between the passes
        with pytest.raises(NotChecked):
            dedup.verdict("b", signature(ORIGINAL).text_sha256)  # rejected by the dedup pass


def test_the_main_pass_refuses_unchecked_text_and_notes_duplicates_left_without_their_kept_copy(tmp_path):
    """The verdicts as decide records them, in id order: a duplicate (which the main pass never processes)
    points to its kept copy; a text other than the one the dedup pass indexed is rejected
    (``changed_during_build``); a kept copy rejected by the main pass leaves a note naming how many duplicates
    went with it."""
    with Deduplicator(tmp_path) as dedup, PeopleIndex(tmp_path) as people, \
            contextlib.closing(Intake(tmp_path / "intake.jsonl")) as intake:
        dedup.add(_source("a", True), signature(ORIGINAL))
        dedup.add(_source("b", False), signature(AT_082))
        dedup.add(_source("c", True), signature(AT_070))
        dedup.resolve()
        assert dedup.is_duplicate("b") and not dedup.is_duplicate("a") and not dedup.is_duplicate("c")
        entries = (  # b, a duplicate, is not among the entries: the main pass skips it
            ArticleEntry(SourceFile("a.txt", "a", "https://qdnd.vn/a"), SeedError("a.txt", "internal_error", "boom")),
            ArticleEntry(SourceFile("c.txt", "c", "https://qdnd.vn/c"), None),
        )
        published = {"c": signature(EDITED).text_sha256}  # c's file changed after the dedup pass read it
        kept = decide(entries, intake, Evaluation(), Knowledge(people), CorpusStats(), dedup, published)
        record_duplicates(intake, dedup, None)
        records = {r["file"]: r for r in map(json.loads, intake.records())}
    assert kept == set() and list(records) == ["a.txt", "b.txt", "c.txt"]
    assert records["a.txt"]["outcome"] == "rejected"
    assert records["b.txt"]["outcome"] == "duplicate" and records["b.txt"]["duplicate_of"] == "a"
    assert records["c.txt"]["outcome"] == "rejected" and records["c.txt"]["reason"] == "changed_during_build"
    assert intake.notes == ["a.txt: kept as the best copy of a duplicate group but rejected (internal_error); its 1 "
                            "duplicate(s) (duplicate_of a) are not published in its place"]


def test_the_seeds_hold_no_near_duplicates():
    """So the seed build is unchanged by the 5-shingle definition (their highest pair is ~0.05)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    assert len(texts) == 5
    assert max(jaccard(a, b) for a, b in itertools.combinations(texts, 2)) < 0.1


# --- Through the build: the report and the published rows. ---

def _mojibake(text: str) -> bytes:
    """UTF-8 read as Latin-1 and saved again as UTF-8: what ftfy repairs (recorded as 'mojibake')."""
    return text.encode("utf-8").decode("latin-1").encode("utf-8")


def _write_group(folder: Path, ids: dict[str, str]) -> None:
    """The original (clean, with a URL), a mojibake copy, an edited copy (no URL), a pair at 0.82 and one at
    0.70 of another article; files named ``NNN_<id>.txt`` so their ids are ours."""
    other = _words(7, 504)
    files = {
        "original": (TITLE + ORIGINAL + "\n").encode(),
        "mojibake": _mojibake(TITLE + ORIGINAL + "\n"),
        "edited": (TITLE + EDITED + "\n").encode(),
        "other": (TITLE + _text(other) + "\n").encode(),
        "other_082": (TITLE + _text(_replaced(other, 10)) + "\n").encode(),
        "other_070": (TITLE + _text(_replaced(other, 18)) + "\n").encode(),
    }
    folder.mkdir(parents=True)
    for n, (name, data) in enumerate(files.items()):
        (folder / f"{n:03d}_{ids[name]}.txt").write_bytes(data)
    original = f"000_{ids['original']}.txt"
    (folder / "sources.csv").write_text(f"file,url\n{original},https://qdnd.vn/hau-can/tin-{ids['original']}\n",
                                        encoding="utf-8")


def _report(folder: Path, out: Path) -> tuple[dict[str, dict], set[str]]:
    result = build(BuildConfig(input_dir=folder, output_dir=out / "ds", heldout_dir=None))
    report = json.loads(result.report_path.read_text(encoding="utf-8"))
    published = set()
    for path in sorted((out / "ds" / "data" / "articles").glob("*.parquet")):
        published |= set(pq.read_table(path, columns=["article_id"]).column("article_id").to_pylist())
    assert sum(result.intake[k] for k in ("accepted", "repaired", "duplicate", "rejected")) == result.intake["found"]
    return {f["file"].split("_", 1)[0]: f for f in report["files"]}, published


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    """The same six files built twice: ids where the mojibake copy has the lowest id, then ids in the opposite
    order (and the files listed in another order on disk)."""
    root = tmp_path_factory.mktemp("near-dup-builds")
    first = {"original": "5000000000000000", "mojibake": "0000000000000001", "edited": "4000000000000000",
             "other": "6000000000000000", "other_082": "1000000000000000", "other_070": "2000000000000000"}
    second = {name: format(0xffffffffffffffff - int(i, 16), "016x") for name, i in first.items()}
    _write_group(root / "in1", first)
    _write_group(root / "in2", second)
    return [(_report(root / f"in{n}", root / f"out{n}"), ids) for n, ids in ((1, first), (2, second))]


def test_of_a_group_the_clean_original_with_its_url_is_kept_and_the_others_point_to_it(two_builds):
    for (files, published), ids in two_builds:
        original, mojibake, edited = files["000"], files["001"], files["002"]
        assert original["outcome"] == "accepted" and ids["original"] in published
        assert mojibake["outcome"] == "duplicate" and mojibake["repairs"] == ["mojibake"]
        assert mojibake["duplicate_of"] == ids["original"] and mojibake["kind"] == "exact"
        assert mojibake["similarity"] == 1.0
        assert edited["outcome"] == "duplicate" and edited["duplicate_of"] == ids["original"]
        assert edited["kind"] == "near" and edited["similarity"] == round(jaccard(ORIGINAL, EDITED), 3)
        assert ids["mojibake"] not in published and ids["edited"] not in published


def test_in_the_build_0_82_is_a_duplicate_and_0_70_is_not(two_builds):
    for (files, published), ids in two_builds:
        at_070 = files["005"]
        # other (003) and other_082 tie on repairs, URL and date: the lower id is kept, whichever that is
        kept, dropped = sorted([("003", ids["other"]), ("004", ids["other_082"])], key=lambda f: f[1])
        assert files[kept[0]]["outcome"] == "accepted" and kept[1] in published
        assert files[dropped[0]]["outcome"] == "duplicate" and files[dropped[0]]["duplicate_of"] == kept[1]
        assert files[dropped[0]]["similarity"] == pytest.approx(0.818, abs=0.002)
        assert at_070["outcome"] == "accepted" and ids["other_070"] in published


def test_other_ids_and_order_give_the_same_choice(two_builds):
    (files1, published1), ids1 = two_builds[0]
    (files2, published2), ids2 = two_builds[1]
    name1 = {i: n for n, i in ids1.items()}
    name2 = {i: n for n, i in ids2.items()}
    assert {name1[i] for i in published1} - {"other", "other_082"} == \
        {name2[i] for i in published2} - {"other", "other_082"} == {"original", "other_070"}
    for prefix in ("000", "001", "002", "005"):
        assert files1[prefix]["outcome"] == files2[prefix]["outcome"]
        if "duplicate_of" in files1[prefix]:
            assert name1[files1[prefix]["duplicate_of"]] == name2[files2[prefix]["duplicate_of"]]


_TONES = "\u0300\u0301\u0303\u0309\u0323"
_NEW_STYLE = re.compile(f"([oOuU])([{_TONES}])([aAeEyY])(?![^\\W\\d_])")


def old_style(text: str) -> str:
    """Old-style tone placement on a final oa/oe/uy: the tone moved to the second vowel ('hóa' -> 'hoá')."""
    return unicodedata.normalize("NFC", _NEW_STYLE.sub(r"\1\3\2", unicodedata.normalize("NFD", text)))


def test_old_style_copies_of_the_seeds_are_exact_duplicates_and_the_release_is_the_seeds_own(seed_copy, tmp_path,
                                                                                          seed_build):
    """Issue 12: the five seeds plus copies spelt with old-style tone marks ('hoá', 'uỷ') build; each copy is an
    exact duplicate of its seed (the spelling is one word to dedup), never processed, and the published data
    files are byte for byte those of the seeds alone."""
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        copy = old_style(text)
        assert copy != text and jaccard(copy, text) == 1.0
        sequence, seed_id = path.stem.split("_")
        (seed_copy / f"1{sequence}_f{seed_id[1:]}.txt").write_text(copy, encoding="utf-8")  # ids after the seeds'
    result = build(BuildConfig(input_dir=seed_copy, output_dir=tmp_path / "out" / "ds", heldout_dir=None))
    report = json.loads(result.report_path.read_text(encoding="utf-8"))
    duplicates = [f for f in report["files"] if f["outcome"] == "duplicate"]
    assert result.intake["found"] == 10 and result.intake["duplicate"] == 5 and result.intake["rejected"] == 0
    assert sorted((f["article_id"], f["duplicate_of"], f["kind"], f["similarity"]) for f in duplicates) == sorted(
        ("f" + p.stem.split("_")[1][1:], p.stem.split("_")[1], "exact", 1.0) for p in SEEDS.glob("*.txt"))
    assert [f["file"] for f in report["files"]] == sorted((f["file"] for f in report["files"]),
                                                          key=lambda name: name.split("_")[1])  # id order
    ours = sorted((tmp_path / "out" / "ds" / "data").rglob("*.parquet"))
    seeds = sorted((seed_build.output_dir / "data").rglob("*.parquet"))
    assert [p.relative_to(tmp_path / "out" / "ds") for p in ours] == [p.relative_to(seed_build.output_dir)
                                                                      for p in seeds]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(ours, seeds, strict=True))
