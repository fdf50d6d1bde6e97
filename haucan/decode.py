"""Bytes -> text for one input file: every outcome is text plus the repairs made, or a SeedError naming the spot.

Order matters (see ../shared/reference/reliability.md §4): binary signatures and UTF-16 byte-order marks first,
then strict UTF-8; Windows-1258 only for a file with no valid multi-byte UTF-8 at all (a UTF-8 file with one
bad byte is mixed, and rejected, never guessed as a whole); then mojibake repair (ftfy), lossy-repair and
legacy-encoding (TCVN3/VNI) detection, and code points that have no place in text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from types import MappingProxyType

import ftfy

from haucan.clean import always_stripped
from haucan.errors import SeedError
from haucan.mojibake_gate import may_need_encoding_repair

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = MappingProxyType({b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"})
BINARY_SIGNATURES = MappingProxyType({b"\x1f\x8b": "gzip", b"PK\x03\x04": "zip", b"%PDF": "PDF", b"\x89PNG": "PNG",
                                      b"\xff\xd8\xff": "JPEG", b"\x7fELF": "ELF", b"GIF8": "GIF"})
_VALID_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Every letter Vietnamese writes (NFC), upper and lower case: anything else in U+0080-U+024F is suspicious.
_VIETNAMESE = frozenset(unicodedata.normalize("NFC", "".join(
    base + mark for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY" for mark in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
))) | frozenset("đĐ")
# What UTF-8 Vietnamese looks like read as cp1252 ('á»™', 'Ä\x90', 'Ã '): a lead byte's glyph followed by a
# continuation byte's glyph. ftfy repairs whole sequences; one that is left means bytes were lost.
_MOJIBAKE_RESIDUE = re.compile("[ÂÃÄÅÆáâ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
_LATIN_RANGE = re.compile("[\u0080-\u024f]")  # Latin-1 Supplement to Latin Extended-B, where _suspicious_latin looks
_INVALID_CATEGORIES = ("Co", "Cn", "Cs")  # private use, unassigned, surrogate: no place in text
LEGACY_MIN_SUSPICIOUS = 3
LEGACY_MIN_RATIO = 0.1
# Only encoding repair from ftfy: HTML, newlines, controls and normalisation are the cleaners' job, and a lone
# C1 control must not be reinterpreted as cp1252 (NEL is a newline here; the rest are stripped by a cleaner).
_MOJIBAKE_FIXES = ftfy.TextFixerConfig(unescape_html=False, fix_c1_controls=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
                                       fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
                                       fix_surrogates=False, remove_control_chars=False, normalization=None)


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


CP1258_MIN_LETTERS = 3  # fewer accented letters than this is too little evidence to re-read a file


def _plausibly_vietnamese(text: str) -> bool:
    letters = [c for c in text if ord(c) > 0x7F and c.isalpha()]
    return len(letters) >= CP1258_MIN_LETTERS and sum(c in _VIETNAMESE for c in letters) / len(letters) >= 0.9


def _suspicious_latin(text: str) -> tuple[int, float]:
    """How many letters in U+0080-U+024F Vietnamese never uses, and their share of all letters in that range.

    The regex picks out the few characters in the range (most of a Vietnamese text is ASCII or U+1EA0-U+1EF9)
    and each distinct one is looked at once, with its count, instead of testing every character."""
    letters = suspicious = 0
    for char, count in Counter(_LATIN_RANGE.findall(text)).items():
        if char.isalpha():
            letters += count
            # 'Ð' (eth) is the usual stand-in for 'Đ' and is repaired by a cleaner, not a sign of a legacy encoding.
            if char not in _VIETNAMESE and char != "\u00d0":
                suspicious += count
    return suspicious, (suspicious / letters if letters else 0.0)


def _invalid(char: str) -> bool:
    # Unassigned code points in Unicode's default-ignorable ranges (U+E0000, U+2065) are invisible by definition:
    # the strip_ignorable cleaner removes them and records it, as it does their assigned neighbours.
    return unicodedata.category(char) in _INVALID_CATEGORIES and not always_stripped(char)


def _first_invalid_codepoint(text: str) -> tuple[int, str] | None:
    """The position and category of the first private-use, unassigned or surrogate code point, if any.

    Each distinct character is looked up once; only a text that has such a character is walked again to
    find where the first one is (the rare error path)."""
    if not any(_invalid(char) for char in set(text)):
        return None
    for position, char in enumerate(text):
        if _invalid(char):
            return position, unicodedata.category(char)
    raise AssertionError("unreachable: a character of the text has an invalid category")


def decode(data: bytes, path: str) -> tuple[str, tuple[str, ...]]:
    """The file's text and the decoding repairs made (``bom``, ``utf16``, ``cp1258``, ``mojibake``)."""
    repairs: list[str] = []
    for signature, kind in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise SeedError(path, "binary", f"{kind} file, not text", byte_offset=0)
    for bom, codec in UTF16_BOMS.items():
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as error:
                raise SeedError(path, "invalid_utf16", f"{codec} decoding failed ({error.reason})",
                                byte_offset=error.start + len(bom)) from None
            return _after_decoding(text, path, ["utf16"])
    nul = data.find(b"\x00")
    if nul >= 0 and data.count(b"\x00") > max(8, len(data) // 100):
        raise SeedError(path, "binary", "NUL bytes throughout: binary, or UTF-16 without a byte-order mark",
                        byte_offset=nul, line=_line_of(data, nul))
    body = data
    if body.startswith(UTF8_BOM):
        body = body[len(UTF8_BOM):]
        repairs.append("bom")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start + (len(data) - len(body))
        if error.reason == "unexpected end of data":
            raise SeedError(path, "truncated_utf8", f"the file ends inside a UTF-8 character (byte 0x{data[offset]:02x})",
                            byte_offset=offset, line=_line_of(data, offset)) from None
        if not _VALID_MULTIBYTE.search(body):
            legacy = body.decode("cp1258", errors="replace")
            if "\ufffd" not in legacy and _plausibly_vietnamese(unicodedata.normalize("NFC", legacy)):
                return _after_decoding(legacy, path, [*repairs, "cp1258"])
            raise SeedError(path, "legacy_encoding_suspected",
                            f"byte 0x{data[offset]:02x} is not UTF-8 and the file does not read as Windows-1258 "
                            "Vietnamese either", byte_offset=offset, line=_line_of(data, offset)) from None
        raise SeedError(path, "invalid_utf8", f"byte 0x{data[offset]:02x} is not valid UTF-8 ({error.reason}); "
                        "the rest of the file is UTF-8, so it is not guessed", byte_offset=offset,
                        line=_line_of(data, offset)) from None
    return _after_decoding(text, path, repairs)


def _after_decoding(text: str, path: str, repairs: list[str]) -> tuple[str, tuple[str, ...]]:
    # ftfy walks every line in Python; the gate proves most texts would come back unchanged (see its module).
    fixed = ftfy.fix_text(text, _MOJIBAKE_FIXES) if may_need_encoding_repair(text) else text
    if fixed != text:
        residue = _MOJIBAKE_RESIDUE.search(fixed)
        if residue:
            raise SeedError(path, "lossy_mojibake", f"mojibake that cannot be fully repaired (bytes were lost): "
                            f"{residue.group(0)!r} left at character {residue.start()}",
                            line=fixed.count("\n", 0, residue.start()) + 1)
        if "\ufffd" in fixed and "\ufffd" not in text:
            position = fixed.index("\ufffd")
            raise SeedError(path, "lossy_mojibake", "mojibake whose repair loses a character (U+FFFD left)",
                            line=fixed.count("\n", 0, position) + 1)
        text = fixed
        repairs.append("mojibake")
    if "\ufffd" in text:
        position = text.index("\ufffd")
        raise SeedError(path, "replacement_character", "U+FFFD in the text: an earlier lossy conversion",
                        line=text.count("\n", 0, position) + 1)
    suspicious, ratio = _suspicious_latin(unicodedata.normalize("NFC", text))
    if suspicious >= LEGACY_MIN_SUSPICIOUS and ratio >= LEGACY_MIN_RATIO:
        raise SeedError(path, "legacy_encoding_suspected",
                        f"{suspicious} letters that Vietnamese never uses ({ratio:.0%} of accented letters): "
                        "TCVN3/ABC or VNI text read as Latin-1")
    invalid = _first_invalid_codepoint(text)
    if invalid is not None:
        position, category = invalid
        char = text[position]
        raise SeedError(path, "invalid_codepoint",
                        f"U+{ord(char):04X} ({'private use' if category == 'Co' else 'unassigned'}) at character "
                        f"{position}", line=text.count("\n", 0, position) + 1)
    return text, tuple(repairs)
