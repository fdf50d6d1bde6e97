"""The ``persons`` config: one row per person identity (see the identity policy in the card)."""

from __future__ import annotations

import datasets
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schema.base import ContractModel
from schema.checks import dates_ordered

NAME = "persons"
SORT_KEYS = ("person_id",)
DESCRIPTION = "One row per person: name, variants, affiliation used for identity, first/last observed, articles."
CHECK_COLUMNS = {"first_before_last": ("first_observed", "last_observed")}

FEATURES = datasets.Features({
    "person_id": datasets.Value("string"),
    "name": datasets.Value("string"),
    "name_variants": datasets.List(datasets.Value("string")),
    "affiliation_org_id": datasets.Value("string"),
    "first_observed": datasets.Value("date32"),
    "last_observed": datasets.Value("date32"),
    "n_articles": datasets.Value("int32"),
    "rank_flag": datasets.Value("string"),
})


class PersonsSchema(ContractModel):
    """Data contract of ``persons``."""

    person_id: Series[str] = pa.Field(unique=True, str_matches=r"^per-[0-9a-f]{12}$",
                                      description="Stable id: hash of the name and the affiliation.")
    name: Series[str] = pa.Field(str_length={"min_value": 1}, description="Name as written (most frequent form).")
    name_variants: Series[object] = pa.Field(description="Other spellings seen for this person.")
    affiliation_org_id: Series[str] = pa.Field(
        nullable=True, description="Top unit of the person's offices after mergers; part of the identity; null if none.")
    first_observed: Series[object] = pa.Field(nullable=True, description="Earliest dated observation.")
    last_observed: Series[object] = pa.Field(nullable=True, description="Latest dated observation.")
    n_articles: Series[pd.Int32Dtype] = pa.Field(ge=1, description="Articles that observe the person.")
    rank_flag: Series[str] = pa.Field(
        nullable=True, description="Set when the person's rank goes down over time (a data or identity error to review).")

    class Config:
        name = NAME

    @pa.dataframe_check(name="first_before_last")
    def _order(cls, df: pd.DataFrame) -> pd.Series:
        return dates_ordered(df, "first_observed", "last_observed")
