"""The build, top to bottom: discover -> dedup pass (every article's shingle signature, then which copy of
each duplicate group is kept; haucan/dedup.py) -> chunks of articles processed in parallel (read, clean,
annotate, facts, tables, validation; haucan/chunks.py) -> cross-article decisions in id order (dedup verdicts,
organisations, people) -> write shards -> reference tables -> card -> publish.

Articles stream through in chunks of about ``BuildConfig.batch_size``; nothing holds the whole corpus, and
what grows with it (the intake log, the dedup index) lives on disk in the build's scratch folder.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import os
import shutil
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from haucan import ownership, release, uptodate
from haucan.cache import damage_summary, pipeline_version, remove_other_versions
from haucan.card import CARD_SUMMARY, LICENSE_URL, declared_splits, render_card
from haucan.chunks import ArticleEntry, ChunkResult, chunk_sources, process_chunk, signature_chunk
from haucan.codec import decode
from haucan.config import BuildConfig
from haucan.crosscheck import cross_check
from haucan.dedup import Deduplicator, Duplicate, NotChecked
from haucan.errors import NothingToPublish, SeedError, ValidationError
from haucan.evaluate import BASELINE_LABELS, Scores
from haucan.gold import GOLD_DIR
from haucan.heldout import score_heldout
from haucan.knowledge.aggregate import PeopleIndex
from haucan.knowledge.orgs import OrgRegistry
from haucan.knowledge.scores import FactScores
from haucan.layout import DATA_DIR
from haucan.memory import release_unused_memory
from haucan.metadata import fixed_build_day
from haucan.parallel import run_in_order
from haucan.per_article import PROVISIONAL_REASONS, StageSettings
from haucan.progress import Progress
from haucan.publish.croissant import write_croissant
from haucan.publish.manifest import write_manifest
from haucan.publish.metadata_check import check_card_metadata
from haucan.read import SourceList, discover
from haucan.records import SourceFile
from haucan.stats import CorpusStats
from haucan.tables import organization_row, to_arrow, to_frame
from haucan.timing import collect, stage
from haucan.validate import ensure_validation_enabled, validate_frame
from haucan.write import ShardWriter, enforce_budget
from schema import CONFIG_BY_NAME, CONFIGS, ConfigSpec
from schema.failure import Failure
from schema.vocab import split_names

SHOWN_PER_OUTCOME = 50  # rejected/duplicate files kept in memory for the printed summary; the report has all


class Intake:
    """What became of every input file: accepted, repaired (with what), duplicate (of what), or rejected (why).

    One record per file, appended to a JSON-lines file in the build's scratch folder as it is decided (a
    million files would otherwise be a million dicts in memory); counts are kept as they go. The report
    streams the records back in the order they were decided."""

    def __init__(self, spill: Path) -> None:
        spill.parent.mkdir(parents=True, exist_ok=True)
        self.spill = spill
        self._handle = spill.open("w", encoding="utf-8")
        self.outcomes: Counter = Counter()
        self.reasons: Counter = Counter()
        self.shown: dict[str, list[dict]] = {"rejected": [], "duplicate": []}
        self.ignored: list[str] = []
        self.notes: list[str] = []

    def _add(self, record: dict) -> None:
        self.outcomes[record["outcome"]] += 1
        if record["outcome"] == "rejected":
            self.reasons[record["reason"]] += 1
        shown = self.shown.get(record["outcome"])
        if shown is not None and len(shown) < SHOWN_PER_OUTCOME:
            shown.append(record)
        self._handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")

    def accept(self, source: SourceFile, repairs: tuple[str, ...]) -> None:
        self._add({"file": source.relative_path, "article_id": source.article_id,
                   "outcome": "repaired" if repairs else "accepted", "repairs": list(repairs)})

    def reject(self, error: SeedError) -> None:
        self._add({**error.as_record(), "outcome": "rejected"})

    def duplicate(self, source: SourceFile, repairs: tuple[str, ...], duplicate: Duplicate) -> None:
        self._add({"file": source.relative_path, "article_id": source.article_id, "outcome": "duplicate",
                   "duplicate_of": duplicate.of, "kind": duplicate.kind, "similarity": duplicate.similarity,
                   "repairs": list(repairs)})

    def records(self) -> Iterator[str]:
        """Every file's record as one JSON text, in the order decided."""
        self._handle.flush()
        with self.spill.open(encoding="utf-8") as handle:
            for line in handle:
                yield line.rstrip("\n")

    def close(self) -> None:
        self._handle.close()

    def counts(self) -> dict:
        return {"found": sum(self.outcomes.values()), "accepted": self.outcomes["accepted"],
                "repaired": self.outcomes["repaired"], "duplicate": self.outcomes["duplicate"],
                "rejected": self.outcomes["rejected"], "ignored_non_txt": len(self.ignored)}

    def rejection_reasons(self) -> list[tuple[str, int]]:
        return sorted(self.reasons.items())


