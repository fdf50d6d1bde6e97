"""The ``position_spells`` config: who held which office in which organisation, from when to when it is observed."""

from __future__ import annotations

import datasets
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schema.base import ContractModel
from schema.checks import dates_ordered

NAME = "position_spells"
SORT_KEYS = ("person_id", "spell_id")
DESCRIPTION = "One row per (person, canonical office, organisation): first and last observed, observations, articles."
CHECK_COLUMNS = {"first_before_last": ("first_observed", "last_observed")}

FEATURES = datasets.Features({
    "spell_id": datasets.Value("string"),
    "person_id": datasets.Value("string"),
    "normalized_title": datasets.Value("string"),
    "org_id": datasets.Value("string"),
    "first_observed": datasets.Value("date32"),
    "last_observed": datasets.Value("date32"),
    "n_observations": datasets.Value("int32"),
    "article_ids": datasets.List(datasets.Value("string")),
})


class PositionSpellsSchema(ContractModel):
    """Data contract of ``position_spells``."""

    spell_id: Series[str] = pa.Field(unique=True, description="person_id|normalized_title|org_id.")
    person_id: Series[str] = pa.Field(str_matches=r"^per-[0-9a-f]{12}$", description="The person.")
    normalized_title: Series[str] = pa.Field(nullable=True, description="Canonical office title.")
    org_id: Series[str] = pa.Field(nullable=True, description="The organisation of the office.")
    first_observed: Series[object] = pa.Field(nullable=True, description="Earliest dated observation of the spell.")
    last_observed: Series[object] = pa.Field(nullable=True, description="Latest dated observation.")
    n_observations: Series[pd.Int32Dtype] = pa.Field(ge=1, description="Observations in the spell.")
    article_ids: Series[object] = pa.Field(description="Articles observing it, sorted.")

    class Config:
        name = NAME

    @pa.dataframe_check(name="first_before_last")
    def _order(cls, df: pd.DataFrame) -> pd.Series:
        return dates_ordered(df, "first_observed", "last_observed")
