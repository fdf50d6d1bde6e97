"""The ``articles`` config: one row per published article. Arrow/HF features and the pandera model."""

from __future__ import annotations

import hashlib

import datasets
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schema.base import ContractModel
from schema.checks import BuildValues, list_of_nfc_strings, nfc_series, no_pattern, plausible_date
from schema.vocab import split_names

NAME = "articles"
SORT_KEYS = ("article_id",)
DESCRIPTION = "One row per article: clean text, the verbatim scrape, and the metadata the text states."
OUTLET_SOURCES = ("dateline", "domain_footer", "residue_fingerprint")
PUBLISHED_DATE_SOURCES = ("publication_stamp", "date_prefix")
EVENT_DATE_SOURCES = ("lead_date", "lead_day_month+published_year", "lead_day_month+lead_year")
# Frame-level checks and the columns their failures are reported under.
CHECK_COLUMNS = {
    "text_starts_with_lead": ("text", "lead"),
    "n_chars_is_len_text": ("n_chars",),
    "text_sha256_matches_text": ("text_sha256",),
    "date_source_iff_date": ("published_date", "published_date_source", "event_date", "event_date_source"),
    "null_field_has_reason": ("null_reasons",),
}
NULLABLE_FIELDS = ("outlet", "title", "authors", "photo_credits", "published_date", "event_date")

FEATURES = datasets.Features(
    {
        "article_id": datasets.Value("string"),
        "source_file": datasets.Value("string"),
        "url": datasets.Value("string"),
        "outlet": datasets.Value("string"),
        "outlet_domain": datasets.Value("string"),
        "outlet_source": datasets.Value("string"),
        "title": datasets.Value("string"),
        "lead": datasets.Value("string"),
        "text": datasets.Value("string"),
        "raw_text": datasets.Value("string"),
        "captions": datasets.List(datasets.Value("string")),
        "authors": datasets.List(datasets.Value("string")),
        "photo_credits": datasets.List(datasets.Value("string")),
        "published_date": datasets.Value("date32"),
        "published_date_source": datasets.Value("string"),
        "event_date": datasets.Value("date32"),
        "event_date_source": datasets.Value("string"),
        "null_reasons": datasets.List({"field": datasets.Value("string"), "reason": datasets.Value("string")}),
        "n_chars": datasets.Value("int32"),
        "n_syllables": datasets.Value("int32"),
        "text_sha256": datasets.Value("string"),
        "split": datasets.Value("string"),
    }
)


def build_checks(values: BuildValues) -> dict[str, list[pa.Check]]:
    """Column checks on values only the build knows: the outlet is one the build identifies, text and lead
    hold no residue (nor a date prefix, nor a forbidden character), the stated dates are plausible."""
    no_residue = pa.Check(lambda series: no_pattern(series, values.in_text_patterns), name="no_residue")
    return {
        "outlet": [pa.Check.isin(list(values.outlets))],
        "text": [no_residue],
        "lead": [no_residue],
        "published_date": [plausible_date(values)],
        "event_date": [plausible_date(values)],
    }


