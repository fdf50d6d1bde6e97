"""Where the release lives on the Hub: the repo id given once at build time, and everything derived from it.

The card's snippets, its citation, its YAML ``license_link``, and Croissant's ``url``, ``license`` and ``cite_as``
all come from here, so they cannot disagree. Without a repo id they carry ``PLACEHOLDER_OWNER``, which is not a
valid Hub user name: a snippet holding it fails at once instead of loading someone else's dataset, and
``push`` refuses any release that still holds it (``unpublishable``).

Nothing here imports huggingface_hub at module level: ``build_dataset.py --help`` reads the config that uses it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from haucan import DATASET_NAME
from haucan.config import repo_id_problem

PLACEHOLDER_OWNER = "<your-user>"
"""Stands for the owner when the build had no repo id; '<' and '>' make it invalid as code and as a Hub name."""
HUB_DATASETS = "https://huggingface.co/datasets/"
ANNOTATIONS_LICENSE = "https://www.apache.org/licenses/LICENSE-2.0"
"""The annotations and code (the article text stays the outlets'; the card's Licensing section says so)."""
# haucan.config.REPO_ROOT, found the same way: config validates repo ids with this module, so it cannot import it.
CHANGELOG = Path(__file__).resolve().parents[2] / "CHANGELOG.md"
GATING = Path(__file__).resolve().parent.parent / "rules" / "hub" / "gating.yml"
# The placeholder, or an id with the literal owner OWNER (the old snippets' 'OWNER/<name>'); the documented
# argument form 'OWNER/NAME' (the changelog and README explain --repo-id with it) names no repository.
_UNPUBLISHABLE = re.compile(re.escape(PLACEHOLDER_OWNER) + r"|\bOWNER/(?!NAME\b)")


def hub_id(repo_id: str | None) -> str:
    """The id the card's snippets use: the repo id, or the placeholder id when the build had none."""
    return repo_id or f"{PLACEHOLDER_OWNER}/{DATASET_NAME}"


def hub_url(repo_id: str | None) -> str:
    """The dataset's page on the Hub (with the placeholder owner when there is no repo id)."""
    return HUB_DATASETS + hub_id(repo_id)


def repo_id_from_url(url: str) -> str | None:
    """The repo id a release was built for, read back from its Croissant ``url`` (None for the placeholder)."""
    if not url.startswith(HUB_DATASETS):
        return None
    candidate = url.removeprefix(HUB_DATASETS)
    return None if _UNPUBLISHABLE.search(candidate) or repo_id_problem(candidate) else candidate


def licenses(repo_id: str | None) -> list[str]:
    """Croissant ``license``: the card's Licensing section (the terms of the article text) and Apache-2.0."""
    return [f"{hub_url(repo_id)}#licensing", ANNOTATIONS_LICENSE]


def release_date(version: str, changelog: Path = CHANGELOG) -> str | None:
    """The date (ISO) on the changelog heading of ``version`` (``## 0.1.0 — 2026-11-23``), or None while the
    version is not dated. An input of the build (hashed into its key), never the clock: two builds of the same
    version give the same ``datePublished`` and citation year."""
    text = changelog.read_text(encoding="utf-8") if changelog.is_file() else ""
    found = re.search(rf"^## {re.escape(version)}\s+[—–-]\s+(\d{{4}}-\d{{2}}-\d{{2}})\s*$", text, re.MULTILINE)
    return found.group(1) if found else None


def citation(repo_id: str | None, title: str, version: str) -> str:
    """The BibTeX entry of the card and of Croissant ``cite_as``: the same URL and version in both."""
    date = release_date(version)
    return "\n".join([
        "@misc{vi_military_logistics_news,",
        f"  title        = {{{title}}},",
        *([f"  year         = {{{date[:4]}}},"] if date else []),
        f"  version      = {{{version}}},",
        f"  url          = {{{hub_url(repo_id)}}},",
        f"  howpublished = {{Hugging Face dataset {hub_id(repo_id)}, version {version}}}",
        "}"])


@cache
def gating() -> dict:
    """The access form (``extra_gated_prompt``, ``extra_gated_fields``) from rules/hub/gating.yml."""
    return yaml.safe_load(GATING.read_text(encoding="utf-8"))


def card_metadata(repo_id: str | None) -> dict:
    """The card YAML keys that depend on the Hub address or on the access terms. The Hub shows the access form
    only once the repository is gated (``push --gated``), so the keys are always written: the card's bytes do
    not depend on how it is pushed."""
    return {"license_link": f"{hub_url(repo_id)}#licensing", "language_details": "vi-VN",
            "extra_gated_prompt": gating()["prompt"], "extra_gated_fields": gating()["fields"]}


def unpublishable(text: str) -> str | None:
    """The first line of ``text`` that still holds the placeholder owner or an ``OWNER/...`` repository id
    (None when none does)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if _UNPUBLISHABLE.search(line):
            return f"line {number}: {line.strip()[:80]}"
    return None


def hub_context(repo_id: str | None, title: str, version: str) -> dict:
    """What the card template needs of the address: ``repo_id`` (None without one), ``hub_id`` for snippets,
    ``hub_url``, and the BibTeX ``citation``."""
    return {"repo_id": repo_id, "hub_id": hub_id(repo_id), "hub_url": hub_url(repo_id),
            "citation": citation(repo_id, title, version)}
