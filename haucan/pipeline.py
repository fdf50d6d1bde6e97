"""The build, top to bottom: discover -> read -> build articles -> validate -> write shards -> card -> publish.

Articles stream through in batches of ``BuildConfig.batch_size``; nothing holds the whole corpus.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import itertools
import json
import os
import shutil
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from haucan import release
from haucan.annotate import annotate
from haucan.article import build_article
from haucan.cache import pipeline_version, remove_other_versions, unpack
from haucan.card import CARD_SUMMARY, LICENSE_URL, render_card
from haucan.config import HELDOUT_SETS, BuildConfig
from haucan.crosscheck import cross_check
from haucan.dedup import Deduplicator, Duplicate
from haucan.errors import SeedError, ValidationError
from haucan.evaluate import BASELINE_LABELS, Scores
from haucan.execute import run_in_order
from haucan.extract.entities import extract
from haucan.gold import GOLD_DIR, gold_path, load_gold_file, resolve_gold
from haucan.knowledge.aggregate import PeopleIndex
from haucan.knowledge.facts import derive_facts, facts_path
from haucan.knowledge.orgs import OrgRegistry
from haucan.knowledge.scores import FactScores
from haucan.layout import DATA_DIR
from haucan.per_article import Processed, StageSettings, process_source
from haucan.progress import Progress
from haucan.publish.croissant import write_croissant
from haucan.publish.manifest import write_manifest
from haucan.publish.metadata_check import check_card_metadata
from haucan.read import discover, iter_raw_articles
from haucan.records import AnnotatedArticle, RawArticle, SourceFile
from haucan.rules import load_rules
from haucan.stats import CorpusStats
from haucan.tables import ROW_BUILDERS, organization_row, to_arrow, to_frame
from haucan.timing import collect, stage
from haucan.validate import ensure_validation_enabled, validate_frame
from haucan.write import ShardWriter
from schema import CONFIG_BY_NAME, CONFIGS, ConfigSpec
from schema import blocks as blocks_schema
from schema import mentions as mentions_schema
from schema import ner as ner_schema
from schema import person_observations as observations_schema
from schema import sentences as sentences_schema
from schema.vocab import split_names


@dataclass
class Intake:
    """What became of every input file: accepted, repaired (with what), or rejected (with why)."""

    files: list[dict] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def accept(self, raw: RawArticle) -> None:
        outcome = "repaired" if raw.repairs else "accepted"
        self.files.append({"file": raw.source.relative_path, "article_id": raw.source.article_id,
                           "outcome": outcome, "repairs": list(raw.repairs)})

    def reject(self, error: SeedError) -> None:
        self.files.append({**error.as_record(), "outcome": "rejected"})

    def duplicate(self, raw: RawArticle, duplicate: Duplicate) -> None:
        self.files.append({"file": raw.source.relative_path, "article_id": raw.source.article_id,
                           "outcome": "duplicate", "duplicate_of": duplicate.of, "kind": duplicate.kind,
                           "similarity": duplicate.similarity, "repairs": list(raw.repairs)})

    def counts(self) -> dict:
        outcomes = Counter(f["outcome"] for f in self.files)
        return {"found": len(self.files), "accepted": outcomes["accepted"], "repaired": outcomes["repaired"],
                "duplicate": outcomes["duplicate"], "rejected": outcomes["rejected"],
                "ignored_non_txt": len(self.ignored)}

    def rejection_reasons(self) -> list[tuple[str, int]]:
        reasons = Counter(f["reason"] for f in self.files if f["outcome"] == "rejected")
        return sorted(reasons.items())


@dataclass(frozen=True)
class BuildResult:
    """What a finished build published."""

    output_dir: Path
    report_path: Path
    intake: dict
    rows: dict[str, int]
    published_splits: tuple[str, ...]
    stats: dict


def _batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


@dataclass
class Evaluation:
    """Extractor and baseline scores against gold, gathered while the build streams."""

    extractor: Scores = field(default_factory=Scores)
    baseline: Scores = field(default_factory=Scores)
    heldout: dict[str, Scores] = field(default_factory=dict)
    gold_labels: Counter = field(default_factory=Counter)
    facts: FactScores = field(default_factory=FactScores)
    heldout_facts: dict[str, FactScores] = field(default_factory=dict)


@dataclass
class Knowledge:
    """Cross-article state of the knowledge layer: organisations seen and the people index (compact keys)."""

    registry: OrgRegistry = field(default_factory=OrgRegistry)
    people: PeopleIndex = field(default_factory=PeopleIndex)


def _processed(config: BuildConfig, sources: tuple[SourceFile, ...], progress: Progress) -> Iterator[Processed]:
    """Results in source (id) order, from local processes or a Dask cluster, through the cache; the same
    results whichever way they were obtained."""
    settings = StageSettings(config.input_dir, config.words, config.cache_dir,
                             pipeline_version() if config.cache_dir else "")
    work = functools.partial(process_source, settings)
    for outcome in run_in_order(work, sources, config.workers, config.scheduler):
        progress.worker_done(outcome)
        with stage("main: unpack"):
            processed = unpack(outcome.packed)
        yield processed


def _articles(config: BuildConfig, sources: tuple[SourceFile, ...], progress: Progress, intake: Intake,
              evaluation: Evaluation, knowledge: Knowledge, dedup: Deduplicator) -> Iterator[AnnotatedArticle]:
    """Process articles in id order; every failure is recorded in ``intake``, never dropped."""
    for result in _processed(config, sources, progress):
        if result.error is not None:
            intake.reject(result.error)
            continue
        if result.gold_error is not None:
            raise ValidationError([{"table": "mentions", "row": f"gold of {result.raw.source.relative_path}",
                                    "column": "gold", "check": "gold_maps_onto_clean_text", "value": result.gold_error}])
        annotated, gold, auto = result.annotated, result.gold, result.auto
        article = annotated.article
        with stage("main: dedup"):
            duplicate = dedup.check(article.article_id, result.fingerprint)
        if duplicate is not None:
            intake.duplicate(result.raw, duplicate)
            continue
        intake.accept(result.raw)
        with stage("main: facts+people"):
            facts = derive_facts(annotated, knowledge.registry, facts_path(config.input_dir, article.source_file))
            observations, event, _ = facts.gold or facts.auto
            documents = facts.auto[2]  # citations come from the published mentions (gold mentions where they exist)
            annotated = dataclasses.replace(annotated, observations=observations, events=(event,) if event else (),
                                            documents=documents)
            for observation in observations:
                knowledge.people.add(observation, knowledge.registry.affiliation(observation.positions))
        if facts.gold is not None:
            evaluation.facts.add(facts.auto, facts.gold)
        if gold is not None:
            evaluation.extractor.add(auto, gold)
            evaluation.baseline.add(result.baseline, gold, BASELINE_LABELS)
            evaluation.gold_labels.update(span.label for span in gold)
        yield annotated


def _evaluate_heldout(config: BuildConfig, evaluation: Evaluation) -> None:
    """Score the extractor on each held-out set (never published) that exists under ``heldout_dir``."""
    if config.heldout_dir is None:
        return
    rules = load_rules()
    for name in HELDOUT_SETS:
        folder = config.heldout_dir / name
        if not folder.is_dir():
            continue
        scores = evaluation.heldout.setdefault(name, Scores())
        for item in iter_raw_articles(folder, discover(folder).sources):
            if isinstance(item, SeedError):
                raise item  # held-out files are ours: an unreadable one is a bug, not input to skip
            article = build_article(item, rules)
            path = gold_path(folder, article.source_file)
            if not path.is_file():
                continue
            gold = resolve_gold(article, load_gold_file(path), article.source_file)
            auto = extract(article)
            scores.add(auto, gold)
            facts_file = facts_path(folder, article.source_file)
            if facts_file.is_file():
                # End to end, as on new text: facts from the extractor's own mentions, against fact gold read
                # with the gold mentions. A scratch registry keeps held-out organisations out of the release.
                scratch = OrgRegistry()
                predicted = derive_facts(annotate(article, None, auto), scratch, None).auto
                expected = derive_facts(annotate(article, gold, auto), scratch, facts_file).gold
                evaluation.heldout_facts.setdefault(name, FactScores()).add(predicted, expected)


def _batch_tables(batch: list[AnnotatedArticle]) -> dict[str, pa.Table]:
    return {spec.name: to_arrow(spec, [row for a in batch for row in ROW_BUILDERS[spec.name](a)])
            for spec in CONFIGS if spec.per_article}


def _validate_batch(tables: dict[str, pa.Table]) -> list[dict]:
    frames = {name: to_frame(table) for name, table in tables.items()}
    cross = {
        "blocks": lambda: blocks_schema.cross_table_checks(frames["articles"]),
        "mentions": lambda: mentions_schema.cross_table_checks(frames["articles"], frames["sentences"]),
        "sentences": lambda: sentences_schema.cross_table_checks(frames["articles"]),
        "ner_syllable": lambda: ner_schema.cross_table_checks(frames["sentences"]),
        "ner_word": lambda: ner_schema.cross_table_checks(frames["sentences"]),
        "person_observations": lambda: observations_schema.cross_table_checks(frames["articles"]),
    }
    failures: list[dict] = []
    for spec in (s for s in CONFIGS if s.per_article):
        extra = cross[spec.name]() if spec.name in cross else ()
        failures.extend(validate_frame(spec, frames[spec.name], extra))
    return failures


def _split_writers(stage: Path, config: BuildConfig) -> dict[tuple[str, str], ShardWriter]:
    return {
        (spec.name, split): ShardWriter(stage / ".by-split" / spec.name / split, split, spec.features.arrow_schema,
                                        spec.sort_keys, config.row_group_bytes, config.shard_bytes)
        for spec in CONFIGS if spec.per_article for split in split_names()
    }


def _publish_layout(stage: Path, writers: dict[tuple[str, str], ShardWriter], config: BuildConfig) -> tuple[
        tuple[str, ...], dict[str, dict[str, ShardWriter]]]:
    """Move per-split shards under data/<config>/, or merge them into one train split when a split is empty."""
    article_rows = {split: writers[("articles", split)].rows for split in split_names()}
    all_splits = all(article_rows.values())
    published = tuple(split_names()) if all_splits else ("train",)
    final: dict[str, dict[str, ShardWriter]] = {}
    for spec in (s for s in CONFIGS if s.per_article):
        target = stage / DATA_DIR / spec.name
        target.mkdir(parents=True, exist_ok=True)
        final[spec.name] = {}
        if all_splits:
            for split in split_names():
                writer = writers[(spec.name, split)]
                for path in writer.close():
                    os.replace(path, target / path.name)
                final[spec.name][split] = writer
            continue
        # Only small corpora can leave a split empty (P = 0.9**n), so merging in memory is bounded in practice.
        parts = [path for split in split_names() for path in writers[(spec.name, split)].close()]
        merged = ShardWriter(target, "train", spec.features.arrow_schema, spec.sort_keys,
                             config.row_group_bytes, config.shard_bytes)
        if parts:
            table = pa.concat_tables(pq.read_table(p, schema=spec.features.arrow_schema) for p in parts)
            merged.write(table.sort_by([(k, "ascending") for k in spec.sort_keys]))
        merged.close()
        final[spec.name]["train"] = merged
    shutil.rmtree(stage / ".by-split")
    return published, final


def write_report(config: BuildConfig, intake: Intake, failures: list[dict], published: bool) -> None:
    """The build report (JSON), beside the output folder: every file's outcome, notes and schema failures."""
    report = {
        "published": published,
        "counts": intake.counts(),
        "rejection_reasons": dict(intake.rejection_reasons()),
        "files": intake.files,
        "ignored_non_txt": intake.ignored,
        "notes": intake.notes,
        "validation_failures": failures,
    }
    config.report_path.parent.mkdir(parents=True, exist_ok=True)
    config.report_path.write_text(json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                  encoding="utf-8")


