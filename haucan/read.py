"""Finds input files and decodes them; every failure is a SeedError naming the file and the spot."""

from __future__ import annotations

import csv
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from haucan.clean import clean_text_logged
from haucan.decode import decode
from haucan.errors import SeedError
from haucan.records import RawArticle, SourceFile

SOURCES_CSV = "sources.csv"
SIDECAR_DIR = "gold"  # haucan.gold.GOLD_DIR
INPUT_SUFFIX = ".txt"
MAX_FILE_BYTES = 20 * 1024 * 1024
# Seed files are named "<sequence>_<16 hex digits>.txt"; the hex part is the scraper's own article id.
_SEED_NAME = re.compile(r"^\d+_(?P<id>[0-9a-f]{16})$")


def printable_path(relative: str) -> str:
    """A file name safe to print and store: undecodable bytes become ``\\xNN`` escapes."""
    return relative.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def article_id_for(relative_path: str) -> str:
    """The seed's own id when the name carries one, else 16 hex digits of sha256(relative path, NFC)."""
    stem = Path(relative_path).stem
    match = _SEED_NAME.match(stem)
    if match:
        return match.group("id")
    key = unicodedata.normalize("NFC", printable_path(relative_path))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Discovery:
    """What a walk of the input folder found: sources to read, files rejected up front, sidecar notes."""

    sources: tuple[SourceFile, ...]
    rejected: tuple[SeedError, ...]
    ignored: tuple[str, ...]
    notes: tuple[str, ...]


def read_sources_csv(root: Path) -> tuple[dict[str, str], list[str]]:
    """Map relative file path -> URL from ``root/sources.csv``; problems become notes naming line and field."""
    path = root / SOURCES_CSV
    urls: dict[str, str] = {}
    notes: list[str] = []
    if not path.is_file():
        return urls, notes
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames is None or not {"file", "url"} <= set(reader.fieldnames):
            notes.append(f"{SOURCES_CSV} (line 1): header must have the fields 'file' and 'url'; file ignored")
            return urls, notes
        for line_no, row in enumerate(reader, start=2):
            name, url = (row.get("file") or "").strip(), (row.get("url") or "").strip()
            if not name:
                notes.append(f"{SOURCES_CSV} (line {line_no}, field file): empty file name; row ignored")
                continue
            if url and not re.match(r"^https?://\S+$", url):
                notes.append(f"{SOURCES_CSV} (line {line_no}, field url): not an http(s) URL: {url!r}; url left null")
                continue
            if url:
                urls[name] = url
    return urls, notes


def _is_junk(name: str) -> bool:
    """Editor and OS droppings that happen to end in .txt ('._a.txt', '~a.txt', 'a.txt~' never does)."""
    return name.startswith(("._", "~", ".~lock"))


