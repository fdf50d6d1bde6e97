"""The ``organizations`` config: curated organisations and those read off the text, with hierarchy and validity."""

from __future__ import annotations

import datasets
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schema.base import ContractModel
from schema.checks import dates_ordered
from schema.vocab import load_vocab

NAME = "organizations"
SORT_KEYS = ("org_id",)
DESCRIPTION = "One row per organisation: type, parent, validity, successors (curated facts with their sources)."
CHECK_COLUMNS = {"valid_from_before_valid_to": ("valid_from", "valid_to")}

FEATURES = datasets.Features({
    "org_id": datasets.Value("string"),
    "name": datasets.Value("string"),
    "abbreviations": datasets.List(datasets.Value("string")),
    "org_type": datasets.Value("string"),
    "parent_org_id": datasets.Value("string"),
    "valid_from": datasets.Value("date32"),
    "valid_to": datasets.Value("date32"),
    "successor_org_ids": datasets.List(datasets.Value("string")),
    "origin": datasets.Value("string"),
    "sources": datasets.List(datasets.Value("string")),
})


class OrganizationsSchema(ContractModel):
    """Data contract of ``organizations``; foreign keys are checked by haucan.crosscheck."""

    org_id: Series[str] = pa.Field(unique=True, str_matches=r"^[a-z0-9.-]+$",
                                   description="Stable id: curated slug, or slug of the name '.' parent id.")
    name: Series[str] = pa.Field(str_length={"min_value": 1}, description="Name; a unit's sub-organisation as 'Head (Parent)'.")
    abbreviations: Series[object] = pa.Field(description="Abbreviations used for it (curated).")
    org_type: Series[str] = pa.Field(isin=[e["org_type"] for e in load_vocab("org_types")],
                                     description="Closed vocabulary (see the card).")
    parent_org_id: Series[str] = pa.Field(nullable=True, description="The organisation it belongs to.")
    valid_from: Series[object] = pa.Field(nullable=True, description="First day it existed (curated; null if unknown).")
    valid_to: Series[object] = pa.Field(nullable=True, description="Last day it existed (curated; null if it exists).")
    successor_org_ids: Series[object] = pa.Field(description="What it became (mergers, renamings).")
    origin: Series[str] = pa.Field(isin=["curated", "text"], description="'curated' (data file) or 'text' (read off mentions).")
    sources: Series[object] = pa.Field(description="For curated facts: where each comes from.")

    class Config:
        name = NAME

    @pa.dataframe_check(name="valid_from_before_valid_to")
    def _validity(cls, df: pd.DataFrame) -> pd.Series:
        return dates_ordered(df, "valid_from", "valid_to")
