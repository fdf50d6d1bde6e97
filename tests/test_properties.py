"""Property tests (hypothesis): reading fails only with a typed rejection, cleaning is idempotent and leaves NFC
text without controls, and every span survives the pipeline."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from haucan.annotate import annotate
from haucan.article import build_article
from haucan.clean import clean_text
from haucan.decode import decode
from haucan.errors import SeedError
from haucan.extract.entities import extract
from haucan.read import read_article
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules

RULES = load_rules()
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_TRICKY = list("aàáạăằâầđĐÐeêệoôơờuưứy \t\n\r\x0b\x0c\x85\u2028\u2029\u00a0\u2003\u3000\u200b\u200c\u200d\ufeff"
               "\u00ad\u202e\u2066\x00\x07\x7f\x9b&;#<>/brpamplt\u0300\u0301\u0303\u0309\u0323")
text_strategy = st.text(alphabet=st.one_of(st.sampled_from(_TRICKY), st.characters(exclude_categories=("Cs",))),
                        max_size=200)


@given(st.binary(max_size=600))
def test_decoding_any_bytes_returns_text_or_a_typed_rejection(data):
    try:
        text, repairs = decode(data, "fuzz.txt")
    except SeedError as error:
        assert error.reason and error.path == "fuzz.txt"
        return
    assert isinstance(text, str) and isinstance(repairs, tuple)


@given(st.binary(max_size=400))
def test_reading_any_file_returns_an_article_or_a_typed_rejection(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "f.txt").write_bytes(data)
    try:
        raw = read_article(folder, SourceFile("f.txt", "0123456789abcdef", None))
    except SeedError:
        return
    assert raw.clean == clean_text(raw.raw_text)


@given(text_strategy)
def test_cleaning_is_idempotent_and_leaves_nfc_without_controls(text):
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not CONTROLS.search(cleaned)


_RESIDUE = ["leftcenterrightdel", "0:00 / 0:00", "Truy cập nội dung luôn", "\u00a0Quang cảnh hội nghị."]
_SENTENCES = ["Hội nghị đánh giá kết quả công tác hậu cần năm 2023.",
              "Các đơn vị đã hoàn thành tốt nhiệm vụ được giao trong thời gian qua.",
              "Đại biểu thảo luận sôi nổi về các giải pháp bảo đảm đời sống bộ đội."]


@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=4),
       st.lists(st.sampled_from(_RESIDUE), max_size=3),
       st.sampled_from(["Nguyễn Văn An", "Trần Thị Bình", "Lê Đức Cường"]),
       st.sampled_from(["Đại tá", "Thiếu tướng", "đại tá"]),
       st.sampled_from(["\n\n", "\r\n\r\n", "\n \n", "\n\u00a0\n"]))
def test_every_span_survives_the_pipeline(body, residue, name, rank, separator):
    lead = f"Ngày 12-3, {rank} {name}, Chủ nhiệm Hậu cần Quân khu 7 chủ trì hội nghị."
    paragraphs = [lead, *residue, *body]
    article = build_article(RawArticle(SourceFile("p.txt", "0123456789abcdef", None), separator.join(paragraphs)),
                            RULES)
    for block in article.blocks:
        if block.text_start is not None:
            assert article.text[block.text_start:block.text_end] == block.text
    annotated = annotate(article, None, extract(article))
    strings = {("text", None): article.text, **{("caption", i): c for i, c in enumerate(article.metadata.captions)}}
    for mention in annotated.mentions:
        assert strings[(mention.field, mention.caption_idx)][mention.start:mention.end] == mention.surface
    for sentence in annotated.sentences:
        assert strings[(sentence.field, sentence.caption_idx)][sentence.start:sentence.end] == sentence.text
    assert any(m.label == "PER" and m.surface == name for m in annotated.mentions)
    assert all(r not in article.text for r in ("leftcenterrightdel", "0:00 / 0:00", "Truy cập"))
