"""A data-only encoding of the build's results: what the caches store on disk and what workers send back.

Nothing decoded here can run code. Decoding builds plain values (None, bool, int, float, str, bytes, list,
dict), a few fixed value types (tuple, ``datetime.date``, ``Counter``, ``Path``, a pyarrow Table read from Arrow
IPC) and instances of the classes in :func:`registry`, each from its fields and nothing else. A type that is
not in the registry, or a payload of the wrong shape, is a :class:`CodecError`, never an import or a call.

Two forms of the same values:

- **binary** (:func:`encode` / :func:`decode`): msgpack, zlib level 1 (blobs shrink about 5x, and compressing
  is fast), behind a 4-byte format tag. Each non-plain value is a msgpack extension whose payload is the
  msgpack of its parts (a table's is its Arrow IPC stream). The article store and the worker -> main transport
  use it.
- **JSON** (:func:`to_json` / :func:`from_json`): every container is a one-key object naming its kind
  (``{"tuple": [...]}``, ``{"object": "BuildResult", "fields": [...]}``...), so nothing is ambiguous. The
  whole-build record uses it: small, and readable by a person.

Both round-trip exactly: a tuple stays a tuple, a Counter a Counter, an int key an int, a lone surrogate (a
file name that was not UTF-8) a lone surrogate. No numpy array is carried: Signature keeps its hashes
as bytes. A class added to what a ChunkResult, ArticleEntry or BuildResult holds must be added to
:func:`registry` (encoding it otherwise is a TypeError naming it, caught by the tests).
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import functools
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import Any

import msgpack
import pyarrow as pa

from haucan.dedup.signature import Signature
from haucan.errors import SeedError, _rebuild_seed_error
from haucan.gold import Span
from haucan.knowledge.facts import GoldDocument
from haucan.knowledge.orgs import Organization
from haucan.records import DocumentRef, Event, Observation, Participant, PositionHeld, SourceFile
from haucan.results import ArticleEntry, BuildResult, ChunkResult
from haucan.stats import CorpusStats
from schema.failure import Failure

FORMAT = b"HC\x01\x00"
"""The binary form's first bytes: the codec and its version (a new layout gets a new tag)."""
PLAIN_FORMAT = b"HC\x01\x01"
"""The same, not compressed: what a worker of a build without a cache sends back (nothing is stored, and
compressing for one trip through a pipe costs more CPU than it saves)."""

# msgpack extension codes: the only non-plain values the binary form can hold.
_TUPLE, _OBJECT, _DATE, _COUNTER, _TABLE, _PATH = 1, 2, 3, 4, 5, 6
# Strings travel as UTF-8 with lone surrogates passed through, so a file name that is not valid UTF-8
# (kept with surrogate escapes) comes back exactly as it went.
_UNICODE_ERRORS = "surrogatepass"


class CodecError(ValueError):
    """The bytes or JSON do not hold values this codec made: damaged, truncated, or made by something else."""


@dataclasses.dataclass(frozen=True)
class _Kind:
    """How one registered class is taken apart and put back together: a tag and its fields, in order."""

    name: str
    cls: type
    fields: Callable[[Any], list]
    build: Callable[[list], Any]


def _dataclass_kind(cls: type) -> _Kind:
    fields = dataclasses.fields(cls)
    if any(not f.init for f in fields) or hasattr(cls, "__post_init__"):
        # Rebuilding through __init__ would not give back the same object.
        raise TypeError(f"{cls.__name__}: only dataclasses whose fields are all init fields can be registered")
    names = tuple(f.name for f in fields)

    def take(value):
        return [getattr(value, name) for name in names]

    def build(values: list):
        if len(values) != len(names):
            raise CodecError(f"{cls.__name__}: {len(values)} fields, expected {len(names)}")
        return cls(*values)

    return _Kind(cls.__name__, cls, take, build)


