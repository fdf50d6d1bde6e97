"""``ner_word``: BIO tags over underthesea word tokens (syllables joined by '_', as PhoBERT expects)."""

from schema import columns
from schema.ner import CHECK_COLUMNS, SORT_KEYS, NerSchema  # noqa: F401

NAME = "ner_word"
DESCRIPTION = "One row per sentence: underthesea word tokens and BIO tags (ClassLabel) over the label set."
FEATURES = columns.features_of(NerSchema)
