"""Releases are atomic and reproducible: killed or out-of-space builds leave the previous release complete and
loadable, and two builds in any listing order and hash seed give identical bytes with no leaked secrets."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from haucan.config import BuildConfig
from haucan.pipeline import build
from haucan.publish.manifest import MANIFEST_FILE, sha256_file

from .conftest import REPO, SEEDS

KILL_ROUNDS = 12


def _input(tmp_path: Path, name: str, files: list[str]) -> Path:
    folder = tmp_path / name
    (folder / "gold").mkdir(parents=True)
    for file in files:
        shutil.copy(SEEDS / file, folder / file)
        stem = Path(file).stem
        for gold in (SEEDS / "gold").glob(f"{stem}*.yml"):
            shutil.copy(gold, folder / "gold" / gold.name)
    return folder


def _assert_complete_release(output: Path) -> str:
    """The output resolves to a release whose manifest matches every file and whose Parquet files read."""
    assert output.exists(), "no release visible"
    manifest = json.loads((output / MANIFEST_FILE).read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        path = output / entry["path"]
        assert sha256_file(path) == entry["sha256"], entry["path"]
        if path.suffix == ".parquet":
            assert pq.ParquetFile(path).metadata.num_rows == entry["rows"]
    return hashlib.sha256((output / MANIFEST_FILE).read_bytes()).hexdigest()


def _leftovers(output: Path) -> list[str]:
    """Staging and scratch folders of builds (they live in the marked releases folder beside the output)."""
    return sorted(name for name in os.listdir(output.parent / f".{output.name}.releases")
                  if name.startswith((".staging-", ".scratch-")))


def _command(source: Path, output: Path) -> list[str]:
    return [sys.executable, str(REPO / "build_dataset.py"), "--input", str(source), "--output", str(output)]


@pytest.mark.slow
def test_builds_killed_at_random_moments_leave_a_complete_loadable_release(tmp_path):
    seeds = sorted(p.name for p in SEEDS.glob("*.txt"))
    first, second = _input(tmp_path, "a", seeds[:2]), _input(tmp_path, "b", seeds[2:3])
    output = tmp_path / "out" / "ds"
    # Without the caches every round takes about as long as the first build, so a kill moment drawn from that
    # duration lands mid-build; with them a rebuild of an input already built can finish in the time of the
    # imports, and most rounds would end before their kill. One worker: no pool to start, a cheaper round.
    cheap = ["--no-cache", "--workers", "1"]
    started = time.monotonic()
    subprocess.run([*_command(first, output), *cheap], cwd=tmp_path, check=True, capture_output=True)
    duration = time.monotonic() - started
    releases = {_assert_complete_release(output)}
    rng = random.Random(20261123)
    # One kill moment at a random point of each of KILL_ROUNDS equal slices of the build's duration, in random
    # order: every slice, from the imports to the publishing at the end, is hit once, where independent draws
    # needed far more rounds (30 before) to be as sure of covering every phase.
    window = duration * 1.1 - 0.05
    moments = [0.05 + window * (i + rng.random()) / KILL_ROUNDS for i in range(KILL_ROUNDS)]
    rng.shuffle(moments)
    killed = 0
    for round_number, moment in enumerate(moments):
        source = second if round_number % 2 == 0 else first
        process = subprocess.Popen([*_command(source, output), *cheap], cwd=tmp_path,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(moment)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait()
        releases.add(_assert_complete_release(output))
    assert killed >= KILL_ROUNDS // 2  # most rounds really were killed mid-build
    assert len(releases) <= 2  # only ever the release of input a or of input b
    leftovers = _leftovers(output)
    subprocess.run(_command(first, output), cwd=tmp_path, check=True, capture_output=True)
    assert not _leftovers(output), f"not cleaned: {leftovers}"
    from datasets import load_dataset

    assert load_dataset(str(output), "articles", split="train", cache_dir=str(tmp_path / "cache")).num_rows == 2


def test_a_full_disk_leaves_the_previous_release_intact(tmp_path, monkeypatch):
    seeds = sorted(p.name for p in SEEDS.glob("*.txt"))
    output = tmp_path / "out" / "ds"
    build(BuildConfig(input_dir=_input(tmp_path, "a", seeds[:2]), output_dir=output, heldout_dir=None))
    before = _assert_complete_release(output)

    from haucan.output import writer as write

    def no_space(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(write.ShardWriter, "_flush", no_space)
    with pytest.raises(OSError) as caught:
        build(BuildConfig(input_dir=_input(tmp_path, "b", seeds[2:]), output_dir=output, heldout_dir=None))
    assert caught.value.errno == errno.ENOSPC
    assert _assert_complete_release(output) == before
    assert not _leftovers(output)
    report = json.loads((output.parent / "ds.build-report.json").read_text(encoding="utf-8"))
    assert report["published"] is False


SHUFFLE = '''
import os, random
_walk = os.walk
def _shuffled_walk(top, *args, **kwargs):
    rng = random.Random(7)
    for dirpath, dirnames, filenames in _walk(top, *args, **kwargs):
        rng.shuffle(dirnames)
        rng.shuffle(filenames)
        yield dirpath, dirnames, filenames
os.walk = _shuffled_walk
'''
CANARY_TOKEN = "hf_CANARYtokenCANARYtokenCANARYtoken42"
CANARY_USER = "canaryuser7731"
# A host name too short to be specific ('vm') occurs in binary data by chance; only a specific one is searched.
HOST = tuple(name for name in (socket.gethostname(),) if len(name) >= 6)


def _tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): sha256_file(p) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_rebuilds_are_identical_in_any_listing_order_and_hash_seed_and_leak_nothing(tmp_path):
    home = tmp_path / f"home-{CANARY_USER}"
    home.mkdir()
    source = _input(tmp_path / CANARY_USER, "input", sorted(p.name for p in SEEDS.glob("*.txt")))
    shuffler = tmp_path / "shuffle"
    shuffler.mkdir()
    (shuffler / "sitecustomize.py").write_text(SHUFFLE, encoding="utf-8")
    trees = []
    for seed, extra_path in (("1", None), ("2", shuffler)):
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("PANDERA_")},
               "PYTHONHASHSEED": seed, "HOME": str(home), "USER": CANARY_USER, "HF_TOKEN": CANARY_TOKEN}
        if extra_path:
            env["PYTHONPATH"] = str(extra_path)
        output = tmp_path / f"out-{seed}" / "ds"
        subprocess.run(_command(source, output), cwd=REPO, env=env, check=True, capture_output=True)
        trees.append((output, _tree(output)))
    assert trees[0][1] == trees[1][1]
    for output, tree in trees:
        for relative in tree:
            data = (output / relative).read_bytes()
            for canary in (CANARY_TOKEN, CANARY_USER, str(home), str(tmp_path), str(REPO), *HOST,
                           "/home/", "__index_level_0__"):
                assert canary.encode() not in data, (relative, canary)


@pytest.mark.slow
def test_a_half_deleted_old_release_is_never_reused(tmp_path):
    """Regression (found by the kill test): a build killed while deleting an old release left it half deleted
    under its release id; a later identical build must rebuild it, not point at it."""
    seeds = sorted(p.name for p in SEEDS.glob("*.txt"))
    first, second = _input(tmp_path, "a", seeds[:2]), _input(tmp_path, "b", seeds[2:])
    output = tmp_path / "out" / "ds"
    build(BuildConfig(input_dir=first, output_dir=output, heldout_dir=None))
    first_release = output.resolve()
    saved = tmp_path / "saved"
    shutil.copytree(first_release, saved)
    build(BuildConfig(input_dir=second, output_dir=output, heldout_dir=None))
    shutil.copytree(saved, first_release)  # the old release's folder again, then half of it gone
    (first_release / "README.md").unlink()
    build(BuildConfig(input_dir=first, output_dir=output, heldout_dir=None))
    assert output.resolve() == first_release
    _assert_complete_release(output)
