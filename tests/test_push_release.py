"""A release on the Hub (issue 15): one commit, then one tag ``v<version>`` on that commit; an existing tag refused
before anything is sent; gating only when asked; a placeholder repository refused; the dry run sends nothing.

The Hub client is a recording fake with HfApi's signatures, returning huggingface_hub's own result types
(CommitInfo, GitRefs, RepoFile), so a call made with the wrong arguments fails here as it would on the Hub."""

from __future__ import annotations

import hashlib
import json
import shutil
from types import SimpleNamespace

import pytest
from huggingface_hub.hf_api import CommitInfo, GitRefInfo, GitRefs, RepoFile

from build_dataset import parse_args, push_command
from haucan import DATASET_VERSION
from haucan.errors import EXIT_CONFIG
from haucan.publish.hub_address import PLACEHOLDER_OWNER, unpublishable
from haucan.publish.manifest import MANIFEST_FILE, sha256_file
from haucan.publish.push import PushError, push

from .conftest import HUB_REPO_ID, SEEDS

TAG = f"v{DATASET_VERSION}"
OID = "c0ffee" * 6 + "beef"


class RecordingHfApi:
    """Records every call as (method, kwargs); ``tags`` are the tags the repository already has."""

    def __init__(self, tags=(), remote=(".gitattributes",)):
        self.calls: list[tuple[str, dict]] = []
        self.tags, self.remote, self.pushed = list(tags), list(remote), {}

    def _record(self, name, **kwargs):
        self.calls.append((name, kwargs))

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def repo_info(self, repo_id, *, repo_type=None, revision=None):
        self._record("repo_info", repo_id=repo_id, repo_type=repo_type, revision=revision)
        return SimpleNamespace(sha="parent-sha")

    def list_repo_files(self, repo_id, *, repo_type=None, revision=None):
        self._record("list_repo_files", repo_id=repo_id)
        return list(self.remote)

    def list_repo_refs(self, repo_id, *, repo_type=None, include_pull_requests=False):
        self._record("list_repo_refs", repo_id=repo_id, repo_type=repo_type)
        return GitRefs(branches=[GitRefInfo(name="main", ref="refs/heads/main", target_commit="parent-sha")],
                       converts=[], tags=[GitRefInfo(name=t, ref=f"refs/tags/{t}", target_commit="old") for t in self.tags])

    def update_repo_settings(self, repo_id, *, gated=None, private=None, visibility=None, repo_type=None):
        self._record("update_repo_settings", repo_id=repo_id, gated=gated, repo_type=repo_type)

    def create_commit(self, repo_id, *, operations, commit_message, repo_type=None, revision=None, parent_commit=None):
        self._record("create_commit", repo_id=repo_id, operations=operations, parent_commit=parent_commit,
                     repo_type=repo_type)
        for op in operations:
            if hasattr(op, "path_or_fileobj"):
                self.pushed[op.path_in_repo] = open(op.path_or_fileobj, "rb").read()
        return CommitInfo(commit_url=f"https://huggingface.co/datasets/{repo_id}/commit/{OID}",
                          commit_message=commit_message, commit_description="", oid=OID)

    def get_paths_info(self, repo_id, paths, *, repo_type=None, revision=None):
        self._record("get_paths_info", repo_id=repo_id, revision=revision)
        return [RepoFile(path=p, size=len(self.pushed[p]), oid=hashlib.sha1(b"blob %d\0" % len(self.pushed[p])
                                                                            + self.pushed[p]).hexdigest())
                for p in paths]

    def create_tag(self, repo_id, *, tag, tag_message=None, revision=None, repo_type=None, exist_ok=False):
        self._record("create_tag", repo_id=repo_id, tag=tag, revision=revision, repo_type=repo_type,
                     exist_ok=exist_ok)


def _quiet(*_):
    pass


def test_a_release_is_one_commit_then_one_tag_on_that_commit(hub_build):
    hub = RecordingHfApi()
    plan = push(hub_build.output_dir, api=hub, out=_quiet)  # the repo id comes from the release itself
    assert hub.names().count("create_commit") == 1 and hub.names().count("create_tag") == 1
    assert hub.names().index("create_commit") < hub.names().index("get_paths_info") < hub.names().index("create_tag")
    (tag,) = [kwargs for name, kwargs in hub.calls if name == "create_tag"]
    assert tag == {"repo_id": HUB_REPO_ID, "tag": TAG, "revision": OID, "repo_type": "dataset", "exist_ok": False}
    assert plan.tag == TAG and "update_repo_settings" not in hub.names()  # no gating unless asked


def test_an_existing_tag_of_the_version_is_refused_before_anything_is_sent(hub_build):
    hub = RecordingHfApi(tags=["v0.0.9", TAG])
    with pytest.raises(PushError, match=f"already has the tag {TAG}") as refused:
        push(hub_build.output_dir, HUB_REPO_ID, api=hub, gated="manual", out=_quiet)
    assert refused.value.exit_code == EXIT_CONFIG
    assert not {"create_commit", "create_tag", "update_repo_settings"} & set(hub.names())


@pytest.mark.parametrize("gated", ["auto", "manual"])
def test_gating_is_set_only_when_asked_and_before_the_upload(hub_build, gated):
    hub = RecordingHfApi()
    push(hub_build.output_dir, api=hub, gated=gated, out=_quiet)
    (setting,) = [kwargs for name, kwargs in hub.calls if name == "update_repo_settings"]
    assert setting == {"repo_id": HUB_REPO_ID, "gated": gated, "repo_type": "dataset"}
    assert hub.names().index("update_repo_settings") < hub.names().index("create_commit")


