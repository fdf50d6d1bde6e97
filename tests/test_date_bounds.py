"""Dates out of range (issue 12): a stated date after the build day in Vietnam + 1, or before the army's founding,
is null with a null_reasons entry, never a validation failure; the build day is SOURCE_DATE_EPOCH's day in
Asia/Ho_Chi_Minh when set (else the clock's), and the schema checks the same range."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil

import pandas as pd
import pytest

from haucan.article import build_article
from haucan.build_day import VIETNAM, build_day, fixed_build_day, plausible_dates
from haucan.config import BuildConfig
from haucan.errors import ConfigError
from haucan.pipeline import build
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules
from haucan.validate import build_values
from schema.checks import dates_in_range
from tests.conftest import SEEDS

# 18:00 UTC on 1 March 2026: still 1 March on a UTC machine, already 2 March in Vietnam (UTC+7).
EVENING_UTC = int(dt.datetime(2026, 3, 1, 18, 0, tzinfo=dt.UTC).timestamp())
VIETNAM_DAY = dt.date(2026, 3, 2)


@pytest.fixture
def evening(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EVENING_UTC))


def _article(stamp: str, lead: str = "Hội nghị sơ kết công tác hậu cần được tổ chức tại Hà Nội với nhiều đơn vị.",
             title: str = "Tin hậu cần"):
    text = f"{title}\n\n{stamp}\n\n{lead}\n\nCác đơn vị báo cáo kết quả bảo đảm vật chất, xăng dầu và quân y.\n"
    return build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", None), text), load_rules())


def _reason(article, field: str) -> str | None:
    return next((r.reason for r in article.metadata.null_reasons if r.field == field), None)


def test_the_build_day_is_vietnam_s_day_of_source_date_epoch(evening):
    assert dt.datetime.fromtimestamp(EVENING_UTC, dt.UTC).date() == dt.date(2026, 3, 1)
    assert build_day() == VIETNAM_DAY
    assert plausible_dates() == (dt.date(1944, 12, 22), dt.date(2026, 3, 3))


def test_without_source_date_epoch_the_build_day_is_today_in_vietnam(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = dt.datetime.now(VIETNAM).date()
    day = build_day()
    assert day in (before, dt.datetime.now(VIETNAM).date())


@pytest.mark.parametrize("value", ["yesterday", "1.5e9", "99999999999999999999"])
def test_a_malformed_source_date_epoch_is_a_configuration_error(monkeypatch, value):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    with pytest.raises(ConfigError, match="SOURCE_DATE_EPOCH"):
        build_day()


@pytest.mark.parametrize(("stamp", "published", "why"), [
    ("02-03-2026 07:00", dt.date(2026, 3, 2), None),  # the build day in Vietnam
    ("03-03-2026 23:59", dt.date(2026, 3, 3), None),  # + 1: a page stamped before midnight there
    ("04-03-2026 00:01", None, "2026-03-04 is after the build day in Vietnam + 1 (2026-03-03)"),
    ("01/02/2099", None, "2099-02-01 is after the build day"),
    ("22-12-1944", dt.date(1944, 12, 22), None),  # the army's founding day
    ("21-12-1944", None, "1944-12-21 is before 1944-12-22"),
    ("01-02-1900 08:00", None, "1900-02-01 is before 1944-12-22"),
])
def test_a_publication_stamp_out_of_range_is_null_with_a_reason(evening, stamp, published, why):
    article = _article(stamp)
    assert article.metadata.published_date == published
    reason = _reason(article, "published_date")
    if why is None:
        assert reason is None and article.metadata.published_date_source == "publication_stamp"
    else:
        assert why in reason and reason.startswith("the stated publication date")
        assert article.metadata.published_date_source is None


def test_a_date_prefix_out_of_range_is_null_too(evening):
    text = ("Tin Gia Lai\n\ndate 2099-01-05 (GLO)- Cục Hậu cần-Kỹ thuật vừa tổ chức hội nghị quân chính năm 2025.\n\n"
            "Các đơn vị báo cáo kết quả bảo đảm vật chất, xăng dầu và quân y.\n")
    article = build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", None), text), load_rules())
    assert article.metadata.published_date is None and "2099-01-05 is after the build day" in _reason(article, "published_date")
    assert "date 2099" not in article.text


def test_an_event_date_out_of_range_is_null_with_a_reason(evening):
    article = _article("01-03-2026", lead="Ngày 5/3/2099, Cục Hậu cần tổ chức hội nghị sơ kết công tác năm.")
    assert article.metadata.published_date == dt.date(2026, 3, 1)
    assert article.metadata.event_date is None and article.metadata.event_date_source is None
    assert "the lead's event date 2099-03-05 is after the build day" in _reason(article, "event_date")
    old = _article("01-03-2026", lead="Ngày 5/3/1930, Cục Hậu cần tổ chức hội nghị sơ kết công tác năm.")
    assert old.metadata.event_date is None and "1930-03-05 is before 1944-12-22" in _reason(old, "event_date")


def test_an_implausible_publication_date_does_not_date_the_event(evening):
    article = _article("01-02-2099", lead="Sáng 6/7, Cục Hậu cần tổ chức hội nghị sơ kết công tác năm.")
    assert article.metadata.published_date is None and article.metadata.event_date is None
    assert _reason(article, "event_date") is not None  # no year left for 6/7


def test_the_schema_checks_the_same_range(evening):
    earliest, latest = plausible_dates()
    dates = pd.Series([latest, latest + dt.timedelta(days=1), earliest, earliest - dt.timedelta(days=1), None],
                      dtype=object)
    values = build_values()  # what the validator passes to the schema's plausible_date checks
    assert dates_in_range(dates, values.earliest_date, values.latest_date).tolist() == [True, False, True, False, True]


def _folder(tmp_path, stamps: dict[str, str]):
    folder = tmp_path / "input"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns("gold"))
    leads = {"tomorrow": "Bình Định", "y2099": "Cà Mau", "y1900": "Lào Cai"}
    for name, stamp in stamps.items():
        (folder / f"{name}.txt").write_text(
            f"Tin hậu cần từ {leads[name]}\n\n{stamp}\n\nSáng 6/7, Bộ Chỉ huy Quân sự tỉnh {leads[name]} tổ chức "
            f"hội nghị {name} về công tác hậu cần. Đại tá Trần Đức {name.title()} phát biểu.\n\n"
            f"Các đơn vị ở {leads[name]} báo cáo kết quả bảo đảm vật chất kỹ thuật năm {len(name)}.\n",
            encoding="utf-8")
    return folder


def _build(folder, out, cache=None):
    config = BuildConfig(input_dir=folder, output_dir=out / "ds", workers=1, cache_dir=cache, heldout_dir=None)
    result = build(config)
    return result, json.loads(result.report_path.read_text(encoding="utf-8")), config


def _published_dates(result) -> dict[str, dt.date | None]:
    articles = pd.read_parquet(result.output_dir / "data" / "articles")
    return {row.source_file: (None if pd.isna(row.published_date) else row.published_date)
            for row in articles.itertuples()}


def test_a_build_publishes_articles_with_implausible_dates_without_the_dates(evening, tmp_path):
    # Stamped 3 March (the build day in Vietnam + 1: kept), 2099 and 1900 (nulled): before, each of these
    # failed the whole release.
    folder = _folder(tmp_path, {"tomorrow": "03-03-2026 06:30", "y2099": "01-02-2099 07:00",
                                "y1900": "01-02-1900 07:00"})
    result, report, _ = _build(folder, tmp_path / "out")
    assert report["published"] is True and report["counts"]["rejected"] == 0
    dates = _published_dates(result)
    assert dates["tomorrow.txt"] == dt.date(2026, 3, 3)
    assert dates["y2099.txt"] is None and dates["y1900.txt"] is None
    articles = pd.read_parquet(result.output_dir / "data" / "articles").set_index("source_file")
    assert {r["field"] for r in articles.loc["y2099.txt", "null_reasons"]} >= {"published_date", "event_date"}
    earliest, latest = plausible_dates()
    for table, column in (("events", "event_date"), ("person_observations", "observed_on")):
        values = pd.read_parquet(result.output_dir / "data" / table)[column].dropna()
        assert all(earliest <= value <= latest for value in values), table


def test_a_date_nulled_for_the_build_day_is_not_cached(tmp_path, monkeypatch):
    folder = _folder(tmp_path, {"tomorrow": "04-03-2026 06:30"})
    cache = tmp_path / "cache"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EVENING_UTC))  # 2 March in Vietnam: 4 March is too late
    first, _, _ = _build(folder, tmp_path / "first", cache)
    assert _published_dates(first)["tomorrow.txt"] is None
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EVENING_UTC + 86_400))  # a day later, 4 March is plausible
    second, _, config = _build(folder, tmp_path / "second", cache)
    assert _published_dates(second)["tomorrow.txt"] == dt.date(2026, 3, 4)
    timings = json.loads(config.timings_path.read_text(encoding="utf-8"))
    assert timings["articles"]["computed"] == 1 and timings["articles"]["whole_chunks_from_cache"] == 0


def test_a_malformed_source_date_epoch_stops_the_build_instead_of_rejecting_every_file(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "tomorrow")
    with pytest.raises(ConfigError, match="SOURCE_DATE_EPOCH='tomorrow'"):
        _build(_folder(tmp_path, {}), tmp_path / "out")


def test_an_unchanged_build_on_a_later_day_is_not_reused_when_the_day_matters(tmp_path, monkeypatch):
    # The whole-build key names the build day: the release of 2 March (4 March nulled) is not kept on 3 March.
    folder = _folder(tmp_path, {"tomorrow": "04-03-2026 06:30"})
    cache, out = tmp_path / "cache", tmp_path / "out"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EVENING_UTC))
    _build(folder, out, cache)
    _, _, config = _build(folder, out, cache)
    assert json.loads(config.timings_path.read_text(encoding="utf-8"))["release_reused"] is True
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EVENING_UTC + 86_400))
    later, _, config = _build(folder, out, cache)
    assert json.loads(config.timings_path.read_text(encoding="utf-8"))["release_reused"] is False
    assert _published_dates(later)["tomorrow.txt"] == dt.date(2026, 3, 4)


def test_a_build_holds_one_build_day_and_leaves_the_environment_as_it_found_it(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    with fixed_build_day() as day:
        held = os.environ["SOURCE_DATE_EPOCH"]
        assert build_day() == day == dt.datetime.fromtimestamp(int(held), VIETNAM).date()
    assert "SOURCE_DATE_EPOCH" not in os.environ
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EVENING_UTC))
    with fixed_build_day() as day:
        assert day == VIETNAM_DAY and os.environ["SOURCE_DATE_EPOCH"] == str(EVENING_UTC)
