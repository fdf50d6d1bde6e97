"""Whether a site's host spells the name a line of its page prints (issue 14: an unknown host is named by its own
masthead only when the host confirms it).

Hosts write a name without tone marks and spaces, in full (``binhdoan12.vn``: "Binh đoàn 12"), by the initials of
its words (``tsqlq2.edu.vn``: "Trường Sĩ quan Lục quân 2", a number kept whole) or leaving out a place word
(``nongthonmoituyenquang.gov.vn``: "… nông thôn mới tỉnh Tuyên Quang"). ``spells`` accepts a run of the name's
words up to its end, written each in full or by its initial, with place words skippable; a headline or a sentence never spells
the host that way.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

MIN_SLUG_OVERLAP = 6
"""The host label and the name must share this many letters: "congan" (6) is a name, "antv" is too short to tell
a site's name from a word that happens to be in it."""
MIN_SPELLED_WORDS = 3
"""A host spelled word by word uses at least this many of the name's words (two initials spell too much)."""
# Words a host leaves out between the others: the kind of place before a place name, and linking words.
_SKIPPABLE = frozenset({"tinh", "thanh", "pho", "huyen", "quan", "thi", "xa", "cua", "va"})
# "nhân dân" ("people's") in a state body's name, which its host leaves out as a pair: "Viện Kiểm sát nhân dân tỉnh
# X" on ``vienkiemsatx.gov.vn``, "Tòa án nhân dân tỉnh X" on ``toaanx.gov.vn`` (session 13, set 14's 493).
_PEOPLES = ("nhan", "dan")


def slug(text: str) -> str:
    """``text`` as a host writes it: no tone marks, "đ" as "d", letters and digits only, lower case; a free-standing
    "&" as the "và" it is read ("PHÁP LUẬT & CUỘC SỐNG" on phapluatvacuocsong.vn, set 15's 358)."""
    plain = unicodedata.normalize("NFD", text.replace(" & ", " va ").replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in plain if c.isascii() and c.isalnum()).lower()


def spells(site: str, name: str) -> bool:
    """True when host label ``site`` spells ``name``: the name's slug contains it (or it contains most of a short
    name's slug), or it is the name's last words, each in full or by its initial, place words skippable."""
    name_slug = slug(name)
    if len(min(site, name_slug, key=len)) < MIN_SLUG_OVERLAP:
        return False
    if site in name_slug or name_slug in site and len(name_slug) * 4 >= len(site) * 3:
        return True
    words = tuple(w for w in (slug(word) for word in name.split()) if w)
    return any(_spelled(site, words, start, 0) for start in range(len(words)))


def spelled_part(site: str, name: str) -> str | None:
    """The part of ``name`` that host label ``site`` spells, else None. A name whose slug contains the label is the
    site's name only when it ends with it or the label is two thirds of it ("Trường Sĩ quan Phòng hóa bế giảng khóa
    …", a headline of the site's own news, contains ``siquanphonghoa`` but is not its name; "CƠ KHÍ CHÍNH XÁC 29 -
    Z129" is ``cokhichinhxac29``'s, "Tin Nhanh X - Tin tức mới nhất" only in its first part); a name spelled by its
    last words in full or by initials is cut to those words ("50 NĂM HỌC VIỆN CẢNH SÁT NHÂN DÂN" by ``hvcsnd``:
    "HỌC VIỆN CẢNH SÁT NHÂN DÂN")."""
    name_slug = slug(name)
    if len(min(site, name_slug, key=len)) < MIN_SLUG_OVERLAP:
        return None
    if site in name_slug:
        if _appended_label(site, name):
            return None
        return name if name_slug.endswith(site) or 3 * len(site) >= 2 * len(name_slug) else None
    if name_slug in site and len(name_slug) * 4 >= len(site) * 3:
        return name
    kept = [match for match in re.finditer(r"\S+", name) if slug(match.group(0))]
    words = tuple(slug(match.group(0)) for match in kept)
    start = next((i for i in range(len(words)) if _spelled(site, words, i, 0)), None)
    # The name as printed from its first spelled word on, dashes inside it kept ("Khu Kinh tế - Quốc phòng X").
    return None if start is None else name[kept[start].start():]


def _appended_label(site: str, name: str) -> bool:
    """True when only the line's last word, after a dash or bar, spells the host label: a photo's or another page's
    title with the site's bare label appended (an image alt text over the page), not a name the site prints."""
    match = re.search(r"[-–—|]\s*(\S+)\s*$", name)
    return match is not None and match.start() > 0 and slug(match.group(1)) == site and slug(name[:match.start()]) != ""


@cache
def _spelled(rest: str, words: tuple[str, ...], k: int, used: int) -> bool:
    """True when ``rest`` is spelled by ``words[k:]`` to the end of the name (each word whole, by its initial or,
    for a place word, left out), with at least MIN_SPELLED_WORDS words used in all."""
    if not rest:
        # The run reaches the name's end: a host spelling only its first words names a part of it.
        return used >= MIN_SPELLED_WORDS and all(word in _SKIPPABLE for word in words[k:])
    if k == len(words):
        return False
    word = words[k]
    if used and word in _SKIPPABLE and _spelled(rest, words, k + 1, used):
        return True
    if used and words[k:k + 2] == _PEOPLES and _spelled(rest, words, k + 2, used):
        return True  # "Viện Kiểm sát nhân dân tỉnh Hưng Yên" on vienkiemsathungyen.gov.vn
    if rest.startswith(word) and _spelled(rest[len(word):], words, k + 1, used + 1):
        return True
    # A number is written whole ("2" in "tsqlq2"), a word may be its initial.
    return not word.isdigit() and rest[0] == word[0] and _spelled(rest[1:], words, k + 1, used + 1)


def spelled_after_head(site: str, name: str, head: re.Pattern[str]) -> bool:
    """True when ``name`` opens with a publisher's head word (``head``: "Truyền hình", "Đài", "Trường") and host label
    ``site`` opens with the slug of the rest, which is at least two thirds of the label: ``dailocrt`` (the rest an
    abbreviation of the kind, "RT" for radio-television) by "Truyền hình Đại Lộc" (set 10's 679)."""
    match = head.match(name)
    rest = slug(name[match.end():]) if match else ""
    return len(rest) >= MIN_SLUG_OVERLAP and site.startswith(rest) and 3 * len(rest) >= 2 * len(site)


def loosely_spells(site: str, name: str) -> bool:
    """True when host label ``site`` holds the letters of ``name``'s slug in order, with at most a third of its own
    letters between them: a shop's banner "Chè Thái Nguyên" on ``chetrathainguyen`` (set 10's 685), a domain printed
    as the name. Only for a site's own banner line, which says it is a name."""
    name_slug = slug(name)
    if len(name_slug) < MIN_SLUG_OVERLAP or 3 * len(name_slug) < 2 * len(site):
        return False
    letters = iter(site)
    return all(c in letters for c in name_slug)
