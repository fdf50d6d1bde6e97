"""Hermetic test setup: offline Hugging Face libraries, a private cache, no token; one shared seed build."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis profiles as pandera uses them: 'ci' (default, thorough) and 'dev' (quick); HYPOTHESIS_PROFILE picks.
settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=20, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

# Set before datasets/huggingface_hub are imported anywhere: they read these at import time.
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.pop("HF_TOKEN", None)
os.environ.pop("HUGGING_FACE_HUB_TOKEN", None)
for switch in ("PANDERA_VALIDATION_ENABLED", "PANDERA_VALIDATION_DEPTH"):
    os.environ.pop(switch, None)


@pytest.fixture(autouse=True)
def _private_hf_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("hf-home")
    monkeypatch.setenv("HF_HOME", str(home))
    monkeypatch.setenv("HF_DATASETS_CACHE", str(home / "datasets"))


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """Build the committed seeds once into a temporary folder; returns the BuildResult."""
    from haucan.config import BuildConfig
    from haucan.pipeline import build

    out = tmp_path_factory.mktemp("seed-build") / "vi-military-logistics-news"
    return build(BuildConfig(input_dir=SEEDS, output_dir=out, heldout_dir=REPO / "tests" / "heldout"))


@pytest.fixture
def seed_copy(tmp_path):
    """A writable copy of the seeds folder, for tests that add bad files to it."""
    target = tmp_path / "input"
    shutil.copytree(SEEDS, target)
    return target


HUB_REPO_ID = "acme/vi-military-logistics-news"


@pytest.fixture(scope="session")
def hub_build(tmp_path_factory):
    """The seeds built for the Hub repository ``HUB_REPO_ID`` (``--repo-id``): what ``push`` accepts."""
    from haucan.config import BuildConfig
    from haucan.pipeline import build

    out = tmp_path_factory.mktemp("hub-build") / "vi-military-logistics-news"
    return build(BuildConfig(input_dir=SEEDS, output_dir=out, heldout_dir=None, repo_id=HUB_REPO_ID))
