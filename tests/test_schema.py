"""The data contract rejects bad records, naming the table, the row and the column; it cannot be switched off."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest

from haucan.annotate import annotate
from haucan.article import build_article
from haucan.chunk_rows import build_tables as _batch_tables
from haucan.errors import ValidationError
from haucan.extract.entities import extract
from haucan.read import discover, iter_raw_articles
from haucan.rules import load_rules
from haucan.tables import to_arrow, to_frame
from haucan.validate import validate_frame
from haucan.validate import validate_tables as _validate_batch
from schema import CONFIGS

from .conftest import REPO, SEEDS

SPECS = {spec.name: spec for spec in CONFIGS}


@pytest.fixture(scope="module")
def seed_articles():
    discovery = discover(SEEDS)
    articles = [build_article(raw, load_rules()) for raw in iter_raw_articles(SEEDS, discovery.sources)]
    return [annotate(article, None, extract(article)) for article in articles]


@pytest.fixture
def rows(seed_articles):
    """Plain row dicts of the seed batch, per config, to corrupt one value at a time."""
    tables = _batch_tables(seed_articles)
    return {name: table.to_pylist() for name, table in tables.items()}


def _failures(rows: dict) -> list[dict]:
    return _validate_batch({name: to_arrow(SPECS[name], table_rows) for name, table_rows in rows.items()})


def test_seed_batch_is_valid(rows):
    assert _failures(rows) == []


def test_non_nfc_text_is_rejected_naming_row_and_column(rows):
    victim = next(a for a in rows["articles"] if a["title"] is not None)
    victim["title"] = unicodedata.normalize("NFD", victim["title"])
    failures = _failures(rows)
    assert {(f.table, f.column, f.check) for f in failures} == {("articles", "title", "is_nfc")}
    assert f"article_id={victim['article_id']}" in failures[0].row
    assert victim["source_file"] in failures[0].row
    message = str(ValidationError(failures))
    assert "[articles > row article_id=" in message and "column title" in message and "is_nfc" in message


def test_broken_offset_is_rejected_naming_the_block(rows):
    victim = next(b for b in rows["blocks"] if b["kind"] == "body")
    victim["text_end"] -= 1
    failures = _failures(rows)
    assert {(f.table, f.check) for f in failures} == {("blocks", "text_slice_equals_block_text")}
    assert {f.column for f in failures} == {"text_start", "text_end"}
    assert all(f"block_idx={victim['block_idx']}" in f.row and victim["article_id"] in f.row for f in failures)


def test_unknown_block_kind_is_rejected(rows):
    victim = next(b for b in rows["blocks"] if b["kind"] == "caption")
    victim["kind"] = "advert"
    failures = _failures(rows)
    kinds = [f for f in failures if f.column == "kind" and f.check.startswith("isin")]
    assert len(kinds) == 1
    assert kinds[0].value == "'advert'"
    assert f"block_idx={victim['block_idx']}" in kinds[0].row


def test_duplicate_article_id_is_rejected_on_every_copy(rows):
    first, second = rows["articles"][0], rows["articles"][1]
    second["article_id"] = first["article_id"]
    failures = [f for f in _failures(rows) if f.table == "articles"]
    unique = [f for f in failures if f.check == "field_uniqueness"]
    assert {f.column for f in unique} == {"article_id"}
    assert {f.row for f in unique} == {
        f"row article_id={first['article_id']}, source_file={first['source_file']}",
        f"row article_id={first['article_id']}, source_file={second['source_file']}",
    }


def test_residue_in_text_is_rejected(rows):
    victim = rows["articles"][0]
    victim["text"] = victim["text"] + "\n\nleftcenterrightdel"
    victim["n_chars"] = len(victim["text"])
    import hashlib

    victim["text_sha256"] = hashlib.sha256(victim["text"].encode()).hexdigest()
    checks = {(f.column, f.check) for f in _failures(rows) if f.table == "articles"}
    assert ("text", "no_residue") in checks


def test_implausible_date_is_rejected(rows):
    import datetime as dt

    victim = next(a for a in rows["articles"] if a["published_date"] is not None)
    victim["published_date"] = dt.date(1900, 1, 1)
    checks = {(f.column, f.check) for f in _failures(rows)}
    assert ("published_date", "plausible_date") in checks


def test_block_of_missing_article_is_rejected(rows):
    rows["blocks"][0]["article_id"] = "ffffffffffffffff"
    checks = {(f.column, f.check) for f in _failures(rows)}
    assert ("article_id", "article_exists") in checks


def test_unknown_column_is_rejected(seed_articles):
    spec = SPECS["blocks"]
    frame = to_frame(_batch_tables(seed_articles)["blocks"])
    frame["extra"] = 1
    failures = validate_frame(spec, frame)
    assert any(f.check == "column_in_schema" and f.row == "table" for f in failures)


@pytest.mark.parametrize("switch", ["PANDERA_VALIDATION_ENABLED=False", "PANDERA_VALIDATION_DEPTH=SCHEMA_ONLY"])
def test_build_refuses_when_pandera_is_switched_off(tmp_path, switch):
    import os

    key, value = switch.split("=")
    env = {**os.environ, key: value}
    out = tmp_path / "out" / "ds"
    result = subprocess.run([sys.executable, str(REPO / "build_dataset.py"), "--input", str(SEEDS), "--output", str(out)],
                            cwd=REPO, env=env, capture_output=True, text=True)
    assert result.returncode == 2
    assert "NOT PUBLISHED" in result.stderr and key in result.stderr
    assert not out.exists()


# The checks below run on whole columns at once when the batch is valid and fall back to row by row when it
# is not: a single bad row must still be named, with the same check and columns.


def _named(failures: list[dict], table: str, check: str) -> set[tuple[str, str]]:
    return {(f.row, f.column) for f in failures if f.table == table and f.check == check}


@pytest.mark.parametrize("config", ["ner_syllable", "ner_word"])
def test_invalid_bio_is_rejected_naming_the_sentence(rows, config):
    from haucan.bio import tag_names

    victim = rows[config][3]
    victim["ner_tags"][0] = tag_names().index("I-PER")  # an I- tag can not open a sentence
    failures = _failures(rows)
    assert _named(failures, config, "valid_bio") == {
        (f"row article_id={victim['article_id']}, sent_idx={victim['sent_idx']}", "ner_tags")}
    assert {(f.table, f.check) for f in failures} == {(config, "valid_bio")}


@pytest.mark.parametrize("config", ["ner_word", "ner_syllable"])
@pytest.mark.parametrize("bad", ["Cục Hậu", "", "a\tb", None])
def test_a_token_the_conll_files_could_not_hold_is_rejected_naming_the_sentence(rows, bad, config):
    victim = rows[config][2]
    victim["tokens"] = [] if bad is None else [bad, *victim["tokens"][1:]]
    if bad is None:
        victim["ner_tags"] = []
    failures = _failures(rows)
    assert (f"row article_id={victim['article_id']}, sent_idx={victim['sent_idx']}", "tokens") in _named(
        failures, config, "conll_safe_tokens")
    assert not any(f.check == "conll_safe_tokens" for f in failures if f.table != config)


def test_changed_syllable_is_rejected_naming_the_sentence(rows):
    victim = rows["sentences"][5]
    victim["syllables"][0] = victim["syllables"][0] + "x"
    failures = _failures(rows)
    assert _named(failures, "sentences", "tokens_rebuild_text") == {
        (f"row article_id={victim['article_id']}, sent_idx={victim['sent_idx']}", column)
        for column in ("syllables", "words")}


def test_syllable_moved_to_the_next_sentence_is_rejected(rows):
    """The whole column still joins to the same string; the two rows must be named."""
    first, second = rows["sentences"][0], rows["sentences"][1]
    assert first["article_id"] == second["article_id"]
    moved = first["syllables"].pop()
    second["syllables"].insert(0, moved)
    failures = _failures(rows)
    assert {row for row, _ in _named(failures, "sentences", "tokens_rebuild_text")} == {
        f"row article_id={first['article_id']}, sent_idx={first['sent_idx']}",
        f"row article_id={second['article_id']}, sent_idx={second['sent_idx']}"}


def test_non_nfc_sentence_is_rejected(rows):
    victim = next(s for s in rows["sentences"] if unicodedata.normalize("NFD", s["text"]) != s["text"])
    victim["text"] = unicodedata.normalize("NFD", victim["text"])
    failures = _failures(rows)
    assert _named(failures, "sentences", "is_nfc") == {
        (f"row article_id={victim['article_id']}, sent_idx={victim['sent_idx']}", "text")}


def test_parent_outside_its_child_is_rejected(rows):
    child = next(m for m in rows["mentions"] if m["parent_mention_id"] is not None)
    child["end"] = next(m for m in rows["mentions"] if m["mention_id"] == child["parent_mention_id"])["end"] + 1
    failures = _failures(rows)
    assert _named(failures, "mentions", "parent_exists_and_encloses") == {
        (f"row article_id={child['article_id']}, mention_id={child['mention_id']}", "parent_mention_id")}


def test_every_check_is_reported_under_its_own_name_in_every_config():
    """pandera gives an inherited check the method's name in the second subclass when ``name=`` is used; a
    failure would then be reported under a name the columns map (``check_columns``) does not know."""
    for spec in CONFIGS:
        schema = spec.model.to_schema()
        names = [check.name for column in schema.columns.values() for check in column.checks]
        names += [check.name for check in schema.checks]
        assert not [name for name in names if not name or name.startswith("_")], spec.name
    ner = [{c.name for col in SPECS[n].model.to_schema().columns.values() for c in col.checks}
           for n in ("ner_word", "ner_syllable")]
    assert ner[0] == ner[1]
