"""Uploads a built release to the Hub as ONE commit, guarded by the parent commit, checks the remote hashes, and
tags that commit with the release's version (``v0.1.0``); optionally gates the repository first.

The token comes only from huggingface_hub's own sources (HF_TOKEN or a saved login), never from the command
line, and is never printed. A push that the Hub refuses (e.g. the branch moved: 412) changes nothing: all
files, the card, Croissant, the manifest and the deletion of stale files are in that single commit.

The repo id is checked before anything else (``owner/name``, the Hub's own rules), and the repository must
already exist: a typo in the id never creates a new public repository. Every failure is a PushError whose
message is one line (no network, a bad token, a missing repository, a refused commit) with any token masked.

A release names its repository once, at build time (``build_dataset.py --repo-id``; hub_address.py): the push
goes there by default, refuses another, and refuses a release whose card or Croissant still holds the
placeholder owner or ``OWNER``, so no snippet on the Hub points nowhere. A version already tagged on the Hub is
refused before anything is uploaded: a release is never silently replaced under the same version.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from huggingface_hub import CommitOperationAdd, CommitOperationDelete, HfApi
from huggingface_hub.errors import OfflineModeIsEnabled, RepositoryNotFoundError

from haucan.config import repo_id_problem
from haucan.errors import EXIT_CONFIG, EXIT_IO, BuildError
from haucan.publish.croissant import release_repo_id
from haucan.publish.hub_address import unpublishable
from haucan.publish.manifest import MANIFEST_FILE, sha256_file

KEEP_REMOTE = frozenset({".gitattributes"})  # the Hub's own file, never ours to delete
GATED = ("auto", "manual")  # HfApi.update_repo_settings(gated=...): approval automatic or by the owner


class PushError(BuildError):
    """The release was not pushed, or the remote does not match the manifest after the push. ``exit_code``:
    EXIT_CONFIG for a bad repo id or folder (fix the arguments), EXIT_IO when the Hub or network refused."""

    exit_code = EXIT_IO

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(_one_line(message))
        if exit_code is not None:
            self.exit_code = exit_code


_TOKEN = re.compile(r"hf_[A-Za-z0-9]{8,}")


def _one_line(message: str) -> str:
    """The message on one line (Hub errors span several), any Hub token in it masked."""
    return _TOKEN.sub("hf_***", " ".join(message.split()))


def check_repo_id(repo_id: str) -> None:
    """Refuse (PushError, EXIT_CONFIG) a repo id that is not ``owner/name`` under the Hub's naming rules."""
    problem = repo_id_problem(repo_id)
    if problem:
        raise PushError(f"--repo-id {problem}", EXIT_CONFIG)


def _why(error: Exception) -> str:
    """What a failed Hub call means for the user, in one line."""
    status = getattr(getattr(error, "response", None), "status_code", None)
    if isinstance(error, OfflineModeIsEnabled):
        return "HF_HUB_OFFLINE is set, so the Hub cannot be reached; unset it to push"
    if isinstance(error, RepositoryNotFoundError):
        return ("the dataset repository does not exist, or the token cannot see it; create it on the Hub first "
                "(a push never creates one) and check HF_TOKEN or `hf auth login`")
    if status in (401, 403):
        return f"the Hub refused the token (HTTP {status}); set a write token in HF_TOKEN or run `hf auth login`"
    if isinstance(error, (ConnectionError, TimeoutError)) or "connect" in type(error).__name__.lower():
        return f"the Hub cannot be reached (no network?): {type(error).__name__}: {error}"
    return f"{type(error).__name__}: {error}"


@dataclass(frozen=True)
class Plan:
    """What a push would do: files to add (path, sha256, bytes), remote files to delete, the tag of the commit."""

    adds: tuple[tuple[str, str, int], ...]
    deletes: tuple[str, ...]
    tag: str = ""


def local_plan(folder: Path, remote_files: list[str] | None = None) -> Plan:
    """The plan for ``folder``: every file listed by the manifest, plus the manifest; stale remote files deleted.

    Refuses a folder whose files no longer match its manifest (a partial or edited release)."""
    manifest_path = folder / MANIFEST_FILE
    if not manifest_path.is_file():
        raise PushError(f"{folder}: no {MANIFEST_FILE}; build the dataset first", EXIT_CONFIG)
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    adds = []
    for entry in manifest["files"]:
        path = folder / entry["path"]
        if not path.is_file() or sha256_file(path) != entry["sha256"]:
            raise PushError(f"{entry['path']}: missing or changed since the manifest was written; rebuild first",
                            EXIT_CONFIG)
        adds.append((entry["path"], entry["sha256"], entry["bytes"]))
    adds.append((MANIFEST_FILE, sha256_file(manifest_path), manifest_path.stat().st_size))
    local = {path for path, _, _ in adds}
    deletes = sorted(set(remote_files or ()) - local - KEEP_REMOTE)
    return Plan(tuple(sorted(adds)), tuple(deletes), f"v{manifest['version']}")


def release_target(folder: Path, repo_id: str | None, plan: Plan) -> str:
    """The repository the release in ``folder`` goes to: the one it was built for (``--repo-id`` at build time).
    Refused (EXIT_CONFIG): a release built without one, a ``repo_id`` that differs from it, and a card,
    Croissant or any other published text file (``plan``'s .md and .json) that still holds the placeholder
    owner or ``OWNER``."""
    built_for = release_repo_id(folder)
    if built_for is None:
        raise PushError(f"{folder} was built without a repo id, so its card and Croissant name no repository; "
                        "rebuild with `build_dataset.py --repo-id OWNER/NAME` (or HF_REPO_ID)", EXIT_CONFIG)
    if repo_id is not None and repo_id != built_for:
        raise PushError(f"{folder} was built for {built_for} (its card, citation and Croissant name it), not "
                        f"{repo_id}; push it there, or rebuild with --repo-id {repo_id}", EXIT_CONFIG)
    for name in [path for path, _, _ in plan.adds if path.endswith((".md", ".json"))]:
        found = unpublishable((folder / name).read_text(encoding="utf-8"))
        if found:
            raise PushError(f"{name} still holds a placeholder repository ({found}); rebuild with --repo-id "
                            f"{built_for}", EXIT_CONFIG)
    return built_for


