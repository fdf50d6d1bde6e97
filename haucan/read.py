"""Finds input files and decodes them; every failure is a SeedError naming the file and the spot."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import sqlite3
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from haucan.clean import clean_text_logged
from haucan.decode import decode
from haucan.errors import SeedError
from haucan.files import file_kind
from haucan.html_page import extract_page, is_html_name
from haucan.records import RawArticle, SourceFile
from haucan.scratch import open_scratch_db
from haucan.screen import screen_language, screen_markup
from haucan.sources_csv import SOURCES_CSV, control_character, is_control, read_sources_csv

SIDECAR_DIR = "gold"  # haucan.gold.GOLD_DIR
# A scraped article saved as text, or a saved web page (its main text is extracted: haucan.html_page).
INPUT_SUFFIXES = (".txt", ".html", ".htm")
MAX_FILE_BYTES = 20 * 1024 * 1024
# Seed files are named "<sequence>_<16 hex digits>.txt" (or .html/.htm); the hex part is the scraper's own id.
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


_PAGE_CACHE_KIB = 16 * 1024


class SourceList:
    """The sources to read, sorted by (article id, path), streamed from an SQLite index instead of held in a list
    (a million paths and ids would be hundreds of MB of Python objects). Iterable more than once; ``len`` works."""

    _COLUMNS = "f.relative, f.article_id, u.url, f.fs_path FROM files f LEFT JOIN urls u ON u.file = f.relative"

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __iter__(self) -> Iterator[SourceFile]:
        cursor = self._db.execute(f"SELECT {self._COLUMNS} WHERE f.duplicate_of IS NULL "
                                  "ORDER BY f.article_id, f.relative")
        while rows := cursor.fetchmany(1024):
            for relative, article_id, url, fs_path in rows:
                yield SourceFile(relative, article_id, url, fs_path)

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM files WHERE duplicate_of IS NULL").fetchone()[0]

    def get(self, article_id: str) -> SourceFile | None:
        """The source published under ``article_id``, if any."""
        row = self._db.execute(f"SELECT {self._COLUMNS} WHERE f.article_id = ? AND f.duplicate_of IS NULL",
                               (article_id,)).fetchone()
        return SourceFile(*row) if row else None


@dataclass(frozen=True, slots=True)
class Discovery:
    """What a walk of the input folder found: sources to read, files rejected up front, sidecar notes."""

    sources: SourceList
    rejected: tuple[SeedError, ...]
    ignored: tuple[str, ...]
    notes: tuple[str, ...]


def source_index(workdir: Path | None) -> sqlite3.Connection:
    """Scratch index of the walk: on disk in ``workdir`` (bounded memory), or in memory for small folders."""
    if workdir is None:
        db = sqlite3.connect(":memory:")
    else:
        db = open_scratch_db(workdir / "discovery.sqlite3", _PAGE_CACHE_KIB)
    db.executescript("""
        CREATE TABLE urls (file TEXT PRIMARY KEY, url TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE files (fold TEXT PRIMARY KEY, relative TEXT NOT NULL, article_id TEXT NOT NULL,
                            fs_path TEXT NOT NULL, duplicate_of TEXT) WITHOUT ROWID;
    """)
    return db


def _is_junk(name: str) -> bool:
    """Editor and OS droppings that happen to end in an input suffix ('._a.txt', '~a.html'; 'a.txt~' never does)."""
    return name.startswith(("._", "~", ".~lock"))


def escape_controls(relative: str) -> str:
    """``relative`` with each control character (see ``control_character``) written as its escape (``\\n``)."""
    return "".join(ascii(char)[1:-1] if is_control(char) else char for char in relative)


def discover(root: Path, workdir: Path | None = None) -> Discovery:
    """Walk ``root`` recursively (links never followed), in sorted order, and pair each input (``.txt``, or a
    saved web page ``.html``/``.htm``) with its URL.

    Every input is ``lstat``-ed, never opened here. Rejected up front: symbolic links (never followed,
    whether or not they leave the folder), FIFOs, sockets and devices (``not_regular_file``: opening a FIFO
    would block), file names that are not valid UTF-8 or hold a control character (a newline, a tab...),
    a second file whose name equals an earlier one after NFC and case folding, and a second file with the same
    article id. A folder that cannot be listed is rejected as ``unreadable`` (it counts as one file found:
    what it holds is unknown). The sources come out sorted by article id, the order rows are published in, so
    the build can stream. With ``workdir`` the index lives on disk there (memory stays flat for millions of
    files; the caller removes the folder); without it, in memory.
    """
    db = source_index(workdir)
    db.execute("BEGIN")  # one transaction for the whole walk: a million single-row commits would dominate it
    notes = read_sources_csv(root, db)
    rejected: list[SeedError] = []
    ignored: list[str] = []
    unlistable: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unlistable.append, followlinks=False):
        dirnames.sort()
        if Path(dirpath) == root and SIDECAR_DIR in dirnames:
            dirnames.remove(SIDECAR_DIR)  # hand annotations beside the articles, not articles
        for link in [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            dirnames.remove(link)
            relative = escape_controls(printable_path(Path(dirpath, link).relative_to(root).as_posix()))
            rejected.append(SeedError(relative, "symlink", "a linked folder is never followed"))
        for name in sorted(filenames):
            fs_relative = Path(dirpath, name).relative_to(root).as_posix()
            relative = escape_controls(printable_path(fs_relative))
            if not name.endswith(INPUT_SUFFIXES) or _is_junk(name):
                if relative != SOURCES_CSV:
                    ignored.append(relative)
                continue
            if printable_path(fs_relative) != fs_relative:
                rejected.append(SeedError(relative, "undecodable_file_name",
                                          "the file name is not valid UTF-8 (shown with \\x escapes)", field="file name"))
                continue
            bad = control_character(fs_relative)
            if bad is not None:
                rejected.append(SeedError(relative, "control_character_in_file_name",
                                          f"the path holds the control character {bad} (shown escaped)",
                                          field="file name"))
                continue
            try:
                info = os.lstat(os.path.join(dirpath, name))
            except OSError as error:
                rejected.append(SeedError(relative, "unreadable", error.strerror or str(error)))
                continue
            if stat.S_ISLNK(info.st_mode):
                target = os.path.realpath(os.path.join(dirpath, name))
                leaves = not Path(target).is_relative_to(root.resolve())
                rejected.append(SeedError(relative, "symlink", "symbolic link, never followed"
                                          + (" (it points outside the input folder)" if leaves else "")))
                continue
            if not stat.S_ISREG(info.st_mode):
                rejected.append(SeedError(relative, "not_regular_file",
                                          f"{file_kind(info.st_mode)}, not a regular file: never opened"))
                continue
            # Published paths are NFC like every other string; the file is opened by its name on disk.
            nfc = unicodedata.normalize("NFC", relative)
            inserted = db.execute("INSERT OR IGNORE INTO files VALUES (?, ?, ?, ?, NULL)", (
                nfc.casefold(), nfc, article_id_for(nfc), fs_relative if fs_relative != nfc else "")).rowcount
            if not inserted:
                (earlier,) = db.execute("SELECT relative FROM files WHERE fold = ?", (nfc.casefold(),)).fetchone()
                rejected.append(SeedError(relative, "name_collision",
                                          f"{ascii(relative)} equals {ascii(earlier)} after Unicode NFC and "
                                          "case folding", field="file name"))
    for error in unlistable:  # os.walk skipped these folders: their files are unknown, so the folder is reported
        folder = Path(error.filename or root)
        relative = folder.relative_to(root).as_posix() if folder.is_relative_to(root) else folder.as_posix()
        rejected.append(SeedError(escape_controls(printable_path(relative)), "unreadable",
                                  f"folder cannot be listed ({error.strerror or error}): its files are not read"))
    db.execute("COMMIT")
    db.execute("CREATE INDEX files_by_id ON files (article_id, relative)")
    unknown = db.execute("SELECT file FROM urls WHERE file NOT IN (SELECT relative FROM files) ORDER BY file")
    notes.extend(f"{SOURCES_CSV}: lists {name!r}, which is not in the input folder" for (name,) in unknown)
    rejected.extend(_reject_duplicate_ids(db))
    return Discovery(SourceList(db), tuple(sorted(rejected, key=lambda e: e.path)), tuple(ignored), tuple(notes))


def _reject_duplicate_ids(db: sqlite3.Connection) -> list[SeedError]:
    """Files whose article id an earlier path (in sorted order) already took: marked, and rejected."""
    rejected, kept = [], None
    clashes = db.execute("SELECT fold, relative, article_id FROM files WHERE article_id IN (SELECT article_id "
                         "FROM files GROUP BY article_id HAVING count(*) > 1) ORDER BY article_id, relative").fetchall()
    for fold, relative, article_id in clashes:
        if kept is None or kept[1] != article_id:
            kept = (relative, article_id)
            continue
        db.execute("UPDATE files SET duplicate_of = ? WHERE fold = ?", (kept[0], fold))
        rejected.append(SeedError(relative, "duplicate_id", f"article id {article_id} is already taken by {kept[0]}",
                                  field="article_id"))
    return rejected


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
    """Decode and clean the file's bytes (repairs recorded), or raise SeedError naming file, offset and field.

    A saved web page (``.html``/``.htm``) is decoded the same way, then reduced to the text a scraper would
    have saved of it (haucan.html_page); that text is its ``raw_text`` (the published raw text is text, never
    markup) and its canonical URL fills ``url`` when sources.csv gives none. A ``.txt`` holding an HTML page
    is still rejected (``html``): the suffix says what a file is, and a page saved as text is a scraper's bug.
    """
    text, decoding_repairs = decode(data, source.relative_path)
    page_published = None
    if is_html_name(source.relative_path):
        page = extract_page(text, source.relative_path)
        text, page_published = page.text, page.published
        if source.url is None and page.canonical_url is not None:
            source = dataclasses.replace(source, url=page.canonical_url)
    else:
        screen_markup(text, source.relative_path)  # before the cleaners decode entities and <br>: an HTML page?
    clean, cleaning_repairs = clean_text_logged(text)
    if not clean.strip():
        raise SeedError(source.relative_path, "empty", "nothing but invisible or control characters", byte_offset=0)
    screen_language(clean, source.relative_path)
    return RawArticle(source=source, raw_text=text, repairs=decoding_repairs + cleaning_repairs, clean=clean,
                      page_published=page_published)


def iter_raw_articles(root: Path, sources: Iterable[SourceFile]) -> Iterator[RawArticle | SeedError]:
    """Read the sources in order, yielding a SeedError in place of each file that cannot be read."""
    for source in sources:
        try:
            yield read_article(root, source)
        except SeedError as error:
            yield error
