"""Crash-safe publication: a release is built in a staging folder and made current by one atomic rename.

Layout beside the output path ``dist/NAME``::

    dist/NAME                   -> symlink to .NAME.releases/<release id>   (what readers open)
    dist/.NAME.releases/<id>/   complete, fsynced releases (the id is a hash of the release's manifest)
    dist/.NAME.staging-<pid>/   the build in progress; removed on failure, cleaned on the next run

A build killed at any moment, or failing for lack of disk, leaves ``dist/NAME`` pointing at the previous
complete release: the new one becomes visible only through ``os.replace`` of the symlink, which is atomic.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from haucan.publish.manifest import MANIFEST_FILE, published_files, sha256_file


def releases_dir(output: Path) -> Path:
    return output.parent / f".{output.name}.releases"


def staging_dir(output: Path) -> Path:
    return output.parent / f".{output.name}.staging-{os.getpid()}"


def scratch_dir(output: Path) -> Path:
    """Working files of a build that are never published (the dedup index); named like a staging folder so
    the next build's ``prepare`` removes it if this build is killed."""
    return output.parent / f".{output.name}.staging-{os.getpid()}-scratch"


def fsync_path(path: Path) -> None:
    """fsync a file or a directory (directories: so the renames and new entries in them are durable)."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def fsync_tree(root: Path) -> None:
    """fsync every file and directory below ``root``, children before parents."""
    for path in sorted(root.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        fsync_path(path)
    fsync_path(root)


def clean_leftovers(output: Path) -> None:
    """Remove what killed builds left beside the output: staging folders, pointer links, trashed releases."""
    for leftover in sorted(output.parent.glob(f".{output.name}.staging-*")) + sorted(
            output.parent.glob(f".{output.name}.link-*")):
        if leftover.is_symlink() or leftover.is_file():
            leftover.unlink()
        else:
            shutil.rmtree(leftover, ignore_errors=True)
    for trash in sorted(releases_dir(output).glob(".trash-*")) if releases_dir(output).is_dir() else ():
        shutil.rmtree(trash, ignore_errors=True)


def prepare(output: Path) -> Path:
    """Clean leftovers of killed builds, adopt an old-style real folder as a release, return a new staging dir."""
    output.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(output)
    if output.is_dir() and not output.is_symlink():
        # A release written before releases were content-addressed: keep it readable while we adopt it.
        releases_dir(output).mkdir(exist_ok=True)
        adopted = releases_dir(output) / "adopted"
        shutil.rmtree(adopted, ignore_errors=True)
        os.replace(output, adopted)
        _point(output, adopted)
    stage = staging_dir(output)
    stage.mkdir()
    return stage


def _point(output: Path, release: Path) -> None:
    link = output.parent / f".{output.name}.link-{os.getpid()}"
    link.symlink_to(os.path.relpath(release, output.parent))
    os.replace(link, output)  # atomic: readers see the old release or the new one, never neither
    fsync_path(output.parent)


def release_id(manifest: Path) -> str:
    return hashlib.sha256(manifest.read_bytes()).hexdigest()[:16]


def intact(folder: Path) -> bool:
    """Whether the release holds exactly the files its manifest lists, each with the listed sha256."""
    if not (folder / MANIFEST_FILE).is_file():
        return False
    listed = {entry["path"]: entry["sha256"]
              for entry in json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))["files"]}
    return listed == {path.relative_to(folder).as_posix(): sha256_file(path) for path in published_files(folder)}


def publish(stage: Path, output: Path, manifest: Path) -> Path:
    """fsync the staged release, move it under its content id, swap the pointer, then drop older releases."""
    fsync_tree(stage)
    releases = releases_dir(output)
    releases.mkdir(exist_ok=True)
    target = releases / release_id(manifest)
    current = output.resolve() if output.is_symlink() else None
    if target.exists() and target.resolve() == current and intact(target):
        shutil.rmtree(stage)  # identical to the release already current (same input, same versions)
    else:
        if target.exists() and target.resolve() == current:
            # The current release was damaged after it was published: readers get the new copy under an
            # interim name while the damaged one is replaced (it is removed with the older releases below).
            interim = releases / f".interim-{target.name}-{os.getpid()}"
            os.replace(stage, interim)
            _point(output, interim)
            stage = interim
        if target.exists():
            _trash(target)  # a non-current copy may be half deleted by a killed build: never trust it
        os.replace(stage, target)
        fsync_path(releases)
    _point(output, target)
    for old in sorted(releases.iterdir()):
        if old != target:
            _trash(old)
    return target


def _trash(folder: Path) -> None:
    """Rename, then delete: a deletion cut short leaves a '.trash-' folder, never a half release under its id."""
    doomed = folder.parent / f".trash-{folder.name}-{os.getpid()}"
    os.replace(folder, doomed)
    shutil.rmtree(doomed, ignore_errors=True)


def discard(stage: Path) -> None:
    """Remove a failed build's staging folder; the current release is untouched."""
    shutil.rmtree(stage, ignore_errors=True)
