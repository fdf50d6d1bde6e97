"""Language layer: gold that stays anchored, the extractor's hard cases, NER configs that load and are valid BIO."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
import yaml
from datasets import load_dataset

from haucan.article import build_article
from haucan.config import BuildConfig
from haucan.errors import ValidationError
from haucan.evaluate import Scores
from haucan.extract.entities import extract
from haucan.gold import GoldError, gold_path, load_gold_file, resolve_gold
from haucan.pipeline import build
from haucan.read import discover, iter_raw_articles
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules
from schema.ner import tag_names

from .conftest import SEEDS

RULES = load_rules()


@pytest.fixture(scope="module")
def seed_articles():
    return [build_article(raw, RULES) for raw in iter_raw_articles(SEEDS, discover(SEEDS).sources)]


def _article(text: str):
    return build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", None), text), RULES)


def _labelled(text: str) -> set[tuple[str, str]]:
    article = _article(text)
    return {(s.label, s.surface) for s in extract(article)}


# --- gold ---------------------------------------------------------------------------------------------

def test_every_seed_has_gold_and_every_gold_span_matches_the_text(seed_articles):
    total = 0
    for article in seed_articles:
        path = gold_path(SEEDS, article.source_file)
        assert path.is_file(), f"no gold for {article.source_file}"
        spans = resolve_gold(article, load_gold_file(path), path.name)
        for span in spans:
            source = article.text if span.field == "text" else article.metadata.captions[span.caption_idx]
            assert source[span.start:span.end] == span.surface
        assert len({s.key for s in spans}) == len(spans), "a gold span is listed twice"
        total += len(spans)
    assert total >= 150


def test_heldout_gold_resolves_and_is_never_published(seed_build):
    from .conftest import REPO

    heldout = REPO / "tests" / "heldout" / "dev"
    articles = [build_article(raw, RULES) for raw in iter_raw_articles(heldout, discover(heldout).sources)]
    assert len(articles) >= 8
    for article in articles:
        spans = resolve_gold(article, load_gold_file(gold_path(heldout, article.source_file)), article.source_file)
        assert spans
    published = set(pd.read_parquet(seed_build.output_dir / "data" / "articles").article_id)
    assert not published & {a.article_id for a in articles}


def test_gold_covers_captions_too(seed_articles):
    fields = set()
    for article in seed_articles:
        spans = resolve_gold(article, load_gold_file(gold_path(SEEDS, article.source_file)), article.source_file)
        fields.update(s.field for s in spans)
    assert fields == {"text", "caption"}


def test_gold_that_no_longer_matches_the_clean_text_fails_loudly(seed_articles):
    article = seed_articles[0]
    doc = load_gold_file(gold_path(SEEDS, article.source_file))
    doc["paragraphs"][0]["text"] = doc["paragraphs"][0]["text"] + " (sửa)"
    with pytest.raises(GoldError, match="paragraph 1 .* no longer a lead, body or caption"):
        resolve_gold(article, doc, "edited.yml")
    doc = load_gold_file(gold_path(SEEDS, article.source_file))
    with_mentions = next(i for i, p in enumerate(doc["paragraphs"]) if p["mentions"])
    doc["paragraphs"][with_mentions]["mentions"].append(["PER", "Không Có Tên"])
    with pytest.raises(GoldError, match="'Không Có Tên' not found"):
        resolve_gold(article, doc, "edited.yml")


def test_build_stops_when_a_gold_file_no_longer_maps(seed_copy, tmp_path):
    gold = seed_copy / "gold" / "001_a557de5baf119422.yml"
    doc = yaml.safe_load(gold.read_text(encoding="utf-8"))
    doc["paragraphs"][0]["text"] = "Đoạn văn không còn trong bài."
    gold.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out" / "ds"
    with pytest.raises(ValidationError, match="gold_maps_onto_clean_text") as caught:
        build(BuildConfig(input_dir=seed_copy, output_dir=out, heldout_dir=None))
    assert "001_a557de5baf119422" in str(caught.value)
    assert not out.exists()


def test_articles_without_gold_publish_extractor_mentions(seed_copy, tmp_path):
    shutil.rmtree(seed_copy / "gold")
    out = tmp_path / "out" / "ds"
    build(BuildConfig(input_dir=seed_copy, output_dir=out, heldout_dir=None))
    mentions = pd.read_parquet(out / "data" / "mentions")
    assert set(mentions.source) == {"auto"}
    assert set(mentions.extractor) == {"entities@1.1.0"}


# --- extractor quality ----------------------------------------------------------------------------------

def test_extractor_meets_the_f1_bar_on_seed_gold(seed_articles):
    scores = Scores()
    for article in seed_articles:
        gold = resolve_gold(article, load_gold_file(gold_path(SEEDS, article.source_file)), article.source_file)
        scores.add(extract(article), gold)
    table = scores.table()
    assert table["micro"]["f1"] >= 0.95
    for label in ("PER", "RANK", "POSITION"):
        assert table["labels"][label]["f1"] >= 0.90, label


# --- extractor hard cases (one small example each) -------------------------------------------------------

def test_rank_before_name():
    found = _labelled("Thiếu tướng Lê Văn Bình phát biểu tại hội nghị.")
    assert {("RANK", "Thiếu tướng"), ("PER", "Lê Văn Bình")} <= found


def test_position_before_name():
    found = _labelled("Chủ nhiệm Tổng cục Hậu cần, Trung tướng Trần Duy Giang chủ trì hội nghị.")
    assert {("POSITION", "Chủ nhiệm Tổng cục Hậu cần"), ("ORG", "Tổng cục Hậu cần"), ("RANK", "Trung tướng"),
            ("PER", "Trần Duy Giang")} <= found


def test_lower_case_rank_mid_sentence_is_normalised():
    article = _article("Hội nghị có sự tham dự của đồng chí đại tá Phạm Văn Tâm và các đại biểu.")
    spans = {(s.label, s.surface) for s in extract(article)}
    assert {("RANK", "đại tá"), ("PER", "Phạm Văn Tâm")} <= spans
    from haucan.extract.normalize import normalize

    assert normalize("RANK", "đại tá", {}) == "Đại tá"


def test_navy_ranks():
    found = _labelled("Chuẩn Đô đốc Nguyễn Văn Hải và Phó Đô đốc Trần Thanh Nghiêm dự lễ.")
    assert {("RANK", "Chuẩn Đô đốc"), ("PER", "Nguyễn Văn Hải"), ("RANK", "Phó Đô đốc"),
            ("PER", "Trần Thanh Nghiêm")} <= found


def test_name_joined_to_position_by_hyphen():
    found = _labelled("Dự có Đại tá Đặng Hữu Hiền-Phó Chủ nhiệm Hậu cần-Kỹ thuật Quân đoàn 34.")
    assert ("PER", "Đặng Hữu Hiền") in found
    assert ("POSITION", "Phó Chủ nhiệm Hậu cần-Kỹ thuật Quân đoàn 34") in found
    assert ("ORG", "Quân đoàn 34") in found


def test_hyphen_inside_unit_name():
    found = _labelled("Cục Hậu cần-Kỹ thuật Quân khu 7 tổ chức hội nghị.")
    assert ("ORG", "Cục Hậu cần-Kỹ thuật Quân khu 7") in found and ("ORG", "Quân khu 7") in found


def test_several_roles_in_a_row():
    found = _labelled("Đại tá Nguyễn Mạnh Hùng, Bí thư Đảng ủy, Phó cục trưởng Cục Chính trị, Tổng cục Hậu cần phát biểu.")
    assert {("POSITION", "Bí thư Đảng ủy"), ("POSITION", "Phó cục trưởng Cục Chính trị, Tổng cục Hậu cần"),
            ("ORG", "Cục Chính trị"), ("ORG", "Tổng cục Hậu cần")} <= found


def test_name_without_rank_is_found_after_first_mention():
    article = _article("Thượng tướng Vũ Hải Sản phát biểu. Sau đó, Vũ Hải Sản trao quà.")
    assert [s.surface for s in extract(article) if s.label == "PER"] == ["Vũ Hải Sản", "Vũ Hải Sản"]


def test_documents_dates_and_periods_are_normalised(tmp_path):
    from haucan.annotate import build_mentions
    from haucan.sentences import segment_sentences

    article = _article("Ngày 28-7, hội nghị tổng kết Nghị quyết 623-NQ/QUTW ngày 29/10/2012 trong 6 tháng đầu năm 2023; "
                       "Nghị quyết 623 được quán triệt nhiệm kỳ 2020-2025.")
    mentions = build_mentions(article, segment_sentences(article), extract(article), "auto")
    values = {(m.label, m.surface): m.normalized for m in mentions}
    assert values[("DATE", "28-7")] == "--07-28"
    assert values[("DATE", "29/10/2012")] == "2012-10-29"
    assert values[("DOC_REF", "Nghị quyết 623-NQ/QUTW ngày 29/10/2012")] == "623-NQ/QUTW"
    assert values[("DOC_REF", "Nghị quyết 623")] == "623-NQ/QUTW"
    assert values[("PERIOD", "6 tháng đầu năm 2023")] == "2023-01/2023-06"
    assert values[("PERIOD", "nhiệm kỳ 2020-2025")] == "2020/2025"
    nested = next(m for m in mentions if m.surface == "29/10/2012")
    assert nested.parent_mention_id.endswith(":DOC_REF")


# --- published configs ------------------------------------------------------------------------------------

@pytest.mark.parametrize("config", ["ner_word", "ner_syllable"])
def test_ner_configs_load_with_class_labels_in_range_and_valid_bio(seed_build, tmp_path, config):
    ds = load_dataset(str(seed_build.output_dir), config, split="train", cache_dir=str(tmp_path / "cache"))
    names = ds.features["ner_tags"].feature.names
    assert names == tag_names() and names[0] == "O" and "B-POSITION" in names
    tagged = 0
    for row in ds:
        assert len(row["tokens"]) == len(row["ner_tags"])
        previous = "O"
        for tag in row["ner_tags"]:
            assert 0 <= tag < len(names)
            name = names[tag]
            assert not (name.startswith("I-") and previous[2:] != name[2:]), (row["article_id"], row["sent_idx"])
            previous = name
            tagged += tag != 0
    assert tagged > 100


def test_mentions_and_sentences_offsets_read_back_through_pandas(seed_build):
    out = seed_build.output_dir / "data"
    articles = pd.read_parquet(out / "articles")
    mentions = pd.read_parquet(out / "mentions", dtype_backend="numpy_nullable")
    sentences = pd.read_parquet(out / "sentences", dtype_backend="numpy_nullable")
    texts = dict(zip(articles.article_id, articles.text, strict=True))
    captions = dict(zip(articles.article_id, articles.captions, strict=True))

    def string(row):
        return texts[row.article_id] if row.field == "text" else captions[row.article_id][row.caption_idx]

    assert len(mentions) > 0 and len(sentences) > 0
    for row in mentions.itertuples():
        assert string(row)[row.start:row.end] == row.surface
    for row in sentences.itertuples():
        assert string(row)[row.start:row.end] == row.text
    assert set(mentions.source) == {"gold"}


def test_broken_mention_offset_is_rejected_by_the_schema(seed_build):
    import pyarrow.parquet as pq

    from haucan.tables import to_arrow
    from haucan.validate import validate_tables as _validate_batch
    from schema import CONFIGS

    tables = {spec.name: pq.read_table(seed_build.output_dir / "data" / spec.name).cast(spec.features.arrow_schema)
              for spec in CONFIGS}
    rows = tables["mentions"].to_pylist()
    rows[3]["end"] += 1
    tables["mentions"] = to_arrow(next(s for s in CONFIGS if s.name == "mentions"), rows)
    failures = [f for f in _validate_batch(tables) if f.table == "mentions"]
    assert {f.check for f in failures} == {"slice_equals_surface"}
    assert rows[3]["mention_id"] in " ".join(f.row for f in failures)


def test_card_reports_gold_counts_and_scores(seed_build, seed_articles):
    # In full in docs/fields.md, the card's reference; the card itself shows F1 per label.
    card = (seed_build.output_dir / "docs" / "fields.md").read_text(encoding="utf-8")
    mentions = pd.read_parquet(seed_build.output_dir / "data" / "mentions")
    counts = mentions.label.value_counts()
    assert f"PER {counts['PER']}, RANK {counts['RANK']}, POSITION {counts['POSITION']}" in card
    scores = Scores()
    for article in seed_articles:
        scores.add(extract(article), resolve_gold(article, load_gold_file(gold_path(SEEDS, article.source_file)),
                                                  article.source_file))
    micro = scores.table()["micro"]
    assert (f"| micro | {micro['precision']:.3f} | {micro['recall']:.3f} | {micro['f1']:.3f} | {micro['support']} |"
            in card)
    assert "underthesea F1" in card and "| 0 | O |" in card
    readme = (seed_build.output_dir / "README.md").read_text(encoding="utf-8")
    assert f"| micro | {micro['f1']:.3f} |" in readme and "0 `O`, 1 `B-PER`" in readme
