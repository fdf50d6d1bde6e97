"""The one per-article path: a file's bytes to its annotated article, facts and rows, or to why it is rejected.

decode → clean → screens (markup, language) → blocks → metadata → gold → entities → sentences/BIO → baseline →
facts → rows, each a named ``step`` (haucan/per_article.py), so an unexpected exception leaves as a StageError
that names where it happened. Every caller goes through here: the workers (haucan/chunks.py; the isolation
boundary in haucan/chunk_rows.py turns a StageError into the file's ``internal_error`` rejection), the held-out scoring
(haucan/heldout.py), the card's example (haucan/card.py), the gold tool (haucan/gold_tool.py) and the benchmarks.
The dedup pass and the gold tool need only the text and its blocks: they run the first steps (``prepare``),
the very same functions, and stop there.

Facts are derived with a fresh organisation registry per article, so an article's facts never depend on which
articles came before it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from haucan.annotate import annotate
from haucan.article import build_article
from haucan.build_day import depends_on_build_day
from haucan.cache.stores import SegmentCache
from haucan.dedup.signature import Signature
from haucan.dedup.signature import signature as text_signature
from haucan.errors import ConfigError, SeedError
from haucan.evaluate import baseline_spans
from haucan.extract.entities import extract
from haucan.gold import GoldError, Span, gold_path, load_gold_file, resolve_gold
from haucan.knowledge.facts import ArticleFacts, derive_facts, facts_path
from haucan.knowledge.identity import key_affiliation
from haucan.knowledge.orgs import Organization, OrgRegistry
from haucan.per_article import StageSettings, step
from haucan.read import decode_article
from haucan.records import AnnotatedArticle, Article, RawArticle, SourceFile
from haucan.rules import load_rules
from haucan.stats import CorpusStats
from haucan.tables import ROW_BUILDERS
from haucan.timing import stage
from schema import CONFIGS


@dataclass(frozen=True)
class ArticleResult:
    """One article's outcome: the rejection (``error``), gold that no longer maps onto the text (``gold_error``),
    or the annotated article with its facts, its rows and what it adds to the scores and statistics."""

    raw: RawArticle | None
    error: SeedError | None = None
    gold_error: str | None = None
    annotated: AnnotatedArticle | None = None
    """With the facts the release publishes: gold facts where the article has them, the extractor's otherwise."""
    gold: list[Span] | None = None
    """The gold mentions, when the article has a gold file."""
    auto: tuple[Span, ...] = ()
    """The extractor's mentions (published only where there is no gold)."""
    baseline: tuple[Span, ...] = ()
    """The baseline's mentions, for gold articles only (they are scored, never published)."""
    facts: ArticleFacts | None = None
    orgs: tuple[Organization, ...] = ()
    """Organisations the article's mentions resolved to, other than curated ones."""
    affiliations: tuple[str | None, ...] = ()
    """Per published observation: the affiliation its person_id was made from (its offices' top unit, the unit
    beside its role or the article's unit; None), for the identity pass across articles."""
    stats: CorpusStats | None = None
    rows: dict[str, list[dict]] | None = None
    """The rows of every per-article config, by config name."""

    @property
    def final(self) -> bool:
        """Whether the result may be cached: not when a date was nulled for being after the build day (a later
        build day may publish it)."""
        return self.annotated is None or not depends_on_build_day(self.annotated.article.metadata.null_reasons)


def prepare(source: SourceFile, data: bytes, prefix: str = "") -> tuple[RawArticle, Article]:
    """The first steps: decode, clean and screen the bytes, segment the blocks, read the metadata. Raises the
    SeedError that rejects the file; ``prefix`` goes before the step names (the dedup pass times its own)."""
    with step(prefix + "decode+clean"):
        raw = decode_article(source, data)
    with step(prefix + "blocks+metadata"):
        article = build_article(raw, load_rules())
    return raw, article


def article_rows(annotated: AnnotatedArticle) -> dict[str, list[dict]]:
    """The rows of every per-article config for one annotated article."""
    return {spec.name: ROW_BUILDERS[spec.name](annotated) for spec in CONFIGS if spec.per_article}


