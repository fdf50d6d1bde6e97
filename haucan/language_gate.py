"""A cheap test that a text is plainly Vietnamese, so that haucan/screen.py can accept it without running the
language identifier (py3langid, ~0.5 ms per article: ~80% of the dedup pass's decode+clean).

The screen rejects a text only when the identifier's probability of Vietnamese is below 0.01; this gate says
"accept" only for texts that are Vietnamese by every measure below at once, each chosen so that a text mixing
in enough foreign words to move the identifier fails it by a wide margin. Its answer is only ever "accept" or
"ask the identifier", so a text it lets through must be one the identifier accepts: tests/test_language_gate.py
checks that on the seeds, the real-world dev pages, the bad-input corpus, generated corpora (as written and
stripped of diacritics) and word-, line- and quote-level mixtures of Vietnamese with English, Malay,
Indonesian, French and Chinese, including adversarial ones (only diacritic-heavy Vietnamese words, only foreign
words that spell like Vietnamese syllables). Among the mixtures it lets through, the identifier's lowest
probability of Vietnamese was > 0.999 when written (the screen's threshold is 0.01).

The measures, over the letter tokens (runs of letters) of the sample the identifier would read:
- every letter is in the Latin script (any Chinese, Cyrillic, Thai... letter: ask the identifier);
- at most 10% of the tokens fail a loose Vietnamese syllable shape (onset, 1-3 vowels, coda), which English,
  French or Malay words mostly fail ('logistics', 'pekerjaan', 'année') and abbreviations also do
  ('UBND': real articles have 1-14% such tokens);
- at least 60% of the tokens hold a letter of the Vietnamese alphabet outside ASCII (đ, ă, â, ê, ô, ơ, ư, a
  tone mark; real articles: 70-91%, a page half English: under 50%);
- at least 10% of the letters are Vietnamese-only (ơ, ư and the tone-marked vowels of U+1EA0-U+1EF9 except ẹ
  and ọ, which Yoruba also writes; real articles: 12-28%, median 18%);
- at least 20 distinct tokens with such a letter, and at least four times as many as distinct failing tokens:
  the identifier counts each n-gram with log(1 + count), so its evidence grows with distinct words, not
  repeated ones (a text of two Vietnamese words repeated among varied Malay words can read as Malay).
Vietnamese without diacritics fails the gate and goes to the identifier (which accepts it): no saving there.
"""

from __future__ import annotations

import re
from collections import Counter

_LETTER = r"[^\W\d_]"
_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
# A loose syllable: it admits non-words ('ngiêp') but no consonant cluster or final consonant Vietnamese lacks.
_SYLLABLE = (rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_VOWELS}]{{1,3}}"
             rf"(?:ch|ng|nh|[cmnpt])?")
# Over the distinct tokens joined by newlines (one scan in C instead of a Python call per token).
_NOT_SYLLABLE_LINE = re.compile(rf"^(?!(?:{_SYLLABLE})$).+$", re.IGNORECASE | re.MULTILINE)
_VIETNAMESE_MARKED = "".join(sorted(set(_VOWELS + _VOWELS.upper() + "đĐ") - set("aeiouyAEIOUY")))
_UNMARKED_LINE = re.compile(rf"^[^{_VIETNAMESE_MARKED}\n]+$", re.MULTILINE)
_TOKEN = re.compile(rf"{_LETTER}+")
_VIETNAMESE_ONLY = re.compile("[ơưƠƯ" + "".join(chr(code) for code in range(0x1EA0, 0x1EFA)
                                                if chr(code) not in "ẸẹỌọ") + "]")
# Letters outside Basic Latin, Latin-1, Latin Extended-A/B and Latin Extended Additional.
_NOT_LATIN = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]")

MAX_NOT_SYLLABLE_SHARE = 0.10
MIN_MARKED_SHARE = 0.60
MIN_VIETNAMESE_ONLY_SHARE = 0.10
MIN_DISTINCT_MARKED = 20
MIN_DISTINCT_MARKED_PER_FAILING = 4


def letter_tokens(text: str) -> list[str]:
    """The runs of letters of ``text`` (what ``[^\\W\\d_]`` matches), in order: their lengths add up to the
    text's letters."""
    return _TOKEN.findall(text)


def plainly_vietnamese(sample: str, tokens: list[str], letters: int) -> bool:
    """True when ``sample`` (its ``letter_tokens`` and their ``letters``) passes every measure of the module
    docstring, so the identifier would accept it; False means only "ask the identifier". Linear in the sample:
    three regex scans of it, two of its distinct tokens."""
    if not tokens or _NOT_LATIN.search(sample):
        return False
    counts = Counter(tokens)
    distinct = "\n".join(counts)
    failing = _NOT_SYLLABLE_LINE.findall(distinct)
    if sum(counts[token] for token in failing) > MAX_NOT_SYLLABLE_SHARE * len(tokens):
        return False
    unmarked = _UNMARKED_LINE.findall(distinct)
    if len(tokens) - sum(counts[token] for token in unmarked) < MIN_MARKED_SHARE * len(tokens):
        return False
    if len(_VIETNAMESE_ONLY.findall(sample)) < MIN_VIETNAMESE_ONLY_SHARE * letters:
        return False
    distinct_marked = len(counts) - len(unmarked)
    return (distinct_marked >= MIN_DISTINCT_MARKED
            and distinct_marked >= MIN_DISTINCT_MARKED_PER_FAILING * len(failing))
