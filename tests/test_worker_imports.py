"""A worker imports only what it uses: the per-article path of a real build (haucan.chunks.process_chunk on
seed articles, run in a fresh interpreter) loads neither ``datasets`` (the card's library: the worker types its
tables with schema.feature_types) nor anything the main process alone needs.

dask and scipy are still loaded, by pandera itself: building any ``DataFrameModel``'s schema calls
``pandera.typing.get_index_types()`` (pandera 0.35, api/pandas/model.py ``_build_columns_index``), which imports
``pandera.typing.dask``, which imports ``dask.dataframe`` whenever dask is installed (here it is, for the
``--scheduler`` option's ``distributed``), and ``dask.array`` imports scipy. pandera has no setting for it; the
strict xfail below turns red the day that changes (see benchmarks/RESULTS.md, perf9).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

_WORKER = """
import json, sys
from pathlib import Path
from haucan.chunks import process_chunk
from haucan.per_article import StageSettings
from haucan.read import discover

seeds = Path(sys.argv[1])
sources = tuple(list(discover(seeds).sources)[:4])
outcome = process_chunk(StageSettings(seeds, words="whitespace"), sources)
assert outcome.articles == len(sources), outcome
print(json.dumps(sorted(name for name in sys.modules if "." not in name)))
"""


@pytest.fixture(scope="module")
def worker_modules() -> set[str]:
    """The top-level modules a fresh interpreter holds after processing a chunk of seed articles."""
    done = subprocess.run([sys.executable, "-c", _WORKER, str(REPO / "seeds")], cwd=REPO, capture_output=True,
                          text=True, check=True, timeout=600)
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_a_worker_does_not_import_datasets(worker_modules):
    assert "haucan" in worker_modules and "pandera" in worker_modules  # the path ran, and validated
    assert "datasets" not in worker_modules
    assert not {"matplotlib", "huggingface_hub"} & worker_modules  # the card's and the plots' libraries


@pytest.mark.xfail(strict=True, reason="pandera 0.35 imports dask.dataframe (and so scipy) when building any "
                                       "DataFrameModel's schema if dask is installed; no setting turns it off")
def test_a_worker_does_not_import_dask_or_scipy(worker_modules):
    assert not {"dask", "scipy"} & worker_modules
