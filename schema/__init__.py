"""The data contract of the published dataset (schema/configs.py): ``CONFIGS``, ``CONFIG_BY_NAME``,
``DEFAULT_CONFIG`` and ``ConfigSpec``, loaded on first use.

Loaded lazily (PEP 562 ``__getattr__``) so that ``schema.vocab`` and ``schema.failure`` — which haucan.gold
and haucan.codec need in every process — can be imported without building the pandera models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

SCHEMA_VERSION = "1.0.0"

_LAZY = frozenset({"CONFIG_BY_NAME", "CONFIGS", "DEFAULT_CONFIG", "ConfigSpec"})

if TYPE_CHECKING:
    from schema.configs import CONFIG_BY_NAME, CONFIGS, DEFAULT_CONFIG, ConfigSpec


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from schema import configs

        return getattr(configs, name)
    raise AttributeError(f"module 'schema' has no attribute {name!r}")


__all__ = ("CONFIG_BY_NAME", "CONFIGS", "DEFAULT_CONFIG", "SCHEMA_VERSION", "ConfigSpec")
