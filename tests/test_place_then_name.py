"""An office naming a place the gazetteer lacks, then its holder, in one capitalised run ('huyện Văn Lãng
Triệu Văn Nhất'): the place is not part of the name, and no junk person is made of both."""

import pytest

from haucan.extract.names import _person_spans, place_then_name


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in _person_spans(text, [])]


@pytest.mark.parametrize(("text", "name"), [
    ("Chỉ huy trưởng Ban CHQS huyện Văn Lãng Triệu Văn Nhất cùng cán bộ đến dự.", "Triệu Văn Nhất"),
    ("Bí thư Đảng ủy xã Tân Khánh Hoàng Minh Sơn phát biểu.", "Hoàng Minh Sơn"),
])
def test_the_holder_after_an_unlisted_place_is_found_without_the_place(text, name):
    assert _names(text) == [name]


def test_a_holder_named_right_after_the_administrative_word_keeps_the_whole_name():
    # 'Trương Văn Bình': a middle name in second place means a person, not a two-syllable place.
    text = "Giám đốc Công an tỉnh Trương Văn Bình chủ trì hội nghị."
    assert place_then_name(text, text.index("Trương")) is None
    assert _names(text) == ["Trương Văn Bình"]


def test_no_split_without_an_administrative_word_before_the_run():
    text = "Đồng chí Văn Lãng Triệu Văn Nhất dự."
    assert place_then_name(text, text.index("Văn Lãng")) is None
