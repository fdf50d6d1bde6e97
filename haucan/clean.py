"""Text cleaners: each is ``str -> str``, idempotent, and listed in CLEANERS with the reason it exists.

``clean_text_logged`` also says which cleaners changed something: those names are the file's repairs.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

_SPACE_RUN = re.compile(r"[ \t]+")
_NEWLINE_VARIANTS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# Every match of _NEWLINE_VARIANTS holds one of these (a regex that is one character set is scanned quickly).
_NEWLINE_VARIANT_CHARS = re.compile("[\r\x0b\x0c\x85\u2028\u2029]")
# C0 and C1 controls and DEL, except tab and newline (other newline forms are handled first).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Zero-width space/non-joiner, word joiner, BOM, soft hyphen; ZWJ only when not between emoji/symbols (VS16
# counts as part of the emoji before it: the flag in U+1F3F3 U+FE0F U+200D U+1F308 keeps its joiner).
_INVISIBLE = re.compile("[\u200b\u200c\u2060\ufeff\u00ad]|(?<![\U0001F000-\U0001FFFF\u2600-\u27bf\ufe0f])\u200d")
# Every match of _INVISIBLE is one of these characters; without one the text is left as it is.
_INVISIBLE_CHARS = re.compile("[\u200b\u200c\u2060\ufeff\u00ad\u200d]")
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Unicode's other Default_Ignorable_Code_Points (DerivedCoreProperties.txt; the rest are handled by
# strip_invisible and strip_bidi): the combining grapheme joiner, Hangul fillers, Khmer inherent vowels,
# Mongolian selectors and vowel separator, invisible operators (U+2061-2064), deprecated format controls
# (U+206A-206F), shorthand and musical format controls, tag characters (U+E0000-E007F, 'ASCII smuggling': every
# printable ASCII character has an invisible twin there) and the reserved ignorable ranges (U+2065, U+FFF0-FFF8,
# U+E0080-E00FF, U+E01F0-E0FFF), which decode lets through so that they are stripped here and recorded.
# Variation selectors (U+FE00-FE0F, U+E0100-E01EF) are in the set but kept where they select something.
_IGNORABLE = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2061-\u2065\u206a-\u206f\u3164\ufe00-\ufe0f"
                        "\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]")
# A superset of _IGNORABLE for the quick test: one astral range instead of three is scanned ~3x faster.
_IGNORABLE_CHARS = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2061-\u2065\u206a-\u206f\u3164"
                              "\ufe00-\ufe0f\uffa0\ufff0-\ufff8\U0001bca0-\U000e0fff]")
_VARIATION_SELECTORS = frozenset(map(chr, [*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)]))
_SYMBOL_CATEGORIES = frozenset(("So", "Sm", "Sc", "Sk"))
_KEYCAP_BASES = frozenset("0123456789#*")
_EXOTIC_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[a-zA-Z/][^<>]{0,200}>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


def normalize_newlines(text: str) -> str:
    """CRLF, lone CR, VT, FF, NEL, U+2028/2029 become LF, so line numbers agree with ``grep -n``."""
    if not _NEWLINE_VARIANT_CHARS.search(text):
        return text
    return _NEWLINE_VARIANTS.sub("\n", text)


def _has_markup(text: str) -> bool:
    return any(not _BR.fullmatch(tag.group(0)) for tag in _TAG.finditer(text))


def unescape_html(text: str) -> str:
    """Entities (``&amp;``, ``&nbsp;``) are decoded, to a fixed point, while no tag other than ``<br>`` is
    present (in text that still holds markup an entity may be literal, as ftfy also assumes); then ``<br>``
    becomes a newline. Decoding to a fixed point keeps the cleaner idempotent on double-escaped text."""
    while _ENTITY.search(text) and not _has_markup(text):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return _BR.sub("\n", text)


def to_nfc(text: str) -> str:
    """Unicode NFC: offsets are indices into NFC text, and decomposed diacritics would break matching."""
    return unicodedata.normalize("NFC", text)


def fix_eth(text: str) -> str:
    """Icelandic eth 'Ð' (U+00D0) is a common stand-in for Vietnamese 'Đ' (U+0110); they look identical."""
    return text.replace("\u00d0", "\u0110")


def strip_controls(text: str) -> str:
    """NUL, other C0/C1 controls and DEL carry no text."""
    return _CONTROLS.sub("", text)


def strip_invisible(text: str) -> str:
    """Zero-width characters, stray BOMs and soft hyphens split words invisibly and break matching."""
    if not _INVISIBLE_CHARS.search(text):
        return text  # the lookbehind makes _INVISIBLE slow to scan; most texts have none of its characters
    return _INVISIBLE.sub("", text)


def _selects_something(text: str, position: int) -> bool:
    """Whether the variation selector at ``position`` modifies the character before it: a symbol or emoji
    (U+2764 U+FE0F is the red-heart emoji, U+FE0E asks for text style; emoji skin-tone modifiers are symbols
    too), a CJK ideograph (ideographic variation sequences pick a glyph variant of a Hán/Nôm character), or a
    keycap base followed by U+20E3 ('1' U+FE0F U+20E3 is the keycap emoji). After a letter, a space, another
    selector or an invisible character it selects nothing and only hides in the text."""
    if position == 0:
        return False
    base = text[position - 1]
    if base in _KEYCAP_BASES:
        return text[position + 1:position + 2] == "\u20e3"
    return unicodedata.category(base) in _SYMBOL_CATEGORIES or "CJK" in unicodedata.name(base, "")


def strip_ignorable(text: str) -> str:
    """Default-ignorable code points that nothing in Vietnamese news uses: they render as nothing, so they can
    only hide text (tag characters carry whole invisible sentences), split words for search and matching, or
    watermark a copy. Variation selectors are kept only where they select a glyph (see _selects_something)."""
    if not _IGNORABLE_CHARS.search(text):
        return text  # the usual case: one quick scan, no callback

    def keep_or_drop(match: re.Match[str]) -> str:
        char = match.group()
        return char if char in _VARIATION_SELECTORS and _selects_something(text, match.start()) else ""

    return _IGNORABLE.sub(keep_or_drop, text)


def always_stripped(char: str) -> bool:
    """Whether strip_ignorable removes ``char`` wherever it stands. decode lets such a character through even
    when it is unassigned (U+E0000, U+2065: reserved as ignorable, so invisible), to be removed and recorded here."""
    return _IGNORABLE.fullmatch(char) is not None and char not in _VARIATION_SELECTORS


def strip_bidi(text: str) -> str:
    """Bidirectional controls have no place in Vietnamese text and can disguise content ('Trojan source')."""
    return _BIDI.sub("", text)


def spaces_to_space(text: str) -> str:
    """NBSP and other exotic spaces from HTML are layout, not content."""
    return _EXOTIC_SPACES.sub(" ", text)


def collapse_spaces(text: str) -> str:
    """Runs of spaces/tabs left by removed markup become one space; newlines are kept."""
    if "  " not in text and "\t" not in text:
        return text  # every run is one space, which the substitution would replace by itself
    return _SPACE_RUN.sub(" ", text)


@dataclass(frozen=True, slots=True)
class Cleaner:
    """A named cleaning step with its one-line justification (rendered into the dataset card)."""

    name: str
    apply: Callable[[str], str]
    why: str


CLEANERS: tuple[Cleaner, ...] = (
    Cleaner("normalize_newlines", normalize_newlines, "CRLF, lone CR, VT, FF, NEL, U+2028/2029 become LF."),
    Cleaner("unescape_html", unescape_html, "HTML entities are decoded when no markup is left; `<br>` becomes a newline."),
    Cleaner("eth_to_d_stroke", fix_eth, "'Ð' (U+00D0, Icelandic eth) becomes 'Đ' (U+0110), which it imitates."),
    Cleaner("strip_controls", strip_controls, "NUL, C0/C1 controls and DEL are removed."),
    # Before strip_invisible: a selector dropped here may leave a ZWJ that no longer follows an emoji, which
    # strip_invisible must then see (the other order would leave it for a second run: not idempotent).
    Cleaner("strip_ignorable", strip_ignorable, "Unicode tag characters, invisible operators, Hangul fillers, the "
            "combining grapheme joiner and the other default-ignorable code points are removed; variation "
            "selectors only where no emoji, symbol or CJK character precedes them."),
    Cleaner("strip_invisible", strip_invisible, "Zero-width characters, stray BOMs and soft hyphens are removed."),
    Cleaner("strip_bidi", strip_bidi, "Bidirectional control characters and the Arabic letter mark are removed."),
    Cleaner("spaces_to_space", spaces_to_space, "NBSP and other exotic spaces become a plain space."),
    Cleaner("collapse_spaces", collapse_spaces, "Runs of spaces and tabs become one space."),
    Cleaner("nfc", to_nfc, "Unicode NFC, last, so that no removal above can leave text that is not NFC."),
)
"""Applied in order to the decoded file. Tone-mark placement ('hoá' vs 'hóa') is kept as published."""


def clean_text_logged(text: str) -> tuple[str, tuple[str, ...]]:
    """Apply every cleaner in order; return the clean text and the names of the cleaners that changed it."""
    changed = []
    for cleaner in CLEANERS:
        cleaned = cleaner.apply(text)
        if cleaned != text:
            changed.append(cleaner.name)
        text = cleaned
    return text, tuple(changed)


def clean_text(text: str) -> str:
    """Apply every cleaner in order; the result is NFC, free of controls, and the function is idempotent."""
    return clean_text_logged(text)[0]
