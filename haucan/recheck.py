"""The checks rows read back from the cache go through again: those that tie every row to its article's text.

A stored chunk's rows passed the whole pandera contract (haucan/validate.py) before they were stored, under
the same pipeline version (which hashes every schema file, so a changed check means a new, empty store), and
their bytes are checked against the sha256 stored with them (haucan/cache/). What the checksum cannot catch
is a deliberate edit that recomputes it; the edit that matters most, the text, is caught here: ``text_sha256``
against ``text``, ``n_chars`` against its length, and every offset that must slice the text (blocks,
sentences, mentions, the evidence of person observations), with the article, sentence and mention keys that
tie the tables together. These are the schema's own checks (schema/), run directly on the chunk's frames:
about a third of the cost of the whole contract, whose fixed cost per call (~0.3 s per chunk) a rebuild
would otherwise pay for every stored chunk it reads.
"""

from __future__ import annotations

import functools

import pandera.pandas as pa
import pyarrow

from haucan.tables import to_frame
from schema import CONFIG_BY_NAME
from schema import blocks as blocks_schema
from schema import mentions as mentions_schema
from schema import ner as ner_schema
from schema import person_observations as observations_schema
from schema import sentences as sentences_schema

ARTICLE_CHECKS = ("text_sha256_matches_text", "n_chars_is_len_text", "lead_opens_a_paragraph")
"""The articles model's own checks that tie a row's fields to its text."""


@functools.cache
def _article_checks() -> tuple[pa.Check, ...]:
    checks = tuple(c for c in CONFIG_BY_NAME["articles"].model.to_schema().checks if c.name in ARTICLE_CHECKS)
    if {c.name for c in checks} != set(ARTICLE_CHECKS):
        raise RuntimeError(f"schema/articles.py no longer has the checks {ARTICLE_CHECKS} (renamed?)")
    return checks


def failed_checks(tables: dict[str, pyarrow.Table]) -> list[str]:
    """``table.check`` for each of these checks that some row of the chunk fails (empty when all hold)."""
    frames = {name: to_frame(table) for name, table in tables.items()}
    articles, sentences = frames["articles"], frames["sentences"]
    checks = [("articles", check) for check in _article_checks()]
    # The cross-table checks haucan/validate.py adds to each per-article config.
    checks += [("blocks", check) for check in blocks_schema.cross_table_checks(articles)]
    checks += [("mentions", check) for check in mentions_schema.cross_table_checks(articles, sentences)]
    checks += [("sentences", check) for check in sentences_schema.cross_table_checks(articles)]
    checks += [(name, check) for name in ("ner_syllable", "ner_word") for check in ner_schema.cross_table_checks(sentences)]
    checks += [("person_observations", check) for check in observations_schema.cross_table_checks(articles)]
    return [f"{name}.{check.name}" for name, check in checks if not bool(check(frames[name]).check_passed)]
