"""Owner-checked, locked, crash-safe publication: the build writes only into an output it owns, one build at a
time, and a release becomes current by one atomic rename.

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

How the build recognises what is its own (the only things it replaces or deletes):

- ``.NAME.releases`` is ours when it holds the marker file ``.haucan-releases`` (written as the build creates
  the folder), or is empty, or ``dist/NAME`` is a link to a folder in it that holds a manifest (releases made
  before the marker existed); the marker is then added. Anything else of that name is refused.
- ``dist/NAME`` may be absent, an empty folder, or a symbolic link into our ``.NAME.releases``. A regular file,
  a folder with anything in it (an old release written as a real folder too: move it away yourself), a link
  to anywhere else, or any other kind of file is refused with OutputRefused (exit 2) and nothing is touched.
- Inside the marked folder only entries named as above are ever deleted; beside the output only
  ``.NAME.link-*`` entries that are symbolic links into the marked folder. Files that a user named like ours
  elsewhere (a ``.NAME.staging-1`` folder, say) are never touched.
- The cache folder (``--cache-dir``, default ``.NAME.cache``) is ours when it holds the marker file
  ``.haucan-cache``, or is empty, or holds nothing but entries named as the cache names them (a cache made
  before the marker existed); the marker is then added. A folder with anything else in it (a user's notes given
  as ``--cache-dir``) is refused: the cache deletes stores and records of other versions by name there.
- ``--output`` may not be the input folder, inside it or above it, and no path the build writes (cache,
  report, timings, card copy) may land inside the input (resolved paths are compared, links included).

A build killed at any moment, or failing for lack of disk, leaves ``dist/NAME`` pointing at the previous
complete release: the new one becomes visible only through ``os.replace`` of the symlink, which is atomic.
What killed builds leave is cleaned by the next build, while it holds the lock. A second build of the same
output while one runs is refused at once (BuildLocked, exit 5), before it touches anything but the lock file.
Every file the release code opens (fsync, hashing) is ``lstat``-ed first and opened only if regular, with
``O_NOFOLLOW | O_NONBLOCK``: a FIFO or a link planted in a release can never block it or lead it outside.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

from haucan.config import BuildConfig
from haucan.errors import BuildLocked, OutputRefused
from haucan.publish.manifest import MANIFEST_FILE

MARKER = ".haucan-releases"
"""The file whose presence makes a ``.NAME.releases`` folder the build's own."""
CACHE_MARKER = ".haucan-cache"
"""The file whose presence makes a cache folder the build's own."""
_CACHE_ENTRY = re.compile(r"^(?:articles-|segments-).*\.sqlite.*$|^builds$")
"""Names the cache gives what it writes (haucan/cache.py, haucan/uptodate.py): a folder holding only these is a
cache made before the marker existed."""
_RELEASE_ID = re.compile(r"[0-9a-f]{16}")
_LEFTOVER = re.compile(r"\.(staging|scratch)-\d+|\.trash-.+|\.interim-.+")
_OPEN_REGULAR = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC


def releases_dir(output: Path) -> Path:
    return output.parent / f".{output.name}.releases"


def lock_path(output: Path) -> Path:
    return output.parent / f".{output.name}.lock"


def staging_dir(output: Path) -> Path:
    return releases_dir(output) / f".staging-{os.getpid()}"


def scratch_dir(output: Path) -> Path:
    """Working files of a build that are never published (the intake log, the dedup index); inside the marked
    folder, so the next build removes it if this build is killed."""
    return releases_dir(output) / f".scratch-{os.getpid()}"


# --- what is ours ------------------------------------------------------------------------------------------------

def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None


def _location(path: Path) -> Path:
    """The absolute place ``path`` names, with every link on the way resolved except a link at the end itself
    (the output's link is ours to replace, not a way somewhere else)."""
    path = Path(os.path.abspath(path))
    return path.parent.resolve() / path.name