@dataclass(frozen=True)
class BuildResult:
    """What a finished build published."""

    output_dir: Path
    report_path: Path
    intake: dict
    rows: dict[str, int]
    published_splits: tuple[str, ...]
    stats: dict
    shown: dict[str, list[dict]] = field(default_factory=dict)
    """The first SHOWN_PER_OUTCOME rejected and duplicate file records (all of them are in the report)."""
    notes: tuple[str, ...] = ()


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
    """Cross-article state of the knowledge layer: organisations seen and the people index (compact keys, on
    disk in the build's scratch folder)."""

    people: PeopleIndex
    registry: OrgRegistry = field(default_factory=OrgRegistry)


def _settings(config: BuildConfig) -> StageSettings:
    return StageSettings(config.input_dir, config.words, config.cache_dir, pipeline_version() if config.cache_dir else "")


def _find_duplicates(config: BuildConfig, sources: SourceList, progress: Progress, dedup: Deduplicator) -> None:
    """The dedup pass, before anything is written: every article's Signature (computed by the workers, chunk
    by chunk, through the article cache) goes into the on-disk index, then the index decides which copy of
    each group is kept (haucan/dedup.py). Members of a group can be anywhere in id order, so no article can be
    published before every one has been seen; the index holds them on disk, never in memory."""
    work = functools.partial(signature_chunk, _settings(config))
    bar = Progress(len(sources), config.progress)  # its own bar: the main pass's counts stay the main pass's
    bar.bar.set_description("dedup pass")
    damage: Counter = Counter()
    try:
        for outcome in run_in_order(work, chunk_sources(sources, config.batch_size), config.workers,
                                    config.scheduler):
            bar.chunk_done(outcome)
            damage.update(outcome.cache_damage)
            with stage("main: dedup pass index"):
                for source, signature in decode(outcome.packed):
                    if signature is not None:
                        dedup.add(source, signature)
    finally:
        bar.close()
    if damage:  # as the main pass does: one line, what was wrong in the cache (all of it was recomputed)
        print(f"warning: dedup pass: {damage_summary(damage)}", file=sys.stderr)
    progress.worker_seconds.update(bar.worker_seconds)
    with stage("main: dedup pass resolve"):
        dedup.resolve()
    progress.bar.total = len(sources) - dedup.duplicate_count()  # the main pass skips the duplicates
    progress.bar.refresh()


def _to_process(sources: Iterable[SourceFile], dedup: Deduplicator) -> Iterator[SourceFile]:
    """The sources the main pass processes: all but the duplicates the dedup pass found (their report records
    come from the dedup index). Rejections of the dedup pass are processed again, to be reported with why."""
    return (source for source in sources if not dedup.is_duplicate(source.article_id))


def _chunks(config: BuildConfig, sources: Iterable[SourceFile], progress: Progress) -> Iterator[ChunkResult]:
    """Chunk results in id order, from local processes or a Dask cluster, through the caches; the same results
    whichever way they were obtained."""
    settings = _settings(config)
    work = functools.partial(process_chunk, settings)
    damage: Counter = Counter()
    for outcome in run_in_order(work, chunk_sources(sources, config.batch_size), config.workers, config.scheduler):
        progress.chunk_done(outcome)
        with stage("main: unpack"):
            result = decode(outcome.packed)
        damage.update(outcome.cache_damage)
        yield result
    if damage:  # one line per build: what was wrong in the cache (all of it was recomputed)
        print(f"warning: {damage_summary(damage)}", file=sys.stderr)


def _text_digests(chunk: ChunkResult) -> dict[str, bytes]:
    """article id -> sha256 digest of its published text, from the chunk's ``articles`` rows."""
    articles = chunk.tables["articles"]
    return {article_id: bytes.fromhex(digest) for article_id, digest in
            zip(articles.column("article_id").to_pylist(), articles.column("text_sha256").to_pylist(), strict=True)}


