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


def holds_words(text: str, words: frozenset[str]) -> bool:
    """True when ``text`` holds one of ``words`` (case-folded words or word pairs) as whole words: 'TIN BUỒN' and
    'KT. CHÁNH VĂN PHÒNG' hold words of attribution.yml's ``not_in_a_name``, which no writer's name is made of."""
    folded = text.casefold().split()
    pairs = (" ".join(folded[i:i + 2]) for i in range(len(folded) - 1))
    return any(w in words for w in folded) or any(p in words for p in pairs)


def is_code_then_level(name: str) -> bool:
    """True for an office's code in capitals followed by small words only ('VPUBND tỉnh'), which a byline puts
    after the writer's name (dev 829) and no name looks like."""
    first, *rest = name.split()
    return len(first) >= 3 and first.isupper() and "." not in first and bool(rest) and all(w.islower() for w in rest)
