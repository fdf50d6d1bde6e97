"""Small text helpers shared by the knowledge modules."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_REPEATED_WORD = re.compile(r"(?<!\w)(\w+)(?: \1)+(?!\w)")


def slug(text: str) -> str:
    """ASCII, lower case, hyphens: 'Cục Hậu cần-Kỹ thuật' -> 'cuc-hau-can-ky-thuat' (ids must be stable and plain)."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    stripped = stripped.replace("đ", "d").replace("Đ", "D").lower()
    return _NON_ALNUM.sub("-", stripped).strip("-")


def literal_alternation(words) -> str:
    """The words as one regex alternation of literals, longest first, so a longer word wins where a shorter one
    is its prefix ('Ban Thường vụ Tỉnh ủy' before 'Ban Thường vụ')."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def say_once(text: str) -> str:
    """A word written twice in a row said once: spelling out 'UVTW Đảng' gives 'Ủy viên Ban Chấp hành Trung ương
    Đảng Đảng', which the dataset publishes (and the scorer compares) as '… Trung ương Đảng'."""
    return _REPEATED_WORD.sub(r"\1", text)
