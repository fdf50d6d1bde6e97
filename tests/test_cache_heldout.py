"""The held-out scores kept between builds (haucan/heldout_cache.py): a rebuild reuses them instead of scoring the
held-out sets again, publishes the same bytes, and a damaged or edited record is scored again."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections import Counter
from pathlib import Path

from haucan import heldout_cache, pipeline
from haucan.config import DEFAULT_HELDOUT, BuildConfig
from haucan.evaluate import Scores
from haucan.knowledge.scores import FactScores
from haucan.pipeline import build

REPO = Path(__file__).resolve().parent.parent


def _tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _scores() -> tuple[dict, dict]:
    scores = {"dev": Scores(Counter({"PER": 3}), Counter({"ORG": 1}), Counter(), 2, [("B-PER", "O")], [("O", "O")])}
    return scores, {"dev": FactScores({"position": Counter({"tp": 1, "fn": 2})}, 1)}


def test_scores_round_trip_and_a_damaged_record_is_ignored(tmp_path):
    scores, facts = _scores()
    heldout_cache.store(tmp_path, "k", scores, facts)
    assert heldout_cache.load(tmp_path, "k") == (scores, facts)
    assert heldout_cache.load(tmp_path, "other") is None
    path = tmp_path / heldout_cache.SUBDIR / "k.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    record["content"]["scores"]["dev"]["tp"]["PER"] = 30  # an edit without a new checksum
    path.write_text(json.dumps(record), encoding="utf-8")
    assert heldout_cache.load(tmp_path, "k") is None
    path.write_text("not json", encoding="utf-8")
    assert heldout_cache.load(tmp_path, "k") is None


def test_a_new_record_replaces_the_old_ones(tmp_path):
    scores, facts = _scores()
    heldout_cache.store(tmp_path, "yesterday", scores, facts)
    heldout_cache.store(tmp_path, "today", scores, facts)
    assert sorted(p.name for p in (tmp_path / heldout_cache.SUBDIR).iterdir()) == ["today.json"]
    assert heldout_cache.load(tmp_path, "today") == (scores, facts)


def test_the_key_follows_the_heldout_files_and_the_version(tmp_path):
    folder = tmp_path / "heldout" / "dev"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("x", encoding="utf-8")
    first = heldout_cache.heldout_key(folder.parent, "v1")
    assert heldout_cache.heldout_key(folder.parent, "v1") == first
    assert heldout_cache.heldout_key(folder.parent, "v2") != first
    (folder / "a.txt").write_text("y", encoding="utf-8")
    assert heldout_cache.heldout_key(folder.parent, "v1") != first


def test_a_rebuild_reuses_the_heldout_scores_and_publishes_the_same_bytes(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("generate_corpus", REPO / "benchmarks" / "generate_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    corpus = tmp_path / "corpus"
    module.generate(6, corpus)
    cache = tmp_path / "cache"

    def run(name: str, extra: str | None = None) -> dict:
        if extra is not None:  # a new file: the whole-build record does not apply, the held-out scores do
            (corpus / extra).write_bytes((corpus / sorted(p.name for p in corpus.glob("*.txt"))[0]).read_bytes())
        config = BuildConfig(input_dir=corpus, output_dir=tmp_path / name / "ds", cache_dir=cache,
                             heldout_dir=DEFAULT_HELDOUT, words="whitespace")
        build(config)
        return json.loads(config.timings_path.read_text(encoding="utf-8"))

    run("first")
    assert list((cache / heldout_cache.SUBDIR).glob("*.json"))

    def never(*args):
        raise AssertionError("the held-out sets were scored again")

    with monkeypatch.context() as patched:
        patched.setattr(pipeline, "score_heldout", never)
        patched.setattr(pipeline, "heldout_scores", never)
        run("second", "copy_0.txt")
    cold = tmp_path / "cold"
    build(BuildConfig(input_dir=corpus, output_dir=cold / "ds", cache_dir=None, heldout_dir=DEFAULT_HELDOUT,
                      words="whitespace"))
    assert _tree(tmp_path / "second" / "ds") == _tree(cold / "ds")
