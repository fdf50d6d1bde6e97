"""Renders the dataset card: YAML front matter from the library serialisers, body from a Jinja template.

Every figure comes from the build (stats, row counts, file sizes) and every field description from the
pandera models, so the card cannot drift from the data. Paths never appear in it. Text that comes from the
articles is rendered inert (``escape_markdown``, ``code_fence``): an article holding ``<img onerror=…>`` or
``[a](http://x)`` shows those characters, never an image or a link.
"""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import TYPE_CHECKING

import datasets
import jinja2
import pandas
import pandera
import pyarrow
import pyarrow.parquet as pq
from datasets import DatasetInfo, SplitDict, SplitInfo
from datasets.info import DatasetInfosDict
from datasets.utils.metadata import MetadataConfigs
from huggingface_hub import DatasetCardData

from haucan import DATASET_NAME, DATASET_VERSION, PIPELINE_VERSION
from haucan.bio import tag_names
from haucan.clean import CLEANERS
from haucan.config import REALWORLD_DEV_SCORES, REALWORLD_SCORES, REPO_ROOT
from haucan.evaluate import BASELINE, BASELINE_LABELS
from haucan.extract.entities import EXTRACTOR
from haucan.extract.lexicon import load_rank_table
from haucan.knowledge.events import event_type_table
from haucan.knowledge.orgs import curated
from haucan.knowledge.people import role_rules
from haucan.output.paths import config_dir, data_path_glob
from haucan.output.shards import declared_splits
from haucan.realworld import card_table as realworld_card_table
from haucan.rules import load_rules
from haucan.sentences import WORD_SEGMENTERS
from schema import CONFIG_BY_NAME, CONFIGS, DEFAULT_CONFIG, SCHEMA_VERSION
from schema.vocab import load_vocab, split_names

if TYPE_CHECKING:
    from haucan.config import BuildConfig
    from haucan.output.writer import ShardWriter

PRETTY_NAME = "Vietnamese Military Logistics News (hậu cần)"
# Shown in the card and run by tests/test_knowledge.py on the Parquet files: one query, two places.
CHAIR_QUERY = f"""SELECT e.event_type, e.event_date, p.name AS chair, o.rank, pos.title AS position, org.name AS organization
FROM '{data_path_glob("events")}' e
JOIN '{data_path_glob("person_observations")}' o ON o.person_id = e.chair_person_id AND o.article_id = e.article_id
JOIN '{data_path_glob("persons")}' p ON p.person_id = e.chair_person_id
CROSS JOIN UNNEST(o.positions) AS u(pos)
LEFT JOIN '{data_path_glob("organizations")}' org ON org.org_id = pos.org_id
ORDER BY e.event_id, position"""
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE = "dataset_card.md.j2"
LICENSE_NAME = "outlet-copyright-research-use"
LICENSE_URL = "https://huggingface.co/datasets/vi-military-logistics-news#licensing"
CARD_SUMMARY = ("Vietnamese news reports about Vietnam People's Army logistics (hậu cần), cleaned and validated, with "
                "typed blocks, entity mentions, sentences, NER configs and a knowledge layer of people, "
                "organisations, events and cited documents.")
CHANGELOG = REPO_ROOT / "CHANGELOG.md"
SIZE_CATEGORIES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"),
                   (10_000_000, "1M<n<10M"), (100_000_000, "10M<n<100M"))


