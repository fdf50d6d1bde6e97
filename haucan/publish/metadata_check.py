"""Offline check of the card's YAML values against the vocabularies the Hub accepts.

The Hub validates cards server-side only (``DatasetCard.validate`` needs the network), so a bad licence id or
language code would surface only at push time. The datasets wheel ships several of these vocabularies
(``datasets/utils/resources``); the rest are vendored in ``haucan/rules/hub/vocabularies.yml``, with the keys
a card must carry (``license_link``, ``language_details``, the access form) and the legacy ones it must not
(``license_details``, which the Hub no longer reads).
"""

from __future__ import annotations

import json
import re
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

    vendored = _vendored()
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


@cache
def _vendored() -> dict:
    return yaml.safe_load(VENDORED.read_text(encoding="utf-8"))


_BCP47 = re.compile(r"^([a-z]{2,3})(-[A-Za-z0-9]{2,8})*$")


def check_card_metadata(metadata: dict) -> list[str]:
    """One message per value the Hub would refuse (empty when all are accepted); required keys must be present."""
    problems = _check_extras(metadata)
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


def _check_extras(metadata: dict) -> list[str]:
    """Required and legacy keys, ``language_details`` (BCP-47 tags of the declared languages), ``license_link``
    (a URL) and the access form's field types."""
    vendored = _vendored()
    problems = [f"card YAML: '{key}' is missing" for key in vendored["required_keys"] if not metadata.get(key)]
    problems += [f"card YAML: legacy key '{key}' must not be used" for key in vendored["legacy_keys"] if key in metadata]
    languages = metadata.get("language") or []
    languages = [languages] if isinstance(languages, str) else languages
    # A wrong 'language' list is reported above; its details are not blamed for it a second time.
    declared = set(languages) if set(languages) <= vocabularies()["language"] else None
    for tag in str(metadata.get("language_details") or "").split(","):
        match = _BCP47.match(tag.strip())
        if tag.strip() and not (match and (declared is None or match.group(1) in declared)):
            problems.append(f"card YAML: language_details value {tag.strip()!r} is not a BCP-47 tag of a declared language")
    link = metadata.get("license_link")
    if link and not str(link).startswith(("https://", "http://")):
        problems.append(f"card YAML: license_link value {link!r} is not a URL")
    for name, kind in (metadata.get("extra_gated_fields") or {}).items():
        kind = kind.get("type") if isinstance(kind, dict) else kind
        if kind not in vendored["gated_field_types"]:
            problems.append(f"card YAML: extra_gated_fields value {kind!r} (field {name!r}) is not a type the Hub accepts")
    return problems
