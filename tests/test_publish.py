"""Publishing: Croissant that loads, the offline card metadata check, the manifest, and the one-commit push."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from types import SimpleNamespace

import mlcroissant as mlc
import pyarrow.parquet as pq
import pytest
import yaml

from haucan.publish.manifest import MANIFEST_FILE, sha256_file
from haucan.publish.metadata_check import check_card_metadata
from haucan.publish.push import PushError, git_blob_sha1, local_plan, push
from schema import CONFIGS

from .conftest import HUB_REPO_ID, REPO


def _metadata(seed_build) -> dict:
    return yaml.safe_load((seed_build.output_dir / "README.md").read_text(encoding="utf-8").split("---\n", 2)[1])


# --- Croissant ------------------------------------------------------------------------------------------------

def test_croissant_validates_with_mlcroissant(seed_build):
    run = subprocess.run([sys.executable, "-m", "mlcroissant", "validate", "--jsonld",
                          str(seed_build.output_dir / "croissant.json")], capture_output=True, text=True)
    if run.returncode != 0 and "No module named mlcroissant.__main__" in run.stderr:
        mlc.Dataset(jsonld=str(seed_build.output_dir / "croissant.json"))  # the API validates on load
    else:
        assert run.returncode == 0, run.stderr[-2000:]


@pytest.mark.parametrize("spec", CONFIGS, ids=lambda s: s.name)
def test_every_croissant_record_set_yields_the_parquet_row_count(seed_build, spec):
    dataset = mlc.Dataset(jsonld=str(seed_build.output_dir / "croissant.json"))
    records = list(dataset.records(spec.name))
    assert len(records) == pq.read_table(seed_build.output_dir / "data" / spec.name).num_rows > 0
    first = records[0]
    assert f"{spec.name}/{next(iter(spec.features))}" in first


def test_croissant_is_1_1_with_responsible_ai_fields(seed_build):
    doc = json.loads((seed_build.output_dir / "croissant.json").read_text(encoding="utf-8"))
    assert "http://mlcommons.org/croissant/1.1" in str(doc.get("conformsTo"))
    for key in ("rai:dataCollection", "rai:dataBiases", "rai:personalSensitiveInformation", "rai:dataUseCases"):
        assert doc.get(key), key


# --- offline metadata check -------------------------------------------------------------------------------------

def test_built_card_metadata_passes_the_offline_check(seed_build):
    assert check_card_metadata(_metadata(seed_build)) == []


@pytest.mark.parametrize("key, bad", [("license", "cc-by-4"), ("language", ["vietnamese"]),
                                       ("size_categories", ["huge"]), ("task_ids", ["ner"]),
                                       ("annotations_creators", ["robots"])])
def test_offline_check_rejects_a_bad_value(seed_build, key, bad):
    problems = check_card_metadata({**_metadata(seed_build), key: bad})
    assert len(problems) == 1 and key in problems[0]


@pytest.mark.slow
def test_build_fails_on_a_bad_card_value(seed_copy, tmp_path, monkeypatch):
    import haucan.card
    from haucan.config import BuildConfig
    from haucan.errors import ValidationError
    from haucan.pipeline import build

    monkeypatch.setattr(haucan.card, "size_category", lambda n: "huge")
    out = tmp_path / "out" / "ds"
    with pytest.raises(ValidationError, match="size_categories value 'huge'"):
        build(BuildConfig(input_dir=seed_copy, output_dir=out, heldout_dir=None))
    assert not out.exists()


# --- manifest ------------------------------------------------------------------------------------------------

def test_manifest_lists_every_published_file_with_its_hash_and_rows(seed_build):
    out = seed_build.output_dir
    manifest = json.loads((out / MANIFEST_FILE).read_text(encoding="utf-8"))
    listed = {f["path"]: f for f in manifest["files"]}
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} - {MANIFEST_FILE}
    assert set(listed) == on_disk
    for path, entry in listed.items():
        assert entry["sha256"] == sha256_file(out / path) and entry["bytes"] == (out / path).stat().st_size
        if path.endswith(".parquet"):
            assert entry["rows"] == pq.ParquetFile(out / path).metadata.num_rows
    assert manifest["libraries"]["pyarrow"] and len(manifest["gold_files"]) == 10


def test_release_version_is_the_same_in_card_manifest_croissant_and_changelog(seed_build):
    from haucan import DATASET_VERSION

    out = seed_build.output_dir
    assert json.loads((out / MANIFEST_FILE).read_text(encoding="utf-8"))["version"] == DATASET_VERSION
    assert json.loads((out / "croissant.json").read_text(encoding="utf-8"))["version"] == DATASET_VERSION
    assert f"## {DATASET_VERSION} " in (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"version {DATASET_VERSION}" in (out / "README.md").read_text(encoding="utf-8")


def test_nothing_published_holds_an_absolute_path(seed_build):
    for path in seed_build.output_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert str(seed_build.output_dir).encode() not in data and str(REPO).encode() not in data, path.name


# --- push against a recording fake of the Hub client ---------------------------------------------------------------

@dataclass
class FakeHub:
    """Records every call; serves a repo whose current files are ``remote``."""

    remote: list
    refuse: bool = False
    corrupt: str | None = None

    def __post_init__(self):
        self.calls = []
        self.commits = []
        self.pushed = {}

    def create_repo(self, repo_id, repo_type, exist_ok):
        self.calls.append("create_repo")

    def repo_info(self, repo_id, repo_type, revision):
        self.calls.append("repo_info")
        return SimpleNamespace(sha="parent-sha-123")

    def list_repo_files(self, repo_id, repo_type, revision):
        self.calls.append("list_repo_files")
        return list(self.remote)

    def list_repo_refs(self, repo_id, repo_type):
        self.calls.append("list_repo_refs")
        return SimpleNamespace(tags=[])

    def create_tag(self, repo_id, tag, tag_message, revision, repo_type):
        self.calls.append("create_tag")

    def create_commit(self, repo_id, operations, commit_message, repo_type, revision, parent_commit):
        self.calls.append("create_commit")
        self.commits.append({"operations": operations, "parent_commit": parent_commit, "message": commit_message})
        if self.refuse:
            raise RuntimeError("412 Precondition Failed: the branch moved")
        for op in operations:
            if hasattr(op, "path_or_fileobj"):
                self.pushed[op.path_in_repo] = open(op.path_or_fileobj, "rb").read()
        return SimpleNamespace(oid="new-commit-456")

    def get_paths_info(self, repo_id, paths, repo_type, revision):
        import hashlib

        self.calls.append("get_paths_info")
        infos = []
        for path in paths:
            data = self.pushed[path] + (b"x" if path == self.corrupt else b"")
            if path.endswith(".parquet"):
                infos.append(SimpleNamespace(path=path, lfs=SimpleNamespace(sha256=hashlib.sha256(data).hexdigest()),
                                             blob_id=None))
            else:
                infos.append(SimpleNamespace(path=path, lfs=None,
                                             blob_id=hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()))
        return infos


def test_push_is_one_commit_with_every_file_stale_deletions_and_the_parent(hub_build):
    hub = FakeHub(remote=[".gitattributes", "README.md", "data/old/train-00000-of-00001.parquet"])
    plan = push(hub_build.output_dir, HUB_REPO_ID, api=hub, out=lambda *_: None)
    assert hub.calls.count("create_commit") == 1
    (commit,) = hub.commits
    assert commit["parent_commit"] == "parent-sha-123"
    added = sorted(op.path_in_repo for op in commit["operations"] if hasattr(op, "path_or_fileobj"))
    deleted = sorted(op.path_in_repo for op in commit["operations"] if not hasattr(op, "path_or_fileobj"))
    published = sorted(p.relative_to(hub_build.output_dir).as_posix() for p in hub_build.output_dir.rglob("*")
                       if p.is_file())
    assert added == published and deleted == ["data/old/train-00000-of-00001.parquet"]
    assert plan.deletes == ("data/old/train-00000-of-00001.parquet",)
    assert hub.calls[-2:] == ["get_paths_info", "create_tag"]  # verified after the commit, then tagged


def test_refused_push_leaves_nothing_half_done(hub_build):
    hub = FakeHub(remote=["README.md"], refuse=True)
    with pytest.raises(PushError, match="push refused, remote unchanged"):
        push(hub_build.output_dir, HUB_REPO_ID, api=hub, out=lambda *_: None)
    assert hub.calls.count("create_commit") == 1 and "get_paths_info" not in hub.calls and hub.pushed == {}


def test_push_detects_a_remote_file_that_differs_from_the_manifest(hub_build):
    hub = FakeHub(remote=[], corrupt="croissant.json")
    with pytest.raises(PushError, match="croissant.json: the remote file's hash differs"):
        push(hub_build.output_dir, HUB_REPO_ID, api=hub, out=lambda *_: None)
    assert "create_tag" not in hub.calls  # a release that does not match is never tagged


def test_push_refuses_a_folder_that_no_longer_matches_its_manifest(seed_build, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(seed_build.output_dir, copy)
    (copy / "README.md").write_text("edited", encoding="utf-8")
    with pytest.raises(PushError, match="README.md: missing or changed"):
        local_plan(copy)


@pytest.mark.slow
def test_dry_run_lists_every_file_with_its_hash_and_never_shows_the_token(hub_build):
    env = {"HF_TOKEN": "hf_CANARYcanaryCANARYcanaryCANARY1234", "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"}
    run = subprocess.run([sys.executable, str(REPO / "build_dataset.py"), "push", "--repo-id", HUB_REPO_ID, "--folder",
                          str(hub_build.output_dir), "--dry-run"], capture_output=True, text=True, env=env, check=True)
    for path in hub_build.output_dir.rglob("*"):
        if path.is_file():
            rel = path.relative_to(hub_build.output_dir).as_posix()
            assert f"add {rel}  sha256={sha256_file(path)}" in run.stdout
    assert "hf_CANARY" not in run.stdout + run.stderr


@pytest.mark.slow
def test_push_has_no_token_option():
    run = subprocess.run([sys.executable, str(REPO / "build_dataset.py"), "push", "--repo-id", "o/x", "--token", "t"],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "unrecognized arguments: --token" in run.stderr


def test_git_blob_sha1_matches_git(tmp_path):
    path = tmp_path / "f.txt"
    path.write_bytes(b"hello\n")
    assert git_blob_sha1(path) == "ce013625030ba8dba906f756967f9e9ca394464a"


def test_local_parquet_reads_used_in_the_card(seed_build):
    import duckdb
    import pandas as pd
    import polars as pl

    data = seed_build.output_dir / "data"
    assert len(pd.read_parquet(data / "articles")) == 5
    assert pl.scan_parquet(str(data / "mentions" / "*.parquet")).collect().height == seed_build.rows["mentions"]
    rows = duckdb.sql(f"SELECT label, count(*) FROM '{(data / 'mentions').as_posix()}/*.parquet' GROUP BY label").fetchall()
    assert sum(n for _, n in rows) == seed_build.rows["mentions"]