def git_blob_sha1(path: Path) -> str:
    """The git object id of a file (what the Hub reports for files not stored in LFS/Xet)."""
    data = path.read_bytes()
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def push(folder: Path, repo_id: str | None = None, *, api: HfApi | None = None, revision: str = "main",
         dry_run: bool = False, gated: str | None = None, out=print) -> Plan:
    """Push ``folder`` to the dataset repo it was built for (``repo_id``, when given, must be that one) in one
    commit, verify it, then tag that commit ``v<version>``; ``gated`` ('auto' or 'manual') gates the repository
    first, so the text is never readable ungated. ``dry_run`` only prints the plan. The repo id is checked first,
    before the folder or the network; an existing tag of the version is refused before anything is sent."""
    if repo_id is not None:
        check_repo_id(repo_id)
    if gated not in (None, *GATED):
        raise PushError(f"--gated {gated!r}: choose one of {', '.join(GATED)}", EXIT_CONFIG)
    plan = local_plan(folder)  # a folder that is not a complete release is refused before the network is used
    repo_id = release_target(folder, repo_id, plan)
    if dry_run:
        _print_plan(plan, repo_id, revision, gated, out)
        return plan
    api = api or HfApi()
    try:
        parent = api.repo_info(repo_id, repo_type="dataset", revision=revision).sha
        remote = api.list_repo_files(repo_id, repo_type="dataset", revision=revision)
        tags = {ref.name for ref in api.list_repo_refs(repo_id, repo_type="dataset").tags}
    except Exception as error:  # no network, bad token, missing repository or revision: nothing was sent
        raise PushError(f"datasets/{repo_id}@{revision}: {_why(error)}") from None
    if plan.tag in tags:
        raise PushError(f"datasets/{repo_id} already has the tag {plan.tag}: a released version is never replaced; "
                        "bump DATASET_VERSION (and the changelog) and rebuild", EXIT_CONFIG)
    plan = local_plan(folder, remote)
    if gated:
        try:
            api.update_repo_settings(repo_id, gated=gated, repo_type="dataset")
        except Exception as error:
            raise PushError(f"could not gate datasets/{repo_id}, nothing uploaded: {_why(error)}") from None
    operations = [CommitOperationAdd(path_in_repo=path, path_or_fileobj=str(folder / path)) for path, _, _ in plan.adds]
    operations += [CommitOperationDelete(path_in_repo=path) for path in plan.deletes]
    try:
        commit = api.create_commit(repo_id, operations=operations, commit_message=f"Release {plan.tag}",
                                   repo_type="dataset", revision=revision, parent_commit=parent)
    except Exception as error:  # the Hub refused: nothing was committed
        raise PushError(f"push refused, remote unchanged: {_why(error)}") from None
    try:
        _verify(folder, repo_id, api, commit.oid, plan)
    except PushError:
        raise
    except Exception as error:
        raise PushError(f"pushed commit {commit.oid}, but its files could not be checked: {_why(error)}") from None
    try:  # only a verified commit is tagged
        api.create_tag(repo_id, tag=plan.tag, tag_message=f"Release {plan.tag}", revision=commit.oid,
                       repo_type="dataset")
    except Exception as error:
        raise PushError(f"pushed and verified commit {commit.oid}, but tagging it failed: {_why(error)}; tag it with "
                        f"`hf repos tag create {repo_id} {plan.tag} --revision {commit.oid} --repo-type dataset`"
                        ) from None
    out(f"pushed {len(plan.adds)} files, deleted {len(plan.deletes)}, commit {commit.oid} tagged {plan.tag}; "
        f"remote hashes verified{f'; gated ({gated})' if gated else ''}")
    return plan


def _print_plan(plan: Plan, repo_id: str, revision: str, gated: str | None, out) -> None:
    """The dry run: the one commit (each file with its hash; deletions), the one tag, and the gating setting."""
    if gated:
        out(f"dry run: would first gate datasets/{repo_id} (gated={gated!r}, access form from the card's YAML)")
    out(f"dry run: would push {len(plan.adds)} files to datasets/{repo_id}@{revision} in one commit:")
    for path, sha, size in plan.adds:
        out(f"  add {path}  sha256={sha}  bytes={size}")
    out("  delete every remote file not listed above (except .gitattributes), in the same commit")
    out(f"then tag that commit {plan.tag} (refused beforehand if the tag exists); nothing was sent")


def _verify(folder: Path, repo_id: str, api: HfApi, oid: str, plan: Plan) -> None:
    infos = {i.path: i for i in api.get_paths_info(repo_id, [p for p, _, _ in plan.adds], repo_type="dataset",
                                                   revision=oid)}
    for path, sha, _ in plan.adds:
        info = infos.get(path)
        if info is None:
            raise PushError(f"{path}: not found in the pushed commit {oid}")
        lfs = getattr(info, "lfs", None)
        matches = (lfs.sha256 == sha) if lfs else (info.blob_id == git_blob_sha1(folder / path))
        if not matches:
            raise PushError(f"{path}: the remote file's hash differs from the manifest")