def discover(root: Path) -> Discovery:
    """Walk ``root`` recursively (links never followed), in sorted order, and pair each .txt with its URL.

    Rejected up front: symbolic links (never followed, whether or not they leave the folder), file names that
    are not valid UTF-8, and a second file whose name equals an earlier one after NFC and case folding.
    The result is sorted by article id, the order rows are published in, so the build can stream.
    """
    urls, notes = read_sources_csv(root)
    found: list[SourceFile] = []
    rejected: list[SeedError] = []
    ignored: list[str] = []
    seen_names: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        if Path(dirpath) == root and SIDECAR_DIR in dirnames:
            dirnames.remove(SIDECAR_DIR)  # hand annotations beside the articles, not articles
        for link in [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            dirnames.remove(link)
            relative = printable_path(Path(dirpath, link).relative_to(root).as_posix())
            rejected.append(SeedError(relative, "symlink", "a linked folder is never followed"))
        for name in sorted(filenames):
            fs_relative = Path(dirpath, name).relative_to(root).as_posix()
            relative = printable_path(fs_relative)
            if not name.endswith(INPUT_SUFFIX) or _is_junk(name):
                if relative != SOURCES_CSV:
                    ignored.append(relative)
                continue
            if relative != fs_relative:
                rejected.append(SeedError(relative, "undecodable_file_name",
                                          "the file name is not valid UTF-8 (shown with \\x escapes)", field="file name"))
                continue
            if os.path.islink(os.path.join(dirpath, name)):
                target = os.path.realpath(os.path.join(dirpath, name))
                leaves = not Path(target).is_relative_to(root.resolve())
                rejected.append(SeedError(relative, "symlink", "symbolic link, never followed"
                                          + (" (it points outside the input folder)" if leaves else "")))
                continue
            # Published paths are NFC like every other string; the file is opened by its name on disk.
            nfc = unicodedata.normalize("NFC", relative)
            key = nfc.casefold()
            if key in seen_names:
                rejected.append(SeedError(relative, "name_collision",
                                          f"{ascii(relative)} equals {ascii(seen_names[key])} after Unicode NFC and "
                                          "case folding", field="file name"))
                continue
            seen_names[key] = relative
            found.append(SourceFile(nfc, article_id_for(nfc), urls.get(nfc), fs_path=fs_relative if fs_relative != nfc else ""))
    unknown = sorted(set(urls) - {s.relative_path for s in found})
    notes.extend(f"{SOURCES_CSV}: lists {name!r}, which is not in the input folder" for name in unknown)
    found.sort(key=lambda s: (s.article_id, s.relative_path))
    sources: list[SourceFile] = []
    for source in found:
        if sources and sources[-1].article_id == source.article_id:
            rejected.append(SeedError(source.relative_path, "duplicate_id",
                                      f"article id {source.article_id} is already taken by {sources[-1].relative_path}",
                                      field="article_id"))
            continue
        sources.append(source)
    return Discovery(tuple(sources), tuple(sorted(rejected, key=lambda e: e.path)), tuple(ignored), tuple(notes))


def read_article(root: Path, source: SourceFile) -> RawArticle:
    """Read one file (never following a link, never opening a FIFO) and decode it; see haucan.decode."""
    return decode_article(source, read_bytes(root, source))


def read_bytes(root: Path, source: SourceFile) -> bytes:
    """The file's bytes, read safely: no links, FIFOs or devices, nothing past MAX_FILE_BYTES, not blank."""
    path = root / (source.fs_path or source.relative_path)
    try:
        info = os.lstat(path)
    except OSError as error:
        raise SeedError(source.relative_path, "unreadable", error.strerror or str(error)) from None
    if stat.S_ISLNK(info.st_mode):
        raise SeedError(source.relative_path, "symlink", "symbolic links are not followed")
    if not stat.S_ISREG(info.st_mode):
        raise SeedError(source.relative_path, "not_regular_file", "not a regular file (FIFO, device or socket)")
    if info.st_size > MAX_FILE_BYTES:
        raise SeedError(source.relative_path, "too_large", f"{info.st_size} bytes exceeds the {MAX_FILE_BYTES}-byte limit")
    try:
        # O_NOFOLLOW: a link swapped in after the lstat above is refused, not followed.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise SeedError(source.relative_path, "unreadable", error.strerror or str(error)) from None
    if len(data) > MAX_FILE_BYTES:
        raise SeedError(source.relative_path, "too_large", "the file grew past the size limit while being read")
    if not data.strip():
        raise SeedError(source.relative_path, "empty", "the file has no text", byte_offset=0)
    return data


def decode_article(source: SourceFile, data: bytes) -> RawArticle:
    """Decode and clean the file's bytes (repairs recorded), or raise SeedError naming file, offset and field."""
    text, decoding_repairs = decode(data, source.relative_path)
    clean, cleaning_repairs = clean_text_logged(text)
    if not clean.strip():
        raise SeedError(source.relative_path, "empty", "nothing but invisible or control characters", byte_offset=0)
    return RawArticle(source=source, raw_text=text, repairs=decoding_repairs + cleaning_repairs, clean=clean)


def iter_raw_articles(root: Path, sources: tuple[SourceFile, ...]) -> Iterator[RawArticle | SeedError]:
    """Read the sources in order, yielding a SeedError in place of each file that cannot be read."""
    for source in sources:
        try:
            yield read_article(root, source)
        except SeedError as error:
            yield error
