"""Writes ``croissant.json`` (Croissant 1.1) for the built folder: one FileSet and one RecordSet per config,
fields typed from the config's ``datasets.Features``, and the responsible-AI fields filled from the card."""

from __future__ import annotations

import json
from pathlib import Path
from types import MappingProxyType

import datasets
import mlcroissant as mlc

from haucan import DATASET_NAME, DATASET_VERSION
from haucan.output.paths import data_path_glob
from schema import CONFIGS

CROISSANT_FILE = "croissant.json"
CONFORMS_TO = "http://mlcommons.org/croissant/1.1"
_TYPES = MappingProxyType({"string": mlc.DataType.TEXT, "int32": mlc.DataType.INTEGER, "int64": mlc.DataType.INTEGER,
                          "bool": mlc.DataType.BOOL, "date32": mlc.DataType.DATE})

RAI = MappingProxyType({
    "data_collection": "Vietnamese news articles about army logistics, scraped from the outlets' web pages; the "
                       "verbatim scrape is kept in articles.raw_text.",
    "data_collection_type": ("Web Scraping",),
    "data_preprocessing_protocol": ("Decoded as UTF-8, newlines normalised, NFC, NBSP and space runs cleaned; each "
                                    "line typed by documented rules; residue kept in the blocks config.",),
    "data_annotation_protocol": ("Entity mentions and facts of the seed articles annotated by hand under the label "
                                 "guidelines in the card; other articles by versioned rule-based extractors.",),
    "machine_annotation_tools": ("entities (rule and gazetteer extractor)", "facts (rule-based fact extractor)",
                                 "underthesea (sentence and word segmentation)"),
    "data_biases": ("Official state media only; few outlets and years; institutional, positive tone.",),
    "data_limitations": ("Small; rule-based annotations outside the gold are imperfect (see the card's scores); "
                         "metadata the text does not state is null.",),
    "data_use_cases": ("Vietnamese NER and information extraction; language modelling; research on military "
                       "institutions. Not for profiling individuals or commercial redistribution of the text.",),
    "personal_sensitive_information": ("Names, ranks and offices of public officials and journalists' bylines, as "
                                       "published by the outlets; nothing added.",),
    "data_release_maintenance_plan": ("Versioned releases (semver) with a changelog; removal requests honoured in "
                                      "the next release.",),
})


def _is_struct_list(feature) -> bool:
    """mlcroissant 1.1 cannot read Parquet lists of structs; like the Hub's own Croissant, such columns are skipped."""
    return isinstance(feature, datasets.List) and isinstance(feature.feature, dict)


def _field(config: str, file_set: str, name: str, feature) -> mlc.Field:
    field_id = f"{config}/{name}"
    source = mlc.Source(file_set=file_set, extract=mlc.Extract(column=name))
    if isinstance(feature, datasets.List):
        inner = feature.feature
        if isinstance(inner, datasets.ClassLabel):
            return mlc.Field(id=field_id, name=name, data_types=[mlc.DataType.INTEGER], source=source, is_array=True,
                             description="BIO tag ids; names in the card and the Parquet metadata.")
        return mlc.Field(id=field_id, name=name, data_types=[_TYPES[inner.dtype]], source=source, is_array=True)
    return mlc.Field(id=field_id, name=name, data_types=[_TYPES[feature.dtype]], source=source)


def build_croissant(folder: Path, description: str, license_url: str, configs: tuple[str, ...]) -> dict:
    """The Croissant JSON-LD for ``configs`` (those with rows, as the card declares them; a FileSet matching no
    file cannot be read), in schema order, with paths relative to the folder."""
    distribution, record_sets = [], []
    for spec in (s for s in CONFIGS if s.name in configs):
        file_set = f"{spec.name}-parquet"
        distribution.append(mlc.FileSet(id=file_set, name=file_set, encoding_formats=[mlc.EncodingFormat.PARQUET],
                                        includes=[data_path_glob(spec.name)]))
        skipped = [name for name, feature in spec.features.items() if _is_struct_list(feature)]
        fields = [_field(spec.name, file_set, name, feature) for name, feature in spec.features.items()
                  if name not in skipped]
        # Its own name: this once reused ``description`` and gave the dataset the last config's description.
        about = spec.description + (f" Skipped columns (lists of records, read them from the Parquet files): "
                                    f"{', '.join(skipped)}." if skipped else "")
        record_sets.append(mlc.RecordSet(id=spec.name, name=spec.name, description=about, fields=fields))
    metadata = mlc.Metadata(
        name=DATASET_NAME, description=description, license=[license_url], url=f"https://huggingface.co/datasets/{DATASET_NAME}",
        version=DATASET_VERSION, cite_as=f"@misc{{vi_military_logistics_news, title={{{DATASET_NAME}}}, "
                                         f"note={{Version {DATASET_VERSION}}}}}",
        in_language=["vi"], conforms_to=[CONFORMS_TO], distribution=distribution, record_sets=record_sets,
        **{field: list(value) if isinstance(value, tuple) else value for field, value in RAI.items()})
    return metadata.to_json()


def write_croissant(folder: Path, description: str, license_url: str, configs: tuple[str, ...]) -> Path:
    """Write ``croissant.json`` for ``configs`` into the folder (sorted keys, so two builds give the same bytes)."""
    path = folder / CROISSANT_FILE
    path.write_text(json.dumps(build_croissant(folder, description, license_url, configs), ensure_ascii=False,
                               indent=1, sort_keys=True, default=str) + "\n", encoding="utf-8")
    return path
