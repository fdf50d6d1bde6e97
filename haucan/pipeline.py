"""The build as a list of steps: discover -> dedup pass (every article's shingle signature, then which copy of
each duplicate group is kept; haucan/corpus/passes.py) -> main pass: chunks of articles processed in parallel
(read, clean, annotate, facts, tables, validation; haucan/chunks.py), then the cross-article decisions in id
order (haucan/corpus/decide.py) and the rows to their split's shards (haucan/output/shards.py) -> shard layout
-> reference tables (haucan/output/reference.py) -> cross-table rules -> card -> publish -> report.

Articles stream through in chunks of about ``BuildConfig.batch_size``; nothing holds the whole corpus, and
what grows with it (the intake log, the dedup index, the people index) lives on disk in the build's scratch
folder.
"""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
import time
from collections.abc import Iterator
from multiprocessing.pool import Pool
from pathlib import Path

import yaml

from haucan import heldout_cache, ownership, release, uptodate
from haucan.build_day import fixed_build_day
from haucan.cache.keys import pipeline_version
from haucan.cache.stores import remove_other_versions
from haucan.card import CARD_SUMMARY, CHAIR_QUERY, render_card, score_tables
from haucan.card_fields import FIELDS_DOC, render_fields
from haucan.config import BuildConfig
from haucan.corpus.decide import Corpus, Knowledge, record_duplicates
from haucan.corpus.intake import Intake
from haucan.corpus.passes import find_duplicates, main_pass, to_process
from haucan.corpus.report import remove_report, write_failure_report, write_report
from haucan.crosscheck import cross_check
from haucan.dedup.index import Deduplicator
from haucan.errors import NothingToPublish, ValidationError
from haucan.gold import GOLD_DIR
from haucan.heldout import heldout_scores, score_heldout
from haucan.knowledge.aggregate import PeopleIndex
from haucan.memory import release_unused_memory
from haucan.output.conll import write_conll
from haucan.output.reference import knowledge_files, write_reference
from haucan.output.shards import declared_splits, publish_layout, split_writers, write_by_split
from haucan.output.writer import ShardWriter, enforce_budget
from haucan.parallel import worker_pool
from haucan.per_article import PROVISIONAL_REASONS
from haucan.progress import Progress
from haucan.publish.croissant import write_croissant
from haucan.publish.manifest import write_manifest
from haucan.publish.metadata_check import check_card_metadata
from haucan.read import SourceList, discover
from haucan.results import BuildResult
from haucan.timing import collect, stage, write_timings
from haucan.validate import ensure_validation_enabled
from schema import CONFIGS
from schema.failure import Failure
from schema.vocab import load_vocab


def build(config: BuildConfig) -> BuildResult:
    """Run the whole build; publish ``config.output_dir`` only if every record passed the schema.

    Before anything is written, the output is checked and locked (haucan/release.py: OutputRefused for an
    output the build does not own or that overlaps the input, BuildLocked while another build of it runs;
    nothing is touched then) and the previous report is removed. Any failure removes this build's staging
    and scratch folders and leaves a report saying ``published: false`` (or none, if the disk is full)."""
    with ownership.claim(config):
        remove_report(config)
        started = time.perf_counter()
        try:
            with collect() as main_seconds, fixed_build_day():
                result, progress = _build(config)
        except BaseException as error:
            for leftover in (release.staging_dir(config.output_dir), release.scratch_dir(config.output_dir)):
                release.discard(leftover)  # _build discards them itself once it has started; not before
            if not config.report_path.exists():
                write_failure_report(config, error)
            raise
        try:
            write_timings(config, time.perf_counter() - started, progress, main_seconds)
        except OSError as error:  # the release is published; the timings are only for benchmarks
            with contextlib.suppress(OSError):
                config.timings_path.unlink(missing_ok=True)
            result = dataclasses.replace(result, notes=(*result.notes, f"timings not written: {error}"))
    return result


