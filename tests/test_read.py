"""Unreadable input is rejected by name with the spot and the reason; the build goes on and the counts add up."""

from __future__ import annotations

import json
import os

import pytest

from haucan.config import BuildConfig
from haucan.errors import SeedError
from haucan.pipeline import build
from haucan.read import article_id_for, discover, read_article, source_index
from haucan.records import SourceFile
from haucan.sources_csv import read_sources_csv

GOOD = "Quân khu 1: Tổ chức hội nghị\n\nNgày 28-7, Đảng ủy Quân khu 1 tổ chức hội nghị tổng kết.\n".encode()


def _source(root, name, data: bytes):
    (root / name).write_bytes(data)
    return next(s for s in discover(root).sources if s.relative_path == name)


def test_invalid_utf8_names_file_byte_and_line(tmp_path):
    source = _source(tmp_path, "bad.txt", "Dòng một\nDòng hai ".encode() + b"\xff" + " tiếp".encode())
    with pytest.raises(SeedError) as caught:
        read_article(tmp_path, source)
    error = caught.value
    assert error.reason == "invalid_utf8"
    assert error.byte_offset == len("Dòng một\nDòng hai ".encode())
    assert error.line == 2
    assert "bad.txt" in str(error) and "byte 0xff" in str(error)


def test_bom_is_removed_and_recorded_as_repair(tmp_path):
    raw = read_article(tmp_path, _source(tmp_path, "bom.txt", b"\xef\xbb\xbf" + GOOD))
    assert raw.repairs == ("bom",)
    assert not raw.raw_text.startswith("\ufeff")


def test_empty_and_whitespace_files_are_rejected(tmp_path):
    for name, data in (("empty.txt", b""), ("blank.txt", b" \n\t\n")):
        with pytest.raises(SeedError, match="empty"):
            read_article(tmp_path, _source(tmp_path, name, data))


def test_fifo_is_rejected_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    found = discover(tmp_path)  # rejected at discovery (lstat), never opened
    assert [(e.path, e.reason) for e in found.rejected] == [("pipe.txt", "not_regular_file")] and not len(found.sources)
    with pytest.raises(SeedError, match="not_regular_file"):  # and by the reader, should one be swapped in later
        read_article(tmp_path, SourceFile("pipe.txt", "0" * 16, None))


def test_article_id_comes_from_seed_name_else_from_path():
    assert article_id_for("000_5045c0f849b54bea.txt") == "5045c0f849b54bea"
    assert article_id_for("sub/001_a557de5baf119422.txt") == "a557de5baf119422"
    other = article_id_for("nhandan/2023/bai-viet.txt")
    assert len(other) == 16 and other == article_id_for("nhandan/2023/bai-viet.txt")
    assert other != article_id_for("nhandan/2023/bai-viet-2.txt")


def test_sources_csv_problems_name_line_and_field(tmp_path):
    (tmp_path / "sources.csv").write_text("file,url\na.txt,ftp://x\n,https://y\nb.txt,https://ok.vn/b\n", encoding="utf-8")
    db = source_index(None)
    notes = read_sources_csv(tmp_path, db)
    assert dict(db.execute("SELECT file, url FROM urls")) == {"b.txt": "https://ok.vn/b"}
    assert any("line 2, field url" in n for n in notes)
    assert any("line 3, field file" in n for n in notes)


