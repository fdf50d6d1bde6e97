"""Old-style tone placement ('hoà', 'khoẻ', 'thuỷ'; issue 12): underthesea sees a same-length copy with the tone
moved (haucan.sentences.segmenter_copy), the published text keeps the outlet's spelling, and every sentence,
word and syllable is a slice of that text. Without it, underthesea's tokens ('ủy') were not in the text ('uỷ')
and the whole build stopped with an AlignmentError."""

from __future__ import annotations

import json
import re
import shutil
import unicodedata

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from underthesea.pipeline.text_normalize.text_normalizer import character_map, token_map

from haucan.article import build_article
from haucan.config import BuildConfig
from haucan.pipeline import build
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules
from haucan.sentences import segment_sentences, segmenter_copy
from tests.conftest import SEEDS

TONES = {"grave": "\u0300", "acute": "\u0301", "hook": "\u0309", "tilde": "\u0303", "dot": "\u0323"}
VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _forms() -> list[tuple[str, str]]:
    """Every (old, new) placement of a final oa/oe/uy: 5 tones, each letter in either case (60 pairs)."""
    pairs = []
    for heads, tails in (("oO", "aeAE"), ("uU", "yY")):
        for head in heads:
            for tail in tails:
                for tone in TONES.values():
                    pairs.append((head + _nfc(tail + tone), _nfc(head + tone) + tail))
    return pairs


FORMS = _forms()
_TO_OLD = {new: old for old, new in FORMS}
_NEW_STYLE = re.compile(f"(?<![qQ{VOWELS}])(?:{'|'.join(_TO_OLD)})(?![^\\W\\d_])")


def to_old_style(text: str) -> str:
    """Test data: new-style final oa/oe/uy ('hóa', 'thủy', 'khỏe') written old-style ('hoá', 'thuỷ', 'khoẻ')."""
    return _NEW_STYLE.sub(lambda match: _TO_OLD[match.group(0)], text)


def _article(text: str, name: str = "x.txt"):
    return build_article(RawArticle(SourceFile(name, "0123456789abcdef", None), text), load_rules())


@pytest.mark.parametrize(("old", "new"), FORMS)
def test_every_old_style_form_moves_its_tone_to_the_first_vowel_in_place(old, new):
    for onset in ("", "h", "Th", "KH", "l", "ng"):
        word = onset + old
        copy = segmenter_copy(word)
        assert copy == onset + new and len(copy) == len(word)
        assert unicodedata.normalize("NFD", copy[len(onset)])[1:] == unicodedata.normalize("NFD", old[1])[1:]
        assert unicodedata.normalize("NFD", copy[-1]) == unicodedata.normalize("NFD", old[1])[0]


@pytest.mark.parametrize(("written", "segmented"), [
    ("hoà", "hòa"), ("hoá", "hóa"), ("hoả", "hỏa"), ("hoạ", "họa"), ("loã", "lõa"), ("khoẻ", "khỏe"),
    ("xoè", "xòe"), ("hoé", "hóe"), ("khoẽ", "khõe"), ("khoẹ", "khọe"), ("thuỷ", "thủy"), ("uỷ", "ủy"),
    ("luỹ", "lũy"), ("tuỳ", "tùy"), ("thuý", "thúy"), ("nguỵ", "ngụy"), ("oà", "òa"),
    ("Thanh Hoá", "Thanh Hóa"), ("Đảng uỷ", "Đảng ủy"), ("Uỷ ban", "Ủy ban"), ("UỶ BAN", "ỦY BAN"),
    ("THANH HOÁ", "THANH HÓA"), ("Xoè", "Xòe"), ("KHOẺ", "KHỎE"), ("Tuỳ", "Tùy"), ("hoà-bình", "hòa-bình"),
    ("(Thuỷ)", "(Thủy)"), ("hoá.", "hóa."), ("văn hoá,thể", "văn hóa,thể"), ("ðại", "đại"),
])
def test_old_style_words_as_outlets_write_them(written, segmented):
    assert segmenter_copy(written) == segmented


@pytest.mark.parametrize("word", [
    "quý", "Quý", "QUÝ", "quỳ", "quỷ", "quá", "quà", "Quảng", "quẻ", "hoàng", "Hoàng", "khuỷu", "ngoài", "thuở",
    "toàn", "hòa", "thủy", "khỏe", "khuya", "uyên", "Nguyễn", "hoạch", "loại", "xoay", "oai", "hoa", "thuy",
])
def test_new_style_and_other_rhymes_are_left_alone(word):
    assert segmenter_copy(word) == word


