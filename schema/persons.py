"""The ``persons`` config: one row per person identity (see the identity policy in the card)."""

from __future__ import annotations

import pandas as pd
from pandera.typing import Series

from schema import columns
from schema.base import ContractModel, dates_ordered_check, published


class PersonsSchema(ContractModel):
    """Data contract of ``persons``."""

    person_id: Series[str] = columns.person_id(
        "One id per person across articles: the id (hash of name and affiliation) of the first key the person "
        "was seen under (see the identity policy in the card).", unique=True)
    name: Series[str] = columns.nonempty_string("Name as written (most frequent form).")
    name_variants: Series[object] = columns.strings(description="Other spellings seen for this person.")
    affiliation_org_id: Series[str] = columns.optional_string(
        "Top unit of the person's offices after mergers, as last observed (else the unit their identity "
        "is known by); null if none.")
    first_observed: Series[object] = columns.date("Earliest dated observation.")
    last_observed: Series[object] = columns.date("Latest dated observation.")
    n_articles: Series[pd.Int32Dtype] = columns.int32(ge=1, description="Articles that observe the person.")
    rank_flag: Series[str] = columns.optional_string(
        "Set when the person's rank goes down over time (a data or identity error to review).")

    Config = published("persons",
                       "One row per person: name, variants, affiliation used for identity, first/last observed, articles.",
                       ("person_id",))

    _order = dates_ordered_check("first_before_last", ("first_observed", "last_observed"))
