"""The ``articles`` config: one row per published article. Arrow/HF features and the pandera model."""

from __future__ import annotations

import hashlib
import re

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schema import columns
from schema.base import (
    ContractModel,
    nfc_check,
    nfc_lists_check,
    null_together_check,
    published,
    row_check,
)
from schema.checks import BuildValues, no_pattern, plausible_date, values
from schema.vocab import load_vocab, split_names

OUTLET_SOURCES = ("url", "url+attribution", "url+dateline", "host_pattern", "url+masthead", "dateline", "masthead",
                  "attribution", "domain_footer", "footer", "residue_fingerprint")
"""How the outlet was decided: the URL's host (an aggregator's page kept as the original outlet its attribution
line or lead prefix names; an unknown host read by its provincial pattern, ``host_pattern``; a district's or
department's site under a province's domain named by its own masthead, ``url+masthead``), else the text alone
(``footer``: a copyright line). A null outlet with a non-null source says where the unknown ``outlet_domain`` was
read (the URL or a footer)."""
OUTLET_NAME_SHAPE = re.compile(
    r"^(?!Báo (?:cáo|chí|động|công|tin)\b)(?:Cổng|Trang|Báo|Tạp chí|Đài|Truyền hình|Học viện|Trường|Công an|Bộ|Ban|Sở|"
    r"Trung tâm|Viện|Cục|Tổng cục|Binh đoàn|Quân đoàn|Quân khu|Quân chủng|Sư đoàn|Lữ đoàn|Quốc phòng|Biên phòng|"
    r"Hải quân|Cảnh sát|An ninh|Nhà máy|Công ty|Tổng công ty|Xí nghiệp|Cơ khí|Tập đoàn|Ủy ban|Văn phòng|Đảng bộ|"
    r"Đảng ủy|Tỉnh ủy|Thành ủy|Hội|Đoàn|Kênh|Thông tấn)"
    r"\s[^\n.;:!?]{2,85}$")
"""The shape of an outlet name read off a page for an outlet the registry lacks (haucan/outlet_text.py): a
publisher's or an organisation's head word (an organisation's own site: "Trung tâm …", "Binh đoàn …", "Nhà máy …"),
then at most a short line with no sentence punctuation."""
OUTLET_HOST_SHAPE = re.compile(r"^(?=.{4,100}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$")
"""The other outlet the build may name without the registry: a copy site that names no source and prints no name
of its own is its own outlet, by its host ('vietnam24h.com.vn', kind aggregator; tests/realworld/README.md, session
12): a lower-case host name, nothing else."""
OUTLET_BRAND_SHAPE = re.compile(r"^(?=.{2,90}$)(?:[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
                                r"|(?=\w*[A-ZĐ]\w*[A-ZĐ0-9])\w{2,20}|[^\W_][^\s.;:!?,]*(?:\s[^\s.;:!?,]+){1,11})$")
"""The name an unregistered site prints for itself, read only where its host spells it or it stands as the site's
lead tag (the one outlet rule's step 3, session 14): its domain as printed ('Tinmoi.vn'), one word with two
capitals or a capital and a digit ('LSVN', 'CafeF'), or a brand of two to twelve words with no sentence punctuation
('Huế ngày nay Online', '7M Sport News', 'UBND xã X - huyện Y - tỉnh Z'); the name opens with a capital or a digit
(checked beside the shape)."""
OUTLET_KINDS = tuple(entry["kind"] for entry in load_vocab("outlet_kinds"))
PUBLISHED_DATE_SOURCES = ("publication_stamp", "posted_label", "date_prefix", "html_meta")
"""Where ``published_date`` was read: a stamp line, a labelled 'Ngày đăng:' stamp, the scraper's ' date …' prefix,
or (a saved .html page whose text states none) the page's markup (article:published_time, JSON-LD, <time>)."""
EVENT_DATE_SOURCES = ("lead_date", "lead_day_month+published_year", "lead_day_month+lead_year")
NULLABLE_FIELDS = ("outlet", "title", "authors", "photo_credits", "published_date", "event_date")

