"""Intake edge cases end as declared (issue 12): a ``sources.csv`` that is not UTF-8, holds a 128 KiB field, is a
link or a FIFO, or lists URLs with control characters becomes notes naming byte, line and field; unreadable folders
and files, control characters in file names and special files are rejected with a reason and counted; and
nothing (discovery, the build, the up-to-date check) ever blocks on a FIFO or follows a link to /dev/zero."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import signal
import socket
import subprocess
from pathlib import Path

import pytest

from haucan import uptodate
from haucan.config import BuildConfig
from haucan.pipeline import build
from haucan.read import discover, source_index
from haucan.sources_csv import first_invalid_utf8, read_sources_csv

from .test_output_safety import ENV, articles, assert_complete_release, command

HANG_LIMIT = 60  # seconds; a FIFO that is opened would block forever


def _notes(root: Path, csv_bytes: bytes) -> tuple[list[str], dict[str, str]]:
    (root / "sources.csv").write_bytes(csv_bytes)
    db = source_index(None)
    notes = read_sources_csv(root, db)
    return notes, dict(db.execute("SELECT file, url FROM urls"))


# --- sources.csv ---------------------------------------------------------------------------------------------------

def test_a_sources_csv_that_is_not_utf8_is_ignored_with_the_byte_offset(tmp_path):
    good = "file,url\na.txt,https://báo.vn/a\n".encode()
    notes, urls = _notes(tmp_path, good + b"b.txt,https://x.vn/\xe9t\n")
    assert notes == [f"sources.csv (byte {len(good) + len(b'b.txt,https://x.vn/')}): not valid UTF-8; file ignored"]
    assert urls == {}  # the whole file is ignored, the valid first row too


def test_the_invalid_utf8_offset_is_exact_across_read_blocks():
    rng = random.Random(12)
    text = ("Quân đội nhân dân Việt Nam, hậu cần 1 ✓ 𝔸 " * 60000).encode()  # > 2 MiB: several read blocks
    for _ in range(40):
        at = rng.randrange(len(text))
        data = text[:at] + rng.choice([b"\xff", b"\xc3", b"\xe1\x80", b"\x80"]) + text[at:]
        try:
            data.decode("utf-8")
            expected = None
        except UnicodeDecodeError as error:
            expected = error.start
        assert first_invalid_utf8(io.BytesIO(data)) == expected
    assert first_invalid_utf8(io.BytesIO(text)) is None
    assert first_invalid_utf8(io.BytesIO(text + b"\xe1\xba")) == len(text)  # truncated at the very end


def test_a_field_over_the_csv_limit_is_a_note_naming_the_line_and_the_row_is_ignored(tmp_path):
    rows = ["file,url", "a.txt,https://qdnd.vn/a", "b.txt,https://qdnd.vn/" + "x" * 131_072, "c.txt,https://qdnd.vn/c"]
    notes, urls = _notes(tmp_path, "\n".join(rows).encode() + b"\n")
    assert notes == ["sources.csv (line 3): field larger than field limit (131072); row ignored"]
    assert urls == {"a.txt": "https://qdnd.vn/a", "c.txt": "https://qdnd.vn/c"}


@pytest.mark.parametrize("url, shown", [
    ("https://qdnd.vn/a\x1b[31mb", "'\\x1b'"), ("https://qdnd.vn/a\x00", "'\\x00'"), ("https://qdnd.vn/a b", "' '"),
    ("https://qdnd.vn/\ta", "'\\t'"), ("https://qdnd.vn/a\u200bb", "'\\u200b'"), ("https://qdnd.vn/a\u2028", "'\\u2028'"),
    ("https://qdnd.vn/a\u00a0b", "'\\xa0'"), ("https://qdnd.vn/a\x85b", "'\\x85'"),
])
def test_a_url_with_a_control_or_whitespace_character_is_rejected_naming_line_and_field(tmp_path, url, shown):
    # a comment spanning two lines: the bad row is named by the line it starts on
    data = ("file,url,comment\nok.txt,https://qdnd.vn/ok,\"hai\ndòng\"\nbad.txt,\"" + url + "\",x\n"
            "\"b\nline.txt\",https://qdnd.vn/b,x\n")
    notes, urls = _notes(tmp_path, data.encode())
    assert urls == {"ok.txt": "https://qdnd.vn/ok"}
    assert notes[0].startswith("sources.csv (line 4, field url): holds the control or whitespace character " + shown)
    assert notes[1].startswith("sources.csv (line 5, field file): holds the control or whitespace character '\\n'")
    note = notes[0]
    assert note.endswith("row ignored")


def test_spaces_around_fields_are_csv_formatting_not_data(tmp_path):
    notes, urls = _notes(tmp_path, b"file, url\na.txt, https://qdnd.vn/a \n")
    assert notes == [] and urls == {"a.txt": "https://qdnd.vn/a"}


@pytest.mark.parametrize("where", ["inside", "outside"])
def test_a_sources_csv_that_is_a_link_is_never_followed(tmp_path, where):
    root = tmp_path / "input"
    root.mkdir()
    target = (root if where == "inside" else tmp_path) / "real.csv"
    target.write_text("file,url\na.txt,https://qdnd.vn/a\n", encoding="utf-8")
    (root / "sources.csv").symlink_to(target)
    db = source_index(None)
    assert read_sources_csv(root, db) == ["sources.csv: a symbolic link, never followed; file ignored"]
    assert db.execute("SELECT count(*) FROM urls").fetchone() == (0,)


def test_a_sources_csv_that_is_a_fifo_is_never_opened(tmp_path):
    os.mkfifo(tmp_path / "sources.csv")
    previous = signal.signal(signal.SIGALRM, _hung)
    signal.alarm(HANG_LIMIT)
    try:
        notes = read_sources_csv(tmp_path, source_index(None))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert notes == ["sources.csv: not a regular file (a folder, FIFO, device or socket); file ignored"]


def _hung(signum, frame):
    raise TimeoutError(f"blocked for {HANG_LIMIT} s")


# --- discovery: names, special files, unreadable folders and files ----------------------------------------------------

def _edge_corpus(root: Path) -> dict[str, str]:
    """Good articles plus every edge case; returns reported file name -> expected rejection reason."""
    articles(root, 3)
    expected = {}
    for name, shown in (("a\nb.txt", "a\\nb.txt"), ("tab\there.txt", "tab\\there.txt"),
                        ("esc\x1b[2J.txt", "esc\\x1b[2J.txt"), ("sep\u2028x.txt", "sep\\u2028x.txt")):
        (root / name).write_text("Bài viết có tên lạ\n", encoding="utf-8")
        expected[shown] = "control_character_in_file_name"
    (root / "dir\nname").mkdir()
    (root / "dir\nname" / "inside.txt").write_text("Bài viết\n", encoding="utf-8")
    expected["dir\\nname/inside.txt"] = "control_character_in_file_name"
    os.mkfifo(root / "x.txt")
    expected["x.txt"] = "not_regular_file"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(root / "sock.txt"))
    server.close()
    expected["sock.txt"] = "not_regular_file"
    (root / "zero.txt").symlink_to("/dev/zero")
    expected["zero.txt"] = "symlink"
    (root / "locked").mkdir()
    (root / "locked" / "hidden.txt").write_text("Bài viết không đọc được\n", encoding="utf-8")
    expected["locked"] = "unreadable"
    (root / "unreadable.txt").write_text("Bài viết không đọc được\n", encoding="utf-8")
    expected["unreadable.txt"] = "unreadable"
    return expected


@pytest.fixture
def refusing_reads(monkeypatch):
    """EACCES for the folder 'locked' and the file 'unreadable.txt'. Tests run as root, where chmod blocks
    nothing, so the permission errors are simulated at os.scandir and os.open (as tests/test_bad_inputs.py
    does); os.walk lists folders through os.scandir, the reader opens files through os.open."""
    real_scandir, real_open = os.scandir, os.open

    def scandir(path="."):
        if not isinstance(path, int) and os.fspath(path).endswith("/locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    def open_(path, flags, *args, **kwargs):
        if os.fspath(path).endswith("unreadable.txt"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "open", open_)


def test_discovery_rejects_edge_cases_without_opening_them(tmp_path, refusing_reads):
    root = tmp_path / "input"
    expected = _edge_corpus(root)
    previous = signal.signal(signal.SIGALRM, _hung)
    signal.alarm(HANG_LIMIT)
    try:
        found = discover(root)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    rejected = {error.path: error.reason for error in found.rejected}
    assert {k: v for k, v in expected.items() if k != "unreadable.txt"} == rejected  # that one fails when read
    assert sorted(s.relative_path for s in found.sources) == ["bai-000.txt", "bai-001.txt", "bai-002.txt",
                                                            "unreadable.txt"]
    named = {e.path: e for e in found.rejected}
    assert named["a\\nb.txt"].field == "file name" and "'\\n'" in named["a\\nb.txt"].detail
    assert "a FIFO" in named["x.txt"].detail and "a socket" in named["sock.txt"].detail


def test_the_build_reports_every_edge_case_counts_them_and_publishes_the_rest(tmp_path, refusing_reads):
    root = tmp_path / "input"
    expected = _edge_corpus(root)
    previous = signal.signal(signal.SIGALRM, _hung)
    signal.alarm(HANG_LIMIT * 3)
    try:
        result = build(BuildConfig(input_dir=root, output_dir=tmp_path / "dist" / "ds", heldout_dir=None, workers=1))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    report = json.loads(result.report_path.read_text(encoding="utf-8"))
    rejected = {r["file"]: r["reason"] for r in report["files"] if r["outcome"] == "rejected"}
    assert rejected == expected
    counts = result.intake
    assert counts["accepted"] + counts["repaired"] == 3 and counts["rejected"] == len(expected)
    assert counts["found"] == counts["accepted"] + counts["repaired"] + counts["duplicate"] + counts["rejected"]
    assert_complete_release(tmp_path / "dist" / "ds")
    from datasets import load_dataset

    rows = load_dataset(str(tmp_path / "dist" / "ds"), "articles", cache_dir=str(tmp_path / "hf"))  # every split
    assert sorted(name for split in rows.values() for name in split["source_file"]) == ["bai-000.txt", "bai-001.txt", "bai-002.txt"]


# --- never block: a FIFO and a link to /dev/zero, in the build and in the up-to-date check ---------------------------

@pytest.mark.slow
def test_a_fifo_and_a_link_to_dev_zero_never_block_the_build_or_the_up_to_date_check(tmp_path):
    root = articles(tmp_path / "input", 2)
    os.mkfifo(root / "x.txt")
    (root / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(root / "sources.csv")
    output = tmp_path / "dist" / "ds"
    for attempt in ("first build", "up-to-date rebuild"):
        result = subprocess.run(command(root, output, cache=True), cwd=tmp_path, env=ENV, capture_output=True,
                                text=True, timeout=HANG_LIMIT * (3 if attempt == "first build" else 1))
        assert result.returncode == 0, (attempt, result.stderr)
        assert "rejected x.txt: not_regular_file" in result.stdout and "rejected zero.txt: symlink" in result.stdout
    timings = json.loads((tmp_path / "dist" / "ds.timings.json").read_text(encoding="utf-8"))
    assert timings["release_reused"] is True  # the second build went through the up-to-date path


def test_the_build_key_hashes_special_files_by_type_and_links_by_their_text(tmp_path):
    root = articles(tmp_path / "input", 1)
    os.mkfifo(root / "x.txt")
    (root / "zero.txt").symlink_to("/dev/zero")
    (root / "folder-link").symlink_to(tmp_path)
    config = BuildConfig(input_dir=root, output_dir=tmp_path / "dist" / "ds", heldout_dir=None)
    previous = signal.signal(signal.SIGALRM, _hung)
    signal.alarm(HANG_LIMIT)
    try:
        key = uptodate.build_key(config, "v")
        assert key is not None and key == uptodate.build_key(config, "v")
        (root / "zero.txt").unlink()
        (root / "zero.txt").symlink_to("/dev/null")
        assert uptodate.build_key(config, "v") != key  # a link's text is part of the key, its target never read
        changed = uptodate.build_key(config, "v")
        (root / "bai-000.txt").write_text("Bài đã sửa\n", encoding="utf-8")
        assert uptodate.build_key(config, "v") != changed
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_fifo_or_link_planted_in_a_release_makes_it_not_intact_without_blocking(tmp_path):
    from haucan import release

    root = articles(tmp_path / "input", 2)
    output = tmp_path / "dist" / "ds"
    build(BuildConfig(input_dir=root, output_dir=output, heldout_dir=None, workers=1))
    target = output.resolve()
    assert release.intact(target)
    previous = signal.signal(signal.SIGALRM, _hung)
    signal.alarm(HANG_LIMIT)
    try:
        os.mkfifo(target / "data" / "planted.parquet")
        assert not release.intact(target)
        release.fsync_tree(target)  # skips what is not a regular file or folder
        os.unlink(target / "data" / "planted.parquet")
        readme = hashlib.sha256((target / "README.md").read_bytes()).hexdigest()
        os.rename(target / "README.md", tmp_path / "README.md")
        (target / "README.md").symlink_to(tmp_path / "README.md")  # same bytes, but through a link
        assert hashlib.sha256((target / "README.md").read_bytes()).hexdigest() == readme
        assert not release.intact(target)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