def test_the_dry_run_prints_one_commit_one_tag_and_the_gating_and_calls_nothing(hub_build, capsys):
    hub = RecordingHfApi()
    assert push_command(["--folder", str(hub_build.output_dir), "--dry-run", "--gated", "auto"], api=hub) == 0
    printed = capsys.readouterr().out
    assert hub.calls == []
    assert "in one commit" in printed and f"tag that commit {TAG}" in printed and "gated='auto'" in printed
    for path in hub_build.output_dir.rglob("*"):
        if path.is_file():
            assert f"add {path.relative_to(hub_build.output_dir).as_posix()}  sha256={sha256_file(path)}" in printed


def test_a_release_built_without_a_repo_id_is_refused(seed_build, capsys):
    hub = RecordingHfApi()
    for extra in ([], ["--dry-run"], ["--repo-id", HUB_REPO_ID]):
        assert push_command(["--folder", str(seed_build.output_dir), *extra], api=hub) == EXIT_CONFIG
        (line,) = capsys.readouterr().err.splitlines()
        assert line.startswith("NOT PUSHED: ") and "built without a repo id" in line and "--repo-id" in line
    assert hub.calls == []


def test_a_release_built_for_another_repository_is_refused(hub_build):
    hub = RecordingHfApi()
    with pytest.raises(PushError, match=f"was built for {HUB_REPO_ID}"):
        push(hub_build.output_dir, "someone/else", api=hub, out=_quiet)
    assert hub.calls == []


def _edited_release(source, target, path: str, text: str):
    """A copy of the release whose ``path`` holds ``text``, its manifest entry updated to match."""
    shutil.copytree(source, target)
    (target / path).write_text(text, encoding="utf-8")
    manifest = json.loads((target / MANIFEST_FILE).read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        if entry["path"] == path:
            entry.update(sha256=sha256_file(target / path), bytes=(target / path).stat().st_size)
    (target / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    return target


@pytest.mark.parametrize("path, edit", [
    ("README.md", lambda text: text + '\nload_dataset("OWNER/vi-military-logistics-news")\n'),
    ("README.md", lambda text: text + f"\nhf download {PLACEHOLDER_OWNER}/vi-military-logistics-news\n"),
    ("croissant.json", lambda text: text.replace(f"Hugging Face dataset {HUB_REPO_ID}", "Hugging Face dataset OWNER/x")),
], ids=["card-OWNER", "card-placeholder", "croissant-OWNER"])
def test_a_published_file_still_holding_a_placeholder_is_refused(hub_build, tmp_path, path, edit):
    text = (hub_build.output_dir / path).read_text(encoding="utf-8")
    assert edit(text) != text
    folder = _edited_release(hub_build.output_dir, tmp_path / "release", path, edit(text))
    hub = RecordingHfApi()
    with pytest.raises(PushError, match=f"{path} still holds a placeholder repository") as refused:
        push(folder, api=hub, out=_quiet)
    assert refused.value.exit_code == EXIT_CONFIG and hub.calls == []


def test_only_a_repository_id_with_a_placeholder_owner_is_unpublishable():
    for bad in ('load_dataset("OWNER/vi-military-logistics-news")', "hf://datasets/OWNER/x/data", "<your-user>/x"):
        assert unpublishable(f"ok\n{bad}\n") == f"line 2: {bad}"
    assert unpublishable("build with `--repo-id OWNER/NAME`; the OWNER of the text") is None


def test_the_built_release_names_its_repository_everywhere_and_no_placeholder(hub_build, seed_build):
    for name in ("README.md", "croissant.json"):
        text = (hub_build.output_dir / name).read_text(encoding="utf-8")
        assert unpublishable(text) is None and f"huggingface.co/datasets/{HUB_REPO_ID}" in text, name
        assert unpublishable((seed_build.output_dir / name).read_text(encoding="utf-8")), name
    card = (hub_build.output_dir / "README.md").read_text(encoding="utf-8")
    assert f'load_dataset("{HUB_REPO_ID}"' in card and "huggingface-cli" not in card
    assert f"hf download {HUB_REPO_ID} --repo-type dataset" in card
    assert f"version      = {{{DATASET_VERSION}}}" in card and f"url          = {{https://huggingface.co/datasets/{HUB_REPO_ID}}}" in card


def test_repo_id_is_validated_at_build_time_and_read_from_hf_repo_id(monkeypatch, capsys):
    args = ["--input", str(SEEDS), "--output", "dist/x"]
    assert parse_args([*args, "--repo-id", "acme/data"]).repo_id == "acme/data"
    monkeypatch.setenv("HF_REPO_ID", "env-owner/data")
    assert parse_args(args).repo_id == "env-owner/data"
    assert parse_args([*args, "--repo-id", "flag/wins"]).repo_id == "flag/wins"
    monkeypatch.delenv("HF_REPO_ID")
    assert parse_args(args).repo_id is None
    for bad in ("no-owner", "a/b/c", "owner/bad name", "hf_" + "x" * 30):
        with pytest.raises(SystemExit) as refused:
            parse_args([*args, "--repo-id", bad])
        assert refused.value.code == 2 and "x" * 30 not in capsys.readouterr().err


def test_the_repo_id_is_part_of_the_up_to_date_key(tmp_path):
    from haucan import uptodate
    from haucan.config import BuildConfig

    base = BuildConfig(input_dir=SEEDS, output_dir=tmp_path / "ds", heldout_dir=None)
    other = BuildConfig(input_dir=SEEDS, output_dir=tmp_path / "ds", heldout_dir=None, repo_id=HUB_REPO_ID)
    assert uptodate.build_key(base, "v") != uptodate.build_key(other, "v")
