"""``sources.csv`` beside the articles: relative file path -> URL, read without ever trusting the file.

Every problem is a note naming the line (or byte offset) and the field, never an exception: the file is ignored
as a whole when it is a link, not a regular file, unreadable or not UTF-8; a row is ignored when it cannot be
parsed, has no file name, or holds a control or whitespace character in the name or URL.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import sqlite3
import stat
import unicodedata
from pathlib import Path

SOURCES_CSV = "sources.csv"


def read_sources_csv(root: Path, db: sqlite3.Connection) -> list[str]:
    """Load relative file path -> URL from ``root/sources.csv`` into the index's ``urls`` table (the last row
    for a file wins); problems become notes naming line (or byte) and field, never exceptions.

    The file is ignored as a whole (a note says why) when it is a symbolic link (never followed, wherever it
    points), not a regular file (never opened: a FIFO would block), unreadable, or not UTF-8 (the note names
    the byte offset of the first bad byte). A row is ignored when it cannot be parsed (a field over
    ``csv.field_size_limit()``, 128 KiB), has no file name, or has a file name or URL holding a control
    character or whitespace; a URL that is not http(s) is left null."""
    path = root / SOURCES_CSV
    notes: list[str] = []
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return notes
    except OSError as error:
        return [f"{SOURCES_CSV}: unreadable ({error.strerror}); file ignored"]
    if stat.S_ISLNK(info.st_mode):
        return [f"{SOURCES_CSV}: a symbolic link, never followed; file ignored"]
    if not stat.S_ISREG(info.st_mode):
        return [f"{SOURCES_CSV}: not a regular file (a folder, FIFO, device or socket); file ignored"]
    try:
        # O_NOFOLLOW | O_NONBLOCK: a link or FIFO swapped in after the lstat above is refused, never waited on.
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        with os.fdopen(descriptor, "rb") as raw:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                return [f"{SOURCES_CSV}: not a regular file; file ignored"]
            bad = first_invalid_utf8(raw)
            if bad is not None:
                return [f"{SOURCES_CSV} (byte {bad}): not valid UTF-8; file ignored"]
            raw.seek(0)
            _read_url_rows(io.TextIOWrapper(raw, encoding="utf-8-sig", newline=""), db, notes)
    except OSError as error:
        db.execute("DELETE FROM urls")  # a file read in part is ignored as a whole
        return [f"{SOURCES_CSV}: unreadable ({error.strerror}); file ignored"]
    return notes


def first_invalid_utf8(handle) -> int | None:
    """Byte offset of the first byte that is not valid UTF-8 (a truncated sequence at the end included), read
    in 1 MiB blocks; None when the whole file is valid."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    consumed = 0
    while True:
        block = handle.read(1 << 20)
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(block, final=not block)
        except UnicodeDecodeError as error:
            return consumed - pending + error.start  # error.start counts the bytes held over from the last block
        if not block:
            return None
        consumed += len(block)


def is_control(char: str) -> bool:
    """A control character (C0, DEL, C1: newline, tab, escape...) or a line/paragraph separator."""
    return unicodedata.category(char) in ("Cc", "Zl", "Zp")


def control_character(value: str) -> str | None:
    """The first control character (C0, DEL, C1: newline, tab, escape...) or line/paragraph separator in
    ``value``, escaped for printing; None when there is none. Such a character in a file name breaks every
    line-based report and listing that shows it."""
    for char in value:
        if is_control(char):
            return ascii(char)
    return None


def _unsafe_url_character(value: str) -> str | None:
    """The first whitespace, control, format or unassigned character in a URL, escaped; else None."""
    for char in value:
        if char.isspace() or unicodedata.category(char)[0] == "C":
            return ascii(char)
    return None


def _read_url_rows(handle, db: sqlite3.Connection, notes: list[str]) -> None:
    """The rows of an open, valid UTF-8 ``sources.csv``; every problem is a note naming the line it starts on."""
    reader = csv.reader(handle)
    try:
        header = [name.strip() for name in next(reader, [])]
    except csv.Error as error:
        notes.append(f"{SOURCES_CSV} (line 1): {error}; file ignored")
        return
    if not {"file", "url"} <= set(header):
        notes.append(f"{SOURCES_CSV} (line 1): header must have the fields 'file' and 'url'; file ignored")
        return
    file_column, url_column = header.index("file"), header.index("url")
    while True:
        line_no = reader.line_num + 1  # a quoted field may span lines: the row is named by its first line
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:  # e.g. a field over csv.field_size_limit(); the reader resumes at the next line
            notes.append(f"{SOURCES_CSV} (line {line_no}): {error}; row ignored")
            continue
        if not row:
            continue
        # Spaces around a field are CSV formatting ("a.txt, https://..."); any other whitespace is data.
        name = (row[file_column] if file_column < len(row) else "").strip(" ")
        url = (row[url_column] if url_column < len(row) else "").strip(" ")
        if not name:
            notes.append(f"{SOURCES_CSV} (line {line_no}, field file): empty file name; row ignored")
            continue
        for field, value, check in (("file", name, control_character), ("url", url, _unsafe_url_character)):
            bad = check(value)
            if bad is not None:
                notes.append(f"{SOURCES_CSV} (line {line_no}, field {field}): holds the control or whitespace "
                             f"character {bad}: {value[:200]!r}; row ignored")
                break
        else:
            if url and not re.match(r"^https?://\S+$", url):
                notes.append(f"{SOURCES_CSV} (line {line_no}, field url): not an http(s) URL: {url[:200]!r}; "
                             "url left null")
                continue
            if url:
                db.execute("INSERT OR REPLACE INTO urls VALUES (?, ?)", (name, url))
