"""The hand-written fast paths of the entity extractor find exactly what the regexes they replace find."""

from __future__ import annotations

import random
import re

from haucan.extract.lexicon import lexicon
from haucan.extract.names import _SYLLABLE, _family_name_starts, _name_occurrences


def _name_pattern(names: set[str]) -> re.Pattern[str]:
    """The pattern extract() compiled per article before _name_occurrences replaced it."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)")


def test_name_occurrences_are_the_name_pattern_s_matches():
    rng = random.Random(7)
    alphabet = "ab Ab_1-.,Đđ ạ\n"  # word and non-word characters, names that are prefixes of one another
    for _ in range(5000):
        source = "".join(rng.choice(alphabet) for _ in range(rng.randrange(40)))
        names = {"".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 5))) for _ in range(rng.randrange(1, 5))}
        expected = [m.span() for m in _name_pattern(names).finditer(source)]
        assert _name_occurrences(source, names) == expected, (source, names)


def test_name_occurrences_on_text():
    source = "Nguyễn Văn An và Nguyễn Văn Anh; Nguyễn Văn An_ không, (Nguyễn Văn An)"
    names = {"Nguyễn Văn An", "Nguyễn Văn Anh", "Văn An"}
    assert _name_occurrences(source, names) == [m.span() for m in _name_pattern(names).finditer(source)]
    assert [source[s:e] for s, e in _name_occurrences(source, names)] == [
        "Nguyễn Văn An", "Nguyễn Văn Anh", "Nguyễn Văn An"]


def test_family_name_starts_are_the_family_name_syllables():
    family = sorted(lexicon().family_names)
    rng = random.Random(3)
    pieces = [*family[:8], "Nguyễnn", "xTrần", "Lê2", "²Lê", "_Phạm", " ", " ", "-", "a", "Đ"]
    for _ in range(3000):
        source = "".join(rng.choice(pieces) for _ in range(rng.randrange(12)))
        expected = [m.start() for m in _SYLLABLE.finditer(source) if m.group(0) in lexicon().family_names]
        assert _family_name_starts(source) == expected, source
