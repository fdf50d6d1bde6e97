"""Every config's model inherits the base ``Config``; the provenance models inherit their check by its name."""

from __future__ import annotations

from schema import CONFIG_BY_NAME, CONFIGS
from schema.base import ContractModel, WithProvenance


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