def _decide(entries: tuple[ArticleEntry, ...], intake: Intake, evaluation: Evaluation, knowledge: Knowledge,
            stats: CorpusStats, dedup: Deduplicator, text_digests: dict[str, bytes]) -> set[str]:
    """The cross-article decisions for a chunk's articles, in id order; returns the ids that are published.

    Every file's outcome is recorded in ``intake``, never dropped. Duplicates were decided by the dedup pass
    (``dedup`` is resolved): here each article learns its verdict, given the digest of the text it publishes
    (``text_digests``), which must be the text the dedup pass saw."""
    kept = set()
    for entry in entries:
        _record_duplicates(intake, dedup, entry.source.article_id)
        if entry.error is not None:
            intake.reject(entry.error)
            _note_orphaned_duplicates(entry, intake, dedup)
            continue
        if entry.gold_error is not None:
            raise ValidationError([Failure("mentions", f"gold of {entry.source.relative_path}", "gold",
                                           "gold_maps_onto_clean_text", entry.gold_error)])
        with stage("main: dedup"):
            try:
                duplicate = dedup.verdict(entry.source.article_id, text_digests.get(entry.source.article_id))
            except NotChecked:
                intake.reject(SeedError(entry.source.relative_path, "changed_during_build",
                                        "the file's text differs from the one the duplicate check read (it changed "
                                        "during the build); build again", field="text"))
                continue
        if duplicate is not None:
            intake.duplicate(entry.source, entry.repairs, duplicate)
            continue
        intake.accept(entry.source, entry.repairs)
        kept.add(entry.source.article_id)
        with stage("main: organisations+people"):
            for org in entry.orgs:
                knowledge.registry.add(org)
            for observation, affiliation in zip(entry.observations, entry.affiliations, strict=True):
                knowledge.people.add(observation, affiliation)
        stats.merge(entry.stats)
        if entry.facts_scored is not None:
            evaluation.facts.add(*entry.facts_scored)
        if entry.scored is not None:
            auto, gold, baseline = entry.scored
            evaluation.extractor.add(auto, gold)
            evaluation.baseline.add(baseline, gold, BASELINE_LABELS)
            evaluation.gold_labels.update(span.label for span in gold)
    return kept


def _record_duplicates(intake: Intake, dedup: Deduplicator, before: str | None) -> None:
    """Record the duplicates (never processed by the main pass) whose ids come before ``before`` (None: all
    that are left), so the report stays in id order."""
    with stage("main: dedup"):
        for source, repairs, duplicate in dedup.duplicates_before(before):
            intake.duplicate(source, repairs, duplicate)


def _note_orphaned_duplicates(entry: ArticleEntry, intake: Intake, dedup: Deduplicator) -> None:
    """A kept copy rejected by the main pass (after the dedup pass chose it) takes its duplicates with it: they
    stay recorded as its duplicates, and a note says so (the choice is made before any article is processed
    in full, so a later failure cannot hand the place to the next-best copy)."""
    count = dedup.duplicates_of(entry.source.article_id)
    if count:
        intake.notes.append(f"{entry.source.relative_path}: kept as the best copy of a duplicate group but rejected "
                            f"({entry.error.reason}); its {count} duplicate(s) (duplicate_of {entry.source.article_id}) "
                            "are not published in its place")


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


