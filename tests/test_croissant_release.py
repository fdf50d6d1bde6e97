"""Croissant and the card's Hub metadata as a release built with ``--repo-id`` publishes them (issue 15): mlcroissant
validates with zero warnings, every RecordSet loads with every column (nested lists of records included), the
url, licence, citation and datePublished are the release's; the YAML carries license_link, language_details and
the access form, all checked offline, and no legacy license_details."""

from __future__ import annotations

import json
import warnings

import mlcroissant as mlc
import pyarrow.parquet as pq
import pytest
import yaml

from haucan import DATASET_VERSION
from haucan.publish.hub_address import ANNOTATIONS_LICENSE, CHANGELOG, release_date
from haucan.publish.metadata_check import check_card_metadata
from schema import CONFIGS

from .conftest import HUB_REPO_ID, REPO

NESTED = {"articles": "null_reasons", "person_observations": "positions", "events": "participants"}


def _doc(folder) -> dict:
    return json.loads((folder / "croissant.json").read_text(encoding="utf-8"))


def _yaml(folder) -> dict:
    return yaml.safe_load((folder / "README.md").read_text(encoding="utf-8").split("---\n", 2)[1])


def test_mlcroissant_validates_with_zero_warnings(hub_build, seed_build):
    for folder in (hub_build.output_dir, seed_build.output_dir):
        issues = mlc.Dataset(jsonld=str(folder / "croissant.json")).metadata.issues
        assert not issues.errors and not issues.warnings, issues.report()


@pytest.mark.parametrize("spec", CONFIGS, ids=lambda s: s.name)
def test_every_record_set_loads_every_column(hub_build, spec):
    dataset = mlc.Dataset(jsonld=str(hub_build.output_dir / "croissant.json"))
    records = list(dataset.records(spec.name))
    table = pq.read_table(hub_build.output_dir / "data" / spec.name)
    assert len(records) == table.num_rows > 0
    assert set(records[0]) == {f"{spec.name}/{name}" for name in spec.features}


@pytest.mark.parametrize("config, column", NESTED.items())
def test_lists_of_records_are_nested_fields_with_their_values(hub_build, config, column):
    dataset = mlc.Dataset(jsonld=str(hub_build.output_dir / "croissant.json"))
    rows = pq.read_table(hub_build.output_dir / "data" / config).to_pylist()
    key = next(k for k in ("obs_id", "event_id", "article_id") if k in rows[0])  # the row's own id
    by_key = {row[key]: row[column] for row in rows}
    assert any(by_key.values()), f"no {config} row has a {column} record: the test would prove nothing"
    for record in dataset.records(config):
        expected = by_key[record[f"{config}/{key}"].decode()]
        got = [{name.rsplit("/", 1)[1]: value.decode() if isinstance(value, bytes) else value
                for name, value in item.items()} for item in record[f"{config}/{column}"]]
        assert got == expected


def test_dataset_level_fields_are_the_releases(hub_build):
    doc = _doc(hub_build.output_dir)
    url = f"https://huggingface.co/datasets/{HUB_REPO_ID}"
    assert doc["url"] == url and doc["version"] == DATASET_VERSION
    assert doc["license"] == [f"{url}#licensing", ANNOTATIONS_LICENSE]
    assert url in doc["citeAs"] and f"version      = {{{DATASET_VERSION}}}" in doc["citeAs"]
    assert doc["datePublished"] == release_date(DATASET_VERSION) is not None
    assert doc["description"].startswith("Vietnamese news reports") and not any(
        doc["description"] == spec.description for spec in CONFIGS)


def test_date_published_is_the_versions_changelog_date(tmp_path):
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## Unreleased\n\n## 1.2.0 — 2027-03-04\n\n## 1.1.0\n", encoding="utf-8")
    assert release_date("1.2.0", changelog) == "2027-03-04"
    assert release_date("1.1.0", changelog) is None and release_date("9.9.9", changelog) is None
    assert f"## {DATASET_VERSION} — {release_date(DATASET_VERSION)}" in (REPO / "CHANGELOG.md").read_text("utf-8")
    assert CHANGELOG == REPO / "CHANGELOG.md"  # the changelog of the checkout the build runs from


def test_card_yaml_has_the_hub_keys_and_passes_the_offline_check(hub_build):
    meta = _yaml(hub_build.output_dir)
    assert check_card_metadata(meta) == []
    assert meta["license_link"] == f"https://huggingface.co/datasets/{HUB_REPO_ID}#licensing"
    assert meta["language_details"] == "vi-VN" and meta["pretty_name"] and meta["task_ids"]
    assert meta["size_categories"] and "license_details" not in meta
    assert "non-commercial" in meta["extra_gated_prompt"]
    assert set(meta["extra_gated_fields"]) >= {"Affiliation", "Intended use"}


@pytest.mark.parametrize("change, complaint", [
    ({"license_details": "legacy"}, "legacy key 'license_details'"),
    ({"language_details": "en-US"}, "language_details value 'en-US'"),
    ({"language_details": "vietnamese"}, "language_details value 'vietnamese'"),
    ({"license_link": None}, "'license_link' is missing"),
    ({"license_link": "see below"}, "license_link value 'see below' is not a URL"),
    ({"extra_gated_fields": {"Affiliation": "textbox"}}, "extra_gated_fields value 'textbox'"),
    ({"pretty_name": ""}, "'pretty_name' is missing"),
])
def test_offline_check_refuses_a_bad_hub_key(hub_build, change, complaint):
    problems = check_card_metadata({**_yaml(hub_build.output_dir), **change})
    assert len(problems) == 1 and complaint in problems[0], problems


def test_the_card_loads_as_a_dataset_card_without_warnings(hub_build):
    from huggingface_hub import DatasetCard

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        card = DatasetCard.load(hub_build.output_dir / "README.md")
    assert card.data.license_link.endswith("#licensing") and card.data.extra_gated_fields
