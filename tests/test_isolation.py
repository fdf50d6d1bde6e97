"""One file never stops the build (issue 12): an exception or a failed pandera check in one article rejects that
file (``internal_error`` / ``invalid_row``, with the exception or check named), the other articles publish, the
counts add up, and such rejections are never cached. Only a failure that names no article stops the release."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import haucan.chunk_rows as chunk_rows
import haucan.process as process
from haucan.config import BuildConfig
from haucan.errors import ValidationError
from haucan.pipeline import build
from haucan.validate import failures_by_article, validate_tables
from schema import CONFIGS
from tests.conftest import SEEDS

SEED_IDS = {path.stem.split("_", 1)[1] for path in SEEDS.glob("*.txt")}
# A lead that carries qdnd.vn's promotion line inside its prose: the line rule (a line of its own, opening with
# '*') does not see it, and the schema's no_residue check on articles.text and articles.lead does. A real input
# whose rows fail the contract; the file name sorts after the seeds, so it shares a chunk with them.
PROMO_IN_PROSE = ("Tin hậu cần cuối tuần\n\nSáng 6/7, Lữ đoàn 125 tổ chức tập huấn công tác hậu cần cho cán bộ, nhân "
                  "viên toàn đơn vị. Mời bạn đọc vào chuyên mục Quốc phòng để xem thêm.\n\nBuổi tập huấn kết thúc "
                  "tốt đẹp vào cuối buổi chiều cùng ngày.\n")
VICTIM = "002_986942cf9d9c2065.txt"
VICTIM_ID = "986942cf9d9c2065"


def _input(tmp_path: Path, extra: dict[str, str] | None = None) -> Path:
    folder = tmp_path / "input"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns("gold"))
    for name, text in (extra or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _build(folder: Path, out: Path, cache: Path | None = None):
    config = BuildConfig(input_dir=folder, output_dir=out / "ds", workers=1, cache_dir=cache, heldout_dir=None)
    result = build(config)
    return result, json.loads(result.report_path.read_text(encoding="utf-8")), config


def _outcomes(report: dict) -> dict[str, dict]:
    return {record["file"]: record for record in report["files"]}


def _published_ids(result) -> set[str]:
    return set(pq.read_table(result.output_dir / "data" / "articles", columns=["article_id"]).column(0).to_pylist())


def _assert_counts_add_up(report: dict) -> None:
    counts = report["counts"]
    assert counts["found"] == len(report["files"]) == sum(
        counts[outcome] for outcome in ("accepted", "repaired", "duplicate", "rejected"))


def test_rows_that_fail_the_contract_reject_their_article_and_the_rest_publishes(tmp_path):
    result, report, _ = _build(_input(tmp_path, {"promo_in_prose.txt": PROMO_IN_PROSE}), tmp_path / "out")
    record = _outcomes(report)["promo_in_prose.txt"]
    assert record["outcome"] == "rejected" and record["reason"] == "invalid_row"
    assert "table articles" in record["detail"] and "check no_residue" in record["detail"]
    assert "column text" in record["detail"] and record["field"] in ("lead", "text")
    assert report["published"] is True and report["validation_failures"] == []
    assert report["rejection_reasons"] == {"invalid_row": 1}
    assert _published_ids(result) == SEED_IDS
    _assert_counts_add_up(report)
    # None of its rows is anywhere in the release: it was dropped from every table of its chunk.
    for spec in (s for s in CONFIGS if s.per_article):
        ids = set(pq.read_table(result.output_dir / "data" / spec.name, columns=["article_id"]).column(0).to_pylist())
        assert ids <= SEED_IDS, spec.name


@pytest.mark.parametrize(("target", "stage"), [
    ("haucan.process.extract", "extract entities"),
    ("haucan.process.derive_facts", "facts"),
    ("haucan.process.article_rows", "rows"),
])
def test_an_exception_in_one_article_rejects_that_file_naming_exception_and_stage(tmp_path, monkeypatch, target, stage):
    module_name, name = target.rsplit(".", 1)
    module = {"haucan.process": process}[module_name]
    original = getattr(module, name)

    def failing(article, *args, **kwargs):
        article_id = getattr(article, "article_id", None) or article.article.article_id
        if article_id == VICTIM_ID:
            raise RuntimeError(f"planted failure in {name}")
        return original(article, *args, **kwargs)

    monkeypatch.setattr(module, name, failing)
    result, report, _ = _build(_input(tmp_path), tmp_path / "out")
    record = _outcomes(report)[VICTIM]
    assert record["outcome"] == "rejected" and record["reason"] == "internal_error"
    assert record["detail"].startswith(f"RuntimeError: planted failure in {name} (stage {stage}, at tests/test_isolation.py:")
    assert report["published"] is True
    assert _published_ids(result) == SEED_IDS - {VICTIM_ID}
    _assert_counts_add_up(report)


def test_rows_that_arrow_cannot_hold_reject_their_article_at_the_tables_stage(tmp_path, monkeypatch):
    original = process.article_rows

    def wrong_type(annotated):
        rows = original(annotated)
        if annotated.article.article_id == VICTIM_ID:
            rows["articles"][0]["n_chars"] = "not a number"
        return rows

    monkeypatch.setattr(process, "article_rows", wrong_type)
    result, report, _ = _build(_input(tmp_path), tmp_path / "out")
    record = _outcomes(report)[VICTIM]
    assert record["reason"] == "internal_error" and "(stage tables" in record["detail"]
    assert _published_ids(result) == SEED_IDS - {VICTIM_ID}


def _raise_memory_error(monkeypatch) -> None:
    original = process.extract

    def failing(article):
        if article.article_id == VICTIM_ID:
            raise MemoryError("planted: out of memory once")
        return original(article)

    monkeypatch.setattr(process, "extract", failing)


def _miscount_characters(monkeypatch) -> None:
    original = process.article_rows

    def miscounted(annotated):
        rows = original(annotated)
        if annotated.article.article_id == VICTIM_ID:
            rows["articles"][0]["n_chars"] += 1
        return rows

    monkeypatch.setattr(process, "article_rows", miscounted)


@pytest.mark.parametrize(("plant", "reason"), [(_raise_memory_error, "internal_error"),
                                               (_miscount_characters, "invalid_row")])
def test_rejections_at_the_boundary_are_not_cached(tmp_path, monkeypatch, plant, reason):
    # The same build twice, into the same output, with the same cache: neither the up-to-date check, nor the
    # chunk, nor the article's cache entry may hand the first build's rejection back.
    folder, cache = _input(tmp_path), tmp_path / "cache"
    with monkeypatch.context() as patch:
        plant(patch)
        _, first, _ = _build(folder, tmp_path / "out", cache)
    assert _outcomes(first)[VICTIM]["reason"] == reason
    result, second, config = _build(folder, tmp_path / "out", cache)
    assert _outcomes(second)[VICTIM]["outcome"] in ("accepted", "repaired")
    assert VICTIM_ID in _published_ids(result)
    timings = json.loads(config.timings_path.read_text(encoding="utf-8"))
    assert timings["articles"]["computed"] == 1  # the victim, again
    assert timings["articles"]["from_cache"] == len(SEED_IDS) - 1  # the others came from the cache
    assert timings["articles"]["whole_chunks_from_cache"] == 0


def test_a_failure_that_names_no_article_stays_the_whole_chunks(seed_build):
    tables = {spec.name: pq.read_table(seed_build.output_dir / "data" / spec.name).cast(spec.features.arrow_schema)
              for spec in CONFIGS if spec.per_article}
    tables["blocks"] = tables["blocks"].drop_columns(["rule"])  # a table-wide (schema) failure
    rows = tables["articles"].to_pylist()
    rows[0]["n_chars"] += 1  # and one article's own failure
    from haucan.tables import to_arrow

    tables["articles"] = to_arrow(next(s for s in CONFIGS if s.name == "articles"), rows)
    by_article, unattributed = failures_by_article(validate_tables(tables))
    assert set(by_article) == {rows[0]["article_id"]}
    assert {f.check for f in by_article[rows[0]["article_id"]]} == {"n_chars_is_len_text"}
    assert unattributed and {f.table for f in unattributed} == {"blocks"}
    assert all(f.row == "table" for f in unattributed)


def test_a_table_wide_failure_still_stops_the_release(tmp_path, monkeypatch):
    original = chunk_rows.to_tables

    def without_a_column(rows):
        tables = original(rows)
        tables["blocks"] = tables["blocks"].drop_columns(["rule"])
        return tables

    monkeypatch.setattr(chunk_rows, "to_tables", without_a_column)
    with pytest.raises(ValidationError) as raised:
        _build(_input(tmp_path), tmp_path / "out")
    assert any(f["table"] == "blocks" and f["article_id"] is None for f in raised.value.report)
    report = json.loads((tmp_path / "out" / "ds.build-report.json").read_text(encoding="utf-8"))
    assert report["published"] is False
    assert report["counts"]["rejected"] == 0  # no article was blamed for it
    assert pd.Series([r["outcome"] for r in report["files"]]).isin(["accepted", "repaired"]).all()


# ---- page furniture glued to a caption ----
# qdnd.vn's photo box marker 'leftcenterrightdel' normally stands on its own line, before the caption. Glued to
# the caption's line, the whole-line rule (^leftcenterrightdel$) did not see it: a caption ending in '.' was read
# as a body paragraph, so the marker reached articles.text and no_residue failed the whole release; a caption
# without final punctuation was published with the marker in it. The segmenter now cuts it out of any line.

GLUED = ("Hội nghị hậu cần Quân khu 1\n\n"
         "Sáng 6/7, Bộ Tư lệnh Quân khu 1 tổ chức hội nghị sơ kết công tác hậu cần sáu tháng đầu năm tại Thái Nguyên.\n\n"
         "leftcenterrightdelẢnh: Các đại biểu dự hội nghị sơ kết tại Thái Nguyên.\n\n"
         "Các đơn vị báo cáo kết quả bảo đảm vật chất, xăng dầu và quân y trong sáu tháng qua.\n\n"
         "Thiếu tướng Phạm Văn Cường phát biểu chỉ đạo hội nghị.leftcenterrightdel\n"
         "Quang cảnh hội nghị\n\n"
         "Kết thúc hội nghị, các đơn vị triển khai nhiệm vụ sáu tháng cuối năm ngay trong tuần.\n")


def test_a_marker_glued_to_a_caption_is_residue_and_the_caption_stays_a_caption():
    from haucan.article import build_article
    from haucan.records import RawArticle, SourceFile
    from haucan.rules import load_rules

    article = build_article(RawArticle(SourceFile("glued.txt", "0123456789abcdef", None), GLUED), load_rules())
    assert "leftcenterrightdel" not in article.text
    assert not any("leftcenterrightdel" in caption for caption in article.metadata.captions)
    assert "Ảnh: Các đại biểu dự hội nghị sơ kết tại Thái Nguyên." in article.metadata.captions
    assert "Quang cảnh hội nghị" in article.metadata.captions
    markers = [b for b in article.blocks if b.kind == "residue" and b.rule == "image_box_marker"]
    assert [b.line for b in markers] == [5, 9]  # each on the line it was glued to
    assert all(b.text == "leftcenterrightdel" for b in markers)


def test_a_build_with_glued_markers_publishes_every_file(tmp_path):
    result, report, _ = _build(_input(tmp_path, {"glued.txt": GLUED}), tmp_path / "out")
    assert _outcomes(report)["glued.txt"]["outcome"] in ("accepted", "repaired")
    assert report["published"] is True and report["counts"]["rejected"] == 0
    articles = pd.read_parquet(result.output_dir / "data" / "articles")
    for row in articles.itertuples():
        assert "leftcenterrightdel" not in row.text and not any("leftcenterrightdel" in c for c in row.captions)