def build(config: BuildConfig) -> BuildResult:
    """Run the whole build; publish ``config.output_dir`` only if every record passed the schema."""
    started = time.perf_counter()
    with collect() as main_seconds:
        result, progress = _build(config)
    write_timings(config, time.perf_counter() - started, progress, main_seconds)
    return result


def write_timings(config: BuildConfig, wall: float, progress: Progress, main_seconds: dict[str, float]) -> None:
    """Stage seconds beside the output (never inside: they change from run to run), for benchmarks/."""
    timings = {
        "wall_seconds": round(wall, 3),
        "articles": {"computed": progress.computed, "from_cache": progress.cached},
        "workers": config.workers, "scheduler": config.scheduler is not None, "words": config.words,
        "per_article_stage_seconds": {k: round(v, 3) for k, v in sorted(progress.worker_seconds.items())},
        "main_process_stage_seconds": {k: round(v, 3) for k, v in sorted(main_seconds.items())},
    }
    config.timings_path.write_text(json.dumps(timings, indent=2) + "\n", encoding="utf-8")


def _build(config: BuildConfig) -> tuple[BuildResult, Progress]:
    ensure_validation_enabled()
    output = config.output_dir
    staging = release.prepare(output)
    if config.cache_dir is not None:
        remove_other_versions(config.cache_dir, pipeline_version())
    intake = Intake()
    discovery = discover(config.input_dir)
    intake.ignored.extend(discovery.ignored)
    intake.notes.extend(discovery.notes)
    for error in discovery.rejected:
        intake.reject(error)
    progress = Progress(len(discovery.sources), config.progress)
    stats = CorpusStats()
    evaluation = Evaluation()
    knowledge = Knowledge()
    writers = _split_writers(staging, config)
    failures: list[dict] = []
    last_id = ""
    stack = contextlib.ExitStack()  # scratch indexes: closed and deleted whether the build succeeds or not
    stack.callback(shutil.rmtree, release.scratch_dir(output), ignore_errors=True)
    try:
        dedup = stack.enter_context(Deduplicator(release.scratch_dir(output)))
        articles = _articles(config, discovery.sources, progress, intake, evaluation, knowledge, dedup)
        for batch in _batched(articles, config.batch_size):
            with stage("main: tables"):
                tables = _batch_tables(batch)
            with stage("main: validate"):
                batch_failures = _validate_batch(tables)
            # pandera sees one batch; ids strictly increasing across batches make them unique corpus-wide.
            first, last = batch[0].article.article_id, batch[-1].article.article_id
            if first <= last_id:
                batch_failures.append({"table": "articles", "row": f"row article_id={first}",
                                       "column": "article_id", "check": "unique_across_batches", "value": last_id})
            last_id = last
            if batch_failures:
                failures.extend(batch_failures)
                continue  # keep validating the rest, so the report lists every failure
            with stage("main: write"):
                for annotated in batch:
                    stats.add(annotated)
                for spec in CONFIGS:
                    if spec.per_article:
                        _write_by_split(spec, tables[spec.name], batch, writers)
        progress.close()
        if failures:
            raise ValidationError(failures)
        with stage("main: reference tables"):
            reference = _reference_tables(knowledge)
        failures = _validate_reference(reference) + cross_check(writers, reference)
        if failures:
            raise ValidationError(failures)
        with stage("main: shard layout"):
            published, final = _publish_layout(staging, writers, config)
            final.update(_write_reference(staging, reference, config))
        rows = {spec.name: sum(w.rows for w in final[spec.name].values()) for spec in CONFIGS}
        with stage("main: held-out scoring"):
            _evaluate_heldout(config, evaluation)
        card = render_card(final, published, stats.summary(), intake, config, stats.example, evaluation)
        (staging / "README.md").write_text(card, encoding="utf-8")
        problems = check_card_metadata(yaml.safe_load(card.split("---\n", 2)[1]))
        if problems:
            raise ValidationError([{"table": "README.md", "row": "YAML front matter", "column": p.split(":")[1].strip(),
                                    "check": "hub_metadata_vocabulary", "value": p} for p in problems])
        with stage("main: croissant+manifest+publish"):
            write_croissant(staging, CARD_SUMMARY, LICENSE_URL)
            manifest = write_manifest(staging, config.input_dir / GOLD_DIR)  # last: it hashes everything above
            release.publish(staging, output, manifest)
    except BaseException:
        progress.close()
        stack.close()
        release.discard(staging)
        write_report(config, intake, failures, published=False)
        raise
    stack.close()
    write_report(config, intake, failures, published=True)
    if config.card_copy is not None:
        config.card_copy.write_text(card, encoding="utf-8")
    return BuildResult(output, config.report_path, intake.counts(), rows, published, stats.summary()), progress