def test_the_copy_agrees_with_underthesea_on_every_same_length_word_it_normalises():
    # underthesea's own token map (its normaliser, 2,900 words): wherever the copy changes one of its words,
    # the copy is what underthesea would have made of it. Entries that change a word's length are its spelling
    # fixes ('nghành' -> 'ngành'); the copy never makes them (offsets would no longer map one to one).
    changed = set()
    for word, normal in token_map.items():
        copy = segmenter_copy(word)
        if copy != word:
            changed.add(word)
            assert copy == normal, word
    assert len(changed) >= 100  # the map holds many old-style words: they are covered
    assert {"hoà", "Hoá", "THUỶ", "khoẻ", "xoè", "uỷ", "luỹ", "tuỳ"} <= changed


def test_the_copy_applies_underthesea_s_own_character_map():
    assert all(segmenter_copy(character) == normal for character, normal in character_map.items())


OLD_ARTICLE = ("Đảng uỷ Quân sự tỉnh Thanh Hoá họp bàn công tác hậu cần\n\n"
               "Sáng 6/7, Đảng uỷ Quân sự tỉnh Thanh Hoá tổ chức hội nghị. Bộ đội khoẻ mạnh, hoà mình với nhân dân; "
               "công trình thuỷ lợi được tu sửa, luỹ tre được giữ gìn, tuỳ điều kiện từng đơn vị.\n\n"
               "Uỷ ban nhân dân tỉnh ghi nhận: văn hoá, thể thao phát triển, hoạ sĩ vẽ tranh xoè quạt.\n")


def _letters(text: str) -> str:
    """The letters of ``text`` in order (eth read as đ, which the cleaner may map): spacing aside, the spelling."""
    return "".join(c for c in text.translate({ord("ð"): "đ", ord("Ð"): "Đ"}) if c.isalpha())


def _spans_slice(article, sentences) -> None:
    for sentence in sentences:
        field = article.text if sentence.field == "text" else article.metadata.captions[sentence.caption_idx]
        assert field[sentence.start:sentence.end] == sentence.text
        for syllable, (start, end) in zip(sentence.syllables, sentence.syllable_spans, strict=True):
            assert field[start:end] == syllable
        for word, (start, end) in zip(sentence.words, sentence.word_spans, strict=True):
            assert "".join(field[start:end].split()) == word.replace("_", "")


def test_old_style_text_segments_like_its_new_style_twin_and_publishes_its_own_spelling():
    old = _article(OLD_ARTICLE)
    new = _article(segmenter_copy(OLD_ARTICLE))
    assert old.text != new.text and "Thanh Hoá" in old.text and len(old.text) == len(new.text)
    old_sentences, new_sentences = segment_sentences(old), segment_sentences(new)
    _spans_slice(old, old_sentences)
    key = [(s.start, s.end, s.word_spans, s.syllable_spans) for s in old_sentences]
    assert key == [(s.start, s.end, s.word_spans, s.syllable_spans) for s in new_sentences]
    words = [w for s in old_sentences for w in s.words]
    assert "Thanh_Hoá" in words and "Đảng_uỷ" in words and "thuỷ_lợi" in words
    assert not {"Thanh_Hóa", "Đảng_ủy", "thủy_lợi"} & set(words)


_SYLLABLES = ([old for old, _ in FORMS] + ["h" + old for old, _ in FORMS] + ["Th" + old for old, _ in FORMS]
              + ["hòa", "thủy", "quý", "hoàng", "khuỷu", "ngoài", "Đảng", "bộ", "đội", "hậu", "cần", "ð", "Ð"])
_SEPARATORS = [" ", " ", " ", "  ", "\t", ", ", ". ", "-", " (", ") ", ": ", "; "]


@given(st.lists(st.tuples(st.sampled_from(_SYLLABLES), st.sampled_from(_SEPARATORS)), min_size=1, max_size=40))
def test_offsets_always_slice_the_published_text_for_any_mix_of_spellings(pieces):
    body = "".join(syllable + separator for syllable, separator in pieces).strip()
    text = f"Tiêu đề bài viết\n\nSáng 6/7, Cục Hậu cần tổ chức hội nghị sơ kết {body}.\n"
    article = _article(text)
    assert _letters(body) in _letters(article.text)  # the spelling is published as written
    _spans_slice(article, segment_sentences(article))


# ---- the done-when line: the seeds plus old-style copies of them all publish ----

