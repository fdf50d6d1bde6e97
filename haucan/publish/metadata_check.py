"""Offline check of the card's YAML values against the vocabularies the Hub accepts.

The Hub validates cards server-side only (``DatasetCard.validate`` needs the network), so a bad licence id or
language code would surface only at push time. The datasets wheel ships several of these vocabularies
(``datasets/utils/resources``); the rest are vendored in ``haucan/rules/hub/vocabularies.yml``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import datasets
import yaml

RESOURCES = Path(datasets.__file__).parent / "utils" / "resources"
VENDORED = Path(__file__).resolve().parent.parent / "rules" / "hub" / "vocabularies.yml"


@cache
def vocabularies() -> dict[str, frozenset[str]]:
    """Accepted values per YAML key."""
    def keys(name: str) -> frozenset[str]:
        return frozenset(json.loads((RESOURCES / name).read_text(encoding="utf-8")))

    vendored = yaml.safe_load(VENDORED.read_text(encoding="utf-8"))
    creators = json.loads((RESOURCES / "creators.json").read_text(encoding="utf-8"))  # {"language": [...], "annotations": [...]}
    return {
        "language": keys("languages.json"),
        "annotations_creators": frozenset(creators["annotations"]),
        "language_creators": frozenset(creators["language"]),
        "multilinguality": keys("multilingualities.json"),
        "size_categories": keys("size_categories.json"),
        "license": frozenset(vendored["licenses"]),
        "task_categories": frozenset(vendored["task_categories"]),
        "task_ids": frozenset(vendored["task_ids"]),
    }


def check_card_metadata(metadata: dict) -> list[str]:
    """One message per value the Hub would refuse (empty when all are accepted); required keys must be present."""
    problems = []
    for key, allowed in sorted(vocabularies().items()):
        values = metadata.get(key)
        if values is None:
            problems.append(f"card YAML: '{key}' is missing")
            continue
        for value in values if isinstance(values, list) else [values]:
            if value not in allowed:
                problems.append(f"card YAML: {key} value {value!r} is not one the Hub accepts")
    if metadata.get("license") == "other" and not metadata.get("license_name"):
        problems.append("card YAML: license 'other' needs a 'license_name'")
    return problems
