"""What the build reads from the repository is found from the package, never from the working directory
(issue 12: a build started from another folder dropped the held-out scores from the card)."""

from __future__ import annotations

import dataclasses
import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import haucan
import schema
from haucan.config import DEFAULT_INPUT, DEFAULT_OUTPUT, BuildConfig

from .conftest import REPO

USER_DEFAULTS = {DEFAULT_INPUT, DEFAULT_OUTPUT}
"""The user's folders: relative on purpose, to where the command runs."""


def _modules():
    for package in (haucan, schema):
        yield package
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}."):
            yield importlib.import_module(info.name)


def test_every_path_constant_of_the_package_is_absolute():
    relative = [f"{module.__name__}.{name} = {value}" for module in _modules() for name, value in vars(module).items()
                if isinstance(value, Path) and not value.is_absolute() and value not in USER_DEFAULTS]
    relative += [f"BuildConfig.{f.name} = {f.default}" for f in dataclasses.fields(BuildConfig)
                 if isinstance(f.default, Path) and not f.default.is_absolute() and f.default not in USER_DEFAULTS]
    assert relative == []


def test_default_heldout_sets_are_the_repositorys():
    heldout = BuildConfig().heldout_dir
    assert heldout.is_absolute() and heldout == REPO / "tests" / "heldout"
    assert all((heldout / name).is_dir() for name in ("dev", "test"))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_a_build_from_another_directory_is_byte_identical(tmp_path):
    """From the repository root with the README's relative --input, and from an unrelated folder with absolute
    paths: every file of the release, README included, is the same, and both cards carry the held-out scores."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PANDERA_")}
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    runs = {"root": (REPO, "seeds"), "elsewhere": (elsewhere, str(REPO / "seeds"))}
    releases = {}
    for name, (cwd, source) in runs.items():
        out = tmp_path / f"out-{name}" / "vi-military-logistics-news"
        subprocess.run([sys.executable, str(REPO / "build_dataset.py"), "--input", source, "--output", str(out),
                        "--workers", "1", "--no-cache"], check=True, cwd=cwd, env=env, capture_output=True)
        releases[name] = _files(out)
    assert releases["root"].keys() == releases["elsewhere"].keys()
    for path, data in releases["root"].items():
        assert releases["elsewhere"][path] == data, path
    card = releases["elsewhere"]["README.md"].decode("utf-8")
    assert "| dev F1 | test F1 | gold (test) |" in card
    fields = releases["elsewhere"]["docs/fields.md"].decode("utf-8")
    assert "On the **dev** set" in fields and "On the **test** set" in fields
    assert list(elsewhere.iterdir()) == []  # nothing written where the command ran