@pytest.mark.slow
def test_build_goes_on_past_bad_files_and_counts_add_up(seed_copy, tmp_path, capsys):
    (seed_copy / "nested").mkdir()
    (seed_copy / "nested" / "latin1.txt").write_bytes(b"H\xe0 N\xf4i")  # latin-1/cp1258 bytes
    (seed_copy / "empty.txt").write_bytes(b"")
    (seed_copy / "residue_only.txt").write_text("leftcenterrightdel\n0:00 / 0:00\n", encoding="utf-8")
    (seed_copy / "notes.md").write_text("not an article", encoding="utf-8")
    (seed_copy / "nested" / "bom_001_0123456789abcdef.txt").write_bytes(b"\xef\xbb\xbf" + GOOD)
    out = tmp_path / "out" / "ds"
    result = build(BuildConfig(input_dir=seed_copy, output_dir=out))
    counts = result.intake
    assert counts == {"found": 9, "accepted": 3, "repaired": 3, "duplicate": 0, "rejected": 3, "ignored_non_txt": 1}
    assert counts["found"] == counts["accepted"] + counts["repaired"] + counts["duplicate"] + counts["rejected"]
    assert result.rows["articles"] == 6  # 5 seeds (2 repaired: NBSP) + the BOM file (repaired)
    report = json.loads(result.report_path.read_text(encoding="utf-8"))
    rejected = {f["file"]: f for f in report["files"] if f["outcome"] == "rejected"}
    assert rejected["nested/latin1.txt"]["reason"] == "legacy_encoding_suspected"
    assert rejected["nested/latin1.txt"]["byte_offset"] == 1
    assert rejected["empty.txt"]["reason"] == "empty"
    assert rejected["residue_only.txt"]["reason"] == "no_prose"
    assert str(tmp_path) not in result.report_path.read_text(encoding="utf-8")


@pytest.mark.slow
def test_cli_summary_names_rejected_files(seed_copy, tmp_path):
    import subprocess
    import sys

    from .conftest import REPO

    (seed_copy / "broken.txt").write_bytes(b"abc \xc3")
    out = tmp_path / "out" / "ds"
    run = subprocess.run([sys.executable, str(REPO / "build_dataset.py"), "--input", str(seed_copy), "--output", str(out)],
                         cwd=REPO, capture_output=True, text=True, check=True)
    assert "files: 6 found, 3 accepted, 2 repaired, 0 duplicate, 1 rejected" in run.stdout
    assert "rejected broken.txt (line 1, byte_offset 4): truncated_utf8" in run.stdout
    assert "rows: articles 5" in run.stdout


def test_two_files_with_the_same_seed_id_keep_the_first_and_reject_the_second(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "000_0123456789abcdef.txt").write_bytes(GOOD)
    (tmp_path / "b" / "007_0123456789abcdef.txt").write_bytes(GOOD)
    found = discover(tmp_path)
    assert [s.relative_path for s in found.sources] == ["a/000_0123456789abcdef.txt"]
    (error,) = found.rejected
    assert error.reason == "duplicate_id" and error.field == "article_id"
    assert "b/007_0123456789abcdef.txt" in str(error) and "a/000_0123456789abcdef.txt" in str(error)


def test_exact_and_near_duplicates_are_kept_out_and_recorded(seed_copy, tmp_path):
    original = (seed_copy / "001_a557de5baf119422.txt").read_text(encoding="utf-8")
    # the same text with different spacing and case of one word: an exact duplicate after canonicalisation
    (seed_copy / "zz_copy.txt").write_text(original.replace("  ", " ").replace("Sáng 6/7", "sáng 6/7"), encoding="utf-8")
    # a syndicated reprint: one line added at the end
    (seed_copy / "zz_reprint.txt").write_text(original + "\n\nBài viết có bổ sung ý kiến của cán bộ, chiến sĩ đơn vị.", encoding="utf-8")
    result = build(BuildConfig(input_dir=seed_copy, output_dir=tmp_path / "out" / "ds", heldout_dir=None))
    report = json.loads(result.report_path.read_text(encoding="utf-8"))
    duplicates = {f["file"]: f for f in report["files"] if f["outcome"] == "duplicate"}
    # Articles are read in id order and the lowest id of a cluster is kept: here the copy's path-hash id sorts
    # before the seed's own id, so the seed file is the one recorded as the duplicate. Either way, one is kept.
    pair = {"001_a557de5baf119422.txt", "zz_copy.txt"}
    (exact,) = [f for name, f in duplicates.items() if name in pair]
    kept_id = exact["duplicate_of"]
    assert exact["kind"] == "exact" and exact["similarity"] == 1.0
    assert duplicates["zz_reprint.txt"]["kind"] == "near" and duplicates["zz_reprint.txt"]["similarity"] >= 0.8
    assert duplicates["zz_reprint.txt"]["duplicate_of"] == kept_id
    assert result.rows["articles"] == 5 and result.intake["duplicate"] == 2
    assert sum(result.intake[k] for k in ("accepted", "repaired", "duplicate", "rejected")) == result.intake["found"]