def _build(config: BuildConfig) -> tuple[BuildResult, Progress]:
    """The steps, in order; the progress comes back for its counts (the timings file)."""
    ensure_validation_enabled()
    key, reused = _up_to_date(config)
    if reused is not None:
        return reused
    output, scratch = config.output_dir, release.scratch_dir(config.output_dir)
    staging = release.prepare(output)
    if config.cache_dir is not None:
        remove_other_versions(config.cache_dir, pipeline_version())
    stack = contextlib.ExitStack()  # the scratch (intake log, dedup and people indexes), closed by _reported
    stack.callback(shutil.rmtree, scratch, ignore_errors=True)
    intake = stack.enter_context(contextlib.closing(Intake(scratch / "intake.jsonl")))
    sources = _discover(config, intake)
    progress = Progress(len(sources), config.progress)
    writers = split_writers(staging, config)
    failures: list[Failure] = []
    with _reported(config, stack, intake, failures, staging, progress):
        dedup = stack.enter_context(Deduplicator(scratch))
        with worker_pool(config.workers, config.scheduler) as pool:  # both passes' workers; stopped after them
            # The held-out sets need nothing of the corpus: a worker scores them while the passes go on, instead
            # of the main process after them (without local workers it still does, below); not at all when the
            # cache holds their scores.
            heldout_key, known = _known_heldout_scores(config)
            scoring = pool is not None and known is None
            heldout = pool.apply_async(heldout_scores, (config.heldout_dir,)) if scoring else None
            find_duplicates(config, sources, progress, dedup, scratch, pool)
            corpus = Corpus(intake, dedup, Knowledge(stack.enter_context(PeopleIndex(scratch))))
            if known is not None:
                corpus.evaluation.heldout.update(known[0])
                corpus.evaluation.heldout_facts.update(known[1])
            _write_articles(config, sources, progress, corpus, writers, failures, pool)
            if heldout is not None and not failures:
                with stage("main: held-out scoring"):
                    scores, fact_scores, seconds = heldout.get()
                    corpus.evaluation.heldout.update(scores)
                    corpus.evaluation.heldout_facts.update(fact_scores)
                    heldout_cache.store(config.cache_dir, heldout_key, scores, fact_scores)
                progress.worker_seconds["held-out scoring"] += seconds
        progress.close()
        if failures:
            raise ValidationError(failures)
        if not intake.outcomes["accepted"] + intake.outcomes["repaired"]:
            raise NothingToPublish(intake.counts(), intake.rejection_reasons())
        with stage("main: shard layout"):  # closes the per-article shards, which the cross-table rules read back
            published, final = publish_layout(staging, writers)
        final.update(_reference_tables(config, staging, corpus, final, failures))
        with stage("main: conll"):  # from the published ner_* shards, so both layouts hold the same sentences
            write_conll(staging, declared_splits(final))
        rows = {spec.name: sum(w.rows for w in final[spec.name].values()) for spec in CONFIGS}
        if heldout is None and known is None:
            with stage("main: held-out scoring"):
                score_heldout(config.heldout_dir, corpus.evaluation.heldout, corpus.evaluation.heldout_facts)
                heldout_cache.store(config.cache_dir, heldout_key, corpus.evaluation.heldout,
                                    corpus.evaluation.heldout_facts)
        card = _write_card(config, staging, final, published, corpus)
        with stage("main: croissant+manifest+publish"):
            # The configs the card declares: one with no rows has no files, so neither loads it.
            write_croissant(staging, CARD_SUMMARY, tuple(declared_splits(final)), config.repo_id)
            manifest = write_manifest(staging, config.input_dir / GOLD_DIR)  # last: it hashes everything above
            release.publish(staging, output, manifest)
    if config.card_copy is not None:
        config.card_copy.write_text(card, encoding="utf-8")
    result = BuildResult(output, config.report_path, intake.counts(), rows, published, corpus.stats.summary(),
                         intake.shown, tuple(intake.notes))
    _remember(config, key, intake, result)
    return result, progress


def _known_heldout_scores(config: BuildConfig) -> tuple[str | None, tuple | None]:
    """The held-out scores' key in the cache (None without a cache) and the scores a build with the same code,
    build day and held-out files stored there (haucan/heldout_cache.py), or None: then they are scored."""
    if config.cache_dir is None or config.heldout_dir is None:
        return None, None
    with stage("main: held-out scoring"):
        key = heldout_cache.heldout_key(config.heldout_dir, pipeline_version())
        return key, heldout_cache.load(config.cache_dir, key)


def _up_to_date(config: BuildConfig) -> tuple[str | None, tuple[BuildResult, Progress] | None]:
    """The build's key in the cache (None without one), and the result of the release it names when that
    release is still in place (restored as it was published: nothing is built then)."""
    if config.cache_dir is None:
        return None, None
    with stage("main: up-to-date check"):
        key = uptodate.build_key(config, pipeline_version())
        record = uptodate.reusable(config, key)
    if record is None:
        return key, None
    release.clean_leftovers(config.output_dir)  # what killed builds left, as a real build would
    uptodate.restore(config, record)
    progress = Progress(0, False)
    progress.release_reused = True
    return key, (record.result, progress)


