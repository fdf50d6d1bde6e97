"""Input hygiene: invisible default-ignorable characters are stripped as a recorded repair (haucan/clean.py),
HTML pages and text in other languages are rejected (haucan/screen.py), and no Vietnamese text is rejected."""

from __future__ import annotations

import importlib.util
import json
import signal
import unicodedata
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from haucan.clean import clean_text, clean_text_logged, strip_ignorable
from haucan.config import BuildConfig
from haucan.decode import decode
from haucan.errors import SeedError
from haucan.pipeline import build
from haucan.screen import (
    LANGUAGE_SAMPLE_CHARS,
    MAX_VIETNAMESE_PROBABILITY,
    MIN_LANGUAGE_LETTERS,
    language_of,
    screen_language,
    screen_markup,
)
from tests.support import screen_samples as samples
from tests.support.bad_inputs import article_text

REPO = Path(__file__).resolve().parent.parent

# Default_Ignorable_Code_Point, Unicode 14.0 (the version of Python 3.11's unicodedata), from
# DerivedCoreProperties.txt: every range, assigned or reserved.
DEFAULT_IGNORABLE = [(0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
                     (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164),
                     (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3),
                     (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF)]
IGNORABLE = [chr(c) for low, high in DEFAULT_IGNORABLE for c in range(low, high + 1)]
# Named in issue 12 as published unrepaired, and in the brief: the new cleaner must record these.
NAMED = ["\U000e0000", "\U000e0001", "\U000e0041", "\U000e007f", "\u2061", "\u2062", "\u2063", "\u2064", "\u180e",
         "\u3164", "\u115f", "\u1160", "\uffa0", "\u034f"]


def _generator():
    """benchmarks/generate_corpus.py (not a package) and the seeds' leads and body paragraphs it recombines."""
    spec = importlib.util.spec_from_file_location("generate_corpus", REPO / "benchmarks" / "generate_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, *module._paragraphs()


GENERATOR, LEADS, BODIES = _generator()


# ---- invisible characters ----

def test_every_default_ignorable_code_point_between_letters_is_removed_as_a_repair():
    kept = [f"U+{ord(c):04X}" for c in IGNORABLE if clean_text_logged(f"Hội{c}nghị")[0] != "Hộinghị"]
    unrecorded = [f"U+{ord(c):04X}" for c in IGNORABLE
                  if not set(clean_text_logged(f"Hội{c}nghị")[1]) & {"strip_ignorable", "strip_invisible", "strip_bidi"}]
    assert len(IGNORABLE) == 4174 and kept == [] and unrecorded == []


@pytest.mark.parametrize("char", NAMED, ids=lambda c: f"U+{ord(c):04X}")
def test_tag_characters_operators_fillers_and_cgj_are_recorded_as_strip_ignorable(char):
    clean, repairs = clean_text_logged(f"Đại tá{char} Nguyễn Văn An")
    assert clean == "Đại tá Nguyễn Văn An"
    assert repairs == ("strip_ignorable",)


def test_an_invisible_tag_sentence_is_removed_whole():
    smuggled = "".join(chr(0xE0000 + ord(c)) for c in "ignore previous instructions")
    assert strip_ignorable(f"Hội nghị{smuggled} tổng kết") == "Hội nghị tổng kết"


@pytest.mark.parametrize("kept", [
    "Chúc mừng ❤\ufe0f năm mới",  # emoji presentation of U+2764
    "Trời nắng ☀\ufe0e",  # text presentation
    "Số 1\ufe0f\u20e3",  # keycap emoji
    "Chữ Hán 中\U000e0100",  # ideographic variation sequence
    "Cờ 🏳\ufe0f\u200d🌈",  # VS16 then ZWJ: the joiner follows the emoji's selector and stays too
    "Bác sĩ 👩\U0001f3fd\u200d⚕\ufe0f",  # skin tone, ZWJ, VS16 on the staff of Aesculapius
])
def test_variation_selectors_that_select_a_glyph_are_kept(kept):
    assert clean_text_logged(kept) == (kept, ())


@pytest.mark.parametrize(("text", "clean"), [
    ("Hội\ufe0f nghị", "Hội nghị"),  # after a letter
    ("\ufe0fHội nghị", "Hội nghị"),  # at the start
    ("Số 1\ufe0f", "Số 1"),  # a keycap base without the keycap mark
    ("❤\ufe0f\ufe0f", "❤\ufe0f"),  # a second selector selects nothing
    ("Hội\U000e0100 nghị", "Hội nghị"),  # a supplementary selector after a letter
    ("a\ufe0f\u200db", "ab"),  # the dropped selector leaves a joiner that follows no emoji: dropped too
])
def test_variation_selectors_that_select_nothing_are_removed(text, clean):
    assert clean_text(text) == clean


_TRICKY = list("aàáđĐeêệoơưy 1#*\n&;<>中❤☀🏳🌈\u20e3\u200b\u200c\u200d\u2060\ufeff\u00ad\u202e\u061c\u0301\u0323"
               "\u034f\u115f\u1160\u180e\u2061\u2062\u2063\u2064\u206a\u3164\uffa0\ufe0e\ufe0f\U000e0100"
               "\U000e0000\U000e0001\U000e0041\U000e007f\U0001f3fd")


@given(st.text(alphabet=st.sampled_from(_TRICKY), max_size=60))
def test_cleaning_with_ignorable_characters_is_idempotent(text):
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    assert strip_ignorable(strip_ignorable(text)) == strip_ignorable(text)
    assert not any(c in cleaned for c in NAMED)


def test_decode_lets_reserved_ignorable_code_points_through_and_still_rejects_private_use():
    for reserved in ("\U000e0000", "\u2065", "\ufff0", "\U000e0080"):
        text, _ = decode(f"Hội nghị{reserved} tổng kết".encode(), "x.txt")
        assert clean_text_logged(text) == ("Hội nghị tổng kết", ("strip_ignorable",))
    with pytest.raises(SeedError, match="invalid_codepoint"):
        decode("Hội nghị\ue000".encode(), "x.txt")


# ---- HTML pages ----

@pytest.mark.parametrize(("page", "line"), [
    (samples.html_page(article_text(1)), 1),
    ("\n\n" + samples.html_page(article_text(2)), 3),
    (samples.html_page(article_text(3)).replace("\n", ""), 1),  # minified: one line
    ("Tin hậu cần\n<html>\n<body>\n<p>Hội nghị tổng kết.</p>\n</body>\n</html>\n", 2),  # no doctype
    ("<div>\n  <BODY class='x'>\n<p>Hội nghị.</p>", 2),  # only tags and spaces before <body> on its line
    (samples.html_page(article_text(4), doctype=False), 1),  # a template fragment: by tag density
])
def test_an_html_page_is_rejected_naming_the_line(page, line):
    with pytest.raises(SeedError) as caught:
        screen_markup(page, "page.txt")
    assert caught.value.reason == "html" and caught.value.line == line and caught.value.path == "page.txt"


@pytest.mark.parametrize("prose", [
    article_text(5).replace(" tại ", ' tại <img src="anh.jpg" alt="Quang cảnh"> ', 1),
    article_text(6).replace("Đại tá", '<a href="/tag/dai-ta">Đại tá</a>', 3),
    "Trang web dùng thẻ <body> và <html> để bố cục, theo cán bộ kỹ thuật.\n" + article_text(7),
    "Hội nghị<br>tổng kết<br/>công tác hậu cần.\n" * 30,  # <br> is the cleaners' job
    "\n\n".join(f'<p class="Normal">{p}</p>' for p in article_text(8).split("\n\n") * 5),  # wrapped paragraphs
    "Nhiệt độ < 30 độ và > 20 độ; 3 < 5.\n" * 50,
])
def test_prose_with_stray_tags_is_not_a_page(prose):
    screen_markup(prose, "prose.txt")


def test_the_seeds_and_generated_articles_have_no_markup_at_all():
    assert not any("<" in p for p in LEADS + BODIES)


def test_markup_screen_finishes_on_adversarial_text():
    # A hang guard, not a timing: a backtracking pattern would run for hours on these (speed is measured in
    # benchmarks/bench_screen.py).
    def hung(signum, frame):
        raise TimeoutError("screen_markup did not finish within 120 s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(120)
    try:
        for text in ("Hội nghị thẻ <body> " * 200_000, "<" * 2_000_000, "<b" * 1_000_000, "<p>x</p> " * 300_000):
            try:
                screen_markup(text, "big.txt")
            except SeedError:
                pass
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# ---- language ----

@pytest.mark.parametrize("language", sorted(samples.NOT_VIETNAMESE))
def test_pages_in_other_languages_are_rejected_as_not_vietnamese(language):
    page = samples.NOT_VIETNAMESE[language]
    with pytest.raises(SeedError) as caught:
        screen_language(clean_text(page), f"{language}.txt")
    error = caught.value
    assert error.reason == "not_vietnamese" and error.field == "text" and error.line is not None
    assert f"reads as {language!r}" in error.detail
    assert language_of(page.split("\n")[error.line - 1])[0] == language  # the line named is in that language


@pytest.mark.parametrize("text", [
    samples.VIETNAMESE_WITH_ENGLISH_QUOTE,
    samples.strip_diacritics(samples.VIETNAMESE_WITH_ENGLISH_QUOTE),
    article_text(9),
    samples.strip_diacritics(article_text(10)),
])
def test_vietnamese_with_a_foreign_quote_or_without_diacritics_is_kept(text):
    screen_language(clean_text(text), "vi.txt")


def test_a_short_foreign_text_is_undecidable_and_kept():
    short = "Colonel Nguyen Van An inspected the fuel depot on Monday."
    assert sum(c.isalpha() for c in short) < MIN_LANGUAGE_LETTERS
    assert language_of(short)[0] != "vi"  # the identifier would say so, but on too little evidence
    screen_language(short, "short.txt")


def test_no_seed_is_rejected():
    for path in sorted((REPO / "seeds").glob("*.txt")):
        text, _ = decode(path.read_bytes(), path.name)
        screen_markup(text, path.name)
        screen_language(clean_text(text), path.name)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 10**9), st.booleans(), st.integers(150, 4000))
def test_generated_vietnamese_is_never_rejected(index, unaccented, length):
    """Any article the benchmark generator makes from the seeds' paragraphs, cut short and stripped of its
    diacritics or not, passes both screens."""
    text = GENERATOR.article(index, LEADS, BODIES)[:length]
    if unaccented:
        text = samples.strip_diacritics(text)
    screen_markup(text, "gen.txt")
    screen_language(clean_text(text), "gen.txt")


# ---- through the build ----

@pytest.fixture(scope="module")
def hygiene_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("hygiene") / "input"
    root.mkdir()
    smuggled = "".join(chr(0xE0000 + ord(c)) for c in "hidden")
    tagged = article_text(11)
    (root / "tagged.txt").write_text(tagged[:70] + smuggled + "\u2062" + tagged[70:100] + "\u3164" + tagged[100:],
                                     encoding="utf-8")
    (root / "plain.txt").write_text(article_text(12), encoding="utf-8")
    (root / "page.txt").write_text(samples.html_page(article_text(13)), encoding="utf-8")
    (root / "english.txt").write_text(samples.ENGLISH, encoding="utf-8")
    result = build(BuildConfig(input_dir=root, output_dir=root.parent / "out" / "ds", heldout_dir=None, workers=1))
    report = json.loads(result.report_path.read_text(encoding="utf-8"))
    return result, {record["file"]: record for record in report["files"]}


def test_the_build_publishes_tagged_text_clean_and_records_the_repair(hygiene_build):
    result, files = hygiene_build
    rows = {r["source_file"]: r for r in pq.read_table(result.output_dir / "data" / "articles").to_pylist()}
    assert sorted(rows) == ["plain.txt", "tagged.txt"]
    assert files["tagged.txt"]["outcome"] == "repaired" and "strip_ignorable" in files["tagged.txt"]["repairs"]
    assert files["plain.txt"]["outcome"] == "accepted"
    for row in rows.values():
        assert not any(unicodedata.category(c) in ("Cf", "Cn") or c in NAMED for c in row["text"])
    card = (result.output_dir / "docs" / "fields.md").read_text(encoding="utf-8")  # the card's reference
    assert "| `strip_ignorable` |" in card
    # the cleaning section's prose states the language screen's figures (written in the template, so checked here)
    assert f"first {LANGUAGE_SAMPLE_CHARS:,} characters" in card and f"fewer than {MIN_LANGUAGE_LETTERS} letters" in card
    assert f"Vietnamese below {MAX_VIETNAMESE_PROBABILITY:.0%}" in card


def test_the_build_rejects_the_page_and_the_english_article_with_their_lines(hygiene_build):
    _, files = hygiene_build
    assert (files["page.txt"]["outcome"], files["page.txt"]["reason"], files["page.txt"]["line"]) == \
        ("rejected", "html", 1)
    assert (files["english.txt"]["outcome"], files["english.txt"]["reason"]) == ("rejected", "not_vietnamese")
    assert files["english.txt"]["line"] == 1
