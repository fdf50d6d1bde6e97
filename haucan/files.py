"""Looking at and reading files without trusting them: never follow a link, never block on a FIFO or device.

The one place for what the release, ownership, up-to-date and manifest code each needed: ``lstat`` before
opening, the open flags that refuse a link or FIFO swapped in after that ``lstat``, the check after opening,
and the words that name a kind of file in messages.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

OPEN_REGULAR = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
"""Open flags for a file expected to be regular: a link is refused, a FIFO or device never waited on."""
BLOCK_BYTES = 1 << 20

_KINDS = ((stat.S_ISREG, "a regular file"), (stat.S_ISDIR, "a folder"), (stat.S_ISLNK, "a symbolic link"),
          (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"))


def lstat_or_none(path: Path) -> os.stat_result | None:
    """The path's own status (a link is not followed), or None when nothing is there."""
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None


def is_regular(path: Path) -> bool:
    """True when ``path`` itself (not a link to it) is a regular file."""
    info = lstat_or_none(path)
    return info is not None and stat.S_ISREG(info.st_mode)


def file_kind(mode: int) -> str:
    """What a file of this ``st_mode`` is, for messages ('a FIFO', 'a folder', ...)."""
    return next((kind for test, kind in _KINDS if test(mode)), "an unknown kind of file")


@contextlib.contextmanager
def open_regular(path: Path | str) -> Iterator[BinaryIO]:
    """``path`` opened for reading, only if it is a regular file; OSError for a link, FIFO, device or anything
    that became one after the caller's ``lstat``."""
    descriptor = os.open(path, OPEN_REGULAR)
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(f"{path}: not a regular file")
        yield handle


def update_from(digest, handle: BinaryIO) -> None:
    """Feed the rest of ``handle`` into ``digest`` in blocks (a file of any size in bounded memory)."""
    for block in iter(lambda: handle.read(BLOCK_BYTES), b""):
        digest.update(block)


def sha256_regular(path: Path) -> str:
    """sha256 (hex) of a regular file; OSError for anything else."""
    digest = hashlib.sha256()
    with open_regular(path) as handle:
        update_from(digest, handle)
    return digest.hexdigest()