def _kind(mode: int) -> str:
    for test, kind in ((stat.S_ISREG, "a regular file"), (stat.S_ISDIR, "a folder"), (stat.S_ISLNK, "a symbolic link"),
                       (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return kind
    return "a device"


def _has_marker(releases: Path) -> bool:
    info = _lstat(releases / MARKER)
    return info is not None and stat.S_ISREG(info.st_mode)


def _points_into(link: Path, releases: Path) -> Path | None:
    """Where the symbolic link ``link`` points, when that is a direct child of ``releases``; else None."""
    target = Path(os.path.realpath(link))
    return target if target.parent == Path(os.path.realpath(releases)) else None


def _ours_by_legacy(output: Path, releases: Path) -> bool:
    """A ``.NAME.releases`` made before the marker existed: the output links to a release in it."""
    target = _points_into(output, releases) if output.is_symlink() else None
    return target is not None and _is_regular(target / MANIFEST_FILE)


def _is_empty(folder: Path) -> bool:
    with os.scandir(folder) as entries:
        return next(entries, None) is None


def _is_regular(path: Path) -> bool:
    info = _lstat(path)
    return info is not None and stat.S_ISREG(info.st_mode)


def check_paths(config: BuildConfig) -> None:
    """Refuse (OutputRefused, nothing touched) an output that is, holds or sits in the input folder, and any
    other path the build writes that would land in the input folder or is a folder where a file is written."""
    output = config.output_dir
    out = _location(output)
    source = Path(config.input_dir).resolve()
    if out == source:
        raise OutputRefused(f"--output {output} is the input folder; choose a folder outside {config.input_dir}")
    if out.is_relative_to(source):
        raise OutputRefused(f"--output {output} is inside the input folder {config.input_dir}; choose a folder outside it")
    if source.is_relative_to(out) or source.is_relative_to(_location(releases_dir(output))):
        raise OutputRefused(f"--output {output} contains the input folder {config.input_dir}; choose another --output")
    parent = _lstat(output.parent)
    if parent is not None and not output.parent.is_dir():
        raise OutputRefused(f"--output {output}: {output.parent} is {_kind(parent.st_mode)}, not a folder")
    if config.cache_dir is not None:
        cache = _location(config.cache_dir)
        for other, what in ((source, f"the input folder {config.input_dir}"), (out, f"--output {output}"),
                            (_location(releases_dir(output)), f"the releases folder {releases_dir(output)}")):
            if cache == other or cache.is_relative_to(other) or other.is_relative_to(cache):
                raise OutputRefused(f"--cache-dir {config.cache_dir} overlaps {what}; choose a separate folder")
    for what, path in (("the build report", config.report_path), ("the timings file", config.timings_path),
                       ("--card-copy", config.card_copy)):
        if path is None:
            continue
        if _location(path).is_relative_to(source):
            raise OutputRefused(f"{what} {path} would be written inside the input folder {config.input_dir}")
        info = _lstat(path)
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise OutputRefused(f"{what} {path} is a folder; it is written as a file")


def check_output(output: Path) -> None:
    """Refuse (OutputRefused, nothing touched) an output, or a ``.NAME.releases`` beside it, that the build does
    not own; see the module docstring for what is recognised as ours."""
    releases = releases_dir(output)
    info = _lstat(releases)
    if info is not None and not stat.S_ISDIR(info.st_mode):
        raise OutputRefused(f"{releases} is {_kind(info.st_mode)}, not the releases folder of --output {output}; "
                            "move it away or choose another --output")
    if info is not None and not (_has_marker(releases) or _is_empty(releases) or _ours_by_legacy(output, releases)):
        raise OutputRefused(f"{releases} is a folder this build did not make (no {MARKER} file in it), where "
                            f"--output {output} keeps its releases; move it away or choose another --output")
    info = _lstat(output)
    if info is None:
        return
    if stat.S_ISLNK(info.st_mode):
        if _points_into(output, releases) is None:
            raise OutputRefused(f"--output {output} is a symbolic link to {os.readlink(output)}, not to a release "
                                f"in {releases.name}; remove the link or choose another --output")
    elif stat.S_ISDIR(info.st_mode):
        if not _is_empty(output):
            raise OutputRefused(f"--output {output} is a folder that is not empty and is not a release of this build "
                                f"(a release is a symbolic link into {releases.name}); nothing was changed: "
                                "move it away or choose another --output")
    else:
        raise OutputRefused(f"--output {output} exists and is {_kind(info.st_mode)}; nothing was changed: "
                            "choose another --output")


def check_cache(cache_dir: Path | None) -> None:
    """Refuse (OutputRefused, nothing touched) a cache folder the build does not own: one with entries that are
    neither the marker nor named as the cache names its files. A path that is not a folder is left alone: the
    cache then is not used (haucan/cache.py), and nothing is deleted there."""
    if cache_dir is None:
        return
    info = _lstat(cache_dir)
    if info is None or not stat.S_ISDIR(info.st_mode) or _is_regular(cache_dir / CACHE_MARKER):
        return
    with os.scandir(cache_dir) as entries:
        foreign = sorted(entry.name for entry in entries if not _CACHE_ENTRY.match(entry.name))
    if foreign:
        raise OutputRefused(f"--cache-dir {cache_dir} is a folder this build did not make (no {CACHE_MARKER} file; "
                            f"it holds {foreign[0]!r}{' and more' if len(foreign) > 1 else ''}); nothing was changed: "
                            "choose an empty or new folder")


def mark_cache(cache_dir: Path | None) -> None:
    """Create the cache folder (if absent) with its marker, once check_cache has accepted it."""
    if cache_dir is None or (_lstat(cache_dir) is not None and not cache_dir.is_dir()):
        return
    cache_dir.mkdir(parents=True, exist_ok=True)
    if not _is_regular(cache_dir / CACHE_MARKER):
        (cache_dir / CACHE_MARKER).write_text(
            "Cache of build_dataset.py: stores and records here are replaced and deleted by the build.\n",
            encoding="utf-8")


@contextlib.contextmanager
def locked(output: Path) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``.NAME.lock`` beside the output, or raise BuildLocked at once.

    The lock file is created empty and never written or deleted (deleting a lock file lets two builds each
    lock a different file). The kernel drops the lock when the process dies, even by SIGKILL."""
    path = lock_path(output)
    info = _lstat(path)
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OutputRefused(f"{path} (the build's lock file) is {_kind(info.st_mode)}; move it away")
    output.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, _OPEN_REGULAR | os.O_CREAT, 0o644)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OutputRefused(f"{path} (the build's lock file) is not a regular file; move it away")
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildLocked(f"another build of {output} is running (it holds {path}); nothing was touched: "
                              "wait for it to finish, or build into another --output") from None
        yield
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def claim(config: BuildConfig) -> Iterator[None]:
    """Everything the build writes happens inside this block: paths checked, output checked (before the lock,
    so a refused output gets no lock file either, and again under it), the lock held."""
    check_paths(config)
    check_output(config.output_dir)
    check_cache(config.cache_dir)
    with locked(config.output_dir):
        check_output(config.output_dir)
        check_cache(config.cache_dir)
        mark_cache(config.cache_dir)
        yield


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
    elif _is_regular(path):
        _fsync_descriptor(path, _OPEN_REGULAR)


def fsync_tree(root: Path) -> None:
    """fsync every regular file and directory below ``root``, children before parents; links never followed."""
    for folder, _, files in os.walk(root, topdown=False):
        for name in files:
            if _is_regular(Path(folder, name)):
                _fsync_descriptor(Path(folder, name), _OPEN_REGULAR)
        _fsync_descriptor(Path(folder), os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)


def _sha256_regular(path: Path) -> str:
    """sha256 of a regular file; OSError for anything else (never blocks on a FIFO, never follows a link)."""
    descriptor = os.open(path, _OPEN_REGULAR)
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(f"{path}: not a regular file")
        digest = hashlib.sha256()
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- leftovers, staging, publication -------------------------------------------------------------------------------

def _remove(path: Path) -> None:
    info = _lstat(path)
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
    if not _has_marker(releases):
        return  # nothing of ours to clean (check_output has refused a foreign folder of this name)
    current = Path(os.path.realpath(output)) if output.is_symlink() else None
    for name in sorted(os.listdir(releases)):
        path = releases / name
        if _LEFTOVER.fullmatch(name) and Path(os.path.realpath(path)) != current:
            _remove(path)
    prefix = f".{output.name}.link-"
    for name in sorted(os.listdir(output.parent)):
        link = output.parent / name
        if name.startswith(prefix) and link.is_symlink() and _points_into(link, releases) is not None:
            link.unlink()


def prepare(output: Path) -> Path:
    """Under the lock: make (or mark) the releases folder, clean what killed builds left, return a new staging
    folder. Call ``check_output`` first: this function trusts that the folder is ours."""
    releases = releases_dir(output)
    releases.mkdir(parents=True, exist_ok=True)
    if not _has_marker(releases):
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
    info = _lstat(output)
    try:
        if info is not None and stat.S_ISDIR(info.st_mode):
            os.rmdir(output)  # checked empty under the lock; rmdir refuses a folder that has since been filled
        elif info is not None and not (stat.S_ISLNK(info.st_mode) and _points_into(output, releases_dir(output))):
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
    if not _is_regular(manifest):
        return False
    try:
        listed = {entry["path"]: entry["sha256"] for entry in json.loads(manifest.read_bytes())["files"]}
        present = []
        for parent, subfolders, files in os.walk(folder):
            if any(os.path.islink(os.path.join(parent, name)) for name in subfolders):
                return False
            for name in files:
                path = Path(parent, name)
                if not _is_regular(path):
                    return False
                if name != MANIFEST_FILE:  # as haucan.publish.manifest.published_files lists them
                    present.append(path)
        if {path.relative_to(folder).as_posix() for path in present} != set(listed):
            return False
        return all(_sha256_regular(path) == listed[path.relative_to(folder).as_posix()] for path in present)
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