def write_report(config: BuildConfig, intake: Intake, failures: list[Failure], published: bool) -> None:
    """The build report (JSON), beside the output folder: every file's outcome, notes and schema failures.

    Written as it is read back from the intake's spill file (one file record per line), so its size never
    has to fit in memory; keys in sorted order, as ``json.dumps(sort_keys=True)`` would put them."""
    def dump(value) -> str:
        return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True).replace("\n", "\n  ")

    config.report_path.parent.mkdir(parents=True, exist_ok=True)
    partial = config.report_path.with_name(config.report_path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as out:
            out.write("{\n" + f'  "counts": {dump(intake.counts())},\n  "files": [')
            for index, record in enumerate(intake.records()):
                out.write(("\n    " if index == 0 else ",\n    ") + record)
            out.write("\n  ],\n" + f'  "ignored_non_txt": {dump(intake.ignored)},\n  "notes": {dump(intake.notes)},\n'
                      f'  "published": {dump(published)},\n  "rejection_reasons": {dump(dict(intake.rejection_reasons()))},\n'
                      f'  "validation_failures": {dump([f.as_record() for f in failures])}\n' + "}\n")
        os.replace(partial, config.report_path)  # a report is whole or absent, never half written
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _remove_report(config: BuildConfig) -> None:
    """Delete the last build's report before anything else is written: should this build fail and be unable to
    write its own report (a full disk), no report saying ``published: true`` may outlive it."""
    with contextlib.suppress(FileNotFoundError):
        config.report_path.unlink()


def _write_failure_report(config: BuildConfig, error: BaseException) -> None:
    """A short report for a build that failed before its intake log existed (the full one is written by
    ``_build`` when it can); best effort: when even this cannot be written, there is no report at all."""
    partial = config.report_path.with_name(config.report_path.name + ".partial")
    try:
        partial.write_text(json.dumps({"error": f"{type(error).__name__}: {error}", "published": False},
                                      ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(partial, config.report_path)
    except OSError:
        partial.unlink(missing_ok=True)


def build(config: BuildConfig) -> BuildResult:
    """Run the whole build; publish ``config.output_dir`` only if every record passed the schema.

    Before anything is written, the output is checked and locked (haucan/release.py: OutputRefused for an
    output the build does not own or that overlaps the input, BuildLocked while another build of it runs;
    nothing is touched then) and the previous report is removed. Any failure removes this build's staging
    and scratch folders and leaves a report saying ``published: false`` (or none, if the disk is full)."""
    with ownership.claim(config):
        _remove_report(config)
        started = time.perf_counter()
        try:
            with collect() as main_seconds, fixed_build_day():
                result, progress = _build(config)
        except BaseException as error:
            for leftover in (release.staging_dir(config.output_dir), release.scratch_dir(config.output_dir)):
                release.discard(leftover)  # _build discards them itself once it has started; not before
            if not config.report_path.exists():
                _write_failure_report(config, error)
            raise
        try:
            write_timings(config, time.perf_counter() - started, progress, main_seconds)
        except OSError as error:  # the release is published; the timings are only for benchmarks
            with contextlib.suppress(OSError):
                config.timings_path.unlink(missing_ok=True)
            result = dataclasses.replace(result, notes=(*result.notes, f"timings not written: {error}"))
    return result


def write_timings(config: BuildConfig, wall: float, progress: Progress, main_seconds: dict[str, float]) -> None:
    """Stage seconds beside the output (never inside: they change from run to run), for benchmarks/."""
    timings = {
        "wall_seconds": round(wall, 3),
        "articles": {"computed": progress.computed, "from_cache": progress.cached,
                     "whole_chunks_from_cache": progress.chunks_from_cache},
        "release_reused": progress.release_reused,
        "workers": config.workers, "scheduler": config.scheduler is not None, "words": config.words,
        "per_article_stage_seconds": {k: round(v, 3) for k, v in sorted(progress.worker_seconds.items())},
        "main_process_stage_seconds": {k: round(v, 3) for k, v in sorted(main_seconds.items())},
    }
    partial = config.timings_path.with_name(config.timings_path.name + ".partial")
    try:
        partial.write_text(json.dumps(timings, indent=2) + "\n", encoding="utf-8")
        os.replace(partial, config.timings_path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _build(config: BuildConfig) -> tuple[BuildResult, Progress]:
    ensure_validation_enabled()
    key = None
    if config.cache_dir is not None:
        with stage("main: up-to-date check"):
            key = uptodate.build_key(config, pipeline_version())
            record = uptodate.reusable(config, key)
        if record is not None:
            release.clean_leftovers(config.output_dir)  # what killed builds left, as a real build would
            uptodate.restore(config, record)
            progress = Progress(0, False)
            progress.release_reused = True
            return record.result, progress
    output = config.output_dir
    staging = release.prepare(output)
    if config.cache_dir is not None:
        remove_other_versions(config.cache_dir, pipeline_version())
    stack = contextlib.ExitStack()  # scratch (intake log, dedup index): removed whether the build succeeds or not
    stack.callback(shutil.rmtree, release.scratch_dir(output), ignore_errors=True)
    intake = stack.enter_context(contextlib.closing(Intake(release.scratch_dir(output) / "intake.jsonl")))
    discovery = discover(config.input_dir, release.scratch_dir(output))
    intake.ignored.extend(discovery.ignored)
    intake.notes.extend(discovery.notes)
    for error in discovery.rejected:
        intake.reject(error)
    progress = Progress(len(discovery.sources), config.progress)
    stats = CorpusStats()
    evaluation = Evaluation()
    writers = _split_writers(staging, config)
    failures: list[Failure] = []
    last_id = ""
    try:
        dedup = stack.enter_context(Deduplicator(release.scratch_dir(output)))
        _find_duplicates(config, discovery.sources, progress, dedup)
        knowledge = Knowledge(stack.enter_context(PeopleIndex(release.scratch_dir(output))))
        for chunk in _chunks(config, _to_process(discovery.sources, dedup), progress):
            kept = _decide(chunk.entries, intake, evaluation, knowledge, stats, dedup, _text_digests(chunk))
            failures.extend(chunk.failures)  # validated in the worker; keep going so the report lists every one
            if failures or not kept:
                continue
            with stage("main: write"):
                split_of = {e.source.article_id: e.split for e in chunk.entries if e.source.article_id in kept}
                ids = sorted(split_of)
                # pandera saw one chunk; ids strictly increasing across chunks make them unique corpus-wide.
                if ids[0] <= last_id:
                    failures.append(Failure("articles", f"row article_id={ids[0]}", "article_id",
                                            "unique_across_batches", last_id))
                    continue
                last_id = ids[-1]
                for spec in CONFIGS:
                    if spec.per_article:
                        _write_by_split(spec, chunk.tables[spec.name], split_of, writers)
                enforce_budget(writers.values())
            del chunk  # the chunk's tables are with the writers now
            with stage("main: release memory"):
                release_unused_memory()
        _record_duplicates(intake, dedup, None)  # those after the last processed article
        progress.close()
        if failures:
            raise ValidationError(failures)
        if not intake.outcomes["accepted"] + intake.outcomes["repaired"]:
            raise NothingToPublish(intake.counts(), intake.rejection_reasons())
        with stage("main: shard layout"):  # closes the per-article shards, which the cross-table rules read back
            published, final = _publish_layout(staging, writers, config)
        with stage("main: reference tables"):
            reference, failures = _write_reference(staging, knowledge, config)
        with stage("main: cross-table rules"):
            failures += cross_check(_knowledge_files(staging, {**final, **reference}), release.scratch_dir(output))
        if failures:
            raise ValidationError(failures)
        final.update(reference)
        rows = {spec.name: sum(w.rows for w in final[spec.name].values()) for spec in CONFIGS}
        with stage("main: held-out scoring"):
            score_heldout(config.heldout_dir, evaluation.heldout, evaluation.heldout_facts)
        card = render_card(final, published, stats.summary(), intake, config, staging, stats.example_id, evaluation)
        (staging / "README.md").write_text(card, encoding="utf-8")
        problems = check_card_metadata(yaml.safe_load(card.split("---\n", 2)[1]))
        if problems:
            raise ValidationError([Failure("README.md", "YAML front matter", p.split(":")[1].strip(),
                                           "hub_metadata_vocabulary", p) for p in problems])
        with stage("main: croissant+manifest+publish"):
            # The configs the card declares: one with no rows has no files, so neither loads it.
            write_croissant(staging, CARD_SUMMARY, LICENSE_URL, tuple(declared_splits(final)))
            manifest = write_manifest(staging, config.input_dir / GOLD_DIR)  # last: it hashes everything above
            release.publish(staging, output, manifest)
    except BaseException as error:
        progress.close()
        release.discard(staging)
        try:
            with stack:
                write_report(config, intake, failures, published=False)
        except OSError as report_error:  # e.g. the disk is full: the stale report was removed before the build
            error.add_note(f"the build report could not be written either ({report_error}); there is none")
        raise
    try:
        with stack:
            write_report(config, intake, failures, published=True)
    except OSError as error:
        error.add_note(f"the release WAS published ({output}); only its build report could not be written")
        raise
    if config.card_copy is not None:
        config.card_copy.write_text(card, encoding="utf-8")
    result = BuildResult(output, config.report_path, intake.counts(), rows, published, stats.summary(),
                         intake.shown, tuple(intake.notes))
    # Not when an input changed while the build was reading it, nor when a file was rejected at the isolation
    # boundary (haucan/chunks.py): such a rejection may not recur, so the next build must compute it again.
    if key is not None and uptodate.build_key(config, pipeline_version()) == key and not (
            PROVISIONAL_REASONS & intake.reasons.keys()):
        uptodate.remember(config, key, result)
    return result, progress


REFERENCE_BATCH_ROWS = 10_000
"""Rows of a reference table built, validated and handed to its writer at a time."""


def _reference_tables(knowledge: Knowledge) -> dict[str, Iterator[pa.Table]]:
    """The cross-article configs, built from compact keys once every article has been read, as Arrow tables of
    at most ``REFERENCE_BATCH_ROWS`` rows (rows with equal sort keys never split), already in the order that
    sorting the whole table by the config's sort keys gives. Organisations (few, held by the registry) are one
    table, sorted here."""
    organizations = CONFIG_BY_NAME["organizations"]
    orgs = to_arrow(organizations, [organization_row(org) for org in knowledge.registry.all()])
    return {
        "persons": _batches(CONFIG_BY_NAME["persons"], knowledge.people.person_rows()),
        "organizations": iter([_sorted(organizations, orgs)]),
        "position_spells": _batches(CONFIG_BY_NAME["position_spells"],
                                    knowledge.people.spell_rows(published_order=True)),
    }


def _batches(spec: ConfigSpec, rows: Iterator[dict], size: int = REFERENCE_BATCH_ROWS) -> Iterator[pa.Table]:
    """Rows (in sort-key order, which is checked) as Arrow tables of about ``size`` rows."""
    batch: list[dict] = []
    previous: tuple | None = None
    for row in rows:
        key = tuple(row[k] for k in spec.sort_keys)
        if previous is not None and key < previous:
            raise RuntimeError(f"{spec.name} rows out of sort-key order: {key} after {previous}")
        if len(batch) >= size and key != previous:
            yield _sorted(spec, to_arrow(spec, batch))
            batch = []
        batch.append(row)
        previous = key
    if batch:
        yield _sorted(spec, to_arrow(spec, batch))


def _sorted(spec: ConfigSpec, table: pa.Table) -> pa.Table:
    """The table sorted by the config's sort keys (stable). For rows already in order this changes no row, but
    the copy carries validity bitmaps as the former sort of the whole table did, so a table of one batch (the
    seeds') has the same Arrow byte count in the card. Several batches concatenated in a row group drop the
    all-valid bitmaps: a count smaller by those bytes, the same Parquet bytes."""
    return table.sort_by([(k, "ascending") for k in spec.sort_keys])


def _validate_reference(spec: ConfigSpec, table: pa.Table, records: dict[tuple, Failure]) -> None:
    """pandera on one batch; the records gathered as ``validate_frame`` gathers them over a whole table (the
    first per row, column and check). Equal keys are never split, so uniqueness is checked across batches."""
    for failure in validate_frame(spec, to_frame(table)):
        records.setdefault((failure.row, failure.column, failure.check), failure)


def _write_reference(stage: Path, knowledge: Knowledge, config: BuildConfig) -> tuple[
        dict[str, dict[str, ShardWriter]], list[Failure]]:
    """Reference tables are one ``train`` split whatever the article splits (they describe the whole corpus).
    Built, validated and written batch by batch; returns the writers and the validation failures (the staging
    folder is discarded when there are any). A table within ``row_group_bytes`` (as the seeds' are) is written
    exactly as one ``write`` of the whole sorted table would write it."""
    final, failures = {}, []
    for name, batches in _reference_tables(knowledge).items():
        spec = CONFIG_BY_NAME[name]
        writer = ShardWriter(stage / DATA_DIR / name, "train", spec.features.arrow_schema, spec.sort_keys,
                             config.row_group_bytes, config.shard_bytes)
        records: dict[tuple, Failure] = {}
        for table in batches:
            _validate_reference(spec, table, records)
            writer.write(table)
        writer.close()
        failures += [records[key] for key in sorted(records)]
        final[name] = {"train": writer}
    return final, failures


def _knowledge_files(stage: Path, final: dict[str, dict[str, ShardWriter]]) -> dict[str, list[Path]]:
    """The written Parquet files of the knowledge tables, split by split, for the cross-table rules."""
    names = ("person_observations", "events", "persons", "organizations", "position_spells")
    return {name: [path for split in final[name]
                   for path in sorted((stage / DATA_DIR / name).glob(f"{split}-*.parquet"))]
            for name in names}


def _write_by_split(spec: ConfigSpec, table: pa.Table, split_of: dict[str, str],
                    writers: dict[tuple[str, str], ShardWriter]) -> None:
    """Route each row of a published article to its split's writer (rows stay in id order within a split);
    rows of articles not in ``split_of`` (duplicates) are dropped."""
    splits = [split_of.get(i) for i in table.column("article_id").to_pylist()]
    for split in split_names():
        mask = pa.array([s == split for s in splits], type=pa.bool_())
        writers[(spec.name, split)].write(table.filter(mask))
