"""The ``document_refs`` config: one row per citation of a numbered document; doc_id is shared across articles."""

from __future__ import annotations

from types import MappingProxyType

import pandas as pd
from pandera.typing import Series

from schema.base import (
    ContractModel,
    article_id_field,
    caption_idx_field,
    column,
    date_field,
    end_after_start_check,
    end_field,
    features_of,
    field_field,
    index_field,
    nonempty_string_field,
    optional_string_field,
    string,
)
from schema.vocab import load_vocab

NAME = "document_refs"
SORT_KEYS = ("article_id", "ref_id")
DESCRIPTION = "One row per citation of a numbered document (resolution, conclusion, directive …)."
CHECK_COLUMNS = MappingProxyType({"end_after_start": ("start", "end")})


class DocumentRefsSchema(ContractModel):
    """Data contract of ``document_refs``."""

    ref_id: Series[str] = column(string(), unique=True, description="The DOC_REF mention's id.")
    article_id: Series[str] = article_id_field("The citing article.")
    doc_id: Series[str] = column(
        string(), str_matches=r"^[a-z-]+:\d+(?:[-/][A-ZĐa-z][A-ZĐa-z/-]*)?$",
        description="Canonical document id: kind slug ':' full number as written ('nghi-quyet:623-NQ/QUTW', 'quyet-dinh:366/QĐ-BQP').")
    doc_type: Series[str] = column(
        string(), isin=sorted({e["doc_type"] for e in load_vocab("doc_types")}), description="Document type.")
    number: Series[str] = column(string(), str_matches=r"^\d+$", description="The document's number.")
    issuer_code: Series[str] = optional_string_field("Type and issuer code after the number ('NQ/QUTW', 'QĐ-BQP').")
    issued_on: Series[object] = date_field("Issue date, when the article states it (for any citation of it).")
    field: Series[str] = field_field("Where the citation is.")
    caption_idx: Series[pd.Int32Dtype] = caption_idx_field("Caption index for 'caption'.")
    start: Series[pd.Int32Dtype] = index_field("Start offset of the citation in the field.")
    end: Series[pd.Int32Dtype] = end_field("End offset (exclusive).")
    surface: Series[str] = nonempty_string_field("The citation as written.")

    class Config:
        name = NAME

    _order = end_after_start_check("end_after_start")


FEATURES = features_of(DocumentRefsSchema)
