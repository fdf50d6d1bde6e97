"""Whether a capitalised word can be a Vietnamese syllable, and so part of a person's name.

Every Vietnamese syllable is (initial consonant) + one to three vowels + (final consonant), from small closed
sets; English or brand words ('NATIONAL', 'DEFENCE', 'POWERED', 'ONECMS') and unit codes without a vowel ('TTVH')
are not. Page furniture in capitals ('NATIONAL DEFENCE ACADEMY' under an academy's masthead, 'POWERED BY ONECMS'
in a CMS footer) looks like a name in capitals to every other test; this one tells them apart without a list of
phrases. Ethnic-minority names keep some syllables outside the Kinh set ('Y Rưng Mlô', 'Rơ Mah'), so a name is
rejected only when most of its long words fail.
"""

from __future__ import annotations

import re
import unicodedata

_SYLLABLE_SHAPE = re.compile(r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
# Words shorter than this are not judged: 'A', 'Y', 'BY' and initials without dots ('TQ') say too little.
MIN_JUDGED_LETTERS = 4
_VOWELS = frozenset("aeiouy")


def _plain(word: str) -> str:
    """``word`` lower-cased without tone marks or vowel hats, 'đ' as 'd' ('Nguyễn' → 'nguyen')."""
    stripped = "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))
    return stripped.replace("đ", "d").replace("Đ", "D").casefold()


def is_syllable(word: str) -> bool:
    """True when ``word`` (letters only) has the shape of one Vietnamese syllable."""
    return bool(_SYLLABLE_SHAPE.fullmatch(_plain(word)))


def has_vowel(word: str) -> bool:
    """True when ``word`` holds a vowel letter: 'TTVH', 'TTXVN' (unit and agency codes) do not."""
    return any(ch in _VOWELS for ch in _plain(word))


def can_be_name(text: str) -> bool:
    """False when most of the judged words of ``text`` (letters only, at least MIN_JUDGED_LETTERS long; words
    with dots are initials and are not judged) cannot be Vietnamese syllables."""
    judged = [w for w in re.split(r"[\s-]+", text) if "." not in w and w.isalpha() and len(w) >= MIN_JUDGED_LETTERS]
    return sum(not is_syllable(w) for w in judged) * 2 <= len(judged)
