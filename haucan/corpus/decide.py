"""The cross-article decisions, made in the main process in id order as chunk results come back: each article's
outcome in the intake log (accepted, repaired, duplicate, rejected), the organisations and people it adds to
the knowledge layer, its corpus statistics and its scores against gold.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from haucan.dedup.index import Deduplicator, NotChecked
from haucan.errors import SeedError, ValidationError
from haucan.evaluate import BASELINE_LABELS, Scores
from haucan.knowledge.aggregate import PeopleIndex
from haucan.knowledge.identity import Identities
from haucan.knowledge.orgs import OrgRegistry
from haucan.knowledge.scores import FactScores
from haucan.stats import CorpusStats
from haucan.timing import stage
from schema.failure import Failure

if TYPE_CHECKING:
    from haucan.corpus.intake import Intake
    from haucan.results import ArticleEntry, ChunkResult


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
    """Cross-article state of the knowledge layer: organisations seen, the people index (compact keys, on
    disk in the build's scratch folder) and the person identities (one entry per name and affiliation)."""

    people: PeopleIndex
    registry: OrgRegistry = field(default_factory=OrgRegistry)
    identities: Identities | None = None

    def __post_init__(self) -> None:
        if self.identities is None:  # person identities follow the units this registry knows
            self.identities = Identities(self.registry)


@dataclass
class Corpus:
    """What the main pass's decisions build up, chunk after chunk: the intake log, the resolved dedup index, the
    knowledge layer, the corpus statistics and the scores."""

    intake: Intake
    dedup: Deduplicator
    knowledge: Knowledge
    stats: CorpusStats = field(default_factory=CorpusStats)
    evaluation: Evaluation = field(default_factory=Evaluation)

    def decide(self, chunk: ChunkResult) -> set[str]:
        """``decide`` for the chunk's articles; the ids published. The chunk's ``person_observations`` and
        ``events`` tables are replaced by their copies with the canonical person ids (before they are
        written: the published ids are the cross-article ones)."""
        kept = decide(chunk.entries, self.intake, self.evaluation, self.knowledge, self.stats, self.dedup,
                      chunk_digests(chunk))
        tables = chunk.tables
        if "person_observations" in tables and "events" in tables:
            tables["person_observations"], tables["events"] = self.knowledge.identities.rewrite(
                tables["person_observations"], tables["events"])
        return kept


def chunk_digests(chunk: ChunkResult) -> dict[str, bytes]:
    """article id -> sha256 digest of its published text, from the chunk's ``articles`` rows."""
    articles = chunk.tables["articles"]
    return {article_id: bytes.fromhex(digest) for article_id, digest in
            zip(articles.column("article_id").to_pylist(), articles.column("text_sha256").to_pylist(), strict=True)}


def decide(entries: tuple[ArticleEntry, ...], intake: Intake, evaluation: Evaluation, knowledge: Knowledge,
           stats: CorpusStats, dedup: Deduplicator, text_digests: dict[str, bytes]) -> set[str]:
    """The cross-article decisions for a chunk's articles, in id order; returns the ids that are published.

    Every file's outcome is recorded in ``intake``, never dropped. Duplicates were decided by the dedup pass
    (``dedup`` is resolved): here each article learns its verdict, given the digest of the text it publishes
    (``text_digests``), which must be the text the dedup pass saw."""
    kept = set()
    for entry in entries:
        record_duplicates(intake, dedup, entry.source.article_id)
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
                canonical = knowledge.identities.resolve(observation, affiliation)
                # The persons table shows a merged person's unit even when this observation names none.
                knowledge.people.add(replace(observation, person_id=canonical),
                                     knowledge.registry.affiliation(observation.positions) or affiliation
                                     or knowledge.identities.unit(canonical))
        stats.merge(entry.stats)
        if entry.facts_scored is not None:
            evaluation.facts.add(*entry.facts_scored)
        if entry.scored is not None:
            auto, gold, baseline = entry.scored
            evaluation.extractor.add(auto, gold)
            evaluation.baseline.add(baseline, gold, BASELINE_LABELS)
            evaluation.gold_labels.update(span.label for span in gold)
            if entry.scored_tags is not None:
                evaluation.extractor.add_tags(*entry.scored_tags)
    return kept


def record_duplicates(intake: Intake, dedup: Deduplicator, before: str | None) -> None:
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