# The separator between paragraphs of ``text`` (haucan.article joins the lead and body paragraphs with it).
PARAGRAPH_BREAK = "\n\n"


def lead_opens_a_paragraph(text: str, lead: str) -> bool:
    """The ``lead_opens_a_paragraph`` check of one row (also the cache's re-check, haucan/recheck.py): the lead opens
    ``text``, or a paragraph of it when a pasted document's header lines come first."""
    return text.startswith(lead) or f"{PARAGRAPH_BREAK}{lead}" in text


def build_checks(values: BuildValues) -> dict[str, list[pa.Check]]:
    """Column checks on values only the build knows: the outlet is one the build identifies, text and lead
    hold no residue (nor a date prefix, nor a forbidden character), the stated dates are plausible."""
    no_residue = pa.Check(lambda series: no_pattern(series, values.in_text_patterns), name="no_residue")
    known = frozenset(values.outlets)  # the registry's names; a name read off the page has an outlet's shape
    return {
        "outlet": [pa.Check(lambda series: series.map(lambda v: v in known or bool(OUTLET_NAME_SHAPE.match(v))
                                                      or bool(OUTLET_HOST_SHAPE.match(v))
                                                      or (v[:1].isupper() or v[:1].isdigit())
                                                      and bool(OUTLET_BRAND_SHAPE.match(v))),
                            element_wise=False, ignore_na=True, name="known_or_read_outlet")],
        "text": [no_residue],
        "lead": [no_residue],
        "published_date": [plausible_date(values)],
        "event_date": [plausible_date(values)],
    }


