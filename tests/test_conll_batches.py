"""The CoNLL writer's column-wise batches (haucan/output/conll.py ``batch_text``) against the row-by-row code they
replace (``sentence_lines`` of each row): the same bytes, or the same exception, on tricky sentences."""

from __future__ import annotations

import random
import unicodedata

import pyarrow as pa
import pytest

from haucan.bio import tag_names
from haucan.output.conll import _batch_lines, batch_text, sentence_lines

SCHEMA = pa.schema([("article_id", pa.string()), ("sent_idx", pa.int32()), ("tokens", pa.list_(pa.string())),
                    ("ner_tags", pa.list_(pa.int64()))])
SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000"
NOT_SPACES = "\u200b\u200c\u200d\ufeff\x00\x07_"  # zero-width and control characters str.split() keeps


def _batch(sentences: list[tuple[list, list]]) -> pa.RecordBatch:
    return pa.RecordBatch.from_pylist(
        [{"article_id": f"a{i:03d}", "sent_idx": i, "tokens": t, "ner_tags": g} for i, (t, g) in enumerate(sentences)],
        schema=SCHEMA)


def _rows(batch: pa.RecordBatch, config: str = "ner_word") -> bytes | tuple[type, str]:
    """The code before the batches: every row through ``sentence_lines``; an exception as (type, message)."""
    try:
        lines = []
        for row in batch.to_pylist():
            lines.extend(sentence_lines(row["tokens"], row["ner_tags"],
                                        f"{config} {row['article_id']} sentence {row['sent_idx']}"))
        return "".join(lines).encode("utf-8")
    except Exception as error:  # noqa: BLE001 - compared, not handled
        return type(error), str(error)


def _batched(batch: pa.RecordBatch, config: str = "ner_word") -> bytes | tuple[type, str]:
    try:
        return batch_text(batch, config)
    except Exception as error:  # noqa: BLE001 - compared, not handled
        return type(error), str(error)


TRICKY = [
    [(["Cục", "Hậu_cần"], [1, 2]), (["Hà", "Nội"], [0, 0])],
    [([unicodedata.normalize("NFD", "Quân_đội"), unicodedata.normalize("NFD", "nhân_dân")], [3, 4])],  # NFD
    [(["QuÃ¢n", "Ä‘á»™i", "â€œ"], [0, 0, 0])],  # mojibake
    [(["ok"], [0]), (["a\u00a0b"], [0])],  # a no-break space inside a token, second sentence
    [(["a\u2028b"], [0])], [(["x\x1cy"], [0])], [(["\u3000"], [0])], [(["a b"], [0])], [(["a\tb"], [0])],
    [([""], [0])], [(["a", ""], [0, 0])], [([], [])], [(["a"], [0]), ([], [])],
    [(["a", "b"], [0])], [(["a"], [0, 1])],  # tags and tokens of different lengths
    [(["a"], [-1])], [(["a"], [len(tag_names())])], [(["a"], [len(tag_names()) - 1])],
    [(["a", None], [0, 0])], [(["a"], [None])], [(None, [0])], [(["a"], None)],
    [(["\u200b", "\ufeffx", "a\x00b", "_"], [0, 0, 0, 0])],  # not whitespace to str.split(): written as they are
    [(["🙂", "𝔸"], [1, 0])],
    [],
]


@pytest.mark.parametrize("sentences", TRICKY, ids=range(len(TRICKY)))
def test_a_batch_gives_what_its_rows_gave(sentences):
    batch = _batch(sentences)
    assert _batched(batch) == _rows(batch)


def test_a_slice_of_a_batch_gives_what_its_rows_gave():
    batch = _batch([(["a", "b"], [1, 2]), (["Cục"], [0]), (["x", "y", "z"], [0, 1, 2]), (["end"], [0])])
    for start in range(4):
        for length in range(5 - start):
            piece = batch.slice(start, length)
            assert _batched(piece) == _rows(piece)
            assert _batch_lines(piece) in (None, _rows(piece))


def test_clean_batches_take_the_column_path():
    """Not vacuous: an ordinary batch is made column-wise, not by the fallback."""
    batch = _batch([(["Cục", "Hậu_cần"], [1, 2]), (["Hà", "Nội", "."], [0, 0, 0])])
    assert _batch_lines(batch) == _rows(batch)


def test_random_batches_give_what_their_rows_gave():
    chance = random.Random(16)
    alphabet = "aăâđêôơư" + "ÁÀẢÃẠáàảãạ" + "\u0301\u0300" + "Ã¡â€" + "0._-" + NOT_SPACES
    tags = len(tag_names())
    column_path = 0
    for _ in range(300):
        sentences = []
        for _ in range(chance.randint(0, 6)):
            size = chance.choice([0, 1, 1, 2, 5])
            tokens = ["".join(chance.choice(alphabet) for _ in range(chance.randint(0 if chance.random() < 0.05 else 1, 6)))
                      for _ in range(size)]
            if tokens and chance.random() < 0.08:
                spot = chance.randrange(len(tokens))
                tokens[spot] += chance.choice(SPACES)
            sentences.append((tokens, [chance.randrange(-1 if chance.random() < 0.03 else 0, tags) for _ in tokens]))
        batch = _batch(sentences)
        assert _batched(batch) == _rows(batch)
        column_path += _batch_lines(batch) is not None
    assert column_path > 100
