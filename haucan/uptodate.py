"""The whole-build cache: a build whose every input is unchanged since the last successful build keeps the
release that build published, instead of reading every article back from the article cache.

The build key hashes everything a release depends on: each file under the input folder and the held-out
folder (path and bytes, sorted; sidecars, gold and ``sources.csv`` included, as are files the build ignores,
because the report lists them), the changelog the card quotes, the knobs that shape the output, and the
pipeline version (every haucan/schema source, rule and template file, and the library versions). A record
``builds/<key>.pickle`` in the cache folder names the release and keeps the build report and result. It is
used only when the output still points at that release and the release still matches its manifest byte for
byte; anything else (a missing or edited file, another output folder) means a normal build.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from haucan import release
from haucan.cache import pack, unpack
from haucan.card import CHANGELOG
from haucan.config import BuildConfig

RECORDS_DIR = "builds"


@dataclass(frozen=True)
class BuildRecord:
    """What a successful build leaves for the next identical one."""

    release_id: str
    report: bytes
    """The build report file, verbatim (it lists every input file's outcome)."""
    result: object
    """The pipeline's BuildResult (what the command line prints)."""


def _hash_tree(digest, root: Path | None) -> None:
    """Feed every entry under ``root`` (relative path and content, in sorted order) into ``digest``.

    Never blocks and never leaves the tree: each entry is ``lstat``-ed first; only regular files are opened
    (``O_NOFOLLOW | O_NONBLOCK``, and checked again after opening); a symbolic link is hashed as its type and
    the text of its target (never followed), a FIFO, socket or device as its type alone. A folder that
    cannot be listed raises OSError (the caller then builds normally, which reports it)."""
    if root is None or not root.is_dir():
        digest.update(b"\0absent")
        return
    def unlistable(error: OSError) -> None:
        raise error

    for folder, subfolders, files in os.walk(root, onerror=unlistable):
        subfolders.sort()
        # os.walk lists a link to a folder among the folders (and does not enter it): hash it as a link.
        entries = sorted([*files, *(name for name in subfolders if os.path.islink(os.path.join(folder, name)))])
        for name in entries:
            path = os.path.join(folder, name)
            digest.update(os.path.relpath(path, root).replace(os.sep, "/").encode("utf-8", "surrogateescape") + b"\0")
            mode = os.lstat(path).st_mode
            if stat.S_ISLNK(mode):
                digest.update(b"\0link\0" + os.fsencode(os.readlink(path)))
            elif not stat.S_ISREG(mode):
                digest.update(b"\0special %o\0" % stat.S_IFMT(mode))
            else:
                descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
                with os.fdopen(descriptor, "rb") as handle:
                    if not stat.S_ISREG(os.fstat(descriptor).st_mode):  # swapped after the lstat
                        raise OSError(f"{path}: changed type while being hashed")
                    for block in iter(lambda: handle.read(1 << 20), b""):
                        digest.update(block)
            digest.update(b"\0end of file\0")


def build_key(config: BuildConfig, version: str) -> str | None:
    """The hash of every input of the release (see the module docstring); None when a file can't be read."""
    digest = hashlib.sha256(version.encode())
    knobs = {"words": config.words, "batch_size": config.batch_size, "row_group_bytes": config.row_group_bytes,
             "shard_bytes": config.shard_bytes}
    digest.update(json.dumps(knobs, sort_keys=True).encode())
    try:
        _hash_tree(digest, config.input_dir)
        digest.update(b"\0held-out\0")
        _hash_tree(digest, config.heldout_dir)
        digest.update(CHANGELOG.read_bytes() if CHANGELOG.is_file() else b"\0no changelog")
    except OSError:
        return None  # an unreadable file: the normal build reports it properly
    return digest.hexdigest()


def _record_path(config: BuildConfig, key: str) -> Path:
    return config.cache_dir / RECORDS_DIR / f"{key}.pickle"


def reusable(config: BuildConfig, key: str | None) -> BuildRecord | None:
    """The record of an identical earlier build whose release is still current and intact, else None."""
    if config.cache_dir is None or key is None or not _record_path(config, key).is_file():
        return None
    record: BuildRecord = unpack(_record_path(config, key).read_bytes())
    target = release.releases_dir(config.output_dir) / record.release_id
    output = config.output_dir
    if not (output.is_symlink() and output.resolve() == target.resolve()):
        return None
    # A file of the release edited, added or removed since it was published: rebuild it.
    return record if release.intact(target) else None


def remember(config: BuildConfig, key: str | None, result: object) -> None:
    """Store the record of the build that just published (one record per output: older ones are removed)."""
    if config.cache_dir is None or key is None:
        return
    folder = config.cache_dir / RECORDS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    record = BuildRecord(config.output_dir.resolve().name, config.report_path.read_bytes(), result)
    temporary = folder / f".{key}.{os.getpid()}.tmp"
    temporary.write_bytes(pack(record))
    os.replace(temporary, _record_path(config, key))
    for old in sorted(folder.glob("*.pickle")):
        if old.name != f"{key}.pickle":
            old.unlink()


def restore(config: BuildConfig, record: BuildRecord) -> None:
    """Write what a build writes besides the release: the report, and the card copy when asked for."""
    temporary = config.report_path.with_name(f".{config.report_path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(record.report)
    os.replace(temporary, config.report_path)  # a kill leaves the old report or this one, never half of it
    if config.card_copy is not None:
        shutil.copyfile(config.output_dir / "README.md", config.card_copy)
