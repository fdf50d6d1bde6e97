"""Small text helpers shared by the knowledge modules."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """ASCII, lower case, hyphens: 'Cục Hậu cần-Kỹ thuật' -> 'cuc-hau-can-ky-thuat' (ids must be stable and plain)."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    stripped = stripped.replace("đ", "d").replace("Đ", "D").lower()
    return _NON_ALNUM.sub("-", stripped).strip("-")
