"""haucan: builds the vi-military-logistics-news dataset ("hậu cần" is Vietnamese for logistics)."""

DATASET_NAME = "vi-military-logistics-news"
DATASET_VERSION = "0.1.0"
PRETTY_NAME = "Vietnamese Military Logistics News (hậu cần)"
"""The human-readable name: the card's title and YAML ``pretty_name``, the citation's title."""
PIPELINE_VERSION = "haucan@4"
"""The published version of the build's behaviour (MANIFEST.json's ``pipeline``, the card's "pipeline"): it
names what the code does to an input, not the code's bytes, so a refactor whose output is byte-identical keeps
it and a release can be compared with another by it. Bump the number whenever the published data can change;
tests/test_pipeline_version.py holds it to that for the committed seeds: it records the sha256 of every data file
they give under this version and fails when one changes while the version does not. (The cache's key,
haucan.cache.keys.pipeline_version(), is another thing: a hash of every code file, so any edit starts a new store.)"""
