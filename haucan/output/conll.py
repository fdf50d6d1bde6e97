"""The CoNLL files of the release: ``conll/{word,syllable}/{split}.conll``, the PhoNER_COVID19 layout that NER
tools read (one ``token<TAB>tag`` line per token, a blank line after each sentence), written from the published
``ner_word`` / ``ner_syllable`` Parquet files of each declared split, so they hold exactly the same sentences, in
the same order (article id, sentence number), with the tag names instead of ClassLabel ids.

Read back by the ten lines of ``haucan/templates/conll_reader.py`` (what the card shows; a test uses it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType

import pyarrow.parquet as pq

from haucan.bio import tag_names
from haucan.output.paths import data_path_glob

CONLL_DIR = "conll"
LEVELS = MappingProxyType({"word": "ner_word", "syllable": "ner_syllable"})
"""Folder under ``conll/`` -> the config its sentences come from."""
BATCH_ROWS = 4096
"""Sentences read from Parquet at a time: memory stays bounded whatever the split's size."""


def conll_path(root: Path, level: str, split: str) -> Path:
    """``<root>/conll/<level>/<split>.conll``."""
    return root / CONLL_DIR / level / f"{split}.conll"


def sentence_lines(tokens: list[str], tags: list[int], where: str) -> Iterator[str]:
    """One sentence's lines, then its blank line. A token that is empty or holds whitespace would break the
    layout (a reader would see a different sentence), so it is refused rather than written. The NER models'
    ``conll_safe_tokens`` check rejects such a sentence's article before anything is written; this is the last
    guard, for Parquet files that did not come through validation."""
    names = tag_names()
    if not tokens:
        raise ValueError(f"{where}: a sentence without tokens cannot be written as CoNLL")
    for token, tag in zip(tokens, tags, strict=True):
        if not token or token.split() != [token]:
            raise ValueError(f"{where}: token {token!r} is empty or holds whitespace")
        yield f"{token}\t{names[tag]}\n"
    yield "\n"


def write_conll(root: Path, declared: dict[str, tuple[str, ...]]) -> list[Path]:
    """Write a CoNLL file per level and split that ``declared`` (config -> splits with rows) declares, from the
    Parquet files already under ``root``; returns the files written. Same input, same bytes: shards are read in
    name order and each holds its rows in sort-key order."""
    written = []
    for level, config in LEVELS.items():
        for split in declared.get(config, ()):
            path = conll_path(root, level, split)
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as out:
                for shard in sorted(root.glob(data_path_glob(config, split))):
                    columns = ["article_id", "sent_idx", "tokens", "ner_tags"]
                    for batch in pq.ParquetFile(shard).iter_batches(BATCH_ROWS, columns=columns):
                        for row in batch.to_pylist():
                            where = f"{config} {row['article_id']} sentence {row['sent_idx']}"
                            out.writelines(sentence_lines(row["tokens"], row["ner_tags"], where))
            written.append(path)
    return written
