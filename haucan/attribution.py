"""The attribution rules of ``rules/attribution.yml`` loaded once, and the two tests on a credit that need nothing
else: whether a credit names a person or a body ('CÔNG ĐOÀN CỤC HẬU CẦN', 'BBT'), and whether a closing line only
names the department that sent the news ('Phòng Chính trị'). The header and footer readers (page_parts.py,
page_footer.py, signatures.py) and metadata.py build on them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml


@dataclass(frozen=True, slots=True)
class Attribution:
    """Byline and photo-credit patterns from ``rules/attribution.yml``."""

    bylines: tuple[tuple[str, str, re.Pattern[str]], ...]
    name_checked: frozenset[str]
    """Byline rules whose every name must look like a person's name (``name_check`` in the YAML)."""
    closing_max_words: int
    closing_max_chars: int
    not_a_person: tuple[str, ...]
    not_in_a_name: frozenset[str]  # words no writer's name holds ('tin buồn', 'chủ tịch', 'kt.'), case-folded
    unit_credit: re.Pattern[str]
    """A closing line that only names the sending department ('Phòng Sau đại học')."""
    unit_credit_max_chars: int
    unit_credit_long: re.Pattern[str]
    """A longer credit, half its words capitalised ('Phòng Thông tin Khoa học Quân sự')."""
    credit_line: re.Pattern[str]
    credit_suffix: re.Pattern[str]
    name_separator: re.Pattern[str]
    name_prefix: re.Pattern[str]
    """A rank or academic title (with its commas and dots) at the front of a byline's name."""

    def byline_pattern(self, name: str) -> re.Pattern[str] | None:
        """The compiled pattern of byline rule ``name`` (None for the unlabelled closing name)."""
        return next((p for n, _, p in self.bylines if n == name), None)


@cache
def attribution_rules() -> Attribution:
    """Load ``rules/attribution.yml`` once."""
    doc = yaml.safe_load((Path(__file__).parent / "rules" / "attribution.yml").read_text(encoding="utf-8"))
    credits = {c["name"]: re.compile(c["pattern"]) for c in doc["photo_credits"]}
    return Attribution(
        bylines=tuple((b["name"], b["where"], re.compile(b["pattern"])) for b in doc["bylines"]),
        name_checked=frozenset(b["name"] for b in doc["bylines"] if b.get("name_check")),
        closing_max_words=doc["closing_name"]["max_words"],
        closing_max_chars=doc["closing_name"]["max_chars"],
        not_a_person=tuple(doc["not_a_person"]["words"]),
        not_in_a_name=frozenset(w.casefold() for w in doc["not_in_a_name"]["words"]),
        unit_credit=_unit_credit_pattern(doc["unit_credit"]),
        unit_credit_max_chars=doc["unit_credit"]["max_chars"],
        unit_credit_long=_unit_credit_pattern(doc["unit_credit"], doc["unit_credit"]["max_words_capitalised"]),
        credit_line=credits["credit_line"],
        credit_suffix=credits["credit_suffix"],
        name_separator=re.compile(doc["name_separator"]),
        name_prefix=re.compile(r"^(?i:" + "|".join(map(re.escape, sorted(doc["name_prefixes"]["words"], key=len,
                                                                         reverse=True))) + r")\b[\s.,]*"),
    )


# The small letters of Vietnamese: a range 'à-ỹ' would also hold capitals ('Đ', 'Ạ'), and 'Phòng Đào tạo' opens its
# name with one.
_LOWER = "a-zàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ"


def _unit_credit_pattern(entry: dict, max_words: int | None = None) -> re.Pattern[str]:
    words = "|".join(map(re.escape, sorted(entry["words"], key=len, reverse=True)))
    rest = max((max_words or entry["max_words"]) - 1, 1)
    # The unit's own name opens with a capital ('Phòng Sau đại học'; 'Khoa học', 'Hệ thống kho' are not credits).
    # The unit's parent may follow an en dash as well as a hyphen ('Phòng Chính trị – Nhà máy Z121', dev 152).
    # A dash between the unit and its parent is no word either ('Phòng Hậu cần - Công an tỉnh Gia Lai', set 9's 062).
    named = rf"[^\W\d_{_LOWER}][\w.-]*(?:(?:\s+[-–])?\s+[\w.–-]+){{0,{rest - 1}}}"
    # A local body signs with its level word after the unit word and then only its place's name, if any ('Bộ CHQS
    # tỉnh', 'Ban biên tập xã Tân Lập', set 11's 787, 765): the level word is small but no word of a sentence.
    places = "|".join(map(re.escape, sorted(entry.get("place_words") or (), key=len, reverse=True)))
    local = rf"|(?:{places})(?:\s+[^\W\d_{_LOWER}][\w.-]*){{0,{rest - 1}}}" if places else ""
    return re.compile(rf"^(?i:{words})\s+(?:{named}{local})$")


def is_unit_credit(text: str, attribution: Attribution) -> bool:
    """True for a short unpunctuated line naming a department and nothing else ('Phòng Chính trị', 'Ban Tuyên
    huấn'): at the end of an article, the credit of the office that sent it."""
    # A dash between two halves of a unit's name is no word ('Trung tâm Thông tin - Truyền thông').
    words = [w for w in text.split() if w not in ("-", "–")]
    return (len(text) <= attribution.unit_credit_max_chars and text[:1].isupper()
            and bool(attribution.unit_credit.match(text) or attribution.unit_credit_long.match(text)
                     and sum(w[:1].isupper() for w in words) * 2 >= len(words)))


def is_person(name: str, attribution: Attribution) -> bool:
    """False for a credit naming a body or an outlet ('CÔNG ĐOÀN CỤC HẬU CẦN', 'Phòng Hậu cần', 'BBT')."""
    low = name.lower() + " "
    return not any(low.startswith(word) for word in attribution.not_a_person)
