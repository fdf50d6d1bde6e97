"""Issue 15: the card built with ``--repo-id`` names the repository everywhere (no placeholder), and every Python
snippet in it runs verbatim against the local release, with only the ``hf://datasets/`` prefix rewritten.

The snippets run in a folder where ``acme/vi-military-logistics-news`` is the release itself, so
``load_dataset("acme/vi-military-logistics-news", …)`` loads the local folder exactly as written, offline."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import HUB_REPO_ID

pytestmark = pytest.mark.slow  # each snippet runs in a fresh interpreter that imports datasets


def _snippets(card: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", card, re.M | re.S)


def test_no_placeholder_repository_in_any_published_file(hub_build):
    out = hub_build.output_dir
    for path in sorted(p for p in out.rglob("*") if p.suffix in (".md", ".json")):
        text = path.read_text(encoding="utf-8")
        assert "OWNER" not in text and "<your-user>" not in text, path.name
    assert f"https://huggingface.co/datasets/{HUB_REPO_ID}" in (out / "README.md").read_text(encoding="utf-8")


def test_every_python_snippet_of_the_card_runs_verbatim_on_the_local_release(hub_build, tmp_path):
    out = hub_build.output_dir
    snippets = _snippets((out / "README.md").read_text(encoding="utf-8"))
    assert len(snippets) >= 2  # loading (datasets, pandas, polars, duckdb) and the CoNLL reader
    owner, name = HUB_REPO_ID.split("/")
    (tmp_path / owner).mkdir()
    (tmp_path / owner / name).symlink_to(out, target_is_directory=True)
    (tmp_path / "conll").symlink_to(out / "conll", target_is_directory=True)  # the CoNLL reader's relative path
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf-home")}
    for snippet in snippets:
        code = snippet.replace("hf://datasets/", "")
        ran = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                             timeout=300)
        assert ran.returncode == 0, f"snippet failed:\n{code}\n{ran.stderr[-2000:]}"