class ArticlesSchema(ContractModel):
    """Data contract of ``articles``: strict columns, closed vocabularies, NFC text free of residue."""

    article_id: Series[str] = columns.article_id(
        "Stable id: the scraper's 16-hex-digit id from the file name, else sha256 of the relative path.", unique=True)
    source_file: Series[str] = columns.string(
        str_matches=r"^(?!/)(?!.*(?:^|/)\.\.(?:/|$)).+\.(?:txt|html?)$",
        description="Path of the input file (.txt, or a saved .html/.htm page) relative to the input folder, never absolute.")
    url: Series[str] = columns.string(
        nullable=True, str_matches=r"^https?://\S+$",
        description="Source URL from sources.csv, else a saved page's canonical URL; null when unknown.")
    outlet: Series[str] = columns.optional_string(
        "Outlet name as in the outlet registry: from the URL's host first (an aggregator's page keeps the "
        "original outlet it names), else the text (dateline, attribution, domain footer, outlet-specific residue).")
    outlet_domain: Series[str] = columns.string(
        nullable=True, str_matches=r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$",
        description="Outlet's web domain (the registry's); when the outlet is unknown, the URL's or footer's.")
    outlet_source: Series[str] = columns.string(
        nullable=True, isin=list(OUTLET_SOURCES), description="Which evidence identified the outlet.")
    outlet_kind: Series[str] = columns.string(
        nullable=True, isin=list(OUTLET_KINDS),
        description="The outlet's kind (national, army, military_region, province, police, portal, aggregator, …).")
    title: Series[str] = columns.string(
        nullable=True, str_length={"min_value": 1},
        description="Headline as printed; null when the scrape has no headline line (see null_reasons).")
    lead: Series[str] = columns.nonempty_string(
        "First prose paragraph without its dateline; a paragraph of text, its start unless a pasted document's "
        "header lines (issuer, number, place and date, kind, subject) come before it.")
    text: Series[str] = columns.nonempty_string(
        "Clean text: lead and body paragraphs joined by a blank line; NFC, no residue, no captions.")
    raw_text: Series[str] = columns.nonempty_string(
        "The decoded input file verbatim (a UTF-8 BOM removed), residue included; for a saved web page, the "
        "text extracted from it (title line, then main text), never markup.")
    captions: Series[object] = columns.strings(description="Photo captions in page order.")
    authors: Series[object] = columns.strings(description="Byline names, as written (often upper case).")
    photo_credits: Series[object] = columns.strings(
        description="Photographers credited ('Ảnh: X', or 'Tin, ảnh: X').")
    published_date: Series[object] = columns.date("Publication date when the page states it; null otherwise.")
    published_date_source: Series[str] = columns.string(
        nullable=True, isin=list(PUBLISHED_DATE_SOURCES), description="Where published_date was read.")
    event_date: Series[object] = columns.date(
        "Day of the reported event, from a lead like 'Sáng 6/7, ...' and a stated year.")
    event_date_source: Series[str] = columns.string(
        nullable=True, isin=list(EVENT_DATE_SOURCES), description="How event_date's year was established.")
    null_reasons: Series[object] = columns.of(
        columns.List({"field": columns.Value("string"), "reason": columns.Value("string")}),
        description="For each null metadata field, why: the text does not state it (never guessed).")
    n_chars: Series[pd.Int32Dtype] = columns.int32(ge=1, description="len(text) in Unicode code points.")
    n_syllables: Series[pd.Int32Dtype] = columns.int32(
        ge=1, description="Number of letter/digit runs in text (Vietnamese syllables, numbers split at '/').")
    text_sha256: Series[str] = columns.string(
        str_matches=r"^[0-9a-f]{64}$", description="sha256 of text in UTF-8.")
    split: Series[str] = columns.string(
        isin=list(split_names()),
        description="Split assigned by hashing article_id (stable when articles are added).")

    Config = published("articles",
                       "One row per article: clean text, the verbatim scrape, and the metadata the text states.",
                       ("article_id",))

    _nfc = nfc_check("title", "lead", "text", "source_file", "outlet", "url")
    _lists = nfc_lists_check("captions", "authors", "photo_credits")

    @row_check("lead_opens_a_paragraph", "text", "lead")
    def _lead_first(cls, df: pd.DataFrame) -> pd.Series:
        # A notice or plan pasted as the page keeps its header lines in text above its first prose paragraph (the
        # real-world convention of session 12), so the lead may follow them; it still opens a paragraph.
        return pd.Series([lead_opens_a_paragraph(t, lead)
                          for t, lead in zip(values(df["text"]), values(df["lead"]), strict=True)], index=df.index)

    @row_check("n_chars_is_len_text", "n_chars")
    def _n_chars(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series([len(t) == n for t, n in zip(values(df["text"]), df["n_chars"], strict=True)], index=df.index)

    @row_check("text_sha256_matches_text", "text_sha256")
    def _sha(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series([hashlib.sha256(t.encode()).hexdigest() == h
                          for t, h in zip(values(df["text"]), values(df["text_sha256"]), strict=True)], index=df.index)

    _date_sources = null_together_check(
        "date_source_iff_date", ("published_date", "published_date_source"), ("event_date", "event_date_source"))
    _outlet_kind = null_together_check("outlet_kind_iff_outlet", ("outlet", "outlet_kind"))

    @row_check("null_field_has_reason", "null_reasons")
    def _null_reasons(cls, df: pd.DataFrame) -> pd.Series:
        def ok(null_reasons, *fields) -> bool:
            explained = {r["field"] for r in null_reasons}
            for field, value in zip(NULLABLE_FIELDS, fields, strict=True):
                empty = value is None or (not hasattr(value, "__len__") and pd.isna(value)) or (
                    hasattr(value, "__len__") and not isinstance(value, str) and len(value) == 0)
                if empty != (field in explained):
                    return False
            return True

        # Columns zipped, not itertuples: the same values (``values``), without a scalar per string.
        rows = zip(df["null_reasons"], *(values(df[field]) for field in NULLABLE_FIELDS), strict=True)
        return pd.Series([ok(*row) for row in rows], index=df.index)
