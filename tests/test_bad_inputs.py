"""Every bad input in the generated corpus ends as declared (accepted, repaired, duplicate, rejected or ignored),
with no uncaught exception and no hang, and the counts add up."""

from __future__ import annotations

import json
import os
import signal
import unicodedata
from collections import Counter

import pytest

from haucan.config import BuildConfig
from haucan.pipeline import build
from tests.support.bad_inputs import build_corpus

HANG_LIMIT_SECONDS = 300


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad") / "input"
    expected = build_corpus(root)
    real_open = os.open

    def refusing_open(path, flags, *args, **kwargs):  # row 7: EACCES cannot be made as root, so simulate it
        if os.fspath(path).endswith("r07_unreadable.txt"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    def hung(signum, frame):
        raise TimeoutError(f"the build did not finish within {HANG_LIMIT_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(HANG_LIMIT_SECONDS)
    os.open = refusing_open
    try:
        result = build(BuildConfig(input_dir=root, output_dir=root.parent / "out" / "ds", heldout_dir=None))
    finally:
        os.open = real_open
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    report = json.loads(result.report_path.read_text(encoding="utf-8"))
    return expected, result, report


def test_corpus_has_at_least_forty_distinct_bad_inputs_covering_rows_1_to_33(corpus_build):
    expected, _, _ = corpus_build
    bad = {name: e for name, e in expected.items() if e.outcome != "accepted"}
    assert len(bad) >= 40
    assert {e.row for e in expected.values()} >= set(range(1, 34)) - {11}  # row 11: see bad_inputs' docstring


def test_every_input_ends_with_its_declared_outcome(corpus_build):
    expected, _, report = corpus_build
    outcomes: dict[str, list[dict]] = {}
    for record in report["files"]:
        outcomes.setdefault(unicodedata.normalize("NFC", record["file"]), []).append(record)
    problems = []
    for name, want in sorted(expected.items()):
        key = unicodedata.normalize("NFC", name.split("#")[0])
        if want.outcome == "ignored":
            if name not in report["ignored_non_txt"]:
                problems.append(f"{name}: expected ignored")
            continue
        matches = [r for r in outcomes.get(key, []) if r["outcome"] == want.outcome]
        detail_ok = [r for r in matches if not want.detail
                     or want.detail in (r.get("reason"), r.get("kind")) or want.detail in r.get("repairs", [])]
        if not detail_ok:
            problems.append(f"{name}: expected {want.outcome} {want.detail}, got {outcomes.get(key)}")
    assert problems == []


def test_counts_add_up_and_every_found_file_has_one_outcome(corpus_build):
    expected, result, report = corpus_build
    counts = result.intake
    assert counts["found"] == counts["accepted"] + counts["repaired"] + counts["duplicate"] + counts["rejected"]
    assert counts["found"] == len(report["files"]) == sum(1 for e in expected.values() if e.outcome != "ignored")
    assert Counter(f["outcome"] for f in report["files"])["rejected"] == counts["rejected"]


def test_every_rejection_names_file_and_reason_and_where_applicable_the_spot(corpus_build):
    _, _, report = corpus_build
    for record in report["files"]:
        if record["outcome"] != "rejected":
            continue
        assert record["file"] and record["reason"] and record["detail"]
        if record["reason"] in ("invalid_utf8", "truncated_utf8"):
            assert record["byte_offset"] is not None and record["line"] is not None


def test_published_release_of_the_corpus_loads(corpus_build):
    from datasets import load_dataset

    _, result, _ = corpus_build
    articles = load_dataset(str(result.output_dir), "articles")  # every published split
    assert sorted(articles) == sorted(result.published_splits)
    assert sum(split.num_rows for split in articles.values()) == result.intake["accepted"] + result.intake["repaired"]
