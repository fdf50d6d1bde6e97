"""One chunk's new articles: each processed under the isolation boundary, their rows made into Arrow tables,
and those tables checked by pandera, article by article where a failure names one.

One file never stops the build: everything about one article (decode to rows, and its pandera check) runs
under an isolation boundary. An unexpected exception rejects that file as ``internal_error`` (exception, message,
step); rows that fail the contract reject their article as ``invalid_row`` (table, check, column, value) and
leave the chunk's tables, whose remainder is validated again. Only a failure that names no article (the table
as a whole) is a chunk failure, which stops the release. Both rejections travel as ordinary ArticleEntry errors,
so the main process reports and counts them like any other, and neither is ever cached.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from haucan.cache.stores import SegmentCache
from haucan.errors import ConfigError, SeedError
from haucan.evaluate import span_tags
from haucan.per_article import INVALID_ROW, PROVISIONAL_REASONS, StageError, StageSettings, internal_error
from haucan.process import ArticleResult, article_rows, process
from haucan.records import AnnotatedArticle, Article, RawArticle, SourceFile
from haucan.results import ArticleEntry
from haucan.tables import to_arrow
from haucan.validate import describe_failures, failures_by_article, validate_tables
from schema import CONFIGS
from schema.failure import Failure


def _entry(source: SourceFile, result: ArticleResult) -> ArticleEntry:
    """What the main process needs of one article's result (never its text)."""
    if result.error is not None:
        return ArticleEntry(source, result.error)
    if result.gold_error is not None:
        return ArticleEntry(source, None, gold_error=result.gold_error)
    gold, facts = result.gold, result.facts
    return ArticleEntry(
        source=result.raw.source, error=None, repairs=tuple(result.raw.repairs), split=result.annotated.article.split,
        observations=result.annotated.observations, affiliations=result.affiliations, orgs=result.orgs,
        stats=result.stats,
        scored=(tuple(result.auto), tuple(gold), tuple(result.baseline)) if gold is not None else None,
        scored_tags=(span_tags(result.annotated.sentences, gold), span_tags(result.annotated.sentences, result.auto))
        if gold is not None else None,
        facts_scored=(facts.auto, facts.gold) if facts.gold is not None else None)


def build_tables(annotated: list[AnnotatedArticle]) -> dict[str, pa.Table]:
    """The per-article configs' tables for a list of articles (rows in the articles' order)."""
    return to_tables([article_rows(a) for a in annotated])


def to_tables(rows: list[dict[str, list[dict]]]) -> dict[str, pa.Table]:
    return {spec.name: to_arrow(spec, [row for article in rows for row in article[spec.name]])
            for spec in CONFIGS if spec.per_article}


def isolated_article(settings: StageSettings, source: SourceFile, data: bytes,
                     segments: SegmentCache | None = None,
                     prepared: tuple[RawArticle, Article] | None = None) -> tuple[ArticleEntry, dict | None, bool]:
    """(entry, rows by config or None when rejected, whether the result may be cached) for one readable source;
    ``segments``: the store of underthesea's output (haucan/process.py).

    The isolation boundary: any exception while processing the article (haucan/process.py) rejects the file as
    ``internal_error`` (only a ConfigError, which is the whole build's, gets through). Rejections of content
    (undecodable, no prose) are results like any other and are cached too; a date nulled for being after the
    build day is not (a later build day may publish it). ``prepared``: the dedup pass's decode, clean and layout
    of these bytes (haucan/prepared.py)."""
    try:
        result = process(source, data, settings, segments, prepared)
        entry = _entry(source, result)
    except StageError as failure:
        return ArticleEntry(source, internal_error(source, failure.error, failure.stage)), None, False
    except ConfigError:
        raise
    except Exception as error:  # noqa: BLE001 - outside any named step, still this article's failure
        return ArticleEntry(source, internal_error(source, error, "article")), None, False
    return entry, result.rows, result.final


def provisional(entry: ArticleEntry) -> bool:
    """A rejection at the isolation boundary (never cached, see PROVISIONAL_REASONS)."""
    return entry.error is not None and entry.error.reason in PROVISIONAL_REASONS


