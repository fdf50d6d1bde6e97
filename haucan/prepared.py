"""Each article decoded, cleaned and laid out once per build: the dedup pass keeps what ``prepare`` made of each
article (haucan/process.py: the RawArticle and the Article with its blocks and metadata) and the main pass
reads it back instead of computing it again (issue 16: that work was ~35% of a whitespace build's CPU, twice).

Where. Each chunk of the dedup pass (haucan/signature_chunk.py) writes one file into the build's scratch folder
(``prepared/``), named by the hex of its first article id: hex of UTF-8 sorts as the ids do, so the main pass's
worker finds the file holding an article by bisecting the sorted names (the main pass's chunks leave out the
duplicates, so they are not the dedup pass's chunks). A file holds, per article id, the sha256 of the bytes
``prepare`` read and its result, each zlib-compressed msgpack; a worker holds one file at a time and the main
process none, so memory stays flat whatever the corpus size (scratch disk: ~1.8 KB per generated article of
2.1 KB; reading one back costs ~0.1 ms, ``prepare`` ~2.5-6 ms).

When. The main pass uses a stored result only when the file's bytes it read hash to the same sha256; otherwise,
or when the dedup pass stored nothing (a rejection or an exception, which the main pass must meet again to
report; a Signature found in the article cache; a Dask cluster, whose workers share no scratch folder), it runs
``prepare`` itself. The result is the same either way: ``prepare`` depends only on the bytes, the source, the
rules and the build day, all fixed within one build (tests/test_prepared.py checks the round trip exactly, on
mojibake, NFD, odd whitespace and markup). A damaged or unreadable file means recomputing, never a failure.

The form is data-only (msgpack; a tuple, a date and the six record classes below as extension types, built from
their fields): nothing read back can run code.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import os
import zlib
from pathlib import Path
from types import MappingProxyType

import msgpack

from haucan.records import Article, Block, Metadata, NullReason, RawArticle, SourceFile

_CLASSES = (RawArticle, Article, Metadata, Block, NullReason, SourceFile)
_FIELDS = tuple(tuple(f.name for f in dataclasses.fields(cls)) for cls in _CLASSES)
_INDEX = MappingProxyType({cls: i for i, cls in enumerate(_CLASSES)})
_TUPLE, _DATE, _OBJECT = 1, 2, 3
_TEXT_ERRORS = "surrogatepass"  # a file name that was not UTF-8 keeps its lone surrogates
_FORMAT = 1
SUBDIR = "prepared"


def _packb(value: object) -> bytes:
    # strict_types: only exact lists are msgpack arrays, so every tuple comes through _default and back as a tuple.
    return msgpack.packb(value, default=_default, strict_types=True, use_bin_type=True, unicode_errors=_TEXT_ERRORS)


def _default(value: object) -> msgpack.ExtType:
    kind = type(value)
    if kind is tuple:
        return msgpack.ExtType(_TUPLE, _packb(list(value)))
    if kind is dt.date:
        return msgpack.ExtType(_DATE, value.toordinal().to_bytes(4, "little"))
    index = _INDEX.get(kind)
    if index is None:
        raise TypeError(f"{kind.__qualname__} cannot be kept for the main pass (haucan/prepared.py)")
    return msgpack.ExtType(_OBJECT, _packb([index, *(getattr(value, name) for name in _FIELDS[index])]))


def _unpackb(data: bytes) -> object:
    return msgpack.unpackb(data, ext_hook=_ext, raw=False, strict_map_key=True, unicode_errors=_TEXT_ERRORS)


def _ext(code: int, data: bytes) -> object:
    if code == _TUPLE:
        return tuple(_unpackb(data))
    if code == _DATE:
        return dt.date.fromordinal(int.from_bytes(data, "little"))
    if code == _OBJECT:
        index, *values = _unpackb(data)
        return _CLASSES[index](*values)
    raise ValueError(f"unknown extension {code}")


def encode_prepared(raw: RawArticle, article: Article) -> bytes:
    """``prepare``'s result in the stored form (zlib level 1: the text appears three or four times in it)."""
    return zlib.compress(_packb((raw, article)), 1)


def decode_prepared(blob: bytes) -> tuple[RawArticle, Article]:
    """The inverse of ``encode_prepared``; ValueError when the blob is not one."""
    value = _unpackb(zlib.decompress(blob))
    if (type(value) is not tuple or len(value) != 2 or type(value[0]) is not RawArticle
            or type(value[1]) is not Article):
        raise ValueError("not a prepared article")
    return value


def data_digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def write_chunk(folder: Path, articles: dict[str, tuple[bytes, bytes]]) -> None:
    """Store one dedup chunk's prepared articles (id -> (data digest, encoded result)), ids in order; written
    under a temporary name and renamed, so a reader sees a whole file or none. A write that fails (disk full)
    only means the main pass computes them again."""
    if not articles:
        return
    name = min(articles).encode("utf-8", _TEXT_ERRORS).hex()
    temporary = folder / f".{name}.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(msgpack.packb([_FORMAT, {k: list(v) for k, v in articles.items()}], use_bin_type=True,
                                            unicode_errors=_TEXT_ERRORS))
        os.replace(temporary, folder / name)
    except OSError:
        temporary.unlink(missing_ok=True)


class PreparedReader:
    """The main pass's side, for one task of a worker: ``get`` the stored result of an article, or None."""

    def __init__(self, folder: Path | None) -> None:
        self._starts: list[str] = []
        self._names: list[str] = []
        self._folder = folder
        self._loaded: tuple[str, dict] | None = None  # one file at a time
        if folder is None:
            return
        try:
            names = sorted(n for n in os.listdir(folder) if not n.startswith("."))
        except OSError:
            return
        for name in names:
            try:
                self._starts.append(bytes.fromhex(name).decode("utf-8", _TEXT_ERRORS))
                self._names.append(name)
            except ValueError:
                continue

    def _articles(self, name: str) -> dict:
        if self._loaded is None or self._loaded[0] != name:
            try:
                form, articles = msgpack.unpackb((self._folder / name).read_bytes(), raw=False,
                                                 unicode_errors=_TEXT_ERRORS)
                if form != _FORMAT or type(articles) is not dict:
                    articles = {}
            except (OSError, ValueError, TypeError, msgpack.UnpackException):
                articles = {}
            self._loaded = (name, articles)
        return self._loaded[1]

    def get(self, source: SourceFile, data: bytes) -> tuple[RawArticle, Article] | None:
        """What the dedup pass's ``prepare`` made of exactly these bytes of this source, or None."""
        position = bisect.bisect_right(self._starts, source.article_id) - 1
        if position < 0:
            return None
        found = self._articles(self._names[position]).get(source.article_id)
        if type(found) is not list or len(found) != 2 or found[0] != data_digest(data):
            return None
        try:
            raw, article = decode_prepared(found[1])
        except (ValueError, TypeError, zlib.error, msgpack.UnpackException):
            return None
        return (raw, article) if raw.source == source else None