# Every ASCII punctuation character that opens or closes something in CommonMark, GFM or the Hub's renderer:
# emphasis (* _ ~), code (`), links, images and footnotes ([ ] ! ( )), tables (|), headings (#), lists (- + . ),
# bare autolinks (: / . @ after http, www, a domain or a mail name), math ($), and the escape itself (\).
# CommonMark lets any of them be backslash-escaped. `, ; ' " % ?` start nothing and stay readable. The three
# HTML characters go as entities, which every renderer decodes as text and none reads as markup.
_MARKDOWN_ESCAPES = str.maketrans(
    {c: "\\" + c for c in string.punctuation if c not in ",;'\"%?&<>"}
    | {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\n": " ", "\r": " ", "\t": " "}
)


def escape_markdown(text: str) -> str:
    """``text`` as inert inline Markdown: rendered, it shows exactly these characters (line breaks and tabs as
    spaces) and makes no tag, link, image, emphasis, code span, math or table cell.

    For inline places only (a sentence, a table cell); for many lines use a fenced block (``code_fence``).
    """
    return text.translate(_MARKDOWN_ESCAPES)


def code_fence(text: str) -> str:
    """A backtick fence longer than any run of backticks in ``text`` (at least three), so no line of ``text``
    can close the fenced block it opens."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def table_cell(text: object) -> str:
    """Our own Markdown (schema descriptions, rule notes, vocabularies) made safe for one table cell: a ``|``
    would start a new cell and a line break would end the row. Article text goes through ``escape_markdown``."""
    return re.sub(r"(?<!\\)\|", r"\\|", " ".join(str(text).splitlines()))


def size_category(n: int) -> str:
    """The Hub's size bucket for ``n`` rows of the default config."""
    return next((label for limit, label in SIZE_CATEGORIES if n < limit), "100M<n<1B")


def feature_type(feature: object) -> str:
    """A short, readable type: ``string``, ``date32``, ``list<string>``, ``list<struct<field, reason>>``."""
    if isinstance(feature, datasets.Value):
        return feature.dtype
    if isinstance(feature, datasets.List):
        return f"list<{feature_type(feature.feature)}>"
    if isinstance(feature, datasets.ClassLabel):
        return "class_label"
    if isinstance(feature, dict):
        return "struct<" + ", ".join(f"{k}: {feature_type(v)}" for k, v in feature.items()) + ">"
    return type(feature).__name__


def field_table(spec) -> list[dict]:
    """Rows of the card's field table for one config, from the Features and the pandera descriptions."""
    columns = spec.model.to_schema().columns
    return [
        {"name": name, "type": feature_type(feature), "nullable": columns[name].nullable,
         "description": columns[name].description or ""}
        for name, feature in spec.features.items()
    ]


def card_yaml(writers: dict[str, dict[str, ShardWriter]], folder: Path, n_articles: int) -> str:
    """The YAML front matter, written by huggingface_hub/datasets' own serialisers (never by hand): the configs
    and splits of ``declared_splits``, with sizes of the files under ``folder`` (the release being staged)."""
    card_data = DatasetCardData(
        language=["vi"],
        license="other",
        license_name=LICENSE_NAME,
        license_details="Article text: copyright of the original outlets, redistributed for non-commercial research; "
                        "annotations and code: Apache-2.0. See the Licensing section.",
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


def cleaning_example(folder: Path, article_id: str | None, max_lines: int = 14, width: int = 100) -> dict | None:
    """Raw lines of the example article beside the blocks made from them (truncated for the card), read back
    from the release's own ``articles`` and ``blocks`` rows in ``folder``: the card shows what is published."""
    if article_id is None:
        return None
    where = [("article_id", "==", article_id)]
    found = pq.read_table(config_dir(folder, "articles"), columns=["raw_text", "text"], filters=where).to_pylist()
    if not found:
        return None
    article = found[0]

    def cut(text: str) -> str:
        return text if len(text) <= width else text[: width - 1] + "…"

    raw_lines = article["raw_text"].split("\n")[:max_lines]
    # A lone CR would end the line inside the card's fenced block: show it as a symbol, as no-break spaces are.
    shown = [(n, cut(line.replace("\u00a0", "⍽").replace("\r", "␍"))) for n, line in enumerate(raw_lines, start=1)]
    rows = pq.read_table(config_dir(folder, "blocks"), filters=where).to_pylist()
    blocks = [{"idx": b["block_idx"], "kind": b["kind"], "rule": b["rule"], "line": b["line"], "text": cut(b["text"]),
               "in_text": b["in_text"]} for b in sorted(rows, key=lambda b: b["block_idx"]) if b["line"] <= len(raw_lines)]
    return {"article_id": article_id, "raw_lines": shown, "blocks": blocks,
            "text_start": cut(article["text"].split("\n\n")[0]),
            "fence": code_fence("\n".join(line for _, line in shown))}


def _score_rows(table: dict) -> list[dict]:
    rows = [{"label": label, **scores} for label, scores in table["labels"].items()]
    return rows + [{"label": "micro", **table["micro"]}]


def seqeval_sets(evaluation) -> list[dict]:
    """The seqeval tables of the seed gold and of each held-out set that has sentences, as the card shows them:
    ``{"name", "articles", "sentences", "table"}`` (``Scores.seqeval_table``)."""
    if evaluation is None:
        return []
    sets = [("seed gold", evaluation.extractor), *evaluation.heldout.items()]
    return [{"name": name, "articles": scores.articles, "sentences": table["sentences"], "table": table}
            for name, scores in sets if (table := scores.seqeval_table())]


def render_card(writers: dict[str, dict[str, ShardWriter]], published: tuple[str, ...], stats: dict,
                intake, config: BuildConfig, folder: Path, example_id: str | None = None, evaluation=None) -> str:
    """The complete README.md: YAML front matter, then the body rendered from templates/dataset_card.md.j2.

    ``folder`` is the release being staged (its data files are measured for the YAML; the cleaning example,
    article ``example_id``, is read from its rows). In the template,
    article text goes through the ``inert`` filter and table cells of our own text through ``cell``."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        undefined=jinja2.StrictUndefined,  # a missing figure fails the build instead of printing nothing
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["inert"] = escape_markdown
    environment.filters["cell"] = table_cell
    declared = declared_splits(writers)
    rules = load_rules()
    residue_counts = dict(stats["residue_rules"])
    context = {
        "name": DATASET_NAME,
        "pretty_name": PRETTY_NAME,
        "version": DATASET_VERSION,
        "schema_version": SCHEMA_VERSION,
        "pipeline_version": PIPELINE_VERSION,
        "stats": stats,
        "intake": intake.counts(),
        "rejection_reasons": intake.rejection_reasons(),
        "published_splits": published,
        "all_splits": split_names(),
        "split_rules": load_vocab("splits"),
        "configs": [
            {"name": spec.name, "description": spec.description, "fields": field_table(spec),
             "rows": {split: writers[spec.name][split].rows for split in declared.get(spec.name, ())},
             "empty_splits": [split for split in writers[spec.name]
                              if split in published and split not in declared.get(spec.name, ())],
             "declared": spec.name in declared, "sort_keys": spec.sort_keys}
            for spec in CONFIGS
        ],
        "declared_configs": list(declared),
        "empty_configs": [spec.name for spec in CONFIGS if spec.name not in declared],
        "default_config": DEFAULT_CONFIG,
        "block_kinds": load_vocab("block_kinds"),
        "residue_rules": [{"name": r.name, "why": r.why, "count": residue_counts.get(r.name, 0)} for r in rules.residue]
        + [{"name": "duplicate_caption", "why": "a caption printed twice in a row; the first copy is kept as the caption.",
            "count": residue_counts.get("duplicate_caption", 0)}],
        "prefix_rules": rules.prefixes,
        "cleaners": CLEANERS,
        "outlets": rules.outlets,
        "example": cleaning_example(folder, example_id),
        "batch_size": config.batch_size,
        "row_group_mb": config.row_group_bytes // (1024 * 1024),
        "shard_mb": config.shard_bytes // (1024 * 1024),
        "versions": {"datasets": datasets.__version__, "pyarrow": pyarrow.__version__,
                     "pandera": pandera.__version__, "pandas": pandas.__version__},
        "license_name": LICENSE_NAME,
        "labels": load_vocab("labels"),
        "tag_names": tag_names(),
        "segmenter": WORD_SEGMENTERS[config.words],
        "extractor": EXTRACTOR,
        "baseline_name": BASELINE,
        "gold_labels": dict(evaluation.gold_labels) if evaluation else {},
        "scores": _score_rows(evaluation.extractor.table()) if evaluation and evaluation.extractor.articles else [],
        "scored_articles": evaluation.extractor.articles if evaluation else 0,
        "baseline": _score_rows(evaluation.baseline.table(BASELINE_LABELS))
        if evaluation and evaluation.baseline.articles else [],
        "extractor_on_baseline_labels": _score_rows(evaluation.extractor.table(BASELINE_LABELS))
        if evaluation and evaluation.extractor.articles else [],
        "heldout": {name: {"articles": scores.articles, "rows": _score_rows(scores.table())}
                    for name, scores in (evaluation.heldout.items() if evaluation else ()) if scores.articles},
        "seqeval": seqeval_sets(evaluation),
        "ranks": load_rank_table(),
        "fact_scores": evaluation.facts.table() if evaluation and evaluation.facts.articles else [],
        "fact_articles": evaluation.facts.articles if evaluation else 0,
        "heldout_facts": {name: {"articles": scores.articles, "rows": scores.table()}
                          for name, scores in (evaluation.heldout_facts.items() if evaluation else ()) if scores.articles},
        "org_types": load_vocab("org_types"),
        "event_types": event_type_table(),
        "event_roles": [r.role for r in role_rules()],
        "curated_orgs": [o for o in curated().values() if o.sources],
        "chair_query": CHAIR_QUERY,
        "realworld": realworld_card_table(REALWORLD_SCORES, REALWORLD_DEV_SCORES),
        "changelog": CHANGELOG.read_text(encoding="utf-8").split("\n", 1)[1].strip() if CHANGELOG.is_file() else "",
    }
    body = environment.get_template(TEMPLATE).render(**context)
    yaml_text = card_yaml(writers, folder, stats["articles"])
    return f"---\n{yaml_text}\n---\n\n{body}"
