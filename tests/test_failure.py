"""``Failure`` records: the build report's keys, the primary keys rows are named by."""

from __future__ import annotations

import json

from haucan.crosscheck import TABLES, _failure
from haucan.errors import ValidationError
from schema import CONFIG_BY_NAME
from schema.failure import Failure


def test_a_table_failure_records_a_null_article_and_a_rule_failure_no_article_key():
    contract = Failure("blocks", "table", "kind", "column_in_schema", "'kind'", None)
    assert list(contract.as_record()) == ["table", "row", "column", "check", "value", "article_id"]
    assert contract.as_record()["article_id"] is None
    rule = Failure("events", "row event_id=x", "chair_person_id", "event_chair_exists", "'per-1'")
    assert list(rule.as_record()) == ["table", "row", "column", "check", "value"]


def test_validation_error_reports_json_ready_records():
    failures = [Failure("articles", "row article_id=a", "n_chars", "n_chars_is_len_text", "3", "a"),
                Failure("persons", "row person_id=p", "rank_flag", "rank_decrease_flagged", "None")]
    error = ValidationError(failures)
    assert error.failures == failures
    assert json.loads(json.dumps(error.report)) == [f.as_record() for f in failures]
    assert "[persons > row person_id=p] column rank_flag: check rank_decrease_flagged failed (value None)" in str(error)


def test_primary_keys_come_from_the_models():
    assert {name: CONFIG_BY_NAME[name].primary_key for name in TABLES} == {
        "person_observations": ("obs_id",), "events": ("event_id",), "persons": ("person_id",),
        "organizations": ("org_id",), "position_spells": ("spell_id",)}
    assert CONFIG_BY_NAME["blocks"].primary_key == ("article_id", "block_idx")
    assert _failure("position_spells", "k", "org_id", "spell_org_exists", "x").row == "row spell_id=k"
