"""The ``document_refs`` config: one row per citation of a numbered document; doc_id is shared across articles."""

from __future__ import annotations

import pandas as pd
from pandera.typing import Series

from schema import columns
from schema.base import ContractModel, end_after_start_check, published
from schema.vocab import load_vocab


class DocumentRefsSchema(ContractModel):
    """Data contract of ``document_refs``."""

    ref_id: Series[str] = columns.string(unique=True, description="The DOC_REF mention's id.")
    article_id: Series[str] = columns.article_id("The citing article.")
    doc_id: Series[str] = columns.string(
        str_matches=r"^[a-z-]+:\d+(?:[-/][A-ZĐa-z0-9][A-ZĐa-z0-9./-]*)?$",
        description="Canonical document id: kind slug ':' full number as written ('nghi-quyet:623-NQ/QUTW', "
                    "'nghi-dinh:82/2016/NĐ-CP'); every citation in an article of one kind and number shares it, and a "
                    "number the article never writes with its issuer code stays bare ('quyet-dinh:366').")
    doc_type: Series[str] = columns.string(
        isin=sorted({e["doc_type"] for e in load_vocab("doc_types")}), description="Document type.")
    number: Series[str] = columns.string(str_matches=r"^\d+$", description="The document's number.")
    issuer_code: Series[str] = columns.optional_string(
        "What follows the number: year, type and issuer codes ('NQ/QUTW', 'QĐ-BQP', '2016/NĐ-CP').")
    issued_on: Series[object] = columns.date("Issue date, when the article states it (for any citation of it).")
    field: Series[str] = columns.field("Where the citation is.")
    caption_idx: Series[pd.Int32Dtype] = columns.caption_idx("Caption index for 'caption'.")
    start: Series[pd.Int32Dtype] = columns.index("Start offset of the citation in the field.")
    end: Series[pd.Int32Dtype] = columns.end("End offset (exclusive).")
    surface: Series[str] = columns.nonempty_string("The citation as written.")

    Config = published("document_refs",
                       "One row per citation of a numbered document (resolution, conclusion, directive …).",
                       ("article_id", "ref_id"))

    _order = end_after_start_check("end_after_start")
