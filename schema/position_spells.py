"""The ``position_spells`` config: who held which office in which organisation, from when to when it is observed."""

from __future__ import annotations

import pandas as pd
from pandera.typing import Series

from schema import columns
from schema.base import ContractModel, dates_ordered_check, published


class PositionSpellsSchema(ContractModel):
    """Data contract of ``position_spells``."""

    spell_id: Series[str] = columns.string(unique=True, description="person_id|normalized_title|org_id.")
    person_id: Series[str] = columns.person_id("The person.")
    normalized_title: Series[str] = columns.optional_string("Canonical office title.")
    org_id: Series[str] = columns.optional_string("The organisation of the office.")
    first_observed: Series[object] = columns.date("Earliest dated observation of the spell.")
    last_observed: Series[object] = columns.date("Latest dated observation.")
    n_observations: Series[pd.Int32Dtype] = columns.int32(ge=1, description="Observations in the spell.")
    article_ids: Series[object] = columns.strings(description="Articles observing it, sorted.")

    Config = published("position_spells",
                       "One row per (person, canonical office, organisation): first and last observed, observations, articles.",
                       ("person_id", "spell_id"))

    _order = dates_ordered_check("first_before_last", ("first_observed", "last_observed"))
