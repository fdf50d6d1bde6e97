"""The ``person_observations`` config: what one article says about one person, with the sentence that says it."""

from __future__ import annotations

import datasets
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schema.base import WithProvenance, article_id_field, extractor_field, source_field
from schema.checks import (
    BuildValues,
    caption_idx_iff_caption,
    field_string_lookup,
    plausible_date,
)
from schema.vocab import event_roles, rank_table

NAME = "person_observations"
SORT_KEYS = ("article_id", "obs_id")
DESCRIPTION = "One row per person per article: rank, offices with their organisation, party roles, role at the event, evidence."
CHECK_COLUMNS = {
    "evidence_caption_iff_caption": ("evidence_field", "evidence_caption_idx"),
    "evidence_end_after_start": ("evidence_start", "evidence_end"),
    "event_iff_role": ("event_id", "event_role"),
    "extractor_iff_auto": ("source", "extractor"),
    "basis_iff_date": ("observed_on", "observed_on_basis"),
    "evidence_inside_text_and_names_person": ("evidence_start", "evidence_end", "name"),
}

FEATURES = datasets.Features({
    "obs_id": datasets.Value("string"),
    "person_id": datasets.Value("string"),
    "article_id": datasets.Value("string"),
    "name": datasets.Value("string"),
    "observed_on": datasets.Value("date32"),
    "observed_on_basis": datasets.Value("string"),
    "rank": datasets.Value("string"),
    "positions": datasets.List({"title": datasets.Value("string"), "normalized_title": datasets.Value("string"),
                                "org_id": datasets.Value("string")}),
    "party_roles": datasets.List(datasets.Value("string")),
    "event_id": datasets.Value("string"),
    "event_role": datasets.Value("string"),
    "evidence_field": datasets.Value("string"),
    "evidence_caption_idx": datasets.Value("int32"),
    "evidence_start": datasets.Value("int32"),
    "evidence_end": datasets.Value("int32"),
    "source": datasets.Value("string"),
    "extractor": datasets.Value("string"),
})


class PersonObservationsSchema(WithProvenance):
    """Data contract of ``person_observations``; evidence and keys are checked across tables by haucan.crosscheck."""

    obs_id: Series[str] = pa.Field(unique=True, description="article_id:person_id.")
    person_id: Series[str] = pa.Field(str_matches=r"^per-[0-9a-f]{12}$", description="The person (persons.person_id).")
    article_id: Series[str] = article_id_field("The article.")
    name: Series[str] = pa.Field(str_length={"min_value": 1}, description="The name as written in this article.")
    observed_on: Series[object] = pa.Field(nullable=True, description="Date the observation holds for.")
    observed_on_basis: Series[str] = pa.Field(nullable=True, isin=["event_date", "published_date"],
                                              description="Where observed_on comes from: the event's or the page's date.")
    rank: Series[str] = pa.Field(nullable=True, isin=[r["rank"] for r in rank_table()],
                                 description="Rank in its canonical Vietnamese spelling ('Thiếu tướng'), whatever its case in the text.")
    positions: Series[object] = pa.Field(description="Offices: title as written, canonical title, org_id.")
    party_roles: Series[object] = pa.Field(description="Party offices as written ('Bí thư Đảng ủy').")
    event_id: Series[str] = pa.Field(nullable=True, description="The event the role is at (events.event_id).")
    event_role: Series[str] = pa.Field(nullable=True, isin=list(event_roles()),
                                       description="Strongest role at the event: " + " > ".join(event_roles()) + ".")
    evidence_field: Series[str] = pa.Field(isin=["text", "caption"], description="Where the evidence sentence is.")
    evidence_caption_idx: Series[pd.Int32Dtype] = pa.Field(nullable=True, ge=0, description="Caption index for 'caption'.")
    evidence_start: Series[pd.Int32Dtype] = pa.Field(ge=0, description="Start of the sentence that says it (offset in the field).")
    evidence_end: Series[pd.Int32Dtype] = pa.Field(ge=1, description="End (exclusive) of that sentence.")
    source: Series[str] = source_field("'gold' (hand-annotated facts) or 'auto'.")
    extractor: Series[str] = extractor_field("name@version for 'auto'.")

    class Config:
        name = NAME

    @pa.dataframe_check(name="evidence_caption_iff_caption")
    def _caption(cls, df: pd.DataFrame) -> pd.Series:
        return caption_idx_iff_caption(df, "evidence_field", "evidence_caption_idx")

    @pa.dataframe_check(name="evidence_end_after_start")
    def _order(cls, df: pd.DataFrame) -> pd.Series:
        return (df["evidence_end"] > df["evidence_start"]).astype(bool)

    @pa.dataframe_check(name="event_iff_role")
    def _event(cls, df: pd.DataFrame) -> pd.Series:
        return (df["event_id"].isna() == df["event_role"].isna()).astype(bool)

    @pa.dataframe_check(name="basis_iff_date")
    def _basis(cls, df: pd.DataFrame) -> pd.Series:
        return (df["observed_on"].isna() == df["observed_on_basis"].isna()).astype(bool)


def build_checks(values: BuildValues) -> dict[str, list[pa.Check]]:
    """Column checks on values only the build knows: the observation date is plausible."""
    return {"observed_on": [plausible_date(values)]}


def cross_table_checks(articles: pd.DataFrame) -> list[pa.Check]:
    """The evidence lies inside the article's text (or caption) and contains the person's name."""
    source_string = field_string_lookup(articles)

    def evidence_names_person(df: pd.DataFrame) -> pd.Series:
        ok = []
        for article_id, name, field, caption_idx, start, end in zip(
                df["article_id"], df["name"], df["evidence_field"], df["evidence_caption_idx"], df["evidence_start"],
                df["evidence_end"], strict=True):
            string = source_string(article_id, field, caption_idx)
            ok.append(string is not None and 0 <= int(start) < int(end) <= len(string)
                      and name in string[int(start):int(end)])
        return pd.Series(ok, index=df.index)

    return [pa.Check(evidence_names_person, name="evidence_inside_text_and_names_person")]