@contextlib.contextmanager
def _reported(config: BuildConfig, scratch: contextlib.ExitStack, intake: Intake, failures: list[Failure],
              staging: Path, progress: Progress) -> Iterator[None]:
    """Run the build's steps, then write its report (``published`` true or false) and close the scratch (the
    intake log the report is read from, the dedup and people indexes). A failed build's staging is discarded."""
    try:
        yield
    except BaseException as error:
        progress.close()
        release.discard(staging)
        try:
            with scratch:
                write_report(config, intake, failures, published=False)
        except OSError as report_error:  # e.g. the disk is full: the stale report was removed before the build
            error.add_note(f"the build report could not be written either ({report_error}); there is none")
        raise
    try:
        with scratch:
            write_report(config, intake, failures, published=True)
    except OSError as error:
        error.add_note(f"the release WAS published ({config.output_dir}); only its build report could not be written")
        raise


def _discover(config: BuildConfig, intake: Intake) -> SourceList:
    """The input's .txt files, in id order; what discovery rejected or ignored goes into the intake log."""
    discovery = discover(config.input_dir, release.scratch_dir(config.output_dir))
    intake.ignored.extend(discovery.ignored)
    intake.notes.extend(discovery.notes)
    for error in discovery.rejected:
        intake.reject(error)
    return discovery.sources


def _write_articles(config: BuildConfig, sources: SourceList, progress: Progress, corpus: Corpus,
                    writers: dict[tuple[str, str], ShardWriter], failures: list[Failure], pool: Pool | None) -> None:
    """The main pass: each chunk's cross-article decisions, then its published rows to their split's writers.
    Schema failures go into ``failures`` and writing stops, but the pass goes on so the report lists every one."""
    last_id = ""
    scratch = release.scratch_dir(config.output_dir)
    for chunk in main_pass(config, to_process(sources, corpus.dedup), progress, scratch, pool):
        kept = corpus.decide(chunk)
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
                    write_by_split(spec, chunk.tables[spec.name], split_of, writers)
            enforce_budget(writers.values())
        del chunk  # the chunk's tables are with the writers now
        with stage("main: release memory"):
            release_unused_memory()
    record_duplicates(corpus.intake, corpus.dedup, None)  # those after the last processed article


def _reference_tables(config: BuildConfig, staging: Path, corpus: Corpus, final: dict[str, dict[str, ShardWriter]],
                      failures: list[Failure]) -> dict[str, dict[str, ShardWriter]]:
    """Write the reference tables, then run the cross-table rules over every knowledge table's files; their
    failures go into ``failures`` and stop the release."""
    with stage("main: reference tables"):
        reference, found = write_reference(staging, corpus.knowledge, config)
    failures += found
    with stage("main: cross-table rules"):
        failures += cross_check(knowledge_files(staging, {**final, **reference}), release.scratch_dir(config.output_dir))
    if failures:
        raise ValidationError(failures)
    return reference


def _write_card(config: BuildConfig, staging: Path, final: dict[str, dict[str, ShardWriter]],
                published: tuple[str, ...], corpus: Corpus) -> str:
    """The plots (images/), docs/fields.md and the dataset card, written into the release; the card's YAML must
    use only the Hub's vocabulary."""
    # Imported here, not at the top: the plotting library is loaded only in the main process, once the data is
    # written, never by the processes that import the pipeline's modules to work on articles.
    from haucan.figures.plots import render_plots

    stats = corpus.stats.summary()
    with stage("main: plots"):
        plots = render_plots(staging, [label["label"] for label in load_vocab("labels")],
                             score_tables(corpus.evaluation))
    fields = staging / FIELDS_DOC
    fields.parent.mkdir(parents=True, exist_ok=True)
    fields.write_text(render_fields(stats, corpus.intake, config, staging, CHAIR_QUERY, corpus.stats.example_id,
                                    corpus.evaluation), encoding="utf-8")
    card = render_card(final, published, stats, corpus.intake, config, staging,
                       corpus.stats.example_id, corpus.evaluation, plots)
    (staging / "README.md").write_text(card, encoding="utf-8")
    problems = check_card_metadata(yaml.safe_load(card.split("---\n", 2)[1]))
    if problems:
        raise ValidationError([Failure("README.md", "YAML front matter", p.split(":")[1].strip(),
                                       "hub_metadata_vocabulary", p) for p in problems])
    return card


def _remember(config: BuildConfig, key: str | None, intake: Intake, result: BuildResult) -> None:
    """Record the build for the next identical one; not when an input changed while the build was reading it,
    nor when a file was rejected at the isolation boundary (haucan/chunk_rows.py): such a rejection may not recur,
    so the next build must compute it again."""
    if key is not None and uptodate.build_key(config, pipeline_version()) == key and not (
            PROVISIONAL_REASONS & intake.reasons.keys()):
        uptodate.remember(config, key, result)
