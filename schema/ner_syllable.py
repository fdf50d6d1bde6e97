"""``ner_syllable``: BIO tags over syllable tokens (no word segmentation needed to use it)."""

from schema import columns
from schema.ner import CHECK_COLUMNS, SORT_KEYS, NerSchema  # noqa: F401

NAME = "ner_syllable"
DESCRIPTION = "One row per sentence: syllable tokens and BIO tags (ClassLabel) over the label set."
FEATURES = columns.features_of(NerSchema)
