"""pandera's annotation types, learnt without importing dask: a worker that validates pandas frames then never
loads dask or scipy (~2.4 s of imports and tens of MiB per worker; benchmarks/RESULTS.md, perf14 and perf15).

Building any ``DataFrameModel``'s schema asks ``pandera.typing.get_series_types()``/``get_index_types()``
(pandera 0.35, api/pandas/model.py) which of the annotations it meets are Series or Index types: both import
``pandera.typing.dask``, which imports ``dask.dataframe`` whenever dask is installed (it is, for the build's
``--scheduler`` option), and ``dask.array`` imports scipy. ``learn_without_dask`` answers those questions once,
before any model of this package is built (schema/base.py calls it), with ``pandera.typing.dask`` standing in as
a module that says dask is not installed; then the stand-in is removed, so a later ``import
pandera.typing.dask`` is the real one. The answers are cached by pandera (``lru_cache``) for the process.

The schemas built are the same: this package annotates with pandera's pandas types only, which are in the
answers either way; what is left out are dask's own types, which no model here uses (tests/test_worker_imports.py
checks that the built schemas are equal to those of a process that imported dask). In a process that has imported
dask already (a Dask worker, the main process with ``--scheduler``) nothing is changed: dask is paid for there.
"""

from __future__ import annotations

import sys
import types

_DASK_TYPING = "pandera.typing.dask"


def learn_without_dask() -> bool:
    """Ask pandera's type questions with dask's typing stood in for; True if done, False if dask (or pandera's
    dask typing) is loaded already or the answers were cached before (then nothing is changed)."""
    import pandera.typing as typing

    asked = (typing.get_dataframe_types, typing.get_series_types, typing.get_index_types)
    if "dask" in sys.modules or _DASK_TYPING in sys.modules or any(f.cache_info().currsize for f in asked):
        return False
    stand_in = types.ModuleType(_DASK_TYPING, "stands in for pandera.typing.dask while the types are asked")
    stand_in.DASK_INSTALLED = False
    sys.modules[_DASK_TYPING] = stand_in
    try:
        for ask in asked:
            ask()
    finally:
        if sys.modules.get(_DASK_TYPING) is stand_in:
            del sys.modules[_DASK_TYPING]
        if getattr(typing, "dask", None) is stand_in:
            delattr(typing, "dask")
    return True
