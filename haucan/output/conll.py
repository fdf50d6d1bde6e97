"""The CoNLL files of the release: ``conll/{word,syllable}/{split}.conll``, the PhoNER_COVID19 layout that NER
tools read (one ``token<TAB>tag`` line per token, a blank line after each sentence), written from the published
``ner_word`` / ``ner_syllable`` Parquet files of each declared split, so they hold exactly the same sentences, in
the same order (article id, sentence number), with the tag names instead of ClassLabel ids.

Read back by the ten lines of ``haucan/templates/conll_reader.py`` (what the card shows; a test uses it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
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
            with open(path, "wb") as out:
                for shard in sorted(root.glob(data_path_glob(config, split))):
                    columns = ["article_id", "sent_idx", "tokens", "ner_tags"]
                    for batch in pq.ParquetFile(shard).iter_batches(BATCH_ROWS, columns=columns):
                        out.write(batch_text(batch, config))
            written.append(path)
    return written


def batch_text(batch: pa.RecordBatch, config: str) -> bytes:
    """The UTF-8 lines of a batch of sentences: ``sentence_lines`` of each row, in order. Built by Arrow over the
    whole batch when ``_batch_lines`` can vouch for it; otherwise (a token or sentence the guard refuses, a tag
    that is not a ClassLabel id) row by row, so the same bytes or the same ValueError come out."""
    fast = _batch_lines(batch)
    if fast is not None:
        return fast
    lines = []
    for row in batch.to_pylist():
        where = f"{config} {row['article_id']} sentence {row['sent_idx']}"
        lines.extend(sentence_lines(row["tokens"], row["ner_tags"], where))
    return "".join(lines).encode("utf-8")


_SPACE = re.compile(r"\s")  # str.split()'s whitespace: both are Py_UNICODE_ISSPACE


def _string_data(array: pa.Array) -> bytes:
    """The concatenated UTF-8 of a string array without nulls (its data buffer between its first and last
    offsets, whatever slice of the buffers the array is)."""
    if not len(array):
        return b""
    offsets = np.frombuffer(array.buffers()[1], dtype=np.int64 if pa.types.is_large_string(array.type) else np.int32)
    start, end = offsets[array.offset], offsets[array.offset + len(array)]
    return array.buffers()[2].to_pybytes()[start:end]


def _batch_lines(batch: pa.RecordBatch) -> bytes | None:
    """``sentence_lines`` of every row joined, made column-wise, or None unless every row is one the guard
    accepts and the row-by-row code would write: no null, every sentence non-empty with as many tags as
    tokens, every tag a ClassLabel id (not negative: the row code would index from the end), every token
    non-empty and free of whitespace (tested over all of them at once)."""
    tokens, tags = batch.column("tokens"), batch.column("ner_tags")
    if not len(batch):
        return b""
    if tokens.null_count or tags.null_count:
        return None
    lengths = pc.list_value_length(tokens).to_numpy()
    if lengths.min() == 0 or not np.array_equal(lengths, pc.list_value_length(tags).to_numpy()):
        return None
    words, ids = tokens.flatten(), tags.flatten()
    names = tag_names()
    if words.null_count or ids.null_count or not pa.types.is_integer(ids.type):
        return None
    low, high = pc.min_max(ids).values()
    if low.as_py() < 0 or high.as_py() >= len(names):
        return None
    if pc.min(pc.binary_length(words)).as_py() == 0 or _SPACE.search(_string_data(words).decode("utf-8")):
        return None
    last = np.zeros(len(words), dtype=np.int8)
    last[np.cumsum(lengths) - 1] = 1  # the sentence's blank line goes after its last token's line
    lines = pc.binary_join_element_wise(words, pa.array(names).take(ids), "\t")
    return _string_data(pc.binary_join_element_wise(lines, pa.array(["\n", "\n\n"]).take(last), ""))
