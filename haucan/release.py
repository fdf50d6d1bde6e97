"""Crash-safe publication into the output the build owns (haucan/ownership.py): a release is staged, fsynced
and made current by one atomic rename.

Layout beside the output path ``dist/NAME`` (what the build creates there, and nothing else)::

    dist/NAME                  -> symlink to .NAME.releases/<release id>   (what readers open)
    dist/.NAME.lock            lock file, flock-ed for the whole build (created empty; never written or deleted)
    dist/.NAME.releases/       the build's own folder, marked by the file .haucan-releases inside it:
        <release id>/            complete, fsynced releases (the id is a hash of the release's manifest)
        .staging-<pid>/          the build in progress; removed on failure, cleaned on the next run
        .scratch-<pid>/          a build's working files, never published (intake log, dedup index)
        .trash-*/, .interim-*/   a release being deleted; a repaired copy of the current release
    dist/.NAME.link-<pid>      the new pointer, for a moment, before it replaces dist/NAME
    dist/NAME.build-report.json, dist/NAME.timings.json, dist/.NAME.cache/   (written by the pipeline)

What the build owns beside the output, and the checks that refuse everything else before it writes, are in
haucan/ownership.py. Inside the marked folder only entries named as above are ever deleted; beside the output
only ``.NAME.link-*`` entries that are symbolic links into the marked folder. Files that a user named like ours
elsewhere (a ``.NAME.staging-1`` folder, say) are never touched.

A build killed at any moment, or failing for lack of disk, leaves ``dist/NAME`` pointing at the previous
complete release: the new one becomes visible only through ``os.replace`` of the symlink, which is atomic.
What killed builds leave is cleaned by the next build, while it holds the lock. A second build of the same
output while one runs is refused at once (BuildLocked, exit 5), before it touches anything but the lock file.
Every file the release code opens (fsync, hashing) is ``lstat``-ed first and opened only if regular, with
``O_NOFOLLOW | O_NONBLOCK``: a FIFO or a link planted in a release can never block it or lead it outside.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
from pathlib import Path

from haucan.errors import OutputRefused
from haucan.files import OPEN_REGULAR, is_regular, lstat_or_none
from haucan.ownership import MARKER, has_marker, points_into, releases_dir
from haucan.publish.manifest import MANIFEST_FILE, sha256_file

_RELEASE_ID = re.compile(r"[0-9a-f]{16}")
_LEFTOVER = re.compile(r"\.(staging|scratch)-\d+|\.trash-.+|\.interim-.+")


def staging_dir(output: Path) -> Path:
    return releases_dir(output) / f".staging-{os.getpid()}"


def scratch_dir(output: Path) -> Path:
    """Working files of a build that are never published (the intake log, the dedup index); inside the marked
    folder, so the next build removes it if this build is killed."""
    return releases_dir(output) / f".scratch-{os.getpid()}"


# --- files, opened safely ------------------------------------------------------------------------------------------

def _fsync_descriptor(path: Path, flags: int) -> None:
    descriptor = os.open(path, flags)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def fsync_path(path: Path) -> None:
    """fsync a regular file or a directory (directories: so the renames and new entries in them are durable).
    Anything else (a link to a file, a FIFO, a device) is left alone: it is never opened."""
    if os.path.isdir(path):  # a link to a folder is followed: a folder can't block and the parent may be one
        _fsync_descriptor(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NONBLOCK | os.O_CLOEXEC)
    elif is_regular(path):
        _fsync_descriptor(path, OPEN_REGULAR)


def fsync_tree(root: Path) -> None:
    """fsync every regular file and directory below ``root``, children before parents; links never followed."""
    for folder, _, files in os.walk(root, topdown=False):
        for name in files:
            if is_regular(Path(folder, name)):
                _fsync_descriptor(Path(folder, name), OPEN_REGULAR)
        _fsync_descriptor(Path(folder), os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)


# --- leftovers, staging, publication -------------------------------------------------------------------------------

def _remove(path: Path) -> None:
    info = lstat_or_none(path)
    if info is None:
        return
    if stat.S_ISDIR(info.st_mode):
        shutil.rmtree(path, ignore_errors=True)  # rmtree never follows a link inside
    else:
        path.unlink(missing_ok=True)


def clean_leftovers(output: Path) -> None:
    """Remove what killed builds left; call it only while holding the lock. In the marked releases folder:
    staging, scratch, trash and interim folders (never the one the output points at); beside the output:
    pointer links into that folder. Nothing else is touched, whatever its name."""
    releases = releases_dir(output)
    if not has_marker(releases):
        return  # nothing of ours to clean (check_output has refused a foreign folder of this name)
    current = Path(os.path.realpath(output)) if output.is_symlink() else None
    for name in sorted(os.listdir(releases)):
        path = releases / name
        if _LEFTOVER.fullmatch(name) and Path(os.path.realpath(path)) != current:
            _remove(path)
    prefix = f".{output.name}.link-"
    for name in sorted(os.listdir(output.parent)):
        link = output.parent / name
        if name.startswith(prefix) and link.is_symlink() and points_into(link, releases) is not None:
            link.unlink()


def prepare(output: Path) -> Path:
    """Under the lock: make (or mark) the releases folder, clean what killed builds left, return a new staging
    folder. Call ``check_output`` first: this function trusts that the folder is ours."""
    releases = releases_dir(output)
    releases.mkdir(parents=True, exist_ok=True)
    if not has_marker(releases):
        (releases / MARKER).write_text(f"Releases of {output.name}, managed by build_dataset.py: every entry in this "
                                       "folder may be replaced or deleted by the next build.\n", encoding="utf-8")
    clean_leftovers(output)
    stage = staging_dir(output)
    stage.mkdir()
    return stage


def _point(output: Path, release: Path) -> None:
    """Make ``output`` a link to ``release``: atomic over our old link; an empty folder is removed first."""
    link = output.parent / f".{output.name}.link-{os.getpid()}"
    link.symlink_to(os.path.relpath(release, output.parent))
    info = lstat_or_none(output)
    try:
        if info is not None and stat.S_ISDIR(info.st_mode):
            os.rmdir(output)  # checked empty under the lock; rmdir refuses a folder that has since been filled
        elif info is not None and not (stat.S_ISLNK(info.st_mode) and points_into(output, releases_dir(output))):
            raise OutputRefused(f"--output {output} changed during the build and is not ours any more; "
                                "nothing was replaced")
        os.replace(link, output)  # atomic: readers see the old release or the new one, never neither
    except BaseException:
        link.unlink(missing_ok=True)
        raise
    fsync_path(output.parent)


def release_id(manifest: Path) -> str:
    return hashlib.sha256(manifest.read_bytes()).hexdigest()[:16]


def intact(folder: Path) -> bool:
    """Whether the release holds exactly the files its manifest lists, each with the listed sha256, and nothing
    but regular files and folders (a link, FIFO or device in a release is never opened; it makes it not intact)."""
    manifest = folder / MANIFEST_FILE
    if not is_regular(manifest):
        return False
    try:
        listed = {entry["path"]: entry["sha256"] for entry in json.loads(manifest.read_bytes())["files"]}
        present = []
        for parent, subfolders, files in os.walk(folder):
            if any(os.path.islink(os.path.join(parent, name)) for name in subfolders):
                return False
            for name in files:
                path = Path(parent, name)
                if not is_regular(path):
                    return False
                if name != MANIFEST_FILE:  # as haucan.publish.manifest.published_files lists them
                    present.append(path)
        if {path.relative_to(folder).as_posix() for path in present} != set(listed):
            return False
        return all(sha256_file(path) == listed[path.relative_to(folder).as_posix()] for path in present)
    except (OSError, ValueError, KeyError, TypeError):
        return False


def publish(stage: Path, output: Path, manifest: Path) -> Path:
    """fsync the staged release, move it under its content id, swap the pointer, then drop older releases."""
    fsync_tree(stage)
    releases = releases_dir(output)
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
    for name in sorted(os.listdir(releases)):
        old = releases / name
        if old != target and (_RELEASE_ID.fullmatch(name) or name.startswith(".interim-")):
            _trash(old)
    return target


def _trash(folder: Path) -> None:
    """Rename, then delete: a deletion cut short leaves a '.trash-' folder, never a half release under its id."""
    doomed = folder.parent / f".trash-{folder.name}-{os.getpid()}"
    os.replace(folder, doomed)
    shutil.rmtree(doomed, ignore_errors=True)


def discard(stage: Path) -> None:
    """Remove a failed build's staging (or scratch) folder; the current release is untouched."""
    shutil.rmtree(stage, ignore_errors=True)
