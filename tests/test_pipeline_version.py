"""The published pipeline version is the one the code declares, and it changes when the published data does.

``tests/expectations/pipeline_output.json`` records, for the current PIPELINE_VERSION, the sha256 of every data
file the committed seeds give. A change that alters any of them must bump the version and re-record
(``python -m tests.test_pipeline_version``); a change that keeps them (a refactor) keeps both. "blocks@1" had no
such check and was never bumped. The record covers the seeds only: their data files have been byte-identical since
the fourth commit (1933105), so a change that alters the output only on other inputs still relies on the author
bumping the version.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

from haucan import PIPELINE_VERSION
from tests.conftest import REPO, SEEDS

RECORD = REPO / "tests" / "expectations" / "pipeline_output.json"


def data_sha256s(release: Path) -> dict[str, str]:
    """sha256 of every file under ``data/`` (the card, croissant.json and the manifest name the version, so
    they are left out: the record must not depend on the thing it checks)."""
    return {p.relative_to(release).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((release / "data").rglob("*")) if p.is_file()}


def test_the_published_version_is_the_one_the_code_declares(seed_build):
    manifest = json.loads((seed_build.output_dir / "MANIFEST.json").read_text("utf-8"))
    assert manifest["pipeline"] == PIPELINE_VERSION
    assert f"pipeline `{PIPELINE_VERSION}`" in (seed_build.output_dir / "README.md").read_text("utf-8")


def test_the_version_changes_when_the_seed_data_does(seed_build):
    recorded = json.loads(RECORD.read_text("utf-8"))
    now = data_sha256s(seed_build.output_dir)
    changed = sorted(p for p in recorded["data_sha256"].keys() | now.keys()
                     if recorded["data_sha256"].get(p) != now.get(p))
    assert recorded["pipeline_version"] == PIPELINE_VERSION, (
        f"{RECORD.name} records {recorded['pipeline_version']!r}, the code declares {PIPELINE_VERSION!r}: "
        "run `python -m tests.test_pipeline_version` to re-record")
    assert not changed, (f"the seeds' published data changed ({changed}) but PIPELINE_VERSION is still "
                         f"{PIPELINE_VERSION!r}: bump it in haucan/__init__.py, then run "
                         "`python -m tests.test_pipeline_version` to re-record")


def record() -> None:
    """Build the seeds and write what the current version publishes into the record."""
    from haucan.config import BuildConfig
    from haucan.pipeline import build

    with tempfile.TemporaryDirectory() as work:
        result = build(BuildConfig(input_dir=SEEDS, output_dir=Path(work) / "ds", heldout_dir=None, workers=1))
        payload = {"pipeline_version": PIPELINE_VERSION, "data_sha256": data_sha256s(result.output_dir)}
    RECORD.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"recorded {len(payload['data_sha256'])} data files under {PIPELINE_VERSION} in {RECORD}", file=sys.stderr)


if __name__ == "__main__":
    record()
