"""Per-article time stays linear in the article's length, checked by structure, never by the clock.

A huge article is rejected ``too_long`` by the documented limit before any costly step; a paragraph with no
full stop is cut into bounded sentences that are still slices of the text; and every step that replaced a
quadratic scan (overlap resolution, organisation compounds, enclosing mentions, the sentence of a span, the
tokens under a mention) gives exactly what the plain definition it replaced gives. The timing figures are in
benchmarks/bench_length.py and benchmarks/RESULTS.md.
"""

from __future__ import annotations

import json
import random
import shutil
import signal

import pytest

from haucan.annotate import build_mentions
from haucan.article import MAX_ARTICLE_CHARS
from haucan.bio import bio_tags
from haucan.config import BuildConfig
from haucan.extract import org_spans
from haucan.extract.entities import MAX_PARENT_UNITS
from haucan.extract.names import _name_occurrences
from haucan.extract.org_spans import MAX_ORG_PARTS, _longest_compounds
from haucan.extract.overlaps import ALLOWED_NESTING, PRIORITY
from haucan.extract.overlaps import resolve as _resolve
from haucan.gold import Span
from haucan.per_article import StageSettings
from haucan.pipeline import build
from haucan.process import process
from haucan.records import Mention, SourceFile
from haucan.sentences import MAX_SENTENCE_CHARS
from tests.support.bad_inputs import _GIVEN, _NAMES, _OBJECTS, _PLACES, _SUBJECTS, _VERBS

from .conftest import SEEDS

GENEROUS_SECONDS = 240  # a hang, not a slow machine, is what this bound catches (the work takes seconds)


@pytest.fixture
def alarm():
    """Fail the test instead of hanging when it runs past GENEROUS_SECONDS."""

    def expired(signum, frame):
        raise TimeoutError(f"still running after {GENEROUS_SECONDS} s: per-article time is not linear")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(GENEROUS_SECONDS)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _sentence(rng: random.Random, stop: bool = True) -> str:
    text = (f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.randint(2019, 2025)} tại "
            f"{rng.choice(_PLACES)}, Đại tá {rng.choice(_NAMES)} {rng.choice(_GIVEN)} phát biểu lần thứ "
            f"{rng.randint(1, 99)}.")
    return text if stop else text.replace(".", "").replace(",", "")


def _one_line(characters: int, stop: bool = True, seed: int = 1) -> str:
    """At least ``characters`` characters of sentences on one line (no newline at all)."""
    rng = random.Random(seed)
    parts, total = [], 0
    while total < characters:
        parts.append(_sentence(rng, stop))
        total += len(parts[-1]) + 1
    return " ".join(parts)


def test_a_2_mb_one_line_article_is_rejected_too_long_and_the_rest_is_published(tmp_path, alarm):
    source = tmp_path / "input"
    source.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, source / seed.name)
    huge = _one_line(2_000_000)
    assert "\n" not in huge and len(huge.encode("utf-8")) > 2_000_000
    (source / "huge.txt").write_text(huge, encoding="utf-8")
    result = build(BuildConfig(input_dir=source, output_dir=tmp_path / "out" / "ds", heldout_dir=None))
    report = json.loads(result.report_path.read_text(encoding="utf-8"))
    (entry,) = [f for f in report["files"] if f["file"] == "huge.txt"]
    assert entry["outcome"] == "rejected" and entry["reason"] == "too_long" and entry["field"] == "text"
    assert f"{len(huge):,} characters" in entry["detail"]
    assert f"{MAX_ARTICLE_CHARS:,}-character limit" in entry["detail"]
    assert result.rows["articles"] == 2 and report["published"] is True


def test_the_limit_counts_characters_after_cleaning(tmp_path):
    """A file over the limit only because of a run of spaces (cleaning collapses it) is not too long; one
    with more characters of text than the limit is."""
    settings, source = StageSettings(input_dir=tmp_path), SourceFile("a.txt", "0123456789abcdef", None)
    text = _one_line(20_000)
    padded = text + " " * MAX_ARTICLE_CHARS + "\n"
    assert process(source, padded.encode("utf-8"), settings).error is None
    over = process(source, _one_line(MAX_ARTICLE_CHARS + 10).encode("utf-8"), settings).error
    assert over is not None and over.reason == "too_long" and over.field == "text"


