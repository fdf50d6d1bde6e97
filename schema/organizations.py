"""The ``organizations`` config: curated organisations and those read off the text, with hierarchy and validity."""

from __future__ import annotations

from types import MappingProxyType

from pandera.typing import Series

from schema.base import (
    ContractModel,
    column,
    date_field,
    dates_ordered_check,
    features_of,
    nonempty_string_field,
    optional_string_field,
    string,
    strings,
)
from schema.vocab import load_vocab

NAME = "organizations"
SORT_KEYS = ("org_id",)
DESCRIPTION = "One row per organisation: type, parent, validity, successors (curated facts with their sources)."
CHECK_COLUMNS = MappingProxyType({"valid_from_before_valid_to": ("valid_from", "valid_to")})


class OrganizationsSchema(ContractModel):
    """Data contract of ``organizations``; foreign keys are checked by haucan.crosscheck."""

    org_id: Series[str] = column(string(), unique=True, str_matches=r"^[a-z0-9.-]+$",
                                 description="Stable id: curated slug, or slug of the name '.' parent id.")
    name: Series[str] = nonempty_string_field("Name; a unit's sub-organisation as 'Head (Parent)'.")
    abbreviations: Series[object] = column(strings(), description="Abbreviations used for it (curated).")
    org_type: Series[str] = column(string(), isin=[e["org_type"] for e in load_vocab("org_types")],
                                   description="Closed vocabulary (see the card).")
    parent_org_id: Series[str] = optional_string_field("The organisation it belongs to.")
    valid_from: Series[object] = date_field("First day it existed (curated; null if unknown).")
    valid_to: Series[object] = date_field("Last day it existed (curated; null if it exists).")
    successor_org_ids: Series[object] = column(strings(), description="What it became (mergers, renamings).")
    origin: Series[str] = column(string(), isin=["curated", "text"],
                                 description="'curated' (data file) or 'text' (read off mentions).")
    sources: Series[object] = column(strings(), description="For curated facts: where each comes from.")

    class Config:
        name = NAME

    _validity = dates_ordered_check("valid_from_before_valid_to", ("valid_from", "valid_to"))


FEATURES = features_of(OrganizationsSchema)
