"""The knowledge layer: organisations, person observations and identities, events and cited documents,
derived from an article's published mentions and sentences (gold mentions where they exist)."""

NAME = "facts"
VERSION = "1.0.0"
EXTRACTOR = f"{NAME}@{VERSION}"
