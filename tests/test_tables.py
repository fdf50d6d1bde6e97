"""tables: rows derived from records by the Features' column names, and tables with the config's exact schema."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pyarrow.parquet as pq
import pytest

from haucan.per_article import StageSettings
from haucan.process import process
from haucan.read import discover
from haucan.records import Block, NullReason
from haucan.tables import ROW_BUILDERS, MissingColumnError, shape, to_arrow
from schema import CONFIG_BY_NAME, CONFIGS

from .conftest import SEEDS


def test_every_config_table_has_the_features_schema_with_its_metadata():
    for spec in CONFIGS:
        expected = spec.features.arrow_schema
        for _ in range(2):  # computed, then kept by the config's TableShape
            assert shape(spec).arrow_schema.equals(expected, check_metadata=True)
            assert to_arrow(spec, []).schema.equals(expected, check_metadata=True)


def test_a_spec_that_is_not_a_published_config_gets_its_own_shape():
    articles = CONFIG_BY_NAME["articles"]
    other = dataclasses.replace(articles, columns=CONFIG_BY_NAME["blocks"].columns)
    assert shape(other).arrow_schema.names == list(CONFIG_BY_NAME["blocks"].features)
    assert shape(articles).arrow_schema.names == list(articles.features)


def test_the_per_article_builders_are_the_per_article_configs_and_cannot_be_changed():
    assert set(ROW_BUILDERS) == {spec.name for spec in CONFIGS if spec.per_article}
    with pytest.raises(TypeError):
        ROW_BUILDERS["mentions"] = ROW_BUILDERS["articles"]  # type: ignore[index]


def _renamed(cls: type, old: str, new: str) -> type:
    """``cls`` with field ``old`` called ``new``: what renaming a record field away from its column makes."""
    fields = [(new if f.name == old else f.name, f.type) for f in dataclasses.fields(cls)]
    return dataclasses.make_dataclass(f"Renamed{cls.__name__}", fields, frozen=True)


def test_a_record_field_renamed_away_from_its_column_is_an_error_naming_config_and_column():
    block = Block(0, "lead", "first_prose_line", "Nội dung.", 3, 0, 9)
    values = dataclasses.asdict(block)
    values["block_kind"] = values.pop("kind")
    renamed = _renamed(Block, "kind", "block_kind")(**values)
    with pytest.raises(MissingColumnError, match=r"config 'blocks': no value for column 'kind' "
                                                 r"\(not a field of RenamedBlock\)") as caught:
        shape("blocks").row(renamed, article_id="0123456789abcdef", in_text=True)
    assert (caught.value.config, caught.value.column) == ("blocks", "kind")
    # The same record with its field named as the column makes the row, with the computed columns given.
    assert shape("blocks").row(block, article_id="0123456789abcdef", in_text=True) == {
        "article_id": "0123456789abcdef", "block_idx": 0, "kind": "lead", "rule": "first_prose_line",
        "text": "Nội dung.", "line": 3, "in_text": True, "text_start": 0, "text_end": 9}


def test_a_computed_column_not_given_or_misnamed_is_an_error_too():
    block = Block(0, "lead", "first_prose_line", "Nội dung.", 3, 0, 9)
    with pytest.raises(MissingColumnError, match="config 'blocks': no value for column 'in_text'"):
        shape("blocks").row(block, article_id="0123456789abcdef")
    with pytest.raises(ValueError, match=r"config 'blocks' has no column \['in_txt'\]"):
        shape("blocks").row(block, article_id="0123456789abcdef", in_text=True, in_txt=True)


def test_a_nested_record_field_renamed_away_from_its_struct_key_is_an_error_naming_the_path():
    reason = _renamed(NullReason, "reason", "why")("title", "the scraped text has no headline line")
    others = {column: None for column in CONFIG_BY_NAME["articles"].features if column != "null_reasons"}
    with pytest.raises(MissingColumnError, match=r"config 'articles': no value for column 'null_reasons\.reason'"):
        shape("articles").row(SimpleNamespace(null_reasons=(reason,)), **others)
    assert shape("articles").row(SimpleNamespace(null_reasons=(NullReason("title", "none"),)), **others)[
        "null_reasons"] == [{"field": "title", "reason": "none"}]


@pytest.fixture(scope="module")
def richest_seed():
    """The seed article with the most kinds of rows (observations, events, documents included), processed."""
    sources = discover(SEEDS).sources
    results = [process(s, (SEEDS / s.relative_path).read_bytes(), StageSettings(SEEDS)) for s in sources]
    kept = [r for r in results if r.rows is not None]
    return max(kept, key=lambda r: (sum(bool(rows) for rows in r.rows.values()), sum(map(len, r.rows.values()))))


def test_derived_rows_are_the_published_rows_of_an_article(seed_build, richest_seed):
    article_id = richest_seed.annotated.article.article_id
    assert all(richest_seed.rows[name] for name in ("person_observations", "events", "mentions", "blocks"))
    for name, derived in richest_seed.rows.items():
        published = pq.read_table(seed_build.output_dir / "data" / name).to_pylist()
        assert derived == [row for row in published if row["article_id"] == article_id], name