def _seed_error_kind() -> _Kind:
    """SeedError is an exception, not a dataclass: it travels as the arguments of the rebuild function its
    ``__reduce__`` names (the one pickle uses across processes), so a field added there is carried here too."""

    def take(error: SeedError) -> list:
        rebuild, arguments = error.__reduce__()[:2]
        if rebuild is not _rebuild_seed_error:
            raise TypeError("SeedError.__reduce__ no longer names haucan.errors._rebuild_seed_error")
        return list(arguments)

    def build(values: list) -> SeedError:
        return _rebuild_seed_error(*values)  # a wrong number of values is a TypeError: a CodecError to callers

    return _Kind("SeedError", SeedError, take, build)


@functools.cache
def registry() -> dict[str, _Kind]:
    """Every class a decode may construct, by tag: what ChunkResult, ArticleEntry and BuildResult hold.

    Built on first use, and only from record types: none of their modules imports the codec."""
    kinds = [_dataclass_kind(cls) for cls in (
        ChunkResult, ArticleEntry, SourceFile, Signature, Span, Observation, PositionHeld, Event, Participant,
        DocumentRef, GoldDocument, Organization, CorpusStats, BuildResult, Failure)]
    kinds.append(_seed_error_kind())
    return {kind.name: kind for kind in kinds}


@functools.cache
def _kind_of(cls: type) -> _Kind:
    for kind in registry().values():
        if kind.cls is cls:
            return kind
    raise TypeError(f"{cls.__module__}.{cls.__qualname__} is not registered in haucan.codec (cannot be stored)")


def _kind_named(name: object) -> _Kind:
    kind = registry().get(name) if isinstance(name, str) else None
    if kind is None:
        raise CodecError(f"unknown type {name!r}")
    return kind


# ---- binary form -------------------------------------------------------------------------------------------

def _pack(value: object) -> bytes:
    # A Packer per call: _default packs nested values while an outer Packer is still mid-value.
    # strict_types: only exact lists and dicts are msgpack arrays and maps; tuples, Counters and any subclass
    # go to _default, which knows them or refuses them.
    return msgpack.Packer(default=_default, strict_types=True, use_bin_type=True,
                          unicode_errors=_UNICODE_ERRORS).pack(value)


def _default(value: object) -> msgpack.ExtType:
    kind = type(value)
    if kind is tuple:
        return msgpack.ExtType(_TUPLE, _pack(list(value)))
    if kind is dt.date:
        return msgpack.ExtType(_DATE, value.toordinal().to_bytes(4, "little"))
    if kind is Counter:
        return msgpack.ExtType(_COUNTER, _pack(dict(value)))
    if isinstance(value, pa.Table):
        return msgpack.ExtType(_TABLE, _arrow_ipc(value))
    if isinstance(value, PurePath):
        return msgpack.ExtType(_PATH, _pack(str(value)))
    found = _kind_of(kind)
    return msgpack.ExtType(_OBJECT, _pack([found.name, *found.fields(value)]))


