"""Every config's model inherits the base ``Config``; the provenance models inherit their check by its name; each
config's features are derived from its model's columns."""

from __future__ import annotations

import datasets
import pandas as pd
import pandera.pandas as pa
import pytest
from pandera.typing import Series

from schema import CONFIG_BY_NAME, CONFIGS
from schema.base import ContractModel, WithProvenance
from schema.columns import FEATURE, Value, column_types, features_of, of
from schema.feature_types import to_datasets


def test_every_model_is_strict_ordered_uncoerced_with_the_published_columns():
    for spec in CONFIGS:
        schema = spec.model.to_schema()
        assert issubclass(spec.model, ContractModel)
        assert (schema.strict, schema.ordered, schema.coerce) == (True, True, False), spec.name
        assert list(schema.columns) == list(spec.features), spec.name


def test_each_provenance_model_names_its_inherited_check():
    # The three share one inherited check's metadata: given by ``name=``, pandera (0.35) drops that name once
    # the first of them has built its schema, and failures of the others would be reported as '_extractor'.
    provenance = [spec for spec in CONFIGS if issubclass(spec.model, WithProvenance)]
    assert {spec.name for spec in provenance} == {"mentions", "person_observations", "events"}
    for spec in provenance:
        assert "extractor_iff_auto" in [c.name for c in spec.model.to_schema().checks], spec.name
    assert CONFIG_BY_NAME["blocks"].model.to_schema().unique == ["article_id", "block_idx"]


def test_each_config_features_are_its_model_columns_types_in_order():
    for spec in CONFIGS:
        columns = spec.model.to_schema().columns
        assert list(spec.features) == list(columns), spec.name
        assert spec.features == features_of(spec.model), spec.name
        for name, declared in columns.items():
            assert spec.columns[name] == declared.metadata[FEATURE], (spec.name, name)
            assert spec.features[name] == to_datasets({name: declared.metadata[FEATURE]})[name], (spec.name, name)
    assert CONFIG_BY_NAME["ner_word"].features == CONFIG_BY_NAME["ner_syllable"].features
    assert CONFIG_BY_NAME["ner_word"].features is not CONFIG_BY_NAME["ner_syllable"].features


def test_features_follow_the_model_order_not_the_alphabet():
    class Reversed(ContractModel):
        zeta: Series[str] = of(Value("string"))
        alpha: Series[pd.Int32Dtype] = of(Value("int32"))

    assert list(features_of(Reversed).items()) == [("zeta", datasets.Value("string")),
                                                   ("alpha", datasets.Value("int32"))]
    assert list(column_types(Reversed).items()) == [("zeta", Value("string")), ("alpha", Value("int32"))]


def test_a_column_without_a_feature_type_is_refused_by_name():
    class Untyped(ContractModel):
        typed: Series[str] = of(Value("string"))
        bare: Series[str] = pa.Field()

    with pytest.raises(TypeError, match=r"\['bare'\]"):
        column_types(Untyped)
