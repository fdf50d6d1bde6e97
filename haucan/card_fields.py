"""Renders ``docs/fields.md``, the release's reference beside the card: every field of every config, the label
guidelines, the knowledge layer's rules, how the text was cleaned (with a before/after example) and the
evaluation in full. The card stays short and links here; both come from the same build, schema and rule files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import datasets
import pyarrow.parquet as pq

from haucan import DATASET_NAME, DATASET_VERSION, PIPELINE_VERSION
from haucan.bio import tag_names
from haucan.card_markdown import code_fence, template_environment
from haucan.clean import CLEANERS
from haucan.evaluate import BASELINE, BASELINE_LABELS
from haucan.extract.entities import EXTRACTOR
from haucan.extract.lexicon import load_rank_table
from haucan.knowledge.events import event_type_table
from haucan.knowledge.orgs import curated
from haucan.knowledge.people import role_rules
from haucan.output.paths import config_dir
from haucan.rules import load_rules
from haucan.sentences import WORD_SEGMENTERS
from schema import CONFIGS
from schema.vocab import load_vocab

if TYPE_CHECKING:
    from haucan.config import BuildConfig

FIELDS_DOC = "docs/fields.md"  # relative to the release; the card links it
TEMPLATE = "fields.md.j2"


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
    """Rows of one config's field table, from the Features and the pandera descriptions."""
    columns = spec.model.to_schema().columns
    return [
        {"name": name, "type": feature_type(feature), "nullable": columns[name].nullable,
         "description": columns[name].description or ""}
        for name, feature in spec.features.items()
    ]


def cleaning_example(folder: Path, article_id: str | None, max_lines: int = 14, width: int = 100) -> dict | None:
    """Raw lines of the example article beside the blocks made from them (truncated), read back from the
    release's own ``articles`` and ``blocks`` rows in ``folder``: the document shows what is published."""
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
    # A lone CR would end the line inside the fenced block: show it as a symbol, as no-break spaces are.
    shown = [(n, cut(line.replace("\u00a0", "⍽").replace("\r", "␍"))) for n, line in enumerate(raw_lines, start=1)]
    rows = pq.read_table(config_dir(folder, "blocks"), filters=where).to_pylist()
    blocks = [{"idx": b["block_idx"], "kind": b["kind"], "rule": b["rule"], "line": b["line"], "text": cut(b["text"]),
               "in_text": b["in_text"]} for b in sorted(rows, key=lambda b: b["block_idx"]) if b["line"] <= len(raw_lines)]
    return {"article_id": article_id, "raw_lines": shown, "blocks": blocks,
            "text_start": cut(article["text"].split("\n\n")[0]),
            "fence": code_fence("\n".join(line for _, line in shown))}


def score_rows(table: dict) -> list[dict]:
    """Per-label rows of a ``Scores.table()``, then the micro average as label ``micro``."""
    rows = [{"label": label, **scores} for label, scores in table["labels"].items()]
    return rows + [{"label": "micro", **table["micro"]}]


def _evaluation_context(evaluation) -> dict:
    """The scores in full (each only where something was scored: a corpus without gold shows no empty table)."""
    scored = evaluation is not None and evaluation.extractor.articles
    return {
        "gold_labels": dict(evaluation.gold_labels) if evaluation else {},
        "scores": score_rows(evaluation.extractor.table()) if scored else [],
        "scored_articles": evaluation.extractor.articles if evaluation else 0,
        "baseline": score_rows(evaluation.baseline.table(BASELINE_LABELS))
        if evaluation and evaluation.baseline.articles else [],
        "extractor_on_baseline_labels": score_rows(evaluation.extractor.table(BASELINE_LABELS)) if scored else [],
        "heldout": {name: {"articles": scores.articles, "rows": score_rows(scores.table())}
                    for name, scores in (evaluation.heldout.items() if evaluation else ()) if scores.articles},
        "fact_scores": evaluation.facts.table() if evaluation and evaluation.facts.articles else [],
        "fact_articles": evaluation.facts.articles if evaluation else 0,
        "heldout_facts": {name: {"articles": scores.articles, "rows": scores.table()}
                          for name, scores in (evaluation.heldout_facts.items() if evaluation else ()) if scores.articles},
    }


def render_fields(stats: dict, intake, config: BuildConfig, folder: Path, chair_query: str,
                  example_id: str | None = None, evaluation=None) -> str:
    """The text of ``docs/fields.md`` for the release being staged in ``folder``; ``chair_query`` is the duckdb
    query it shows (haucan.card.CHAIR_QUERY, run by the tests)."""
    rules = load_rules()
    residue_counts = dict(stats["residue_rules"])
    context = {
        "name": DATASET_NAME,
        "version": DATASET_VERSION,
        "pipeline_version": PIPELINE_VERSION,
        "stats": stats,
        "intake": intake.counts(),
        "rejection_reasons": intake.rejection_reasons(),
        "configs": [{"name": spec.name, "description": spec.description, "fields": field_table(spec),
                     "sort_keys": spec.sort_keys} for spec in CONFIGS],
        "block_kinds": load_vocab("block_kinds"),
        "residue_rules": [{"name": r.name, "why": r.why, "count": residue_counts.get(r.name, 0)} for r in rules.residue]
        + [{"name": "duplicate_caption", "why": "a caption printed twice in a row; the first copy is kept as the caption.",
            "count": residue_counts.get("duplicate_caption", 0)}],
        "prefix_rules": rules.prefixes,
        "cleaners": CLEANERS,
        "example": cleaning_example(folder, example_id),
        "row_group_mb": config.row_group_bytes // (1024 * 1024),
        "shard_mb": config.shard_bytes // (1024 * 1024),
        "labels": load_vocab("labels"),
        "tag_names": tag_names(),
        "segmenter": WORD_SEGMENTERS[config.words],
        "extractor": EXTRACTOR,
        "baseline_name": BASELINE,
        "ranks": load_rank_table(),
        "org_types": load_vocab("org_types"),
        "event_types": event_type_table(),
        "event_roles": [r.role for r in role_rules()],
        "curated_orgs": [o for o in curated().values() if o.sources],
        "chair_query": chair_query,
        **_evaluation_context(evaluation),
    }
    return template_environment().get_template(TEMPLATE).render(**context)
