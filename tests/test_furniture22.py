"""Page furniture of session 14's tenth round (issue 14, spent set 17's misses), on short invented pages: a "now
viewing" breadcrumb, an advertising call, a typo-report box, a Q&A site's button row and related questions, the
older spelling 'Gởi' of a site's buttons, a mirror's labels in another script, and the next item's teaser under the
byline; and the sentences of the same words that stay text."""

from __future__ import annotations

import pytest

from tests.support.pages import BODY, LEAD, TITLE, article, left_out, page_with, published_text, stays_text

FURNITURE = [
    "Đang xem: Chế độ ăn của chiến sĩ mới, tiêu chuẩn tiền ăn năm 2025",
    "Bạn đang xem: Bếp ăn quân đội được tổ chức thế nào",
    "Bạn cần tư vấn tuyển sinh? Xem ngay danh sách các trường quân đội năm nay!",
    "Chưa biết chọn ngành nào? Tham khảo ngay điểm chuẩn các học viện",
    "Ctrl Enter",
    "Ctrl + Enter",
    "Bạn phát hiện lỗi chính tả? Hãy bôi đen đoạn đó và nhấn Ctrl + Enter",
    "Bôi đen đoạn văn có lỗi rồi nhấn Ctrl + Enter để báo cho chúng tôi.",
    "Góp ý 3 lượt thích",
    "Bình luận 2 câu trả lời",
    "Gởi câu hỏi",
    "Gởi bình luận",
    "Похожие видео",
    "Другие новости",
    "Источник: baomoi.com",
    "相关新闻",
]


@pytest.mark.parametrize("line", FURNITURE)
@pytest.mark.parametrize("where", ["middle", "foot"])
def test_crumbs_calls_widgets_and_foreign_labels_are_furniture(line, where):
    a = page_with(line, where)
    assert left_out(a, line)
    assert a.metadata.title == TITLE


TEXT = [
    "Học viên đang xem lại bài giảng về công tác bảo đảm hậu cần trong chiến đấu.",
    "Vì sao bữa ăn ngon hơn? Xem xét kỹ thì thấy nhà bếp đã thay đổi cách chế biến.",
    "Đơn vị tổ chức góp ý cho dự thảo quy chế quản lý bếp ăn tập thể.",
    "Bộ đội gởi thư về thăm gia đình sau đợt huấn luyện dã ngoại.",
    "Đoàn công tác Nga gồm 12 thành viên đã thăm Kho K712 và trao đổi kinh nghiệm.",
]


@pytest.mark.parametrize("line", TEXT)
def test_sentences_of_the_same_words_stay_text(line):
    assert stays_text(line)


def test_related_questions_under_their_heading_are_furniture():
    questions = ["Học viện Hậu cần tuyển sinh những ngành nào?", "Tiền ăn của học viên là bao nhiêu?"]
    a = article("\n".join([TITLE, LEAD, BODY, "Trả lời câu hỏi khác", *questions]))
    for line in ["Trả lời câu hỏi khác", *questions]:
        assert line not in published_text(a).split("\n")


def test_a_list_under_a_foreign_heading_is_furniture():
    teaser = "Quân khu 5 vận chuyển hàng cứu trợ ra đảo"
    a = article("\n".join([TITLE, LEAD, BODY, "Другие новости", teaser]))
    assert teaser not in published_text(a).split("\n") and teaser not in a.metadata.captions


def test_the_next_items_tagged_sapo_under_the_byline_is_furniture():
    teaser = "(QĐND) - Chiều 5-3, Lữ đoàn 131 tổ chức hội thi nấu ăn giỏi năm 2025."
    a = article("\n".join([TITLE, "(QĐND) - " + LEAD, BODY, "Tin và ảnh: MINH ANH", teaser, "Tin cùng chuyên mục"]))
    assert teaser not in published_text(a).split("\n")
    assert a.metadata.authors == ("MINH ANH",) or "MINH ANH" in a.metadata.authors


def test_a_tagged_paragraph_with_text_after_it_stays_text():
    tagged = "(QĐND) - Chiều 5-3, Lữ đoàn 131 tổ chức hội thi nấu ăn giỏi năm 2025."
    more = "Hội thi thu hút 20 đội tham gia, mỗi đội chế biến ba món ăn trong 90 phút."
    a = article("\n".join([TITLE, "(QĐND) - " + LEAD, BODY, "Tin và ảnh: MINH ANH", tagged, more]))
    assert tagged in published_text(a).split("\n")


def test_a_name_between_dashes_closing_the_page_is_its_writer():
    a = article("\n".join([TITLE, LEAD, BODY, "- Thu Trang -", "Gởi câu hỏi", "Văn bản liên quan"]))
    assert "Thu Trang" in a.metadata.authors
    assert "- Thu Trang -" not in published_text(a).split("\n")


def test_a_dashed_line_that_is_no_name_is_no_writer():
    line = "- hết -"
    a = article("\n".join([TITLE, LEAD, BODY, line]))
    assert not a.metadata.authors


def test_a_writer_signing_with_his_office_under_the_text_is_author_and_person():
    signature = "Lê Văn Hòa- Bí thư Đảng ủy xã Ia Mlah"
    a = article("\n".join([TITLE, LEAD, BODY, signature, "Tin khác", "Xã Ia Mlah ra quân huấn luyện dân quân"]))
    assert "Lê Văn Hòa" in a.metadata.authors


@pytest.mark.parametrize("line", [
    "Nguyễn Văn Bình - Chủ tịch UBND xã phát biểu tại buổi lễ",
    "Nguyễn Văn Bình - Chủ tịch UBND xã trao quà cho chiến sĩ",
])
def test_a_closing_caption_naming_an_office_holder_at_work_names_no_writer(line):
    a = article("\n".join([TITLE, LEAD, BODY, line]))
    assert "Nguyễn Văn Bình" not in a.metadata.authors


def test_a_signature_with_an_office_above_more_text_is_no_writer():
    line = "Lê Văn Hòa - Bí thư Đảng ủy xã Ia Mlah"
    a = article("\n".join([TITLE, LEAD, line, BODY]))
    assert "Lê Văn Hòa" not in a.metadata.authors
