"""Writes ``croissant.json`` (Croissant 1.1) for the built folder: one FileSet and one RecordSet per config,
every column a field typed from the config's ``datasets.Features`` (lists of records as nested sub-fields), the
Hub address and citation of hub_address.py, and the responsible-AI fields filled from the card.

It is also where ``push`` reads back the repo id the release was built for (``release_repo_id``): the
published ``url`` is the one statement of it, so the push and the release cannot disagree."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from types import MappingProxyType

import datasets
import mlcroissant as mlc

from haucan import DATASET_NAME, DATASET_VERSION, PRETTY_NAME
from haucan.output.paths import data_path_glob
from haucan.publish.hub_address import citation, hub_url, licenses, release_date, repo_id_from_url
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


def _source(file_set: str, column: str, key: str | None = None) -> mlc.Source:
    """A Parquet column; with ``key``, that key of each record in a list-of-records column (mlcroissant applies
    the JSONPath to every element, so the sub-field yields one value per record)."""
    return mlc.Source(file_set=file_set, extract=mlc.Extract(column=column),
                      transforms=[mlc.Transform(json_path=key)] if key else [])


def _field(config: str, file_set: str, name: str, feature) -> mlc.Field:
    """One Field per column: scalars typed from the Features, lists as arrays, and lists of records (e.g.
    ``articles.null_reasons``, ``person_observations.positions``, ``events.participants``) as an array Field
    whose sub-fields are the record's keys."""
    field_id = f"{config}/{name}"
    if isinstance(feature, datasets.List) and isinstance(feature.feature, dict):
        subs = [mlc.Field(id=f"{field_id}/{key}", name=key, data_types=[_TYPES[value.dtype]],
                          source=_source(file_set, name, key)) for key, value in feature.feature.items()]
        return mlc.Field(id=field_id, name=name, is_array=True, sub_fields=subs,
                         description=f"List of records ({', '.join(feature.feature)}).")
    source = _source(file_set, name)
    if isinstance(feature, datasets.List):
        inner = feature.feature
        if isinstance(inner, datasets.ClassLabel):
            return mlc.Field(id=field_id, name=name, data_types=[mlc.DataType.INTEGER], source=source, is_array=True,
                             description="BIO tag ids; names in the card and the Parquet metadata.")
        return mlc.Field(id=field_id, name=name, data_types=[_TYPES[inner.dtype]], source=source, is_array=True)
    return mlc.Field(id=field_id, name=name, data_types=[_TYPES[feature.dtype]], source=source)


def build_croissant(description: str, configs: tuple[str, ...], repo_id: str | None) -> dict:
    """The Croissant JSON-LD for ``configs`` (those with rows, as the card declares them; a FileSet matching no
    file cannot be read), in schema order, with paths relative to the folder. ``description`` is the dataset's
    own; each RecordSet carries its config's. ``url``, ``license`` and ``cite_as`` come from ``repo_id``
    (hub_address.py), ``datePublished`` from the version's changelog date (omitted while undated)."""
    distribution, record_sets = [], []
    for spec in (s for s in CONFIGS if s.name in configs):
        file_set = f"{spec.name}-parquet"
        distribution.append(mlc.FileSet(id=file_set, name=file_set, encoding_formats=[mlc.EncodingFormat.PARQUET],
                                        includes=[data_path_glob(spec.name)]))
        fields = [_field(spec.name, file_set, name, feature) for name, feature in spec.features.items()]
        record_sets.append(mlc.RecordSet(id=spec.name, name=spec.name, description=spec.description, fields=fields))
    date = release_date(DATASET_VERSION)
    metadata = mlc.Metadata(
        name=DATASET_NAME, description=description, license=licenses(repo_id), url=hub_url(repo_id),
        version=DATASET_VERSION, cite_as=citation(repo_id, PRETTY_NAME, DATASET_VERSION),
        date_published=datetime.date.fromisoformat(date) if date else None,
        in_language=["vi"], conforms_to=[CONFORMS_TO], distribution=distribution, record_sets=record_sets,
        **{field: list(value) if isinstance(value, tuple) else value for field, value in RAI.items()})
    return metadata.to_json()


def write_croissant(folder: Path, description: str, configs: tuple[str, ...], repo_id: str | None) -> Path:
    """Write ``croissant.json`` for ``configs`` into the folder (sorted keys, so two builds give the same bytes)."""
    path = folder / CROISSANT_FILE
    path.write_text(json.dumps(build_croissant(description, configs, repo_id), ensure_ascii=False,
                               indent=1, sort_keys=True, default=str) + "\n", encoding="utf-8")
    return path


def release_repo_id(folder: Path) -> str | None:
    """The repo id the release in ``folder`` was built for, read back from its Croissant ``url`` (None when it
    was built without one, or has no croissant.json)."""
    path = folder / CROISSANT_FILE
    if not path.is_file():
        return None
    return repo_id_from_url(str(json.loads(path.read_text(encoding="utf-8")).get("url", "")))
