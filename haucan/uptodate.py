"""The whole-build cache: a build whose every input is unchanged since the last successful build keeps the
release that build published, instead of reading every article back from the article cache.

The build key hashes everything a release depends on: each file under the input folder and the held-out
folder (path and bytes, sorted; sidecars, gold and ``sources.csv`` included, as are files the build ignores,
because the report lists them), pyproject.toml (the repository address) and the real-world figures the card quotes, the knobs that shape the output, the build
day in Vietnam (dates after it + 1 are published as null), and the pipeline version (every haucan/schema source, rule and template file, and the library versions). A record
``builds/<key>.json`` in the cache folder names the release and keeps the build report and result. It is
used only when the record is intact (its sha256 holds, it decodes to what :func:`remember` wrote: haucan/codec.py's
JSON form, no pickle), the output still points at that release, and the release still matches its manifest
byte for byte; anything else (a damaged record, a missing or edited file, another output folder) means a
normal build. Records of the old pickle layout (``builds/*.pickle``) are never read, only deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from haucan import ownership, release
from haucan.build_day import build_day
from haucan.card import PYPROJECT
from haucan.codec import CodecError, from_json, to_json
from haucan.config import REALWORLD_DEV_SCORES, REALWORLD_SCORES, BuildConfig
from haucan.files import open_regular, update_from
from haucan.publish.hub_address import CHANGELOG
from haucan.results import BuildResult

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
                with open_regular(path) as handle:  # refuses a link or FIFO swapped in after the lstat
                    update_from(digest, handle)
            digest.update(b"\0end of file\0")


def build_key(config: BuildConfig, version: str) -> str | None:
    """The hash of every input of the release (see the module docstring); None when a file can't be read."""
    digest = hashlib.sha256(version.encode())
    knobs = {"words": config.words, "batch_size": config.batch_size, "row_group_bytes": config.row_group_bytes,
             "shard_bytes": config.shard_bytes,
             "repo_id": config.repo_id,  # the card and Croissant name it: another repo id is another release
             # Dates after the build day (in Vietnam) + 1 are published as null: another day may publish them.
             "build_day": build_day().isoformat()}
    digest.update(json.dumps(knobs, sort_keys=True).encode())
    try:
        _hash_tree(digest, config.input_dir)
        digest.update(b"\0held-out\0")
        _hash_tree(digest, config.heldout_dir)
        # The card names the build repository from pyproject.toml ([project.urls]).
        digest.update(PYPROJECT.read_bytes() if PYPROJECT.is_file() else b"\0no pyproject")
        # Croissant's datePublished is the date on this version's changelog heading.
        digest.update(CHANGELOG.read_bytes() if CHANGELOG.is_file() else b"\0no changelog")
        # The card quotes the real-world figures too: new figures are a new release.
        for scores in (REALWORLD_SCORES, REALWORLD_DEV_SCORES):
            digest.update(scores.read_bytes() if scores.is_file() else b"\0no real-world scores")
    except OSError:
        return None  # an unreadable file: the normal build reports it properly
    return digest.hexdigest()


def _record_path(config: BuildConfig, key: str) -> Path:
    return config.cache_dir / RECORDS_DIR / f"{key}.json"


