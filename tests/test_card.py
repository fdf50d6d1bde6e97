"""The committed DATASET_CARD.md is exactly what the build renders, and its figures come from the data."""

from __future__ import annotations

import pandas as pd

from .conftest import REPO


def test_committed_card_is_not_stale(seed_build):
    built = (seed_build.output_dir / "README.md").read_text(encoding="utf-8")
    committed = (REPO / "DATASET_CARD.md").read_text(encoding="utf-8")
    assert committed == built, "DATASET_CARD.md is stale: run `make build` and commit it"


def test_card_figures_equal_the_data(seed_build):
    card = (seed_build.output_dir / "README.md").read_text(encoding="utf-8")
    articles = pd.read_parquet(seed_build.output_dir / "data" / "articles")
    assert f"| articles | {len(articles)} |" in card
    assert f"| blocks | {seed_build.rows['blocks']} |" in card
    lengths = sorted(articles.n_chars)
    assert f"| {lengths[0]} / {int(pd.Series(lengths).median())} / {lengths[-1]} |" in card
    assert f"| articles with a headline | {articles.title.notna().sum()} |" in card


def test_card_documents_every_field_of_every_config(seed_build):
    from schema import CONFIGS

    card = (seed_build.output_dir / "README.md").read_text(encoding="utf-8")
    for spec in CONFIGS:
        for column in spec.features:
            assert f"| `{column}` |" in card, (spec.name, column)
    for section in ("## Uses", "## Dataset Structure", "## Dataset Creation", "### Personal and Sensitive Information",
                    "## Bias, Risks, and Limitations", "## Licensing", "## How to load", "## Citation"):
        assert section in card


def test_card_has_no_paths_or_unrendered_placeholders(seed_build):
    card = (seed_build.output_dir / "README.md").read_text(encoding="utf-8")
    assert str(REPO) not in card and "/tmp" not in card and "/home/" not in card
    assert "{{" not in card and "{%" not in card and "[More Information Needed]" not in card