SYNTHETIC = ("Bộ Chỉ huy Quân sự tỉnh Thanh Hoá tổng kết công tác hậu cần\n\n"
             "Ngày 28-7, Đảng uỷ Bộ Chỉ huy Quân sự tỉnh Thanh Hoá tổ chức hội nghị tổng kết công tác hậu cần năm 2023. "
             "Đại tá Lê Văn Hoà, Chính uỷ Bộ Chỉ huy, chủ trì hội nghị.\n\n"
             "Năm qua, các đơn vị bảo đảm sức khoẻ bộ đội, hoàn thành kế hoạch tăng gia, xây dựng văn hoá doanh trại; "
             "kho tàng được giữ an toàn tuyệt đối, công trình thuỷ lợi phục vụ sản xuất được tu sửa kịp thời.\n\n"
             "Tuỳ tình hình thực tế, các cơ quan chủ động phối hợp, hoà nhịp với địa phương trong mùa mưa lũ.\n")


@pytest.fixture(scope="module")
def old_style_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tones") / "input"
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, folder / path.name)
        text = path.read_text(encoding="utf-8")
        (folder / f"old_style_{path.stem.split('_')[0]}.txt").write_text(to_old_style(text), encoding="utf-8")
    shutil.copy(SEEDS / "sources.csv", folder / "sources.csv")
    (folder / "thanh_hoa_old_style.txt").write_text(SYNTHETIC, encoding="utf-8")
    config = BuildConfig(input_dir=folder, output_dir=folder.parent / "out" / "ds", workers=1, cache_dir=None,
                         heldout_dir=None)
    result = build(config)
    return folder, result, json.loads(result.report_path.read_text(encoding="utf-8"))


def test_the_old_style_copies_differ_from_the_seeds():
    changed = [path for path in SEEDS.glob("*.txt")
               if to_old_style(path.read_text(encoding="utf-8")) != path.read_text(encoding="utf-8")]
    assert len(changed) >= 4  # 'Đảng ủy' is in most seeds


def test_seeds_and_their_old_style_copies_all_publish(old_style_build):
    folder, result, report = old_style_build
    outcomes = {record["file"]: record for record in report["files"]}
    assert set(outcomes) == {path.name for path in folder.glob("*.txt")}
    assert {r["outcome"] for r in outcomes.values()} <= {"accepted", "repaired", "duplicate"}
    assert report["counts"]["rejected"] == 0 and report["published"] is True
    # A copy that differs only in tone placement is the same article: one of the two is its duplicate.
    for path in SEEDS.glob("*.txt"):
        copy = f"old_style_{path.stem.split('_')[0]}.txt"
        assert [outcomes[path.name]["outcome"], outcomes[copy]["outcome"]].count("duplicate") == 1


def test_published_text_keeps_the_old_style_spelling_and_offsets_slice_it(old_style_build):
    _, result, report = old_style_build
    data = result.output_dir / "data"
    articles = pd.read_parquet(data / "articles").set_index("article_id")
    synthetic = next(r for r in report["files"] if r["file"] == "thanh_hoa_old_style.txt")
    assert synthetic["outcome"] in ("accepted", "repaired")
    text = articles.loc[synthetic["article_id"], "text"]
    for spelling in ("Thanh Hoá", "Đảng uỷ", "sức khoẻ", "thuỷ lợi", "Tuỳ", "hoà nhịp", "văn hoá"):
        assert spelling in text
    assert segmenter_copy(text) != text
    sentences = pd.read_parquet(data / "sentences")
    for row in sentences.itertuples():
        field = articles.loc[row.article_id, "text"] if row.field == "text" else \
            articles.loc[row.article_id, "captions"][int(row.caption_idx)]
        assert field[row.start:row.end] == row.text
        assert "".join(row.text.split()) == "".join(row.syllables) == "".join(w.replace("_", "") for w in row.words)
    ours = sentences[sentences.article_id == synthetic["article_id"]]
    words = {w for ws in ours.words for w in ws}
    assert {"Thanh_Hoá", "thuỷ_lợi"} <= words and any("uỷ" in w for w in words)
    assert not any(form in w for w in words for form in ("ủy", "Hóa", "thủy", "khỏe"))
    mentions = pd.read_parquet(data / "mentions")
    for row in mentions[mentions.field == "text"].itertuples():
        assert articles.loc[row.article_id, "text"][row.start:row.end] == row.surface
    assert len(mentions[mentions.article_id == synthetic["article_id"]]) > 0


def test_each_published_text_is_spelt_as_its_file(old_style_build):
    folder, result, report = old_style_build
    articles = pd.read_parquet(result.output_dir / "data" / "articles")
    files = {r["article_id"]: r["file"] for r in report["files"] if r["outcome"] in ("accepted", "repaired")}
    assert set(articles.article_id) == set(files)
    for row in articles.itertuples():
        written = (folder / files[row.article_id]).read_text(encoding="utf-8")
        old_style = files[row.article_id].startswith(("old_style", "thanh_hoa"))
        assert (to_old_style(row.text) == row.text) if old_style else (segmenter_copy(row.text) == row.text)
        assert _letters(row.lead) in _letters(written)