def _canonical(content: dict) -> bytes:
    """The bytes the record's checksum covers: its content as canonical JSON (sorted keys, ASCII)."""
    return json.dumps(content, sort_keys=True, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _encode_record(record: BuildRecord) -> bytes:
    content = {"format": 1, "release_id": record.release_id,
               # The report is our own JSON; surrogateescape keeps any byte exactly as it was.
               "report": record.report.decode("utf-8", "surrogateescape"), "result": to_json(record.result)}
    return json.dumps({"sha256": hashlib.sha256(_canonical(content)).hexdigest(), "record": content},
                      sort_keys=True, ensure_ascii=True, indent=1).encode("ascii") + b"\n"


def _decode_record(data: bytes) -> BuildRecord:
    """The record :func:`_encode_record` wrote; ValueError (CodecError) if it is not exactly that."""
    stored = json.loads(data)
    if type(stored) is not dict or set(stored) != {"sha256", "record"} or type(stored["record"]) is not dict:
        raise CodecError("not a build record")
    content = stored["record"]
    if hashlib.sha256(_canonical(content)).hexdigest() != stored["sha256"]:
        raise CodecError("checksum mismatch")
    if set(content) != {"format", "release_id", "report", "result"} or content["format"] != 1:
        raise CodecError("unknown record layout")
    release_id, report = content["release_id"], content["report"]
    # The release id names a folder beside the output: a plain name, never a path.
    if type(release_id) is not str or release_id in ("", ".", "..") or Path(release_id).name != release_id:
        raise CodecError("not a release id")
    if type(report) is not str:
        raise CodecError("not a report")
    result = from_json(content["result"])
    if type(result) is not BuildResult:
        raise CodecError("not a build result")
    return BuildRecord(release_id, report.encode("utf-8", "surrogateescape"), result)


def _remove_old(folder: Path, keep: str | None) -> None:
    """Delete every record but ``keep``: pickles of the old layout, records of other keys, leftover temporaries."""
    for old in sorted(folder.glob("*.pickle")) + sorted(folder.glob("*.json")) + sorted(folder.glob(".*.tmp")):
        if old.name != keep:
            with contextlib.suppress(OSError):
                old.unlink()


def reusable(config: BuildConfig, key: str | None) -> BuildRecord | None:
    """The record of an identical earlier build whose record is intact and whose release is still current and
    intact, else None (then the build runs as usual)."""
    if config.cache_dir is None or key is None:
        return None
    folder, path = config.cache_dir / RECORDS_DIR, _record_path(config, key)
    for old in sorted(folder.glob("*.pickle")):  # the old layout: never unpickled, only removed
        with contextlib.suppress(OSError):
            old.unlink()
    try:
        if not path.is_file():
            return None
        record = _decode_record(path.read_bytes())
    except Exception as error:  # OSError, bad JSON or UTF-8, CodecError, JSON nested too deep...
        print(f"warning: cache: build record {path.name} is damaged ({error}); it was removed and the build "
              "runs as usual", file=sys.stderr)
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    target = ownership.releases_dir(config.output_dir) / record.release_id
    output = config.output_dir
    if not (output.is_symlink() and output.resolve() == target.resolve()):
        return None
    # A file of the release edited, added or removed since it was published: rebuild it.
    return record if release.intact(target) else None


def remember(config: BuildConfig, key: str | None, result: object) -> None:
    """Store the record of the build that just published (one record per output: older ones are removed).
    The build has published: a record that cannot be written only costs the next build its shortcut."""
    if config.cache_dir is None or key is None:
        return
    folder = config.cache_dir / RECORDS_DIR
    temporary = folder / f".{key}.{os.getpid()}.tmp"
    try:
        record = BuildRecord(config.output_dir.resolve().name, config.report_path.read_bytes(), result)
        folder.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(_encode_record(record))
        os.replace(temporary, _record_path(config, key))
        _remove_old(folder, keep=_record_path(config, key).name)
    except Exception as error:  # OSError, or a result the codec cannot hold (a test catches that)
        with contextlib.suppress(OSError):
            temporary.unlink()
        print(f"warning: cache: the build record could not be written ({error})", file=sys.stderr)


def restore(config: BuildConfig, record: BuildRecord) -> None:
    """Write what a build writes besides the release: the report, and the card copy when asked for."""
    temporary = config.report_path.with_name(f".{config.report_path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(record.report)
    os.replace(temporary, config.report_path)  # a kill leaves the old report or this one, never half of it
    if config.card_copy is not None:
        shutil.copyfile(config.output_dir / "README.md", config.card_copy)
