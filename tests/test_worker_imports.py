"""A worker imports only what it uses: the per-article path of a real build (haucan.chunks.process_chunk on
seed articles, run in a fresh interpreter) loads neither ``datasets`` (the card's library: the worker types its
tables with schema.feature_types) nor anything the main process alone needs, nor dask and scipy.

dask and scipy used to arrive through pandera itself: building any ``DataFrameModel``'s schema asks
``pandera.typing.get_series_types()``/``get_index_types()``, which import ``pandera.typing.dask`` and so
``dask.dataframe`` (installed for ``--scheduler``) and scipy. schema/pandera_typing.py has pandera answer those
questions without dask before any model is built; the schemas must come out the same as where dask is loaded.
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


def test_a_worker_does_not_import_dask_or_scipy(worker_modules):
    assert not {"dask", "scipy"} & worker_modules


_SCHEMAS = """
import json, sys
if sys.argv[1] == "dask first":
    import dask.dataframe  # noqa: F401 -- as in a Dask worker: pandera's typing then knows dask's types
from schema import CONFIGS
import pandera.typing, sys
out = {"dask": "dask" in sys.modules, "series": sorted(t.__module__ + "." + t.__qualname__
                                                       for t in pandera.typing.get_series_types())}
for spec in CONFIGS:
    schema = spec.model.to_schema()
    out[spec.name] = [repr(schema), str(schema.dtypes), repr(schema.checks), repr(schema.unique), schema.ordered,
                      {name: [repr(c), str(c.dtype), c.nullable, c.unique, c.coerce, c.required, c.regex,
                              repr(c.checks), c.description, c.title, repr(c.metadata)]
                       for name, c in schema.columns.items()}]
print(json.dumps(out, default=repr))
"""


def test_the_schemas_are_those_built_where_dask_is_loaded():
    def built(how: str) -> dict:
        done = subprocess.run([sys.executable, "-c", _SCHEMAS, how], cwd=REPO, capture_output=True, text=True,
                              check=True, timeout=600)
        return json.loads(done.stdout.strip().splitlines()[-1])

    without, with_dask = built("plain"), built("dask first")
    assert not without.pop("dask") and with_dask.pop("dask")
    assert without.pop("series") != with_dask.pop("series")  # pandera's answers did differ
    assert without == with_dask and len(without) >= 10
