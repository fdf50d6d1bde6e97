"""Renders the dataset card (the release's README.md): YAML front matter from the library serialisers, a short
body from templates/dataset_card.md.j2 that answers the Hub's card template and links ``docs/fields.md``
(haucan/card_fields.py) for every field, rule and score in full.

Every figure comes from the build (stats, row counts, file sizes, the plots drawn from the rows) and the example
rows are read back from the published files, so the card cannot drift from the data. Paths never appear in
it. Article text is rendered inert (haucan/card_markdown.py).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from datasets import DatasetInfo, SplitDict, SplitInfo
from datasets.info import DatasetInfosDict
from datasets.utils.metadata import MetadataConfigs
from huggingface_hub import DatasetCardData

from haucan import DATASET_NAME, DATASET_VERSION, PIPELINE_VERSION, PRETTY_NAME
from haucan.bio import tag_names
from haucan.card_examples import LIST_ITEMS, STRING_WIDTH, example_rows
from haucan.card_fields import FIELDS_DOC, feature_type, field_table  # noqa: F401  (re-exported for callers)
from haucan.card_markdown import code_fence, escape_markdown, table_cell, template_environment  # noqa: F401
from haucan.config import REALWORLD_DEV_SCORES, REALWORLD_SCORES, REPO_ROOT
from haucan.extract.entities import EXTRACTOR
from haucan.output.paths import data_path_glob
from haucan.output.shards import declared_splits
from haucan.publish.hub_address import card_metadata, hub_context
from haucan.realworld import card_table as realworld_card_table
from haucan.rules import load_rules
from haucan.sentences import WORD_SEGMENTERS
from schema import CONFIG_BY_NAME, CONFIGS, DEFAULT_CONFIG, SCHEMA_VERSION
from schema.vocab import load_vocab, split_names

if TYPE_CHECKING:
    from haucan.config import BuildConfig
    from haucan.figures.plots import Plot
    from haucan.output.writer import ShardWriter

# Shown in docs/fields.md and run by tests/test_knowledge.py on the Parquet files: one query, two places.
CHAIR_QUERY = f"""SELECT e.event_type, e.event_date, p.name AS chair, o.rank, pos.title AS position, org.name AS organization
FROM '{data_path_glob("events")}' e
JOIN '{data_path_glob("person_observations")}' o ON o.person_id = e.chair_person_id AND o.article_id = e.article_id
JOIN '{data_path_glob("persons")}' p ON p.person_id = e.chair_person_id
CROSS JOIN UNNEST(o.positions) AS u(pos)
LEFT JOIN '{data_path_glob("organizations")}' org ON org.org_id = pos.org_id
ORDER BY e.event_id, position"""
TEMPLATE = "dataset_card.md.j2"
# The CoNLL reader the card shows, the very file tests/test_splits_every_config.py reads the CoNLL files with.
CONLL_READER = Path(__file__).resolve().parent / "templates" / "conll_reader.py"
LICENSE_NAME = "outlet-copyright-research-use"
CARD_SUMMARY = ("Vietnamese news reports about Vietnam People's Army logistics (hậu cần), cleaned and validated, with "
                "typed blocks, entity mentions, sentences, NER configs and a knowledge layer of people, "
                "organisations, events and cited documents.")
PYPROJECT = REPO_ROOT / "pyproject.toml"
# The scored sets, in the card's column order: the build's own gold, then the held-out sets by name.
SCORE_SET_NAMES = MappingProxyType({"seed": "seed (training)", "dev": "dev", "test": "test"})
# What each scored set is, for the card's reader (how much to trust its figure).
SCORE_NOTES = MappingProxyType({
    "seed (training)": "The seed articles of this release were read while writing the rules (a training-set figure).",
    "dev": "The held-out dev articles were written and annotated apart from the rules, but their errors were studied.",
    "test": "The held-out test articles were never looked at while writing the rules: **the figure to expect on new "
            "text**.",
})
SIZE_CATEGORIES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"),
                   (10_000_000, "1M<n<10M"), (100_000_000, "10M<n<100M"))


def size_category(n: int) -> str:
    """The Hub's size bucket for ``n`` rows of the default config."""
    return next((label for limit, label in SIZE_CATEGORIES if n < limit), "100M<n<1B")


def card_yaml(writers: dict[str, dict[str, ShardWriter]], folder: Path, n_articles: int,
              repo_id: str | None = None) -> str:
    """The YAML front matter, written by huggingface_hub/datasets' own serialisers (never by hand): the configs
    and splits of ``declared_splits``, with sizes of the files under ``folder`` (the release being staged)."""
    card_data = DatasetCardData(
        language=["vi"],
        license="other",
        license_name=LICENSE_NAME,
        **card_metadata(repo_id),  # license_link, language_details and the access form (hub_address.py)
        pretty_name=PRETTY_NAME,
        task_categories=["token-classification", "text-generation"],
        task_ids=["named-entity-recognition", "language-modeling"],
        size_categories=[size_category(n_articles)],
        annotations_creators=["expert-generated", "machine-generated"],
        language_creators=["found"],
        multilinguality=["monolingual"],
        source_datasets=["original"],
        tags=["vietnamese", "news", "military", "logistics", "hau-can", "vietnam-peoples-army"],
    )
    infos = {}
    configs = {}
    for name, declared in declared_splits(writers).items():
        spec = CONFIG_BY_NAME[name]
        splits = SplitDict()
        for split in declared:
            writer = writers[name][split]
            splits.add(SplitInfo(name=split, num_bytes=writer.arrow_bytes, num_examples=writer.rows,
                                 dataset_name=DATASET_NAME))
        # The files as published (a per-split writer's own folder is gone once its shards are moved under data/).
        download = sum(p.stat().st_size for split in declared for p in folder.glob(data_path_glob(name, split)))
        infos[name] = DatasetInfo(config_name=name, features=spec.features, splits=splits, download_size=download,
                                  dataset_size=sum(writers[name][split].arrow_bytes for split in declared))
        configs[name] = {
            "data_files": [{"split": split, "path": data_path_glob(name, split)} for split in declared],
            **({"default": True} if name == DEFAULT_CONFIG else {}),
        }
    DatasetInfosDict(infos).to_dataset_card_data(card_data)
    MetadataConfigs(configs).to_dataset_card_data(card_data)
    return card_data.to_yaml()


