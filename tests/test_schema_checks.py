"""The whole-column versions of pandera checks answer exactly as the row-by-row code they stand in for."""

from __future__ import annotations

import random
import re

import numpy as np
import pandas as pd
import pytest

from schema import mentions, ner, sentences
from schema.checks import SEPARATOR, nfc_series


def test_space_lists_are_python_whitespace():
    every = [chr(c) for c in range(0x110000)]
    spaces = {c for c in every if re.fullmatch(r"\s", c)}
    assert spaces == {c for c in every if c.isspace()}
    ascii_spaces = {chr(b) for b in sentences._ASCII_SPACES_AND_UNDERSCORE} - {"_"}
    assert ascii_spaces | set(sentences._OTHER_SPACES) == spaces
    assert all(c.isascii() for c in ascii_spaces) and not any(c.isascii() for c in sentences._OTHER_SPACES)
    assert not re.fullmatch(r"[\s_]", SEPARATOR)


def _outcome(function, *args):
    try:
        return function(*args).tolist()
    except Exception as error:  # noqa: BLE001 - the same exception is part of the behaviour
        return repr(error)


@pytest.mark.parametrize("trial", range(60))
def test_ner_tag_checks_match_row_by_row(trial):
    rng = random.Random(trial)
    count = len(ner.tag_names())
    low, high = (-2 if trial % 7 == 0 else 0), count + (2 if trial % 5 == 0 else 0)
    rows = [np.array([rng.choice([0, 0, rng.randint(low, high - 1)]) for _ in range(rng.randint(0, 8))],
                     dtype=np.int64) for _ in range(rng.randint(0, 30))]
    series = pd.Series(rows, index=pd.RangeIndex(len(rows)) + 3, dtype=object)
    by_row_range = series.map(lambda tags: all(0 <= int(t) < count for t in tags)).astype(bool)
    assert ner.tags_in_range(series).equals(by_row_range)
    assert _outcome(ner.valid_bio, series) == _outcome(
        lambda s: s.map(lambda tags: ner._valid_bio([int(t) for t in tags])).astype(bool), series)


def test_ner_tag_checks_fall_back_on_other_values():
    series = pd.Series([[0, 1], np.array([1.0, 2.0])], dtype=object)
    assert ner.tags_in_range(series).tolist() == [True, True]
    assert ner.valid_bio(series).tolist() == [True, True]


def _sentences(texts, syllables, words):
    return pd.DataFrame({"text": pd.Series(texts, dtype="str"), "syllables": pd.Series(syllables, dtype=object),
                         "words": pd.Series(words, dtype=object)})


@pytest.mark.parametrize(("texts", "syllables", "words"), [
    (["Hà Nội", "ngày 5"], [["Hà", "Nội"], ["ngày", "5"]], [["Hà_Nội"], ["ngày", "5"]]),
    (["Hà Nội", "ngày 5"], [["Hà"], ["Nội", "ngày", "5"]], [["Hà"], ["Nội", "ngày", "5"]]),  # rows shifted
    (["Hà\u00a0Nội"], [["Hà", "Nội"]], [["Hà", "Nội"]]),  # a non-ASCII space
    (["Hà\x00Nội", "x"], [["Hà\x00Nội"], ["x"]], [["Hà\x00Nội"], ["x"]]),  # the separator inside a row
    (["a b", "c"], [["a", "b"], ["c"]], [["a_b"], ["d"]]),
    (["a b", None], [["a", "b"], ["c"]], [["a_b"], ["c"]]),  # null text: the row-by-row code raises
    ([], [], []),
])
def test_tokens_rebuild_text_matches_row_by_row(texts, syllables, words):
    frame = _sentences(texts, syllables, words)
    whole = sentences.SentencesSchema._tokens.__func__
    assert _outcome(lambda df: whole(sentences.SentencesSchema, df), frame) == _outcome(
        sentences._tokens_rebuild_text_by_row, frame)


def test_nfc_series_names_the_rows_that_are_not_nfc():
    series = pd.Series(["Hà Nội", "Ha\u0300 Nội", None, "x"], dtype="str", index=[4, 5, 6, 7])
    assert nfc_series(series).tolist() == [True, False, True, True]
    assert nfc_series(series.iloc[[0, 2, 3]]).tolist() == [True, True, True]


def _mentions(rows):
    columns = ["mention_id", "parent_mention_id", "article_id", "field", "caption_idx", "start", "end"]
    frame = pd.DataFrame(rows, columns=columns)
    for column in ("caption_idx", "start", "end"):
        frame[column] = frame[column].astype("Int32")
    return frame.astype({c: "str" for c in ("mention_id", "parent_mention_id", "article_id", "field")})


@pytest.mark.parametrize("child", [
    ("c", "p", "a", "text", None, 2, 4),  # inside its parent
    ("c", "p", "a", "text", None, 0, 4),  # starts before it
    ("c", "p", "a", "text", None, 2, 11),  # ends after it
    ("c", "p", "b", "text", None, 2, 4),  # another article
    ("c", "p", "a", "caption", None, 2, 4),  # another field
    ("c", "q", "a", "text", None, 2, 4),  # no such parent
    ("c", "p", "a", "text", 0, 2, 4),  # a caption index where the parent has none: the row-by-row code raises
    ("p", None, "a", "text", None, 2, 4),  # a repeated id
])
def test_parent_check_matches_row_by_row(child):
    frame = _mentions([("p", None, "a", "text", None, 1, 10), ("x", None, "a", "caption", 1, 0, 3),
                       ("y", "x", "a", "caption", 1, 1, 2), child])
    whole = mentions.MentionsSchema._parent.__func__
    assert _outcome(lambda df: whole(mentions.MentionsSchema, df), frame) == _outcome(
        mentions._parents_enclose_by_row, frame)
