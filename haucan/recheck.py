"""The checks rows read back from the cache go through again: those that tie every row to its article's text.

A stored chunk's rows passed the whole pandera contract (haucan/validate.py) before they were stored, under
the same pipeline version (which hashes every schema file, so a changed check means a new, empty store), and
their bytes are checked against the sha256 stored with them (haucan/cache/). What the checksum cannot catch
is a deliberate edit that recomputes it; the edit that matters most, the text, is caught here: ``text_sha256``
against ``text``, ``n_chars`` against its length, the text starting with its lead, and every offset that must
slice the text or a caption (blocks, sentences, mentions, the evidence of person observations), with the
article and sentence keys that tie the tables together (every block, sentence, mention, NER row and
observation belongs to an article, every mention and NER row to a sentence of the chunk).

``failed_checks`` runs these schema checks (schema/articles.py, and the ``cross_table_checks`` of
schema/blocks.py, sentences.py, mentions.py, ner.py, person_observations.py) as plain loops over the Arrow
columns they read, under the schema's names: the same rows pass and fail (tests/test_cache_integrity.py runs
both on the same edits and compares them with ``schema_failed_checks``, which calls the schema's own pandera
checks). The pandera route converted every table, NER token lists included, to pandas and paid pandera's cost
per check: ~0.58 CPU-s per 1,000 stored articles, ~15% of a +1% rebuild at 10k; the loops cost ~0.05.
"""

from __future__ import annotations

import functools
import hashlib

import pandera.pandas as pa
import pyarrow

from haucan.tables import to_frame
from schema import CONFIG_BY_NAME
from schema import blocks as blocks_schema
from schema import mentions as mentions_schema
from schema import ner as ner_schema
from schema import person_observations as observations_schema
from schema import sentences as sentences_schema
from schema.articles import lead_opens_a_paragraph

ARTICLE_CHECKS = ("text_sha256_matches_text", "n_chars_is_len_text", "lead_opens_a_paragraph")
"""The articles model's own checks that tie a row's fields to its text."""


def _columns(table: pyarrow.Table, *names: str) -> list[list]:
    return [table.column(name).to_pylist() for name in names]


def _slice_ok(string: str | None, start: object, end: object, value: object) -> bool:
    return string is not None and start is not None and end is not None and string[start:end] == value


def failed_checks(tables: dict[str, pyarrow.Table]) -> list[str]:
    """``table.check`` for each of these checks that some row of the chunk fails (empty when all hold), in the
    order ``schema_failed_checks`` gives them. A missing value where the check needs one fails it."""
    article_ids, texts, leads, n_chars, digests, captions = _columns(
        tables["articles"], "article_id", "text", "lead", "n_chars", "text_sha256", "captions")
    by_id = dict(zip(article_ids, zip(texts, captions, strict=True), strict=True))

    def string_of(article_id: str, field: str, caption_idx: int | None) -> str | None:
        found = by_id.get(article_id)
        if found is None:
            return None
        if field == "text":
            return found[0]
        listed = found[1] or []
        return listed[caption_idx] if caption_idx is not None and 0 <= caption_idx < len(listed) else None

    failed: list[str] = []
    text_ok = [type(t) is str for t in texts]
    article = {
        "lead_opens_a_paragraph": all(ok and type(lead) is str and lead_opens_a_paragraph(t, lead)
                                     for ok, t, lead in zip(text_ok, texts, leads, strict=True)),
        "n_chars_is_len_text": all(ok and len(t) == n for ok, t, n in zip(text_ok, texts, n_chars, strict=True)),
        "text_sha256_matches_text": all(ok and hashlib.sha256(t.encode()).hexdigest() == h
                                        for ok, t, h in zip(text_ok, texts, digests, strict=True)),
    }
    failed += [f"articles.{check.name}" for check in _article_checks() if not article[check.name]]
    known = set(article_ids)

    ids, starts, ends, block_texts, in_text = _columns(tables["blocks"], "article_id", "text_start", "text_end",
                                                       "text", "in_text")
    if not known.issuperset(ids):
        failed.append("blocks.article_exists")
    if not all(inside is False or (inside is True and (start is None or end is None))
               or (inside is True and a in by_id and by_id[a][0][start:end] == value)
               for a, start, end, value, inside in zip(ids, starts, ends, block_texts, in_text, strict=True)):
        failed.append("blocks.text_slice_equals_block_text")

    sentence_keys = set(zip(*_columns(tables["sentences"], "article_id", "sent_idx"), strict=True))
    ids, fields, caption_idx, starts, ends, surfaces, sent_idx = _columns(
        tables["mentions"], "article_id", "field", "caption_idx", "start", "end", "surface", "sent_idx")
    if not known.issuperset(ids):
        failed.append("mentions.article_exists")
    if not all(_slice_ok(string_of(*key), start, end, value) for key, start, end, value in
               zip(zip(ids, fields, caption_idx, strict=True), starts, ends, surfaces, strict=True)):
        failed.append("mentions.slice_equals_surface")
    if not sentence_keys.issuperset(zip(ids, sent_idx, strict=True)):
        failed.append("mentions.sentence_exists")

    ids, fields, caption_idx, starts, ends, sentence_texts = _columns(
        tables["sentences"], "article_id", "field", "caption_idx", "start", "end", "text")
    if not known.issuperset(ids):
        failed.append("sentences.article_exists")
    if not all(_slice_ok(string_of(*key), start, end, value) for key, start, end, value in
               zip(zip(ids, fields, caption_idx, strict=True), starts, ends, sentence_texts, strict=True)):
        failed.append("sentences.slice_equals_text")

    for name in ("ner_syllable", "ner_word"):
        if not sentence_keys.issuperset(zip(*_columns(tables[name], "article_id", "sent_idx"), strict=True)):
            failed.append(f"{name}.sentence_exists")

    ids, names, fields, caption_idx, starts, ends = _columns(
        tables["person_observations"], "article_id", "name", "evidence_field", "evidence_caption_idx",
        "evidence_start", "evidence_end")
    for article_id, name, field, index, start, end in zip(ids, names, fields, caption_idx, starts, ends, strict=True):
        string = string_of(article_id, field, index)
        if not (string is not None and start is not None and end is not None and 0 <= start < end <= len(string)
                and type(name) is str and name in string[start:end]):
            failed.append("person_observations.evidence_inside_text_and_names_person")
            break
    return failed


@functools.cache
def _article_checks() -> tuple[pa.Check, ...]:
    checks = tuple(c for c in CONFIG_BY_NAME["articles"].model.to_schema().checks if c.name in ARTICLE_CHECKS)
    if {c.name for c in checks} != set(ARTICLE_CHECKS):
        raise RuntimeError(f"schema/articles.py no longer has the checks {ARTICLE_CHECKS} (renamed?)")
    return checks


def schema_failed_checks(tables: dict[str, pyarrow.Table]) -> list[str]:
    """The same checks run by the schema's own pandera checks on pandas frames of the whole chunk (the former
    re-check, and the reference the tests hold ``failed_checks`` to)."""
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
