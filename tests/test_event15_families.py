"""Event and document families of the spent tenth blind set (issue 14, session 12), on invented sentences: a plan
numbered with a unit code that ends in a day-month name ('KH-BV30-4', Bệnh viện 30-4) is cited whole; free medical
examinations and similar programmes are `other` events chaired by the delegation's head."""

from __future__ import annotations

import pytest

from haucan.extract.lexicon import lexicon


@pytest.mark.parametrize("text, number", [
    ("Căn cứ Kế hoạch số 205/KH-BV30-4 ngày 15/9/2025 của Giám đốc Bệnh viện;", "205/KH-BV30-4"),
    ("thực hiện Công văn số 77/CV-CT19-5 của Công ty.", "77/CV-CT19-5"),
    ("theo Quyết định số 12/QĐ-BV30-4.", "12/QĐ-BV30-4"),
])
def test_a_unit_code_ending_in_a_day_month_name_is_part_of_the_number(text, number):
    found = lexicon().doc_ref.search(text)
    assert found is not None and found.group("number") == number


@pytest.mark.parametrize("text, number", [
    ("theo Kế hoạch số 15/KH-BCH-4/2025 của Ban", None),           # a date-like tail is no code
    ("Quyết định số 12/QĐ-BQP ngày 1-4-2024 của Bộ", "12/QĐ-BQP"),  # the issue date stays the date
])
def test_digits_after_a_code_that_are_a_date_are_not_taken(text, number):
    found = lexicon().doc_ref.search(text)
    assert (found.group("number") if found else None) == number
