"""``Failure``: one broken rule of the data contract, as every validator reports it and the build report lists it."""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields


class _NoArticleKey(enum.Enum):
    NO_ARTICLE_KEY = "no article key"


NO_ARTICLE_KEY = _NoArticleKey.NO_ARTICLE_KEY
"""``article_id`` of a failure that a rule outside the per-table models finds (cross-table rules, the order of
batches, gold annotations, the card's metadata): its record has no ``article_id`` key at all, where a failure of
a table's model has one (None when the table as a whole fails)."""


@dataclass(frozen=True, slots=True)
class Failure:
    """Where the contract broke: the table, the row (named by its keys, 'table' for the whole table), the column,
    the check's name, a preview of the value, and the article the row belongs to."""

    table: str
    row: str
    column: str
    check: str
    value: object
    article_id: str | None | _NoArticleKey = NO_ARTICLE_KEY

    def as_record(self) -> dict:
        """The JSON-ready record of the build report, its keys in field order."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if getattr(self, f.name) is not NO_ARTICLE_KEY}
