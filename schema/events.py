"""The ``events`` config: one row per event an article reports (conference, ceremony, congress, visit …)."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schema import columns
from schema.base import WithProvenance, dates_ordered_check, published, row_check
from schema.checks import BuildValues, plausible_date, values
from schema.vocab import event_types


def build_checks(values: BuildValues) -> dict[str, list[pa.Check]]:
    """Column checks on values only the build knows: the event date is plausible."""
    return {"event_date": [plausible_date(values)]}


class EventsSchema(WithProvenance):
    """Data contract of ``events``."""

    event_id: Series[str] = columns.string(
        unique=True, str_matches=r"^[0-9a-f]{16}:event(?:-[2-9]|-[1-9]\d+)?$",
        description="article_id:event for the article's main event, article_id:event-2, -3 … for further ones.")
    article_id: Series[str] = columns.article_id("The article reporting it.")
    event_type: Series[str] = columns.string(isin=list(event_types()), description="Closed vocabulary (see the card).")
    name: Series[str] = columns.optional_string(
        "The event's name as written ('Lễ kỷ niệm 75 năm …'); null for a bare 'hội nghị', a visit or an inspection.")
    event_date: Series[object] = columns.date("Day of the event when the text states it.")
    event_date_precision: Series[str] = columns.string(
        nullable=True, isin=["day"], description="Precision of event_date.")
    event_date_basis: Series[str] = columns.string(
        nullable=True, isin=["stated", "day_month+published_year", "day_month+context_year"],
        description="Where event_date's year comes from: written with the date, the publication date's year, or "
                    "the year the event's paragraph (else the article) writes; null for gold rows and without a date.")
    location: Series[str] = columns.optional_string("Place as written ('tại Hà Nội').")
    organizer_org_id: Series[str] = columns.optional_string(
        "The organisation that holds it (organizations.org_id).")
    chair_person_id: Series[str] = columns.optional_string(
        "Who chairs it (persons.person_id): the first chair named ('chủ trì'; 'làm trưởng đoàn' for a delegation), a "
        "sole chair before co-chairs; every chair, co-chairs ('đồng chủ trì') included, is a participant with role "
        "'chairs'.")
    participants: Series[object] = columns.of(
        columns.List({"person_id": columns.Value("string"), "role": columns.Value("string")}),
        description="Persons with a role at the event (person_id, role).")
    period_reviewed: Series[str] = columns.optional_string("The period reviewed, as written.")
    period_reviewed_start: Series[object] = columns.date("Its first day, when derivable.")
    period_reviewed_end: Series[object] = columns.date("Its last day, when derivable.")
    period_planned: Series[str] = columns.optional_string("The period planned for, as written.")
    period_planned_start: Series[object] = columns.date("Its first day, when derivable.")
    period_planned_end: Series[object] = columns.date("Its last day, when derivable.")
    evidence_start: Series[pd.Int32Dtype] = columns.index(
        "Start of the evidence in articles.text: the sentence reporting the event (the lead for gold rows).")
    evidence_end: Series[pd.Int32Dtype] = columns.end("End (exclusive) of the evidence.")
    source: Series[str] = columns.source("'gold' or 'auto'.")
    extractor: Series[str] = columns.extractor("name@version for 'auto'.")

    Config = published("events",
                       "One row per reported event: type, name, date, place, organiser, chair, participants, periods.",
                       ("event_id",))

    _periods = dates_ordered_check("period_bounds_ordered", ("period_reviewed_start", "period_reviewed_end"),
                                   ("period_planned_start", "period_planned_end"))

    @row_check("chair_among_participants", "chair_person_id", "participants")
    def _chair(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series([chair is None or pd.isna(chair) or any(p["person_id"] == chair for p in participants)
                          for chair, participants in zip(values(df["chair_person_id"]), df["participants"], strict=True)],
                         index=df.index)
