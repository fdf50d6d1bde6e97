"""Entity-level extractor scores by seqeval (issue 15): the figures on a hand-made gold/prediction pair, the
projection of character spans onto syllable BIO tags (as ``ner_syllable`` projects mentions), and the table in
the seed build's card."""

from __future__ import annotations

import re

import pytest

from haucan import codec
from haucan.evaluate import Scores, span_tags
from haucan.gold import Span
from haucan.records import Sentence, SourceFile
from haucan.results import ArticleEntry


def test_seqeval_figures_on_a_hand_made_pair():
    """Gold has PER, ORG, DATE; the prediction finds PER exactly, misses ORG and gives DATE the wrong extent:
    1 true positive of 2 predicted and 3 gold entities."""
    scores = Scores()
    scores.add_tags([("B-PER", "I-PER", "O", "B-ORG"), ("B-DATE", "O")],
                    [("B-PER", "I-PER", "O", "O"), ("B-DATE", "I-DATE")])
    table = scores.seqeval_table(["PER", "ORG", "DATE", "POSITION"])
    assert table["sentences"] == 2
    assert table["labels"]["PER"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}
    assert table["labels"]["ORG"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert table["labels"]["DATE"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert table["labels"]["POSITION"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0}
    micro = table["micro"]
    assert (micro["precision"], micro["recall"], micro["support"]) == (0.5, pytest.approx(1 / 3), 3)
    assert micro["f1"] == pytest.approx(0.4)
    # Macro: the mean over the labels that occur (PER, ORG, DATE), not over the whole label set.
    assert table["macro"]["f1"] == pytest.approx(1 / 3) and table["macro"]["precision"] == pytest.approx(1 / 3)


def test_no_sentences_give_no_table_and_mismatched_tags_are_refused():
    scores = Scores()
    assert scores.seqeval_table() == {}
    with pytest.raises(ValueError):
        scores.add_tags([("O", "O")], [("O",)])
    with pytest.raises(ValueError):
        scores.add_tags([("O",)], [])


def _sentence(sent_idx: int, start: int, text: str, field: str = "text", caption_idx: int | None = None) -> Sentence:
    spans, offset = [], start
    for syllable in text.split(" "):
        spans.append((offset, offset + len(syllable)))
        offset += len(syllable) + 1
    syllables = tuple(text.split(" "))
    return Sentence(sent_idx, field, caption_idx, start, start + len(text), text, syllables, tuple(spans),
                    syllables, tuple(spans), "test")


def test_span_tags_keep_the_outermost_span_and_place_each_span_in_its_sentence_and_field():
    first = _sentence(0, 0, "Cục trưởng Cục Hậu cần họp")   # 'Cục Hậu cần' = 11..22
    second = _sentence(1, 27, "Ông Lê Văn Bình dự")         # 'Lê Văn Bình' = 31..42
    caption = _sentence(2, 0, "Lê Văn Bình", field="caption", caption_idx=0)
    spans = [Span("text", None, 0, 22, "POSITION", "Cục trưởng Cục Hậu cần"),
             Span("text", None, 11, 22, "ORG", "Cục Hậu cần"),
             Span("text", None, 31, 42, "PER", "Lê Văn Bình"),
             Span("caption", 0, 0, 11, "PER", "Lê Văn Bình")]
    assert span_tags([first, second, caption], spans) == (
        ("B-POSITION", "I-POSITION", "I-POSITION", "I-POSITION", "I-POSITION", "O"),
        ("O", "B-PER", "I-PER", "I-PER", "O"),
        ("B-PER", "I-PER", "I-PER"))
    assert span_tags([caption], spans[:3]) == (("O", "O", "O"),)


def test_an_entry_with_tags_survives_the_cache_codec():
    """The tags travel from the workers to the main process (and into the cache) in the ArticleEntry."""
    source = SourceFile("a.txt", "0123456789abcdef", None)
    entry = ArticleEntry(source, None, scored_tags=((("B-PER", "I-PER"),), (("O", "O"),)))
    assert codec.decode(codec.encode(entry)) == entry


def test_the_seed_card_shows_seqeval_for_the_seed_gold(seed_build):
    card = (seed_build.output_dir / "README.md").read_text(encoding="utf-8")
    assert "Entity-level scores by `seqeval`" in card
    assert "| set | sentences | micro | macro |" in card
    assert re.search(r"^\| seed gold \| \d+ \| 1\.000 / 1\.000 / 1\.000 \|", card, re.M)  # the seed gold is its own gold
