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

import pyarrow as pa

from haucan.cache.stores import SegmentCache
from haucan.errors import ConfigError, SeedError
from haucan.evaluate import span_tags
from haucan.per_article import INVALID_ROW, PROVISIONAL_REASONS, StageError, StageSettings, internal_error
from haucan.process import ArticleResult, article_rows, process
from haucan.records import AnnotatedArticle, SourceFile
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
                     segments: SegmentCache | None = None) -> tuple[ArticleEntry, dict | None, bool]:
    """(entry, rows by config or None when rejected, whether the result may be cached) for one readable source;
    ``segments``: the store of underthesea's output (haucan/process.py).

    The isolation boundary: any exception while processing the article (haucan/process.py) rejects the file as
    ``internal_error`` (only a ConfigError, which is the whole build's, gets through). Rejections of content
    (undecodable, no prose) are results like any other and are cached too; a date nulled for being after the
    build day is not (a later build day may publish it)."""
    try:
        result = process(source, data, settings, segments)
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


def validate_new_rows(entries: list[ArticleEntry], new_rows: list[tuple[int, dict]],
                      new_tables: dict[str, pa.Table]) -> tuple[dict[str, pa.Table], list[Failure]]:
    """(the new tables without the rows of any article that fails the contract, the chunk's failures).

    An article whose rows fail is rejected (``invalid_row``, its entry replaced, its rows dropped); the rest is
    validated again. What still fails, or fails without naming one new article of this chunk, is the chunk's:
    those failures stop the release."""
    if not new_rows:
        return new_tables, []
    failures = validate_tables(new_tables)
    if not failures:
        return new_tables, []
    by_article, _ = failures_by_article(failures)
    positions: dict[str, list[int]] = {}
    for position, _rows in new_rows:
        positions.setdefault(entries[position].source.article_id, []).append(position)
    # Only an id held by exactly one new article is that article's (two files with one id fail together).
    guilty = {article_id for article_id in by_article if len(positions.get(article_id, ())) == 1}
    if not guilty:
        return new_tables, failures
    for article_id in sorted(guilty):
        position = positions[article_id][0]
        source = entries[position].source
        found = by_article[article_id]
        entries[position] = ArticleEntry(source, SeedError(
            source.relative_path, INVALID_ROW, describe_failures(found), field=found[0].column))
    new_rows[:] = [(p, rows) for p, rows in new_rows if entries[p].source.article_id not in guilty]
    new_tables = to_tables([rows for _, rows in new_rows])
    return new_tables, validate_tables(new_tables) if new_rows else []

