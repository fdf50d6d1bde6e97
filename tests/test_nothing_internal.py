"""Nothing internal is published (issue 15): no path outside the release (absolute, home-relative or ``../``),
no user or host name of the machine that built it, no token, and no talk of the build's machinery (Dask, the
progress bar, workers, the cache) in any published file or in any string value of any config of a real build.
The organisations' curated ``sources`` once carried ``../shared/reference/data-notes.md``: they cite public acts."""

from __future__ import annotations

import getpass
import json
import re
import socket

import pyarrow.parquet as pq
import pytest
from PIL import Image

from haucan.knowledge.orgs import curated
from schema import CONFIGS

PATTERNS = {
    "absolute path": re.compile(r"(?<![\w.:/~-])/(?:home|root|tmp|work|Users|var|etc|usr|mnt|opt|srv|private)/"),
    "windows path": re.compile(r"\b[A-Za-z]:\\[A-Za-z]"),
    "home-relative path": re.compile(r"(?<![\w/])~/"),
    "parent path": re.compile(r"\.\./"),
    "file URL": re.compile(r"file:/", re.I),
    "token": re.compile(r"\b(?:hf_[A-Za-z0-9]{20,}|gh[pousr]_[A-Za-z0-9]{20,}|sk-[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16})"),
    "build internals": re.compile(r"\bdask\b|progress[ _-]?bar|\bworkers?\b|\bcach(?:e|es|ed|ing)\b", re.I),
}
# Names of this machine and user, when long enough not to be an ordinary word of a page.
for _name in {getpass.getuser(), socket.gethostname().split(".")[0]}:
    if len(_name) >= 4:
        PATTERNS[f"user or host name {_name!r}"] = re.compile(rf"\b{re.escape(_name)}\b", re.I)


def problems(text: str) -> list[str]:
    """What internal each pattern finds in ``text``, with a little context."""
    found = []
    for what, pattern in PATTERNS.items():
        for match in pattern.finditer(text):
            found.append(f"{what}: …{text[max(0, match.start() - 40): match.end() + 40]}…")
    return found


def _strings(value: object):
    """Every string inside a value of any Arrow type (lists and structs followed)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@pytest.mark.parametrize("text, what", [
    ("see ../shared/reference/data-notes.md", "parent path"),
    ("written to /tmp/pytest-1/ds", "absolute path"),
    ("from /home/someone/seeds", "absolute path"),
    ("C:\\Users\\x", "windows path"),
    ("~/data", "home-relative path"),
    ("token hf_abcdefghijklmnopqrstuvwxyz", "token"),
    ("runs on a Dask cluster", "build internals"),
    ("the progress bar", "build internals"),
    ("in the workers", "build internals"),
    ("a cached result", "build internals"),
])
def test_each_pattern_finds_what_it_is_for(text, what):
    assert any(p.startswith(what) for p in problems(text)), (text, problems(text))


@pytest.mark.parametrize("text", [
    "https://www.qdnd.vn/quoc-phong-an-ninh/tin-tuc/hoi-nghi-1234", "hf://datasets/OWNER/x/data/articles/",
    "data/articles/*.parquet", "images/person_timeline.png", "Nghị quyết 623-NQ/QUTW ngày 29/10/2012",
    "[`docs/fields.md`](docs/fields.md#cleaning)", "6/7/2023", "Hậu cần-Kỹ thuật",
])
def test_ordinary_published_text_is_not_flagged(text):
    assert problems(text) == []


def test_no_published_file_holds_anything_internal(seed_build):
    out = seed_build.output_dir
    checked = 0
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        name = path.relative_to(out).as_posix()
        if path.suffix in (".md", ".json", ".conll"):
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".json":
                json.loads(text)  # and it is the JSON it claims to be
        elif path.suffix == ".png":
            with Image.open(path) as image:
                text = " ".join(f"{k} {v}" for k, v in image.info.items() if isinstance(v, str))
        elif path.suffix == ".parquet":
            text = json.dumps({k.decode(errors="replace"): v.decode(errors="replace")
                               for k, v in (pq.read_schema(path).metadata or {}).items()})
        else:
            pytest.fail(f"{name}: a published file of a kind this test does not read")
        assert problems(text) == [], name
        checked += 1
    assert checked >= 4 + len(CONFIGS)


@pytest.mark.parametrize("spec", CONFIGS, ids=lambda s: s.name)
def test_no_string_value_of_any_config_holds_anything_internal(seed_build, spec):
    rows = pq.read_table(seed_build.output_dir / "data" / spec.name).to_pylist()
    assert rows, spec.name
    for row in rows:
        for column, value in row.items():
            for text in _strings(value):
                assert problems(text) == [], (spec.name, column)


def test_curated_organisation_sources_cite_public_acts_not_files_or_issues():
    for org in curated().values():
        for source in org.sources:
            assert problems(source) == [], org.org_id
            assert not re.search(r"\.(?:md|ya?ml|txt|py)\b|\bissue \d+", source, re.I), (org.org_id, source)
