"""The ``persons`` config: one row per person identity (see the identity policy in the card)."""

from __future__ import annotations

from types import MappingProxyType

import pandas as pd
from pandera.typing import Series

from schema.base import (
    ContractModel,
    column,
    date_field,
    dates_ordered_check,
    features_of,
    int32,
    nonempty_string_field,
    optional_string_field,
    person_id_field,
    strings,
)

NAME = "persons"
SORT_KEYS = ("person_id",)
DESCRIPTION = "One row per person: name, variants, affiliation used for identity, first/last observed, articles."
CHECK_COLUMNS = MappingProxyType({"first_before_last": ("first_observed", "last_observed")})


class PersonsSchema(ContractModel):
    """Data contract of ``persons``."""

    person_id: Series[str] = person_id_field("Stable id: hash of the name and the affiliation.", unique=True)
    name: Series[str] = nonempty_string_field("Name as written (most frequent form).")
    name_variants: Series[object] = column(strings(), description="Other spellings seen for this person.")
    affiliation_org_id: Series[str] = optional_string_field(
        "Top unit of the person's offices after mergers; part of the identity; null if none.")
    first_observed: Series[object] = date_field("Earliest dated observation.")
    last_observed: Series[object] = date_field("Latest dated observation.")
    n_articles: Series[pd.Int32Dtype] = column(int32(), ge=1, description="Articles that observe the person.")
    rank_flag: Series[str] = optional_string_field(
        "Set when the person's rank goes down over time (a data or identity error to review).")

    class Config:
        name = NAME

    _order = dates_ordered_check("first_before_last", ("first_observed", "last_observed"))


FEATURES = features_of(PersonsSchema)