def build_new_tables(entries: list[ArticleEntry], new_rows: list[tuple[int, dict]]) -> dict[str, pa.Table]:
    """The new articles' tables. Should one article's rows not convert to Arrow, each article is converted
    alone to find which: those are rejected (``internal_error``, stage tables) and the rest are the tables."""
    try:
        return to_tables([rows for _, rows in new_rows])
    except ConfigError:
        raise
    except Exception:  # noqa: BLE001 - find the article(s) at fault
        pass
    kept = []
    for position, rows in new_rows:
        try:
            to_tables([rows])
        except ConfigError:
            raise
        except Exception as error:  # noqa: BLE001 - this article's rows are the ones Arrow cannot hold
            source = entries[position].source
            entries[position] = ArticleEntry(source, internal_error(source, error, "tables"))
            continue
        kept.append((position, rows))
    new_rows[:] = kept
    return to_tables([rows for _, rows in new_rows])


@dataclass
class NewRows:
    """One chunk's new articles before validation: its entries (an article failing the contract has its entry
    replaced), the new articles' rows as (position in ``entries``, rows by config), their tables, and the
    failures the validation gives this chunk."""

    entries: list[ArticleEntry]
    rows: list[tuple[int, dict]]
    tables: dict[str, pa.Table]
    failures: list[Failure] = field(default_factory=list)


def validate_new_rows(entries: list[ArticleEntry], new_rows: list[tuple[int, dict]],
                      new_tables: dict[str, pa.Table]) -> tuple[dict[str, pa.Table], list[Failure]]:
    """(the new tables without the rows of any article that fails the contract, the chunk's failures): one
    chunk through ``validate_together``."""
    batch = NewRows(entries, new_rows, new_tables)
    validate_together([batch])
    return batch.tables, batch.failures


def _validate(batches: list[NewRows]) -> list[Failure]:
    """pandera over the batches' tables put end to end (zero-copy): one call, whatever the number of chunks."""
    if len(batches) == 1:
        return validate_tables(batches[0].tables)
    return validate_tables({name: pa.concat_tables([b.tables[name] for b in batches]) for name in batches[0].tables})


def validate_together(batches: list[NewRows]) -> None:
    """Validate the new rows of several chunks in one pandera call per table, as if they were one chunk.

    An article whose rows fail is rejected (``invalid_row``, its entry replaced, its rows dropped and its
    chunk's tables rebuilt); the rest is validated again. What still fails, or fails without naming one new
    article, is a chunk's failure (the chunk holding the article it names, else the first with new rows):
    those stop the release."""
    live = [batch for batch in batches if batch.rows]
    if not live:
        return
    failures = _validate(live)
    if not failures:
        return
    by_article, _ = failures_by_article(failures)
    holders: dict[str, list[tuple[NewRows, int]]] = {}
    for batch in live:
        for position, _rows in batch.rows:
            holders.setdefault(batch.entries[position].source.article_id, []).append((batch, position))
    # Only an id held by exactly one new article is that article's (two files with one id fail together).
    guilty = {article_id for article_id in by_article if len(holders.get(article_id, ())) == 1}
    if guilty:
        for article_id in sorted(guilty):
            batch, position = holders[article_id][0]
            source, found = batch.entries[position].source, by_article[article_id]
            batch.entries[position] = ArticleEntry(source, SeedError(
                source.relative_path, INVALID_ROW, describe_failures(found), field=found[0].column))
        for batch in {id(holders[a][0][0]): holders[a][0][0] for a in guilty}.values():
            batch.rows[:] = [(p, rows) for p, rows in batch.rows if batch.entries[p].source.article_id not in guilty]
            batch.tables = to_tables([rows for _, rows in batch.rows])
        live = [batch for batch in live if batch.rows]
        failures = _validate(live) if live else []
    for failure in failures:
        owner = holders.get(failure.article_id, [(live[0] if live else batches[0], 0)])[0][0]
        owner.failures.append(failure)
