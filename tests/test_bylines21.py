"""Writers of session 14's ninth round (issue 14, spent set 16's misses), on short invented pages: the
photographer named before the writer on one credit line, and the writer's name in capitals under the sapo."""

from __future__ import annotations

import pytest

from tests.support.pages import BODY, LEAD, TITLE, article, published_text

CAPTION = "Bộ đội Sư đoàn 5 chế biến thức ăn tại bếp dã chiến"


@pytest.mark.parametrize("line, writer, photographer", [
    ("Ảnh: Hoàng Minh - Bài: Lê Thu", "Lê Thu", "Hoàng Minh"),
    ("Ảnh: HOÀNG MINH - Bài: LÊ THU", "LÊ THU", "HOÀNG MINH"),
    ("Hình: Quốc Việt; Tin: Ngọc Hà", "Ngọc Hà", "Quốc Việt"),
])
def test_a_photo_credit_before_the_writer_gives_the_writer_and_the_photographer(line, writer, photographer):
    a = article("\n".join([TITLE, LEAD, CAPTION, BODY, line]))
    assert a.metadata.authors == (writer,)
    assert photographer in a.metadata.photo_credits
    assert line not in a.metadata.captions


def test_a_caption_ending_with_its_photo_credit_is_no_writer():
    line = "Ảnh: Hoàng Minh - Bếp ăn của Sư đoàn 5 trong ngày huấn luyện"
    a = article("\n".join([TITLE, LEAD, line, BODY]))
    assert "Bếp ăn của Sư đoàn 5 trong ngày huấn luyện" not in a.metadata.authors


@pytest.mark.parametrize("name", ["VĂN PHÚC", "NGUYỄN THỊ HOA"])
def test_a_name_in_capitals_under_the_sapo_is_the_writer(name):
    a = article("\n".join([TITLE, LEAD, name, BODY, BODY]))
    assert a.metadata.authors == (name,)
    assert name not in a.metadata.captions and name not in published_text(a)


def test_a_document_header_in_capitals_under_the_sapo_is_no_writer():
    a = article("\n".join([TITLE, LEAD, "BỘ CÔNG AN", "TRƯỜNG CAO ĐẲNG CẢNH SÁT NHÂN DÂN I", BODY]))
    assert "BỘ CÔNG AN" not in a.metadata.authors


def test_a_caption_in_ordinary_case_under_the_sapo_stays_a_caption():
    a = article("\n".join([TITLE, LEAD, "Văn Phúc", BODY, BODY]))
    assert "Văn Phúc" not in a.metadata.authors
