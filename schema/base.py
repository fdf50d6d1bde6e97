"""What every config's pandera model shares: the ``Config`` and the fields and check of provenance.

The fields are made by functions, not inherited: pandera puts inherited columns first, and each model's columns
must keep the published order (``ordered``); each model also keeps its own descriptions, which the card prints.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from schema import checks

ARTICLE_ID = r"^[0-9a-f]{16}$"
EXTRACTOR = r"^[a-z_]+@\d+\.\d+\.\d+$"
SOURCES = ("gold", "auto")


class ContractModel(pa.DataFrameModel):
    """Base of every config's model: exactly the published columns, in their order, each of its declared type
    (nothing is coerced: a wrong type is a failure). A model's own ``Config`` adds its name and unique keys."""

    class Config:
        strict = True
        coerce = False
        ordered = True


class WithProvenance(ContractModel):
    """A model of rows that are gold (hand-annotated) or auto (extracted): ``extractor`` names the extractor
    exactly for 'auto' rows."""

    # Named by the method, not by ``name=``: pandera (0.35) pops ``name`` from an inherited check's shared
    # metadata when the first subclass builds its schema, and the next subclass would get the method's name.
    @pa.dataframe_check
    def extractor_iff_auto(cls, df: pd.DataFrame) -> pd.Series:
        return checks.extractor_iff_auto(df)


def article_id_field(description: str, **kwargs) -> object:
    """The ``article_id`` column: the article's 16 hex digits."""
    return pa.Field(str_matches=ARTICLE_ID, description=description, **kwargs)


def source_field(description: str) -> object:
    """The ``source`` column: 'gold' or 'auto'."""
    return pa.Field(isin=list(SOURCES), description=description)


def extractor_field(description: str) -> object:
    """The ``extractor`` column: name@version of the extractor for 'auto' rows, null for gold."""
    return pa.Field(nullable=True, str_matches=EXTRACTOR, description=description)
