"""haucan/prepared.py: what the main pass reads back of the dedup pass's decode, clean and layout is exactly what
``prepare`` computes again, on the bad-input corpus (mojibake, NFD, odd whitespace, markup, empty files...), the
seeds and generated articles; it is used only for the very bytes it was made from; and a build that reuses it
publishes the same rows as one that computes everything twice."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from haucan import prepared as prepared_module
from haucan.chunks import process_chunk
from haucan.codec import decode
from haucan.errors import SeedError
from haucan.per_article import StageSettings, read_source
from haucan.prepared import PreparedReader, data_digest, decode_prepared, encode_prepared, write_chunk
from haucan.process import dedup_signature, prepare
from haucan.read import discover
from haucan.signature_chunk import signature_chunk
from tests.support.bad_inputs import article_text, build_corpus

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    build_corpus(root)
    for index in range(6):
        text = article_text(index)
        (root / f"gen_{index}.txt").write_text(text, encoding="utf-8")
        (root / f"nfd_{index}.txt").write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
        (root / f"ws_{index}.txt").write_text(text.replace(" ", " \u00a0\t").replace("\n", "\r\n \n"), "utf-8")
        (root / f"moji_{index}.txt").write_text(text.encode("utf-8").decode("cp1252", "replace"), encoding="utf-8")
    for path in sorted(SEEDS.glob("*.txt"))[:8]:
        (root / path.name).write_bytes(path.read_bytes())
    return root


def _sources(root: Path, tmp_path: Path):
    return tuple(discover(root, tmp_path / "scratch").sources)


def test_round_trip_equals_prepare(tmp_path):
    root = _corpus(tmp_path)
    settings = StageSettings(root, "whitespace")
    made = 0
    for source in _sources(root, tmp_path):
        data = read_source(settings, source)
        if isinstance(data, SeedError):
            continue
        try:
            expected = prepare(source, data)
        except SeedError:
            continue
        back = decode_prepared(encode_prepared(*expected))
        assert back == expected
        assert all(type(a) is type(b) for a, b in zip(back[1].blocks, expected[1].blocks, strict=True))
        assert type(back[1].metadata.captions) is tuple and type(back[0].repairs) is tuple
        made += 1
    assert made > 20


def test_reader_only_for_the_same_bytes(tmp_path):
    root = _corpus(tmp_path)
    settings = StageSettings(root, "whitespace")
    sources = [s for s in _sources(root, tmp_path) if isinstance(read_source(settings, s), bytes)]
    kept = {}
    for source in sources:
        data = read_source(settings, source)
        _, _, made = dedup_signature(source, data)
        if made is not None:
            kept[source.article_id] = (data_digest(data), encode_prepared(*made))
    folder = tmp_path / "prepared"
    half = sorted(kept)[len(kept) // 2]
    write_chunk(folder, {k: v for k, v in kept.items() if k < half})
    write_chunk(folder, {k: v for k, v in kept.items() if k >= half})
    reader = PreparedReader(folder)
    for source in sources:
        data = read_source(settings, source)
        found = reader.get(source, data)
        assert (found is not None) == (source.article_id in kept)
        if found is not None:
            assert found == prepare(source, data)
            assert reader.get(source, data + b"\n") is None  # edited since: computed again
    (folder / sorted(folder.iterdir())[0].name).write_bytes(b"garbage")
    assert PreparedReader(folder).get(sources[0], read_source(settings, sources[0])) is None
    assert PreparedReader(None).get(sources[0], read_source(settings, sources[0])) is None


@pytest.mark.parametrize("words", ["whitespace"])
def test_chunk_rows_identical_with_reuse(tmp_path, words, monkeypatch):
    root = _corpus(tmp_path)
    sources = _sources(root, tmp_path)
    plain = decode(process_chunk(StageSettings(root, words), sources).packed)
    folder = tmp_path / "prepared"
    settings = StageSettings(root, words, prepared_dir=folder)
    signature_chunk(settings, sources)
    assert any(folder.iterdir())
    calls = []
    original = prepared_module.PreparedReader.get
    monkeypatch.setattr(prepared_module.PreparedReader, "get",
                        lambda self, s, d: calls.append(r := original(self, s, d)) or r)
    reused = decode(process_chunk(settings, sources).packed)
    assert sum(r is not None for r in calls) > 20
    assert repr(reused.entries) == repr(plain.entries)  # a SeedError equals only itself: compared by repr
    assert reused.failures == plain.failures
    assert reused.tables.keys() == plain.tables.keys()
    for name, table in plain.tables.items():
        assert reused.tables[name].equals(table), name
