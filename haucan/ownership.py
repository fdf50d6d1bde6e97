"""What the build owns, and the refusals that keep it from touching anything else (issue 12).

Beside the output path ``dist/NAME`` the build owns ``.NAME.releases/`` (marked by ``.haucan-releases``), the
lock file ``.NAME.lock`` and its cache folder (marked by ``.haucan-cache``); see haucan/release.py for what is
inside the releases folder. Every check here runs before the build writes anything (``claim``), and refuses
with OutputRefused (exit 2) or BuildLocked (exit 5), having touched nothing but, at most, the lock file.

- ``.NAME.releases`` is ours when it holds the marker file ``.haucan-releases`` (written as the build creates
  the folder), or is empty, or ``dist/NAME`` is a link to a folder in it that holds a manifest (releases made
  before the marker existed); the marker is then added. Anything else of that name is refused.
- ``dist/NAME`` may be absent, an empty folder, or a symbolic link into our ``.NAME.releases``. A regular file,
  a folder with anything in it (an old release written as a real folder too: move it away yourself), a link
  to anywhere else, or any other kind of file is refused and nothing is touched.
- The cache folder (``--cache-dir``, default ``.NAME.cache``) is ours when it holds the marker file
  ``.haucan-cache``, or is empty, or holds nothing but entries named as the cache names them (a cache made
  before the marker existed); the marker is then added. A folder with anything else in it (a user's notes given
  as ``--cache-dir``) is refused: the cache deletes stores and records of other versions by name there.
- ``--output`` may not be the input folder, inside it or above it, and no path the build writes (cache,
  report, timings, card copy) may land inside the input (resolved paths are compared, links included).
- A second build of the same output while one runs is refused at once (an ``flock`` on ``.NAME.lock``).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from haucan.config import BuildConfig
from haucan.errors import BuildLocked, OutputRefused
from haucan.files import OPEN_REGULAR, file_kind, is_regular, lstat_or_none
from haucan.publish.manifest import MANIFEST_FILE

MARKER = ".haucan-releases"
"""The file whose presence makes a ``.NAME.releases`` folder the build's own."""
CACHE_MARKER = ".haucan-cache"
"""The file whose presence makes a cache folder the build's own."""
_CACHE_ENTRY = re.compile(r"^(?:articles-|segments-).*\.sqlite.*$|^(?:builds|heldout)$")
"""Names the cache gives what it writes (haucan/cache/, haucan/uptodate.py, haucan/heldout_cache.py): a folder
holding only these is a cache made before the marker existed."""


def releases_dir(output: Path) -> Path:
    return output.parent / f".{output.name}.releases"


def lock_path(output: Path) -> Path:
    return output.parent / f".{output.name}.lock"



def _location(path: Path) -> Path:
    """The absolute place ``path`` names, with every link on the way resolved except a link at the end itself
    (the output's link is ours to replace, not a way somewhere else)."""
    path = Path(os.path.abspath(path))
    return path.parent.resolve() / path.name


def has_marker(releases: Path) -> bool:
    info = lstat_or_none(releases / MARKER)
    return info is not None and stat.S_ISREG(info.st_mode)


def points_into(link: Path, releases: Path) -> Path | None:
    """Where the symbolic link ``link`` points, when that is a direct child of ``releases``; else None."""
    target = Path(os.path.realpath(link))
    return target if target.parent == Path(os.path.realpath(releases)) else None


def _ours_by_legacy(output: Path, releases: Path) -> bool:
    """A ``.NAME.releases`` made before the marker existed: the output links to a release in it."""
    target = points_into(output, releases) if output.is_symlink() else None
    return target is not None and is_regular(target / MANIFEST_FILE)


def _is_empty(folder: Path) -> bool:
    with os.scandir(folder) as entries:
        return next(entries, None) is None


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
    parent = lstat_or_none(output.parent)
    if parent is not None and not output.parent.is_dir():
        raise OutputRefused(f"--output {output}: {output.parent} is {file_kind(parent.st_mode)}, not a folder")
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
        info = lstat_or_none(path)
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise OutputRefused(f"{what} {path} is a folder; it is written as a file")


def check_output(output: Path) -> None:
    """Refuse (OutputRefused, nothing touched) an output, or a ``.NAME.releases`` beside it, that the build does
    not own; see the module docstring for what is recognised as ours."""
    releases = releases_dir(output)
    info = lstat_or_none(releases)
    if info is not None and not stat.S_ISDIR(info.st_mode):
        raise OutputRefused(f"{releases} is {file_kind(info.st_mode)}, not the releases folder of --output {output}; "
                            "move it away or choose another --output")
    if info is not None and not (has_marker(releases) or _is_empty(releases) or _ours_by_legacy(output, releases)):
        raise OutputRefused(f"{releases} is a folder this build did not make (no {MARKER} file in it), where "
                            f"--output {output} keeps its releases; move it away or choose another --output")
    info = lstat_or_none(output)
    if info is None:
        return
    if stat.S_ISLNK(info.st_mode):
        if points_into(output, releases) is None:
            raise OutputRefused(f"--output {output} is a symbolic link to {os.readlink(output)}, not to a release "
                                f"in {releases.name}; remove the link or choose another --output")
    elif stat.S_ISDIR(info.st_mode):
        if not _is_empty(output):
            raise OutputRefused(f"--output {output} is a folder that is not empty and is not a release of this build "
                                f"(a release is a symbolic link into {releases.name}); nothing was changed: "
                                "move it away or choose another --output")
    else:
        raise OutputRefused(f"--output {output} exists and is {file_kind(info.st_mode)}; nothing was changed: "
                            "choose another --output")


def check_cache(cache_dir: Path | None) -> None:
    """Refuse (OutputRefused, nothing touched) a cache folder the build does not own: one with entries that are
    neither the marker nor named as the cache names its files. A path that is not a folder is left alone: the
    cache then is not used (haucan/cache/), and nothing is deleted there."""
    if cache_dir is None:
        return
    info = lstat_or_none(cache_dir)
    if info is None or not stat.S_ISDIR(info.st_mode) or is_regular(cache_dir / CACHE_MARKER):
        return
    with os.scandir(cache_dir) as entries:
        foreign = sorted(entry.name for entry in entries if not _CACHE_ENTRY.match(entry.name))
    if foreign:
        raise OutputRefused(f"--cache-dir {cache_dir} is a folder this build did not make (no {CACHE_MARKER} file; "
                            f"it holds {foreign[0]!r}{' and more' if len(foreign) > 1 else ''}); nothing was changed: "
                            "choose an empty or new folder")


def mark_cache(cache_dir: Path | None) -> None:
    """Create the cache folder (if absent) with its marker, once check_cache has accepted it."""
    if cache_dir is None or (lstat_or_none(cache_dir) is not None and not cache_dir.is_dir()):
        return
    cache_dir.mkdir(parents=True, exist_ok=True)
    if not is_regular(cache_dir / CACHE_MARKER):
        (cache_dir / CACHE_MARKER).write_text(
            "Cache of build_dataset.py: stores and records here are replaced and deleted by the build.\n",
            encoding="utf-8")


@contextlib.contextmanager
def locked(output: Path) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``.NAME.lock`` beside the output, or raise BuildLocked at once.

    The lock file is created empty and never written or deleted (deleting a lock file lets two builds each
    lock a different file). The kernel drops the lock when the process dies, even by SIGKILL."""
    path = lock_path(output)
    info = lstat_or_none(path)
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OutputRefused(f"{path} (the build's lock file) is {file_kind(info.st_mode)}; move it away")
    output.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, OPEN_REGULAR | os.O_CREAT, 0o644)
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
