"""Text cleaners: each is ``str -> str``, idempotent, and listed in CLEANERS with the reason it exists."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

_SPACE_RUN = re.compile(r"[ \t]+")


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so line numbers agree with ``grep -n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def to_nfc(text: str) -> str:
    """Unicode NFC: offsets are indices into NFC text, and decomposed diacritics would break matching."""
    return unicodedata.normalize("NFC", text)


def fix_eth(text: str) -> str:
    """Icelandic eth 'Ð' (U+00D0) is a common stand-in for Vietnamese 'Đ' (U+0110); they look identical."""
    return text.replace("\u00d0", "\u0110")


def nbsp_to_space(text: str) -> str:
    """NBSP (U+00A0) is HTML layout (``&nbsp;``), not content."""
    return text.replace("\u00a0", " ")


def collapse_spaces(text: str) -> str:
    """Runs of spaces/tabs left by removed markup become one space; newlines are kept."""
    return _SPACE_RUN.sub(" ", text)


@dataclass(frozen=True, slots=True)
class Cleaner:
    """A named cleaning step with its one-line justification (rendered into the dataset card)."""

    name: str
    apply: Callable[[str], str]
    why: str


CLEANERS: tuple[Cleaner, ...] = (
    Cleaner("normalize_newlines", normalize_newlines, "CRLF and lone CR become LF."),
    Cleaner("nfc", to_nfc, "Unicode NFC, so that offsets and string matching are stable."),
    Cleaner("eth_to_d_stroke", fix_eth, "'Ð' (U+00D0, Icelandic eth) becomes 'Đ' (U+0110), which it imitates."),
    Cleaner("nbsp_to_space", nbsp_to_space, "NBSP from HTML becomes a plain space."),
    Cleaner("collapse_spaces", collapse_spaces, "Runs of spaces and tabs become one space."),
)
"""Applied in order to the decoded file. Tone-mark placement ('hoá' vs 'hóa') is kept as published."""


def clean_text(text: str) -> str:
    """Apply every cleaner in order; the result is NFC and the function is idempotent."""
    for cleaner in CLEANERS:
        text = cleaner.apply(text)
    return text
