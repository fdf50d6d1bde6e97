"""Each seed's published metadata equals what a person reading the raw file wrote down (tests/expectations/seeds.yml)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from .conftest import SEEDS

EXPECTED = yaml.safe_load((Path(__file__).parent / "expectations" / "seeds.yml").read_text(encoding="utf-8"))
# Residue from every seed, and page furniture that is kept out of text in its own blocks.
ALL_RESIDUE = sorted({s for e in EXPECTED.values() for s in e["residue_absent_from_text"]} | {
    "leftcenterrightdel", "0:00 / 0:00", "Truy cập nội dung luôn", "Mời bạn đọc", "baothainguyen.vn", "(GLO)",
    "date 2025-12-07", "\u00a0", "Tin, ảnh:", "Ảnh: T.D", "29-07-2022 07:12",
})


@pytest.fixture(scope="module")
def articles(seed_build):
    # pyarrow rows keep nulls as None and date32 as datetime.date (pandas would give NaN / Timestamp-like objects)
    table = pq.read_table(seed_build.output_dir / "data" / "articles")
    return {row["source_file"]: row for row in table.to_pylist()}


def _date(value):
    return None if value is None else dt.date.fromisoformat(value)


def test_every_seed_is_published_and_byte_identical_to_shared_seeds(articles):
    assert sorted(articles) == sorted(EXPECTED)
    shared = SEEDS.parent.parent / "shared" / "seeds"
    if shared.is_dir():  # beside the repo in development and CI
        for name in EXPECTED:
            assert (SEEDS / name).read_bytes() == (shared / name).read_bytes(), name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_matches_hand_written_expectations(articles, name):
    row, expected = articles[name], EXPECTED[name]
    assert row["article_id"] == expected["article_id"]
    assert row["title"] == expected["title"]
    assert row["outlet"] == expected["outlet"]
    assert row["outlet_domain"] == expected["outlet_domain"]
    assert row["url"] == expected["url"]
    assert row["published_date"] == _date(expected["published_date"])
    assert row["event_date"] == _date(expected["event_date"])
    assert list(row["authors"]) == expected["authors"]
    assert list(row["photo_credits"]) == expected["photo_credits"]
    assert list(row["captions"]) == expected["captions"]
    assert row["lead"].startswith(expected["lead_starts_with"])
    assert row["text"].startswith(row["lead"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_text_holds_no_residue(articles, name):
    text = articles[name]["text"]
    for residue in ALL_RESIDUE:
        assert residue not in text, (name, residue)
    for caption in articles[name]["captions"]:
        assert caption not in text.split("\n\n"), (name, caption)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_null_field_says_why(articles, name):
    row = articles[name]
    reasons = {r["field"]: r["reason"] for r in row["null_reasons"]}
    for field in ("title", "published_date", "event_date"):
        assert (row[field] is None) == (field in reasons), field
    for field in ("authors", "photo_credits"):
        assert (len(row[field]) == 0) == (field in reasons), field