def test_a_paragraph_without_full_stops_is_cut_into_bounded_slices_of_the_text(tmp_path, alarm):
    data = _one_line(5 * MAX_SENTENCE_CHARS + 123, stop=False).encode("utf-8")
    processed = process(SourceFile("a.txt", "0123456789abcdef", None), data, StageSettings(input_dir=tmp_path))
    assert processed.error is None, processed.error
    annotated = processed.annotated
    text = annotated.article.text
    sentences = [s for s in annotated.sentences if s.field == "text"]
    assert len(sentences) > 5
    cursor = 0
    for sentence in sentences:
        assert 0 < len(sentence.text) <= MAX_SENTENCE_CHARS
        assert text[sentence.start:sentence.end] == sentence.text
        assert not text[cursor:sentence.start].strip()  # in order, nothing but spaces left between them
        cursor = sentence.end
    assert not text[cursor:].strip()
    by_index = {s.sent_idx: s for s in annotated.sentences}
    assert annotated.mentions
    for mention in annotated.mentions:
        holder = by_index[mention.sent_idx]
        assert holder.start <= mention.start < holder.end and text[mention.start:mention.end] == mention.surface


def test_an_article_naming_nobody_has_no_name_occurrences(tmp_path):
    assert _name_occurrences("Đại tá và Thiếu tướng dự hội nghị.", set()) == []
    data = ("Hội nghị tổng kết công tác hậu cần năm 2023 diễn ra tại Hà Nội. " * 3).encode("utf-8")
    processed = process(SourceFile("a.txt", "0123456789abcdef", None), data, StageSettings(input_dir=tmp_path))
    assert processed.error is None and not [m for m in processed.annotated.mentions if m.label == "PER"]


# The plain definitions the sweeps replaced, kept here as the reference.

