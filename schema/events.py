"""The ``events`` config: one row per conference an article reports."""

from __future__ import annotations

import datasets
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schema.base import WithProvenance, article_id_field, extractor_field, source_field
from schema.checks import BuildValues, dates_ordered, plausible_date
from schema.vocab import event_types

NAME = "events"
SORT_KEYS = ("event_id",)
DESCRIPTION = "One row per reported conference: type, name, date, place, organiser, chair, participants, periods."
CHECK_COLUMNS = {
    "period_bounds_ordered": ("period_reviewed_start", "period_reviewed_end", "period_planned_start", "period_planned_end"),
    "chair_among_participants": ("chair_person_id", "participants"),
    "extractor_iff_auto": ("source", "extractor"),
}

FEATURES = datasets.Features({
    "event_id": datasets.Value("string"),
    "article_id": datasets.Value("string"),
    "event_type": datasets.Value("string"),
    "name": datasets.Value("string"),
    "event_date": datasets.Value("date32"),
    "event_date_precision": datasets.Value("string"),
    "location": datasets.Value("string"),
    "organizer_org_id": datasets.Value("string"),
    "chair_person_id": datasets.Value("string"),
    "participants": datasets.List({"person_id": datasets.Value("string"), "role": datasets.Value("string")}),
    "period_reviewed": datasets.Value("string"),
    "period_reviewed_start": datasets.Value("date32"),
    "period_reviewed_end": datasets.Value("date32"),
    "period_planned": datasets.Value("string"),
    "period_planned_start": datasets.Value("date32"),
    "period_planned_end": datasets.Value("date32"),
    "evidence_start": datasets.Value("int32"),
    "evidence_end": datasets.Value("int32"),
    "source": datasets.Value("string"),
    "extractor": datasets.Value("string"),
})


def build_checks(values: BuildValues) -> dict[str, list[pa.Check]]:
    """Column checks on values only the build knows: the event date is plausible."""
    return {"event_date": [plausible_date(values)]}


class EventsSchema(WithProvenance):
    """Data contract of ``events``."""

    event_id: Series[str] = pa.Field(unique=True, str_matches=r"^[0-9a-f]{16}:event$", description="article_id:event.")
    article_id: Series[str] = article_id_field("The article reporting it.")
    event_type: Series[str] = pa.Field(isin=list(event_types()), description="Closed vocabulary (see the card).")
    name: Series[str] = pa.Field(nullable=True, description="The conference's name as written; null for an untyped 'hội nghị'.")
    event_date: Series[object] = pa.Field(nullable=True, description="Day of the event when the text states it.")
    event_date_precision: Series[str] = pa.Field(nullable=True, isin=["day"], description="Precision of event_date.")
    location: Series[str] = pa.Field(nullable=True, description="Place as written ('tại Hà Nội').")
    organizer_org_id: Series[str] = pa.Field(nullable=True, description="The organisation that holds it (organizations.org_id).")
    chair_person_id: Series[str] = pa.Field(nullable=True, description="Who chairs it (persons.person_id); among participants.")
    participants: Series[object] = pa.Field(description="Persons with a role at the event (person_id, role).")
    period_reviewed: Series[str] = pa.Field(nullable=True, description="The period reviewed, as written.")
    period_reviewed_start: Series[object] = pa.Field(nullable=True, description="Its first day, when derivable.")
    period_reviewed_end: Series[object] = pa.Field(nullable=True, description="Its last day, when derivable.")
    period_planned: Series[str] = pa.Field(nullable=True, description="The period planned for, as written.")
    period_planned_start: Series[object] = pa.Field(nullable=True, description="Its first day, when derivable.")
    period_planned_end: Series[object] = pa.Field(nullable=True, description="Its last day, when derivable.")
    evidence_start: Series[pd.Int32Dtype] = pa.Field(ge=0, description="Start of the evidence (the lead) in articles.text.")
    evidence_end: Series[pd.Int32Dtype] = pa.Field(ge=1, description="End (exclusive) of the evidence.")
    source: Series[str] = source_field("'gold' or 'auto'.")
    extractor: Series[str] = extractor_field("name@version for 'auto'.")

    class Config:
        name = NAME

    @pa.dataframe_check(name="period_bounds_ordered")
    def _periods(cls, df: pd.DataFrame) -> pd.Series:
        return (dates_ordered(df, "period_reviewed_start", "period_reviewed_end")
                & dates_ordered(df, "period_planned_start", "period_planned_end"))

    @pa.dataframe_check(name="chair_among_participants")
    def _chair(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series([chair is None or pd.isna(chair) or any(p["person_id"] == chair for p in participants)
                          for chair, participants in zip(df["chair_person_id"], df["participants"], strict=True)],
                         index=df.index)
