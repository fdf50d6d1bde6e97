"""The ftfy gate (haucan/mojibake_gate.py) and the HTML screen's gate ('<' not in the text) on the texts
tests/test_mojibake_gate.py does not cover: the real-world dev pages and generated corpora (default and
--distinct). Gated and ungated decoding must agree (text and repairs, or the same SeedError); the HTML screen
returns at once only where neither of its patterns could match, so its ungated answer is the same."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from haucan import decode as decode_module
from haucan import screen
from haucan.errors import SeedError
from tests.support.bad_inputs import build_corpus

REPO = Path(__file__).resolve().parent.parent


def _files(tmp_path: Path) -> list[Path]:
    spec = importlib.util.spec_from_file_location("generate_corpus", REPO / "benchmarks" / "generate_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(150, tmp_path / "default")
    module.generate(150, tmp_path / "distinct", distinct=True)
    build_corpus(tmp_path / "bad")
    folders = [REPO / "seeds", REPO / "tests" / "realworld" / "dev", tmp_path / "default", tmp_path / "distinct",
               tmp_path / "bad"]
    return [path for folder in folders for path in sorted(folder.rglob("*.txt"))
            if path.is_file() and not path.is_symlink() and path.stat().st_size < 1 << 20]


def _outcome(data: bytes) -> tuple:
    try:
        return ("ok", *decode_module.decode(data, "x.txt"))
    except SeedError as error:
        return ("error", str(error))


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> list[Path]:
    return _files(tmp_path_factory.mktemp("gates"))


def test_ftfy_gate_gives_the_ungated_decoding(files, monkeypatch):
    assert len(files) > 700
    for path in files:
        data = path.read_bytes()
        gated = _outcome(data)
        with monkeypatch.context() as patch:
            patch.setattr(decode_module, "may_need_encoding_repair", lambda text: True)
            assert _outcome(data) == gated, path.name


def test_html_gate_gives_the_ungated_screen(files):
    for path in files:
        outcome = _outcome(path.read_bytes())
        if outcome[0] == "ok" and "<" not in outcome[1]:
            text = outcome[1]
            # What screen_markup would do past the gate: no page tag, no tag at all, so it returns None too.
            assert screen._PAGE_TAG.search(text) is None and not screen._TAG.findall(text), path.name