def _arrow_ipc(table: pa.Table) -> bytes:
    """The table as an Arrow IPC stream: its schema (with metadata) and its record batches as they are."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def _unpack(payload: bytes) -> object:
    return msgpack.unpackb(payload, ext_hook=_ext_hook, raw=False, strict_map_key=False,
                           unicode_errors=_UNICODE_ERRORS)


def _ext_hook(code: int, payload: bytes) -> object:
    if code == _TUPLE:
        return tuple(_list(_unpack(payload)))
    if code == _DATE:
        return dt.date.fromordinal(int.from_bytes(payload, "little"))
    if code == _COUNTER:
        mapping = _unpack(payload)
        if type(mapping) is not dict:
            raise CodecError("a Counter that is not a map")
        counter: Counter = Counter()
        dict.update(counter, mapping)  # not Counter.update: it would add, and check every value (slow)
        return counter
    if code == _TABLE:
        table = pa.ipc.open_stream(payload).read_all()
        table.validate(full=True)  # offsets inside their buffers, valid UTF-8: never read past a buffer
        return table
    if code == _PATH:
        text = _unpack(payload)
        if type(text) is not str:
            raise CodecError("a path that is not a string")
        return Path(text)
    if code == _OBJECT:
        parts = _list(_unpack(payload))
        if not parts:
            raise CodecError("an object without a type")
        return _kind_named(parts[0]).build(parts[1:])
    raise CodecError(f"unknown msgpack extension {code}")


def _list(value: object) -> list:
    if type(value) is not list:
        raise CodecError(f"expected an array, found {type(value).__name__}")
    return value


def encode(value: object, compress: bool = True) -> bytes:
    """The binary form of ``value`` (see the module docstring); TypeError for a type the codec does not know.
    ``compress=False``: the msgpack as it is, behind PLAIN_FORMAT (for transport only, never stored)."""
    packed = _pack(value)
    return FORMAT + zlib.compress(packed, 1) if compress else PLAIN_FORMAT + packed


def decode(blob: bytes) -> object:
    """The value :func:`encode` was given; CodecError for anything else (a wrong tag, damaged bytes, a type
    outside the registry, an object with the wrong number of fields)."""
    tag = blob[:len(FORMAT)]
    if tag not in (FORMAT, PLAIN_FORMAT):
        raise CodecError("not in this codec's format (wrong leading bytes)")
    try:
        payload = memoryview(blob)[len(FORMAT):]
        return _unpack(zlib.decompress(payload) if tag == FORMAT else payload)
    except CodecError:
        raise
    except Exception as error:  # anything msgpack, zlib, pyarrow or a constructor raises on bad input
        raise CodecError(f"{type(error).__name__}: {error}") from None


# ---- JSON form ---------------------------------------------------------------------------------------------

def to_json(value: object) -> object:
    """``value`` as JSON-ready data: scalars as they are, every container as a one-key object naming its kind."""
    kind = type(value)
    if value is None or kind in (bool, int, float, str):
        return value
    if kind is list:
        return {"list": [to_json(item) for item in value]}
    if kind is tuple:
        return {"tuple": [to_json(item) for item in value]}
    if kind is dict:
        return {"dict": [[to_json(k), to_json(v)] for k, v in value.items()]}
    if kind is Counter:
        return {"counter": [[to_json(k), to_json(v)] for k, v in value.items()]}
    if kind is bytes:
        return {"bytes": base64.b64encode(value).decode("ascii")}
    if kind is dt.date:
        return {"date": value.isoformat()}
    if isinstance(value, PurePath):
        return {"path": str(value)}
    found = _kind_of(kind)
    return {"object": found.name, "fields": [to_json(item) for item in found.fields(value)]}


def from_json(data: object) -> object:
    """The value :func:`to_json` was given; CodecError for anything it could not have made."""
    try:
        return _from_json(data)
    except CodecError:
        raise
    except Exception as error:
        raise CodecError(f"{type(error).__name__}: {error}") from None


def _from_json(data: object) -> object:
    if data is None or type(data) in (bool, int, float, str):
        return data
    if type(data) is not dict or not 1 <= len(data) <= 2:
        raise CodecError(f"unexpected JSON value {type(data).__name__}")
    if len(data) == 2:
        if set(data) != {"object", "fields"}:
            raise CodecError(f"unexpected keys {sorted(data)}")
        return _kind_named(data["object"]).build([_from_json(item) for item in _list(data["fields"])])
    (tag, inner), = data.items()
    if tag == "list":
        return [_from_json(item) for item in _list(inner)]
    if tag == "tuple":
        return tuple(_from_json(item) for item in _list(inner))
    if tag in ("dict", "counter"):
        pairs = [(_from_json(k), _from_json(v)) for k, v in (_pair(p) for p in _list(inner))]
        return dict(pairs) if tag == "dict" else Counter(dict(pairs))
    if tag == "bytes" and type(inner) is str:
        return base64.b64decode(inner, validate=True)
    if tag == "date" and type(inner) is str:
        return dt.date.fromisoformat(inner)
    if tag == "path" and type(inner) is str:
        return Path(inner)
    raise CodecError(f"unknown JSON tag {tag!r}")


def _pair(value: object) -> tuple[object, object]:
    items = _list(value)
    if len(items) != 2:
        raise CodecError("a map entry that is not a [key, value] pair")
    return items[0], items[1]
