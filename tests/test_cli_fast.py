"""``build_dataset.py --help`` answers without loading the build: the command line module and what its help
needs import none of the heavy libraries (a timing assertion would be flaky on a shared machine; the modules
a child process loaded are not)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO

HEAVY = ("datasets", "pyarrow", "underthesea", "pandera", "pandas", "numpy", "huggingface_hub", "distributed",
         "haucan.pipeline", "haucan.output.writer", "haucan.publish.push")


def imported_by(*args: str) -> tuple[set[str], subprocess.CompletedProcess]:
    """Every module ``python -X importtime build_dataset.py ARGS`` imported, with the finished process."""
    done = subprocess.run([sys.executable, "-X", "importtime", str(REPO / "build_dataset.py"), *args],
                          capture_output=True, text=True, cwd=REPO, timeout=60)
    modules = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines()
               if line.startswith("import time:") and "|" in line}
    return modules, done


@pytest.mark.parametrize("args", [("--help",), ("push", "--help")], ids=["build", "push"])
def test_help_imports_no_heavy_library(args):
    modules, done = imported_by(*args)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "exit codes:" in done.stdout
    assert "haucan.config" in modules  # the probe sees our own imports, so an empty set means something
    loaded = {name for name in modules if name.split(".")[0] in HEAVY or name in HEAVY}
    assert not loaded, f"--help imported {sorted(loaded)}"
