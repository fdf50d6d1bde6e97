"""The ``organizations`` config: curated organisations and those read off the text, with hierarchy and validity."""

from __future__ import annotations

from pandera.typing import Series

from schema import columns
from schema.base import ContractModel, dates_ordered_check, published
from schema.vocab import load_vocab


class OrganizationsSchema(ContractModel):
    """Data contract of ``organizations``; foreign keys are checked by haucan.crosscheck."""

    org_id: Series[str] = columns.string(unique=True, str_matches=r"^[a-z0-9.-]+$",
                                 description="Stable id: curated slug, or slug of the name '.' parent id.")
    name: Series[str] = columns.nonempty_string("Name; a unit's sub-organisation as 'Head (Parent)'.")
    abbreviations: Series[object] = columns.strings(description="Abbreviations used for it (curated).")
    org_type: Series[str] = columns.string(isin=[e["org_type"] for e in load_vocab("org_types")],
                                   description="Closed vocabulary (see the card).")
    parent_org_id: Series[str] = columns.optional_string("The organisation it belongs to.")
    valid_from: Series[object] = columns.date("First day it existed (curated; null if unknown).")
    valid_to: Series[object] = columns.date("Last day it existed (curated; null if it exists).")
    successor_org_ids: Series[object] = columns.strings(description="What it became (mergers, renamings).")
    origin: Series[str] = columns.string(isin=["curated", "text"],
                                 description="'curated' (data file) or 'text' (read off mentions).")
    sources: Series[object] = columns.strings(description="For curated facts: where each comes from.")

    Config = published("organizations",
                       "One row per organisation: type, parent, validity, successors (curated facts with their sources).",
                       ("org_id",))

    _validity = dates_ordered_check("valid_from_before_valid_to", ("valid_from", "valid_to"))