def repository_url() -> str | None:
    """The build repository's address, ``[project.urls] Repository`` in pyproject.toml; None when not given."""
    if not PYPROJECT.is_file():
        return None
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8")).get("project", {}).get("urls", {}).get("Repository")


def score_tables(evaluation) -> dict[str, dict]:
    """The extractor's ``Scores.table()`` per scored set (card column name -> table): the seed gold, then each
    held-out set; only sets with scored articles (a corpus without gold has none)."""
    if evaluation is None:
        return {}
    sets = {"seed": evaluation.extractor, **evaluation.heldout}
    return {SCORE_SET_NAMES.get(name, name): scores.table() for name, scores in sets.items() if scores.articles}


def _score_rows(tables: dict[str, dict], labels: list[str]) -> list[dict]:
    """One row per label, then micro: the F1 of each set (None where the set has neither gold nor predictions)
    and the gold count of the last set (the test set when there is one)."""
    from haucan.figures.series import f1_by_label  # plain Python: no plotting library behind it

    f1 = f1_by_label(tables, labels)
    last = list(tables.values())[-1]
    support = [last["labels"][label]["support"] for label in labels] + [last["micro"]["support"]]
    return [{"label": label, "f1": [values[i] for values in f1.values()], "support": support[i]}
            for i, label in enumerate([*labels, "micro"])]


def seqeval_sets(evaluation) -> list[dict]:
    """The seqeval tables of the seed gold and of each held-out set that has sentences, as the card shows them:
    ``{"name", "articles", "sentences", "table"}`` (``Scores.seqeval_table``)."""
    if evaluation is None:
        return []
    sets = [("seed gold", evaluation.extractor), *evaluation.heldout.items()]
    return [{"name": name, "articles": scores.articles, "sentences": table["sentences"], "table": table}
            for name, scores in sets if (table := scores.seqeval_table())]


def render_card(writers: dict[str, dict[str, ShardWriter]], published: tuple[str, ...], stats: dict,
                intake, config: BuildConfig, folder: Path, example_id: str | None = None, evaluation=None,
                plots: list[Plot] | tuple = ()) -> str:
    """The complete README.md: YAML front matter, then the body rendered from templates/dataset_card.md.j2.

    ``folder`` is the release being staged: its data files are measured for the YAML and the example rows (of
    article ``example_id``) read from them; ``plots`` are the images already drawn into it."""
    declared = declared_splits(writers)
    labels = load_vocab("labels")
    tables = score_tables(evaluation)
    repository = repository_url()
    context = {
        "name": DATASET_NAME,
        "pretty_name": PRETTY_NAME,
        "version": DATASET_VERSION,
        "schema_version": SCHEMA_VERSION,
        "pipeline_version": PIPELINE_VERSION,
        "stats": stats,
        "intake": intake.counts(),
        "published_splits": published,
        "all_splits": split_names(),
        "split_rules": load_vocab("splits"),
        "configs": [
            {"name": spec.name, "description": spec.description,
             "rows": {split: writers[spec.name][split].rows for split in declared.get(spec.name, ())},
             "empty_splits": [split for split in writers[spec.name]
                              if split in published and split not in declared.get(spec.name, ())],
             "declared": spec.name in declared, "sort_keys": spec.sort_keys}
            for spec in CONFIGS
        ],
        "declared_configs": list(declared),
        "empty_configs": [spec.name for spec in CONFIGS if spec.name not in declared],
        "default_config": DEFAULT_CONFIG,
        "outlets": load_rules().outlets,
        "license_name": LICENSE_NAME,
        "labels": labels,
        "tag_names": tag_names(),
        "examples": example_rows(folder, example_id),
        "example_width": STRING_WIDTH,
        "example_items": LIST_ITEMS,
        "plots": list(plots),
        "score_sets": [{"name": name} for name in tables],
        "score_notes": SCORE_NOTES,
        "score_rows": _score_rows(tables, [label["label"] for label in labels]) if tables else [],
        "extractor": EXTRACTOR,
        "segmenter": WORD_SEGMENTERS[config.words],
        "seqeval": seqeval_sets(evaluation),
        "conll_reader": CONLL_READER.read_text(encoding="utf-8").strip(),
        "realworld": realworld_card_table(REALWORLD_SCORES, REALWORLD_DEV_SCORES),
        **hub_context(config.repo_id, PRETTY_NAME, DATASET_VERSION),  # repo_id, hub_id, hub_url, citation
        "fields_doc": FIELDS_DOC,
        "repository_link": f"[{repository}]({repository})" if repository else "the build repository",
        "changelog_link": f"[CHANGELOG.md]({repository}/blob/main/CHANGELOG.md)" if repository
        else "`CHANGELOG.md` in the build repository",
    }
    body = template_environment().get_template(TEMPLATE).render(**context)
    yaml_text = card_yaml(writers, folder, stats["articles"], config.repo_id)
    return f"---\n{yaml_text}\n---\n\n{body}"
