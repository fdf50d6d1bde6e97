"""Leak-free splits in every per-article config (issue 15): each article's rows, in every config that has an
``article_id``, sit in the split ``assign_split`` gives that article; only splits with rows are declared, never
merged, so ``load_dataset(out, "ner_word", split="test")`` holds exactly the test articles' sentences. The
reference tables stay one ``train`` split. Also the CoNLL files written beside the ``ner_*`` Parquet files."""

from __future__ import annotations

import json
import shutil

import pyarrow.parquet as pq
import pytest
import yaml
from datasets import load_dataset

from haucan.bio import tag_names
from haucan.config import BuildConfig
from haucan.output.conll import conll_path, sentence_lines
from haucan.pipeline import build
from haucan.read import article_id_for
from haucan.splits import assign_split
from haucan.templates.conll_reader import read_conll
from schema import CONFIGS
from tests.conftest import SEEDS

REFERENCE = ("persons", "organizations", "position_spells")


def _declared(folder) -> dict[str, list[str]]:
    """Config -> the splits its card YAML declares (``configs:`` data_files)."""
    meta = yaml.safe_load((folder / "README.md").read_text(encoding="utf-8").split("---\n", 2)[1])
    return {c["config_name"]: [f["split"] for f in c["data_files"]] for c in meta["configs"]}


def _loaded(folder, cache) -> dict[str, dict[str, list[str | None]]]:
    """config -> split -> the article_id of every row (None for tables without one), via ``load_dataset``."""
    found = {}
    for config, splits in _declared(folder).items():
        found[config] = {}
        for split in splits:
            rows = load_dataset(str(folder), config, split=split, cache_dir=str(cache))
            found[config][split] = rows["article_id"] if "article_id" in rows.column_names else [None] * len(rows)
    return found


def _assert_leak_free(folder, cache) -> dict[str, dict[str, list]]:
    loaded = _loaded(folder, cache)
    for config, by_split in loaded.items():
        assert all(by_split.values()), f"{config}: a declared split is empty"
        if config in REFERENCE:
            assert list(by_split) == ["train"], config
            continue
        seen: dict[str, str] = {}
        for split, ids in by_split.items():
            for article_id in ids:
                assert assign_split(article_id) == split, (config, article_id, split)
                assert seen.setdefault(article_id, split) == split, f"{config}: {article_id} in two splits"
    return loaded


def test_every_config_and_split_of_the_seed_build_loads_without_leaks(seed_build, tmp_path):
    """Seeds: four train articles, one test, no validation. Nothing of the test article reaches train."""
    folder = seed_build.output_dir
    loaded = _assert_leak_free(folder, tmp_path / "hf")
    assert seed_build.published_splits == ("train", "test")
    assert sorted(loaded) == sorted(spec.name for spec in CONFIGS)
    articles = {split: set(ids) for split, ids in loaded["articles"].items()}
    assert sorted(articles) == ["test", "train"] and len(articles["test"]) == 1
    for config in ("sentences", "ner_word", "ner_syllable", "mentions", "blocks"):
        assert {split: set(ids) for split, ids in loaded[config].items()} == articles, config
    for split in articles:  # the articles' own ``split`` column says the split their rows are published in
        column = load_dataset(str(folder), "articles", split=split, cache_dir=str(tmp_path / "hf"))["split"]
        assert set(column) == {split}
    assert not any(folder.glob("data/*/validation-*")), "an empty split has files"
    assert "validation" not in {s for splits in _declared(folder).values() for s in splits}


def test_a_corpus_with_train_empty_declares_no_train_for_per_article_configs(tmp_path):
    """Every article in one non-train split: per-article configs declare only that split (nothing is merged
    into a train split), the reference tables stay train, and everything loads."""
    source = tmp_path / "input"
    source.mkdir()
    names = []
    index = 0
    while len(names) < 2:
        name = f"bai_{index:03d}.txt"
        if assign_split(article_id_for(name)) == "validation":
            names.append(name)
        index += 1
    seed_texts = sorted(SEEDS.glob("*.txt"))[:2]
    for name, seed in zip(names, seed_texts, strict=True):
        shutil.copyfile(seed, source / name)
    result = build(BuildConfig(input_dir=source, output_dir=tmp_path / "out" / "ds", heldout_dir=None))
    assert result.published_splits == ("validation",)
    loaded = _assert_leak_free(result.output_dir, tmp_path / "hf")
    for config, by_split in loaded.items():
        assert list(by_split) == (["train"] if config in REFERENCE else ["validation"]), config
    assert sorted(p.name for p in (result.output_dir / "conll" / "word").iterdir()) == ["validation.conll"]


@pytest.mark.parametrize("level,config", [("word", "ner_word"), ("syllable", "ner_syllable")])
def test_conll_files_round_trip_to_the_ner_rows(seed_build, level, config):
    """The reader the card shows gives back every sentence of the ner_* rows, in order, split by split."""
    folder = seed_build.output_dir
    names = tag_names()
    for split in _declared(folder)[config]:
        rows = [row for shard in sorted(folder.glob(f"data/{config}/{split}-*.parquet"))
                for row in pq.read_table(shard).to_pylist()]
        expected = [(row["tokens"], [names[t] for t in row["ner_tags"]]) for row in rows]
        assert read_conll(conll_path(folder, level, split)) == expected, (config, split)
    written = {p.stem for p in (folder / "conll" / level).iterdir()}
    assert written == set(_declared(folder)[config])


def test_conll_files_are_in_the_manifest_with_their_sentence_counts(seed_build):
    folder = seed_build.output_dir
    manifest = {f["path"]: f for f in json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))["files"]}
    for path in folder.glob("conll/*/*.conll"):
        entry = manifest[path.relative_to(folder).as_posix()]
        assert entry["rows"] == len(read_conll(path)) and entry["bytes"] == path.stat().st_size


def test_conll_layout_is_token_tab_tag_and_a_blank_line_after_each_sentence():
    lines = list(sentence_lines(["Cục", "Hậu_cần"], [1, 2], "x"))
    assert lines == [f"Cục\t{tag_names()[1]}\n", f"Hậu_cần\t{tag_names()[2]}\n", "\n"]


@pytest.mark.parametrize("tokens", [["a b"], [""], ["a\tb"], []])
def test_a_token_that_would_break_the_layout_is_refused(tokens):
    with pytest.raises(ValueError):
        list(sentence_lines(tokens, [0] * len(tokens), "ner_word x sentence 0"))


def test_the_reader_reads_a_file_without_a_final_blank_line(tmp_path):
    path = tmp_path / "x.conll"
    path.write_text("A\tO\n\nB\tB-PER\nC\tI-PER", encoding="utf-8")
    assert read_conll(path) == [(["A"], ["O"]), (["B", "C"], ["B-PER", "I-PER"])]
