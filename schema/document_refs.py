"""The ``document_refs`` config: one row per citation of a numbered document; doc_id is shared across articles."""

from __future__ import annotations

import datasets
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schema.base import ContractModel, article_id_field
from schema.vocab import load_vocab

NAME = "document_refs"
SORT_KEYS = ("article_id", "ref_id")
DESCRIPTION = "One row per citation of a numbered document (resolution, conclusion, directive …)."
CHECK_COLUMNS = {"end_after_start": ("start", "end")}

FEATURES = datasets.Features({
    "ref_id": datasets.Value("string"),
    "article_id": datasets.Value("string"),
    "doc_id": datasets.Value("string"),
    "doc_type": datasets.Value("string"),
    "number": datasets.Value("string"),
    "issuer_code": datasets.Value("string"),
    "issued_on": datasets.Value("date32"),
    "field": datasets.Value("string"),
    "caption_idx": datasets.Value("int32"),
    "start": datasets.Value("int32"),
    "end": datasets.Value("int32"),
    "surface": datasets.Value("string"),
})


class DocumentRefsSchema(ContractModel):
    """Data contract of ``document_refs``."""

    ref_id: Series[str] = pa.Field(unique=True, description="The DOC_REF mention's id.")
    article_id: Series[str] = article_id_field("The citing article.")
    doc_id: Series[str] = pa.Field(str_matches=r"^[a-z-]+:\d+(?:[-/][A-ZĐa-z][A-ZĐa-z/-]*)?$",
                                   description="Canonical document id: kind slug ':' full number as written ('nghi-quyet:623-NQ/QUTW', 'quyet-dinh:366/QĐ-BQP').")
    doc_type: Series[str] = pa.Field(isin=sorted({e["doc_type"] for e in load_vocab("doc_types")}), description="Document type.")
    number: Series[str] = pa.Field(str_matches=r"^\d+$", description="The document's number.")
    issuer_code: Series[str] = pa.Field(nullable=True, description="Type and issuer code after the number ('NQ/QUTW', 'QĐ-BQP').")
    issued_on: Series[object] = pa.Field(nullable=True, description="Issue date, when the article states it (for any citation of it).")
    field: Series[str] = pa.Field(isin=["text", "caption"], description="Where the citation is.")
    caption_idx: Series[pd.Int32Dtype] = pa.Field(nullable=True, ge=0, description="Caption index for 'caption'.")
    start: Series[pd.Int32Dtype] = pa.Field(ge=0, description="Start offset of the citation in the field.")
    end: Series[pd.Int32Dtype] = pa.Field(ge=1, description="End offset (exclusive).")
    surface: Series[str] = pa.Field(str_length={"min_value": 1}, description="The citation as written.")

    class Config:
        name = NAME

    @pa.dataframe_check(name="end_after_start")
    def _order(cls, df: pd.DataFrame) -> pd.Series:
        return (df["end"] > df["start"]).astype(bool)
