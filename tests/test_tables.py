"""tables.to_arrow: the config's exact Arrow schema, also when it comes from the per-Features memo."""

from haucan.tables import arrow_schema, to_arrow
from schema import CONFIGS


def test_every_config_table_has_the_features_schema_with_its_metadata():
    for spec in CONFIGS:
        expected = spec.features.arrow_schema
        for _ in range(2):  # computed, then memoised
            assert arrow_schema(spec.features).equals(expected, check_metadata=True)
            assert to_arrow(spec, []).schema.equals(expected, check_metadata=True)