def _reference_tables(knowledge: Knowledge) -> dict[str, pa.Table]:
    """The cross-article configs, built from compact keys once every article has been read."""
    rows = {
        "persons": knowledge.people.person_rows(),
        "organizations": [organization_row(org) for org in knowledge.registry.all()],
        "position_spells": knowledge.people.spell_rows(),
    }
    return {name: to_arrow(CONFIG_BY_NAME[name], table_rows) for name, table_rows in rows.items()}


def _validate_reference(tables: dict[str, pa.Table]) -> list[dict]:
    return [f for name, table in tables.items() for f in validate_frame(CONFIG_BY_NAME[name], to_frame(table))]


def _write_reference(stage: Path, tables: dict[str, pa.Table], config: BuildConfig) -> dict[str, dict[str, ShardWriter]]:
    """Reference tables are one ``train`` split whatever the article splits (they describe the whole corpus)."""
    final = {}
    for name, table in tables.items():
        spec = CONFIG_BY_NAME[name]
        writer = ShardWriter(stage / DATA_DIR / name, "train", spec.features.arrow_schema, spec.sort_keys,
                             config.row_group_bytes, config.shard_bytes)
        writer.write(table.sort_by([(k, "ascending") for k in spec.sort_keys]))
        writer.close()
        final[name] = {"train": writer}
    return final


def _write_by_split(spec: ConfigSpec, table: pa.Table, batch: list[AnnotatedArticle],
                    writers: dict[tuple[str, str], ShardWriter]) -> None:
    """Route each row to its article's split writer (rows stay in id order within a split)."""
    split_of = {a.article.article_id: a.article.split for a in batch}
    splits = [split_of[i] for i in table.column("article_id").to_pylist()]
    for split in split_names():
        mask = pa.array([s == split for s in splits], type=pa.bool_())
        writers[(spec.name, split)].write(table.filter(mask))