def _resolve_by_definition(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    unique = sorted(set(spans))
    orgs = [(s, e) for s, e, label in unique if label == "ORG"]
    unique = [(s, e, label) for s, e, label in unique
              if not (label == "POSITION" and any(os <= s and e <= oe and (os, oe) != (s, e) for os, oe in orgs))]
    kept: list[tuple[int, int, str]] = []
    for start, end, label in sorted(unique, key=lambda x: (PRIORITY.index(x[2]), -(x[1] - x[0]), x[0])):
        if all(end <= k_start or k_end <= start
               or (k_start <= start and end <= k_end and (label, k_label) in ALLOWED_NESTING
                   and (start, end) != (k_start, k_end))
               or (start <= k_start and k_end <= end and (k_label, label) in ALLOWED_NESTING
                   and (start, end) != (k_start, k_end))
               for k_start, k_end, k_label in kept):
            kept.append((start, end, label))
    return sorted(kept)


def test_overlap_resolution_keeps_what_the_definition_keeps():
    rng = random.Random(11)
    for _ in range(4000):
        spans = []
        for _ in range(rng.randrange(25)):
            start = rng.randrange(40)
            spans.append((start, start + rng.randrange(12), rng.choice(PRIORITY)))
        assert _resolve(spans) == _resolve_by_definition(spans), spans


def _compounds_by_definition(source: str, spans: set[tuple[int, int]], prefixes) -> list[tuple[int, int]]:
    spans = set(spans)
    while True:
        ends_by_start: dict[int, list[int]] = {}
        for start, end in spans:
            ends_by_start.setdefault(start, []).append(end)
        grown = {(start, later) for start, end in spans if source[end:end + 1] == " "
                 for later in ends_by_start.get(end + 1, ())}
        grown |= {(prefix.start(), end) for prefix in prefixes for end in ends_by_start.get(prefix.end(), ())}
        if grown <= spans:
            break
        spans |= grown
    longest: dict[int, int] = {}
    for start, end in spans:
        longest[start] = max(end, longest.get(start, end))
    return sorted(longest.items())


class _Prefix:
    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def test_organisation_compounds_grow_as_far_as_the_definition_grows_them(monkeypatch):
    monkeypatch.setattr(org_spans, "MAX_ORG_PARTS", 10 ** 6)  # the definition has no bound (see the next test)
    rng = random.Random(5)
    for _ in range(4000):
        source = "".join(rng.choice("ab  ") for _ in range(30))
        spans = set()
        for _ in range(rng.randrange(12)):
            start = rng.randrange(30)
            spans.add((start, min(30, start + rng.randrange(1, 8))))
        prefixes = []
        for _ in range(rng.randrange(4)):
            start = rng.randrange(29)
            prefixes.append(_Prefix(start, start + rng.randrange(1, 5)))
        assert _longest_compounds(source, spans, prefixes) == _compounds_by_definition(source, spans, prefixes), (
            source, spans, [(p.start(), p.end()) for p in prefixes])


def _article_of(text: str, tmp_path):
    processed = process(SourceFile("a.txt", "0123456789abcdef", None), text.encode("utf-8"),
                        StageSettings(input_dir=tmp_path))
    assert processed.error is None, processed.error
    return processed.annotated


def test_runs_of_thousands_of_organisations_give_bounded_compounds_and_titles(tmp_path, alarm):
    unit = "Cục Hậu cần"
    annotated = _article_of("Hội nghị có đại diện " + " ".join([unit] * 3000) + " tham dự.", tmp_path)
    orgs = [m for m in annotated.mentions if m.label == "ORG"]
    assert orgs and max(len(m.surface) for m in orgs) == MAX_ORG_PARTS * (len(unit) + 1) - 1
    command = "Bộ Tư lệnh Quân khu 1"
    annotated = _article_of("Hội nghị có " + ", ".join([command] * 2000) + " tham dự.", tmp_path)
    positions = [m for m in annotated.mentions if m.label == "POSITION"]
    assert positions and max(m.surface.count(", ") for m in positions) <= MAX_PARENT_UNITS
    # A real three-part name is still one organisation.
    name = "Ban Thường vụ Đảng ủy Cục Hậu cần Quân khu 7"
    annotated = _article_of(f"Sáng 6/7, {name} tổ chức hội nghị tổng kết công tác năm 2023.", tmp_path)
    assert name in [m.surface for m in annotated.mentions if m.label == "ORG"]


def _sentence_record(index: int, start: int, end: int, tokens: list[tuple[int, int]]):
    from haucan.records import Sentence

    return Sentence(index, "text", None, start, end, "x" * (end - start), (), tuple(tokens), (), tuple(tokens), "test")


def test_mentions_get_the_parent_and_sentence_the_definitions_give():
    from types import SimpleNamespace

    rng = random.Random(3)
    labels = ["ORG", "POSITION", "PER", "RANK", "DATE"]
    article = SimpleNamespace(article_id="0123456789abcdef")
    for _ in range(1500):
        sentences, position = [], 0
        while position < 150:
            length = rng.randrange(1, 30)
            tokens, token = [], position
            while token < position + length:
                tokens.append((token, min(position + length, token + rng.randrange(1, 6))))
                token = tokens[-1][1] + rng.randrange(2)
            sentences.append(_sentence_record(len(sentences), position, position + length, tokens))
            position += length + rng.randrange(3)
        spans = []
        for _ in range(rng.randrange(20)):
            holder = rng.choice(sentences)
            start = rng.randrange(holder.start, holder.end)
            end = start + rng.randrange(1, 15)
            spans.append(Span("text", None, start, end, rng.choice(labels), "x" * (end - start)))
        mentions = build_mentions(article, sentences, spans, "gold")
        by_id = {m.mention_id: m for m in mentions}
        for mention in mentions:
            (holder,) = [s for s in sentences if s.start <= mention.start < s.end]
            assert mention.sent_idx == holder.sent_idx
            enclosing = [m for m in mentions if m.start <= mention.start and mention.end <= m.end
                         and (m.end - m.start) > (mention.end - mention.start)]
            parent = by_id.get(mention.parent_mention_id)
            if not enclosing:
                assert parent is None
            else:
                assert parent is not None and parent.end - parent.start == min(m.end - m.start for m in enclosing)
        for sentence in sentences:
            own = [m for m in mentions if m.sent_idx == sentence.sent_idx]
            tags, cut = bio_tags(sentence, own, "word")
            _check_tags(sentence, own, tags, cut)


def _check_tags(sentence, mentions: list[Mention], tags: list[int], cut: int) -> None:
    """BIO by definition: a token is tagged when it overlaps an outermost mention, and a mention is cut when
    the tokens it overlaps do not start and end where it does."""
    outer = [m for m in mentions if m.parent_mention_id is None]
    spans = sentence.word_spans
    covered = {i for m in outer for i, (s, e) in enumerate(spans) if s < m.end and m.start < e}
    assert {i for i, tag in enumerate(tags) if tag} <= covered
    expected_cut = 0
    for mention in outer:
        under = [i for i, (s, e) in enumerate(spans) if s < mention.end and mention.start < e]
        if under and (spans[under[0]][0] != mention.start or spans[under[-1]][1] != mention.end):
            expected_cut += 1
    assert cut == expected_cut
