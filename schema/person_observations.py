"""The ``person_observations`` config: what one article says about one person, with the sentence that says it."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schema import columns
from schema.base import (
    WithProvenance,
    caption_idx_check,
    check_columns,
    end_after_start_check,
    null_together_check,
    published,
)
from schema.checks import BuildValues, field_string_lookup, plausible_date, values
from schema.vocab import event_roles, rank_table


class PersonObservationsSchema(WithProvenance):
    """Data contract of ``person_observations``; evidence and keys are checked across tables by haucan.crosscheck."""

    obs_id: Series[str] = columns.string(unique=True, description="article_id:person_id.")
    person_id: Series[str] = columns.person_id("The person (persons.person_id), the same in every article that observes them.")
    article_id: Series[str] = columns.article_id("The article.")
    name: Series[str] = columns.nonempty_string("The name as written in this article.")
    observed_on: Series[object] = columns.date("Date the observation holds for.")
    observed_on_basis: Series[str] = columns.string(nullable=True, isin=["event_date", "published_date"],
                                            description="Where observed_on comes from: the event's or the page's date.")
    rank: Series[str] = columns.string(nullable=True, isin=[r["rank"] for r in rank_table()],
                               description="Rank in its canonical Vietnamese spelling ('Thiếu tướng'), whatever its case in the text.")
    academic_titles: Series[object] = columns.strings(
        description="Academic and professional titles in canonical abbreviation (GS, PGS, TS, ThS, BS, KS, CN), "
                    "in the order written ('Thiếu tướng, PGS, TS' -> ['PGS', 'TS']); never part of the name.")
    positions: Series[object] = columns.of(
        columns.List({"title": columns.Value("string"), "normalized_title": columns.Value("string"),
                       "org_id": columns.Value("string"), "former": columns.Value("bool")}),
        description="Offices: title as written up to its own unit (old-style tone marks in the new style: 'Ủy'; a bare "
                    "title that shares the next office's organisation carries its name: 'Phó chủ nhiệm TCHC'; comma-joined "
                    "parent units are left to org_id: 'Cục trưởng Cục Doanh trại, Tổng cục Hậu cần' -> 'Cục trưởng Cục "
                    "Doanh trại'), canonical title, org_id (the organisation as it existed on "
                    "observed_on), former (true when the text says 'nguyên …': an office held before).")
    party_roles: Series[object] = columns.strings(
        description="Party roles COMPLETED with the body they belong to, so that a role can be queried by body: a "
                    "committee written without its body takes the body of the same chain's office, spelled out "
                    "('Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh' in a Thanh Hóa article -> 'Bí thư Đảng ủy Bộ Chỉ huy "
                    "Quân sự tỉnh Thanh Hóa'; a curated unit by its registry name; a lone abbreviation such as 'BĐBP' "
                    "as written); a bare 'Tỉnh ủy'/'Huyện ủy' takes the article's province/district, else the "
                    "provincial outlet's ('Bí thư Tỉnh ủy Tây Ninh'). A role written whole stays as written ('Ủy' in "
                    "the new style). The as-written wording is in the evidence sentence (evidence_start/end).")
    event_id: Series[str] = columns.optional_string("The event the role is at (events.event_id).")
    event_role: Series[str] = columns.string(nullable=True, isin=list(event_roles()),
                                     description="Strongest role at the event: " + " > ".join(event_roles()) + ".")
    evidence_field: Series[str] = columns.field("Where the evidence sentence is.")
    evidence_caption_idx: Series[pd.Int32Dtype] = columns.caption_idx("Caption index for 'caption'.")
    evidence_start: Series[pd.Int32Dtype] = columns.index("Start of the sentence that says it (offset in the field).")
    evidence_end: Series[pd.Int32Dtype] = columns.end("End (exclusive) of that sentence.")
    source: Series[str] = columns.source("'gold' (hand-annotated facts) or 'auto'.")
    extractor: Series[str] = columns.extractor("name@version for 'auto'.")

    Config = published("person_observations",
                       "One row per person per article: rank, offices with their organisation, party roles, role at the event, evidence.",
                       ("article_id", "obs_id"))

    _caption = caption_idx_check("evidence_caption_iff_caption", "evidence_field", "evidence_caption_idx")
    _order = end_after_start_check("evidence_end_after_start", "evidence_start", "evidence_end")
    _event = null_together_check("event_iff_role", ("event_id", "event_role"))
    _basis = null_together_check("basis_iff_date", ("observed_on", "observed_on_basis"))


def build_checks(values: BuildValues) -> dict[str, list[pa.Check]]:
    """Column checks on values only the build knows: the observation date is plausible."""
    return {"observed_on": [plausible_date(values)]}


def cross_table_checks(articles: pd.DataFrame) -> list[pa.Check]:
    """The evidence lies inside the article's text (or caption) and contains the person's name."""
    source_string = field_string_lookup(articles)

    def evidence_names_person(df: pd.DataFrame) -> pd.Series:
        ok = []
        for article_id, name, field, caption_idx, start, end in zip(
                values(df["article_id"]), values(df["name"]), values(df["evidence_field"]), df["evidence_caption_idx"],
                df["evidence_start"],
                df["evidence_end"], strict=True):
            string = source_string(article_id, field, caption_idx)
            ok.append(string is not None and 0 <= int(start) < int(end) <= len(string)
                      and name in string[int(start):int(end)])
        return pd.Series(ok, index=df.index)

    return [pa.Check(evidence_names_person, name="evidence_inside_text_and_names_person")]


CHECK_COLUMNS = check_columns(
    PersonObservationsSchema, evidence_inside_text_and_names_person=("evidence_start", "evidence_end", "name")
)
