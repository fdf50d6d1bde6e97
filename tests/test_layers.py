"""The data contract sits at the bottom: ``schema/`` imports nothing from the build (``haucan``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_MODULES = sorted(f"schema.{p.stem}" for p in (ROOT / "schema").glob("*.py") if p.stem != "__init__")


def test_every_schema_module_is_found():
    assert {"schema.articles", "schema.checks", "schema.vocab", "schema.person_observations"} <= set(SCHEMA_MODULES)


def test_importing_the_schema_loads_no_haucan_module():
    # A fresh interpreter: in this one the test suite has imported haucan already.
    code = ("import importlib, json, sys\n"
            f"for name in {['schema', *SCHEMA_MODULES]!r}:\n"
            "    importlib.import_module(name)\n"
            "print(json.dumps(sorted(m for m in sys.modules if m == 'haucan' or m.startswith('haucan.'))))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []
