"""Outlet names printed in capitals, written back as a reader writes them (issue 14): "CỔNG THÔNG TIN ĐIỆN TỬ
HUYỆN MƯỜNG TÈ" → "Cổng thông tin điện tử huyện Mường Tè". Place and unit names after a place word keep their
capitals, "Đảng" and a committee ("Tỉnh ủy") are written as the Party writes them, a province's name as the
province writes it, and the phrases outlets_more.yml ``name_case`` lists (abbreviations, proper names) as listed.
Used by haucan/outlet_text.py, outlet_site.py and outlet_masthead.py; case is never scored, so this only changes
how a name the registry lacks is published."""

from __future__ import annotations

import re
from functools import cache

import yaml

from haucan.provinces import provinces
from haucan.rules import RULES_DIR

# Words after which the rest of a capitalised name is a place or unit name, capitalised in sentence case.
PLACE_WORDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "quân khu", "quân đoàn",
                "binh đoàn", "sư đoàn", "lữ đoàn", "vùng", "công ty")


def _all_capitals(name: str) -> bool:
    """Whether ``name`` has a letter and no lower-case one; read up to the first lower-case letter (a footer's
    prose line is mixed case from its second character)."""
    letter = False
    for char in name:
        if char.isalpha():
            if char.islower():
                return False
            letter = True
    return letter


def sentence_case(name: str) -> str:
    """``name`` as a reader writes it: a name printed in capitals ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG TÈ") in
    sentence case with its place name capitalised ("Cổng thông tin điện tử huyện Mường Tè"); a name already in
    mixed case is kept as printed."""
    if not _all_capitals(name):
        return name
    words = name.lower().split()
    out: list[str] = []
    capital = True
    for i, word in enumerate(words):
        if any(c.isdigit() for c in word) or word.startswith("tp."):
            # A code keeps its capitals ("Z129"); "TP.HỒ CHÍ MINH" is the abbreviation and a place after it.
            word = name.split()[i]
            word = word if not word.upper().startswith("TP.") else "TP." + word[3:4] + word[4:].lower()
            out.append(word)
            capital = word.startswith("TP.")
            continue
        out.append(word[:1].upper() + word[1:] if capital else word)
        capital = False
        tail = " ".join(words[max(0, i - 1): i + 1])
        if word in PLACE_WORDS or tail in PLACE_WORDS or any(w[:1].isupper() for w in out[-1:]) and i:
            capital = True
    return _party_words(_province_names(" ".join(out)))


# "Đảng" is always capitalised, and a committee is "Tỉnh ủy", not the place word before a name ("tỉnh Ủy").
_PARTY = re.compile(r"(?<!\w)đảng(?!\w)")
_COMMITTEE = re.compile(r"(?<!\w)(tỉnh|thành|huyện|quận|thị|Đảng) Ủy(?!\w)", re.IGNORECASE)


def _party_words(text: str) -> str:
    text = _PARTY.sub("Đảng", text)
    text = _COMMITTEE.sub(lambda m: m.group(1)[:1].upper() + m.group(1)[1:] + " ủy", text)
    for pattern, written in _name_case():
        text = pattern.sub(written, text)
    return text


@cache
def _name_case() -> tuple[tuple[re.Pattern[str], str], ...]:
    """outlets_more.yml ``name_case``, longest first (a phrase inside a longer one must not cut it): each phrase's
    pattern and the case it is written in."""
    with open(RULES_DIR / "outlets_more.yml", encoding="utf-8") as handle:
        phrases = sorted(yaml.safe_load(handle)["name_case"], key=len, reverse=True)
    return tuple((re.compile(rf"(?<!\w){re.escape(p)}(?!\w)", re.IGNORECASE), p) for p in phrases)


def _province_names(text: str) -> str:
    """``text`` with each province's name capitalised as the province writes it ("Tin nhanh nghệ an" → "Tin nhanh
    Nghệ An"): a name in capitals loses the case of its place names, which no place word announced."""
    for province in provinces():
        text = re.sub(rf"(?<!\w){re.escape(province.name)}(?!\w)", province.name, text, flags=re.IGNORECASE)
    return text
