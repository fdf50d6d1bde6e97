"""The build's two stores: each chunk's and article's results (per pipeline version), and underthesea's
segmentations (per underthesea version); and deleting article stores of other versions."""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from haucan.cache.damage import DamageLog
from haucan.cache.store import CheckedStore
from haucan.codec import CodecError, decode
from haucan.timing import stage


class ArticleCache(CheckedStore):
    """Per-article and per-chunk results, keyed by ``content_key`` of everything they depend on."""

    kind = "article store"

    def __init__(self, folder: Path, version: str, damage: DamageLog | None = None) -> None:
        super().__init__(folder / f"articles-{version}.sqlite", damage)

    def get(self, key: bytes) -> bytes | None:
        """The stored bytes under ``key`` if their checksum holds (a value that fails is deleted)."""
        value = self._get(key)
        return bytes(value) if value is not None else None

    def put(self, key: bytes, blob: bytes) -> None:
        self._put(key, blob, "REPLACE")

    def load(self, key: bytes, sound: Callable[[object], str | None]) -> tuple[object, bytes] | None:
        """(decoded value, its bytes) under ``key``, or None; a value that fails its checksum, fails to decode
        (haucan/codec.py), or that ``sound`` finds wrong (it returns why) is discarded: the caller computes it."""
        with stage("cache lookup"):
            blob = self.get(key)
            if blob is None:
                return None
            try:
                value = decode(blob)
            except CodecError:
                self.discard(key, "undecodable")
                return None
        try:
            problem = sound(value)
        except Exception as error:  # a value edited into a shape the checks did not foresee
            problem = f"unusable ({type(error).__name__})"
        if problem is not None:
            self.discard(key, problem)
            return None
        return value, blob


def remove_other_versions(folder: Path, version: str) -> list[str]:
    """Delete article stores of other pipeline versions (they can never be hit again, and that includes
    stores set aside as damaged); returns their names. One that cannot be deleted is left: it costs space, not
    the build."""
    removed = []
    if folder.is_dir():
        for path in sorted(folder.glob("articles-*.sqlite*")):
            if not path.name.startswith(f"articles-{version}.sqlite"):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path.name)
    return removed


class SegmentCache(CheckedStore):
    """underthesea's output per distinct text, shared by all workers and all runs with the same underthesea."""

    kind = "segment store"

    def __init__(self, folder: Path, segmenter_version: str, damage: DamageLog | None = None) -> None:
        # ".v2": values carry a checksum since then. The store of the old layout is deleted, not read entry by
        # entry (every one would fail its checksum).
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                (folder / f"segments-{segmenter_version}.sqlite{suffix}").unlink()
        super().__init__(folder / f"segments-{segmenter_version}.v2.sqlite", damage)

    @staticmethod
    def _key(kind: str, text: str) -> bytes:
        return hashlib.sha256(kind.encode() + b"\0" + text.encode("utf-8")).digest()[:20]

    def get(self, kind: str, text: str) -> list[str] | None:
        key = self._key(kind, text)
        value = self._get(key)
        if value is None:
            return None
        try:
            pieces = json.loads(bytes(value))
        except ValueError:
            pieces = None
        if not isinstance(pieces, list) or not all(isinstance(piece, str) for piece in pieces):
            self.discard(key, "undecodable (not a JSON list of strings)")
            return None
        return pieces

    def put(self, kind: str, text: str, pieces: list[str]) -> None:
        # IGNORE: two workers may segment the same new text at once; the first answer stands (they are equal).
        self._put(self._key(kind, text), json.dumps(pieces, ensure_ascii=False).encode("utf-8"), "IGNORE")
