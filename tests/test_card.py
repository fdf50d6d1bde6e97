"""The committed DATASET_CARD.md is exactly what the build renders, its figures come from the data, it is a card
people read (short body, plots, example rows, no changelog or build internals) and docs/fields.md beside it
documents every field."""

from __future__ import annotations

import logging
import re
import warnings

import pandas as pd

from .conftest import REPO


def _card(seed_build) -> str:
    return (seed_build.output_dir / "README.md").read_text(encoding="utf-8")


def _body(card: str) -> str:
    return card.split("---\n", 2)[2]


def _fields(seed_build) -> str:
    return (seed_build.output_dir / "docs" / "fields.md").read_text(encoding="utf-8")


def test_committed_card_is_not_stale(seed_build):
    committed = (REPO / "DATASET_CARD.md").read_text(encoding="utf-8")
    assert committed == _card(seed_build), "DATASET_CARD.md is stale: run `make build` and commit it"


def test_card_figures_equal_the_data(seed_build):
    card = _card(seed_build)
    articles = pd.read_parquet(seed_build.output_dir / "data" / "articles")
    assert f"| articles | {len(articles)} |" in card
    assert f"| blocks | {seed_build.rows['blocks']} |" in card
    lengths = sorted(articles.n_chars)
    assert f"| {lengths[0]} / {int(pd.Series(lengths).median())} / {lengths[-1]} |" in card
    assert f"| articles with a headline | {articles.title.notna().sum()} |" in card


def test_fields_doc_documents_every_field_of_every_config_and_the_card_links_it(seed_build):
    from schema import CONFIGS

    fields = _fields(seed_build)
    for spec in CONFIGS:
        assert f"### Fields of `{spec.name}`" in fields
        for column in spec.features:
            assert f"| `{column}` |" in fields, (spec.name, column)
    card = _card(seed_build)
    assert "](docs/fields.md)" in card and "](docs/fields.md#entity-label-set)" in card
    for anchor in re.findall(r"\]\(docs/fields\.md#([a-z-]+)\)", card):  # every link lands on a heading
        assert any(re.sub(r"[^a-z0-9 -]", "", h.lower()).replace(" ", "-") == anchor
                   for h in re.findall(r"^#+ (.+)$", fields, re.M)), anchor


def test_card_answers_the_hub_template_in_at_most_300_lines(seed_build):
    card = _card(seed_build)
    body = _body(card)
    assert len(body.splitlines()) <= 300, len(body.splitlines())
    for section in ("## Uses", "## Dataset Structure", "## Dataset Creation", "### Personal and Sensitive Information",
                    "## Bias, Risks, and Limitations", "## Licensing", "## How to load", "## Citation",
                    "### Example rows", "### Label set", "## Plots", "## Scores"):
        assert section in card
    # The changelog stays in the repository: the card names the version and points to it, no release headings.
    assert not re.search(r"^#+ (Unreleased|Changelog|\d+\.\d+\.\d+)", body, re.M)
    assert "CHANGELOG.md" in body and "version 0.1.0" in body.lower()
    # The citation says which version and where.
    citation = body.split("## Citation", 1)[1]
    assert re.search(r"url +=\s*\{https://huggingface\.co/datasets/", citation)
    assert re.search(r"version +=\s*\{0\.1\.0\}", citation)


def test_card_shows_an_example_row_of_each_main_config_from_the_data(seed_build):
    body = _body(_card(seed_build))
    for config in ("articles", "sentences", "ner_word", "mentions", "events", "persons"):
        assert f"\n{config} = {{\n" in body, config
    articles = pd.read_parquet(seed_build.output_dir / "data" / "articles")
    shown = re.search(r'^articles = \{\n  "article_id": "([0-9a-f]{16})"', body, re.M).group(1)
    row = articles.set_index("article_id").loc[shown]
    assert f'"text_sha256": "{row.text_sha256}"' in body  # a 64-character value is shown whole


def test_every_plot_is_referenced_with_alt_text_and_every_reference_is_a_plot(seed_build):
    out = seed_build.output_dir
    body = _body(_card(seed_build))
    referenced = re.findall(r"!\[([^\]]+)\]\((images/[a-z0-9_]+\.png)\)", body)
    assert len(referenced) >= 5
    assert sorted(path for _, path in referenced) == sorted(p.relative_to(out).as_posix()
                                                            for p in (out / "images").glob("*.png"))
    assert all(len(alt) > 40 for alt, _ in referenced)


def test_huggingface_hub_loads_the_card_without_a_warning(seed_build, caplog):
    from huggingface_hub import DatasetCard

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with caplog.at_level(logging.WARNING):
            card = DatasetCard.load(seed_build.output_dir / "README.md")
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert card.data.pretty_name and card.data.license == "other"


def test_card_has_no_paths_or_unrendered_placeholders(seed_build):
    for text in (_card(seed_build), _fields(seed_build)):
        assert str(REPO) not in text and "/tmp" not in text and "/home/" not in text
        assert "{{" not in text and "{%" not in text and "[More Information Needed]" not in text


def test_a_corpus_without_gold_gets_no_score_sentence_over_an_empty_table(tmp_path):
    from haucan.config import BuildConfig
    from haucan.pipeline import build

    from .test_card_safety import NO_EVENT_ARTICLES

    source = tmp_path / "input"
    source.mkdir()
    for name, text in NO_EVENT_ARTICLES.items():
        (source / name).write_text(text, encoding="utf-8")
    out = build(BuildConfig(input_dir=source, output_dir=tmp_path / "out" / "ds", heldout_dir=None)).output_dir
    body = _body((out / "README.md").read_text(encoding="utf-8"))
    fields = (out / "docs" / "fields.md").read_text(encoding="utf-8")
    assert "No article of this release has hand-annotated gold" in body
    assert "This release has no hand-annotated articles" in fields
    for text in (body, fields):
        assert "0 seed articles" not in text and "| label | precision | recall | F1 | gold |" not in text
        assert "underthesea F1" not in text
        # no table header directly followed by a blank line (a table with no rows)
        assert not re.search(r"^\|[-|]+\|\n\n", text, re.M)
    assert "extractor_f1.png" not in body and not (out / "images" / "extractor_f1.png").exists()
    assert "images/articles_per_outlet.png" in body and len(body.splitlines()) <= 300
