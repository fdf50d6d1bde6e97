"""What a cached result depends on: the pipeline version (every file and library that shapes the output) and
content keys over a result's inputs. A key names a value; haucan/cache/store.py checks the value itself."""

from __future__ import annotations

import hashlib
import importlib.metadata
import sys
from pathlib import Path

PACKAGE_ROOTS = ("haucan", "schema")
# Libraries whose output is stored in the cache (a new version may segment, hash or decode differently), and
# matplotlib, whose version shapes the plots' bytes (a reused release must not keep another version's PNGs).
LIBRARIES = ("underthesea", "datasketch", "ftfy", "PyYAML", "pyarrow", "pandas", "py3langid", "msgpack", "matplotlib")
_SUFFIXES = (".py", ".yml", ".j2")
_REPO = Path(__file__).resolve().parents[2]  # haucan/cache/keys.py -> the folder holding haucan/ and schema/


def pipeline_version() -> str:
    """sha256 (16 hex digits) of every file that shapes the build's output, plus library and Python versions."""
    digest = hashlib.sha256()
    repo = _REPO
    for root in PACKAGE_ROOTS:
        for path in sorted((repo / root).rglob("*")):
            if path.suffix in _SUFFIXES and "__pycache__" not in path.parts:
                digest.update(path.relative_to(repo).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for library in LIBRARIES:
        digest.update(f"{library}=={importlib.metadata.version(library)}\0".encode())
    digest.update(f"python{sys.version_info[0]}.{sys.version_info[1]}".encode())
    return digest.hexdigest()[:16]


def content_key(version: str, parts: list[bytes]) -> bytes:
    """sha256 over the version and the length-prefixed parts (so no two part lists collide)."""
    digest = hashlib.sha256(version.encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "little") + part)
    return digest.digest()