def _gold_spans(input_dir: Path, article: Article) -> tuple[list[Span] | None, str | None]:
    """(the article's gold spans if it has a gold file, the reason they no longer map onto the text)."""
    path = gold_path(input_dir, article.source_file)
    if not path.is_file():
        return None, None
    try:
        return resolve_gold(article, load_gold_file(path), article.source_file), None
    except GoldError as error:
        return None, str(error)


def process(source: SourceFile, data: bytes, settings: StageSettings,
            segments: SegmentCache | None = None, prepared: tuple[RawArticle, Article] | None = None) -> ArticleResult:
    """Everything about one article that does not depend on any other, from the file's bytes. A rejection is a
    result, not an exception; an unexpected exception leaves as a StageError naming the step (a ConfigError,
    which is the whole build's, unchanged). ``segments``: the store of underthesea's output, if there is one
    (a worker's, haucan.per_article.Caches); it changes how fast, never what. ``prepared``: what the dedup pass's
    ``prepare`` made of these very bytes (haucan/prepared.py), used instead of computing it again."""
    if prepared is not None:
        raw, article = prepared
    else:
        try:
            raw, article = prepare(source, data)
        except SeedError as error:
            return ArticleResult(None, error)
    with step("gold"):
        gold, gold_error = _gold_spans(settings.input_dir, article)
    if gold_error is not None:
        return ArticleResult(raw, gold_error=gold_error)
    with step("extract entities"):
        auto = extract(article)
    with step("sentences+BIO"):
        annotated = annotate(article, gold, auto, settings.words, segments)
    with step("baseline (gold articles)"):
        baseline = tuple(baseline_spans(annotated.sentences)) if gold is not None else ()
    with step("facts"):
        registry = OrgRegistry()
        facts = derive_facts(annotated, registry, facts_path(settings.input_dir, article.source_file))
        observations, event, _ = facts.gold or facts.auto
        # Citations come from the published mentions (gold mentions where they exist).
        events = ((event, *(() if facts.gold else facts.further_events)) if event else ())
        annotated = dataclasses.replace(annotated, observations=observations, events=events,
                                        documents=facts.auto[2])
        stats = CorpusStats()
        stats.add(annotated)
        affiliations = _key_affiliations(observations, registry, facts.org_of_surface.values())
        orgs = tuple(registry.seen[k] for k in sorted(registry.seen))
    with step("rows"):
        rows = article_rows(annotated)
    return ArticleResult(raw, None, None, annotated, gold, auto, baseline, facts, orgs, affiliations, stats, rows)


def _key_affiliations(observations, registry: OrgRegistry, org_ids) -> tuple[str | None, ...]:
    """Per observation, the affiliation its id was made from, among the top units of the article's
    organisations (haucan/knowledge/identity.py)."""
    candidates = sorted({registry.root_of(o) for o in (*org_ids, *registry.seen,
                                                         *(p.org_id for ob in observations for p in ob.positions))
                         if o} - {None})
    return tuple(key_affiliation(o, [None, *candidates]) for o in observations)


def dedup_signature(source: SourceFile, data: bytes) -> tuple[Signature | None, bool, tuple[RawArticle, Article] | None]:
    """The dedup pass's work on one file: ``prepare``, then the Signature of the text (shingles, LSH buckets)
    with what ranks the copies (repairs, stated date); whether that result may be cached; and ``prepare``'s
    result, which the main pass reuses (haucan/prepared.py; None unless the article was prepared without error).

    None when the article is rejected: the main pass rejects it again and records why. Any exception counts
    as a rejection here too (one file must not stop the build; the main pass reports it), but is not cached (it
    may be transient); nor is a Signature whose date was nulled for being after the build day (a later build
    day may state it, which changes the ranking)."""
    try:
        raw, article = prepare(source, data, "dedup pass: ")
        with stage("dedup pass: signature"):
            found = text_signature(article.text, raw.repairs, article.metadata.published_date)
    except SeedError:
        return None, True, None
    except ConfigError:
        raise
    except Exception:  # noqa: BLE001 - a bug or a resource failure: the main pass meets it again and reports it
        return None, False, None
    return found, not depends_on_build_day(article.metadata.null_reasons), (raw, article)