class ArticlesSchema(ContractModel):
    """Data contract of ``articles``: strict columns, closed vocabularies, NFC text free of residue."""

    article_id: Series[str] = pa.Field(
        unique=True, str_matches=r"^[0-9a-f]{16}$",
        description="Stable id: the scraper's 16-hex-digit id from the file name, else sha256 of the relative path.")
    source_file: Series[str] = pa.Field(
        str_matches=r"^(?!/)(?!.*(?:^|/)\.\.(?:/|$)).+\.txt$",
        description="Path of the input file relative to the input folder (never absolute).")
    url: Series[str] = pa.Field(
        nullable=True, str_matches=r"^https?://\S+$",
        description="Source URL from sources.csv; null when unknown.")
    outlet: Series[str] = pa.Field(
        nullable=True,
        description="Outlet name, identified from the text (dateline, domain footer or outlet-specific residue).")
    outlet_domain: Series[str] = pa.Field(
        nullable=True, str_matches=r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$", description="Outlet's web domain.")
    outlet_source: Series[str] = pa.Field(
        nullable=True, isin=list(OUTLET_SOURCES), description="Which text evidence identified the outlet.")
    title: Series[str] = pa.Field(
        nullable=True, str_length={"min_value": 1},
        description="Headline as printed; null when the scrape has no headline line (see null_reasons).")
    lead: Series[str] = pa.Field(
        str_length={"min_value": 1}, description="First prose paragraph without its dateline; also the start of text.")
    text: Series[str] = pa.Field(
        str_length={"min_value": 1},
        description="Clean text: lead and body paragraphs joined by a blank line; NFC, no residue, no captions.")
    raw_text: Series[str] = pa.Field(
        str_length={"min_value": 1}, description="The decoded input file verbatim (a UTF-8 BOM removed), residue included.")
    captions: Series[object] = pa.Field(description="Photo captions in page order.")
    authors: Series[object] = pa.Field(description="Byline names, as written (often upper case).")
    photo_credits: Series[object] = pa.Field(description="Photographers credited ('Ảnh: X', or 'Tin, ảnh: X').")
    published_date: Series[object] = pa.Field(
        nullable=True, description="Publication date when the page states it; null otherwise.")
    published_date_source: Series[str] = pa.Field(
        nullable=True, isin=list(PUBLISHED_DATE_SOURCES), description="Where published_date was read.")
    event_date: Series[object] = pa.Field(
        nullable=True, description="Day of the reported event, from a lead like 'Sáng 6/7, ...' and a stated year.")
    event_date_source: Series[str] = pa.Field(
        nullable=True, isin=list(EVENT_DATE_SOURCES), description="How event_date's year was established.")
    null_reasons: Series[object] = pa.Field(
        description="For each null metadata field, why: the text does not state it (never guessed).")
    n_chars: Series[pd.Int32Dtype] = pa.Field(ge=1, description="len(text) in Unicode code points.")
    n_syllables: Series[pd.Int32Dtype] = pa.Field(
        ge=1, description="Number of letter/digit runs in text (Vietnamese syllables, numbers split at '/').")
    text_sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="sha256 of text in UTF-8.")
    split: Series[str] = pa.Field(
        isin=list(split_names()), description="Split assigned by hashing article_id (stable when articles are added).")

    class Config:
        name = NAME

    @pa.check("title", "lead", "text", "source_file", "outlet", "url", name="is_nfc")
    def _nfc(cls, series: pd.Series) -> pd.Series:
        return nfc_series(series)

    @pa.check("captions", "authors", "photo_credits", name="list_of_nfc_strings")
    def _lists(cls, series: pd.Series) -> pd.Series:
        return list_of_nfc_strings(series)

    @pa.dataframe_check(name="text_starts_with_lead")
    def _lead_first(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series([t.startswith(lead) for t, lead in zip(df["text"], df["lead"], strict=True)], index=df.index)

    @pa.dataframe_check(name="n_chars_is_len_text")
    def _n_chars(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series([len(t) == n for t, n in zip(df["text"], df["n_chars"], strict=True)], index=df.index)

    @pa.dataframe_check(name="text_sha256_matches_text")
    def _sha(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series([hashlib.sha256(t.encode()).hexdigest() == h for t, h in zip(df["text"], df["text_sha256"], strict=True)],
                         index=df.index)

    @pa.dataframe_check(name="date_source_iff_date")
    def _date_sources(cls, df: pd.DataFrame) -> pd.Series:
        ok = (df["published_date"].isna() == df["published_date_source"].isna()) & (
            df["event_date"].isna() == df["event_date_source"].isna())
        return ok.astype(bool)

    @pa.dataframe_check(name="null_field_has_reason")
    def _null_reasons(cls, df: pd.DataFrame) -> pd.Series:
        def ok(row) -> bool:
            explained = {r["field"] for r in row.null_reasons}
            for field in NULLABLE_FIELDS:
                value = getattr(row, field)
                empty = value is None or (not hasattr(value, "__len__") and pd.isna(value)) or (
                    hasattr(value, "__len__") and not isinstance(value, str) and len(value) == 0)
                if empty != (field in explained):
                    return False
            return True

        return pd.Series([ok(row) for row in df.itertuples(index=False)], index=df.index)
