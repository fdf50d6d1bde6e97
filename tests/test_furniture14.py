"""Session 12 (tail14, issue 14): the families of furniture and credits set 9's fresh pages showed — a pasted
notice's recipients and signer followed by the site's own lines, a question-and-answer page's furniture, a series'
episode list, pagers, share lines. Invented pages; each test asserts behaviour that could break."""

from __future__ import annotations

import pytest

from tests.support.pages import BODY, LEAD, TITLE, article, published_text

NOTICE_END = "Bộ CHQS tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."


def _gone(a, line: str) -> bool:
    return line not in published_text(a) and all(line not in c for c in a.metadata.captions) \
        and line not in a.metadata.authors and a.metadata.title != line


@pytest.mark.parametrize("items", [["- Như trên;", "- Thường trực Tỉnh ủy (b/c);", "- Lưu: VT, NC."],
                                   ["- Như Điều 3;", "+ Các Ban CHQS xã, phường;", "Lưu VT, HC-KT. Đ12."]])
@pytest.mark.parametrize("after", [[], ["Các tin khác", "Hội nghị quân chính năm 2025"],
                                   ["Bản quyền thuộc Bộ Chỉ huy Quân sự tỉnh Yên Bái"]])
def test_a_notices_recipients_are_furniture_and_its_signer_a_person_not_an_author(items, after):
    signer = ["KT. CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG", "Đại tá Lò Văn Pấng"]
    a = article("\n".join([TITLE, LEAD, BODY, NOTICE_END, "Nơi nhận:", *items, *signer, *after]))
    assert all(_gone(a, item) for item in items)
    assert a.metadata.authors == ()
    assert "PHÓ CHỈ HUY TRƯỞNG" in a.metadata.captions and "Đại tá Lò Văn Pấng" in a.metadata.captions
    assert NOTICE_END in published_text(a)


def test_a_dashed_list_in_the_text_is_no_recipients_list():
    items = ["- Bảo đảm đủ lương thực, thực phẩm cho bộ đội;", "- Lưu trữ hồ sơ theo quy định."]
    a = article("\n".join([TITLE, LEAD, "Đơn vị tập trung các nội dung sau:", *items, BODY]))
    assert all(item in published_text(a) for item in items)


def test_a_name_under_an_office_with_no_signing_line_stays_the_closing_byline():
    a = article("\n".join([TITLE, LEAD, BODY, "Minh Anh"]))
    assert a.metadata.authors == ("Minh Anh",)


@pytest.mark.parametrize("call", ["Tư vấn pháp luật miễn phí, bạn đọc gửi câu hỏi về tuvan@baoxyz.vn",
                                  "Mời độc giả gửi tin bài, câu hỏi qua email: toasoan@baoxyz.vn",
                                  "Mọi thắc mắc xin liên hệ hotro@cucxyz.gov.vn"])
def test_a_columns_call_to_readers_with_an_email_is_furniture(call):
    a = article("\n".join([TITLE, LEAD, call, BODY]))
    assert _gone(a, call) and BODY in published_text(a)


def test_a_sentence_naming_an_email_among_others_stays_text():
    line = ("Đơn vị đã gửi hồ sơ tới địa chỉ hopthu@donvi.vn để bạn đọc theo dõi. Sau đó, đơn vị tiếp tục triển khai "
            "nhiều nội dung khác.")
    assert line in published_text(article("\n".join([TITLE, LEAD, line, BODY])))


@pytest.mark.parametrize("heading", ["Các câu hỏi khác", "Câu hỏi liên quan:", "Hỏi đáp cùng lĩnh vực"])
def test_a_qa_pages_other_questions_are_furniture(heading):
    questions = ["Thủ tục cấp giấy phép cho xe chở xăng dầu của đơn vị gồm những gì?",
                 "Thời hạn gia hạn giấy phép tần số là bao lâu"]
    a = article("\n".join([TITLE, LEAD, BODY, heading, *questions]))
    assert _gone(a, heading) and all(_gone(a, q) for q in questions) and BODY in published_text(a)


def test_a_question_label_opens_no_list():
    a = article("\n".join([TITLE, "Câu hỏi:", LEAD, BODY]))
    assert BODY in published_text(a)


@pytest.mark.parametrize("word", ["Tập", "Kỳ", "Bài"])
def test_a_series_list_of_parts_is_furniture(word):
    parts = [f"{word} 1: Từ bếp lửa chiến trường", f"{word} 2: Bữa cơm nơi biên giới", f"{word} 3: Bếp ăn thời số hóa"]
    a = article("\n".join([TITLE, LEAD, BODY, *parts, "Tin liên quan", "Hội thao hậu cần năm 2025"]))
    assert all(_gone(a, p) for p in parts)


def test_a_lone_numbered_heading_or_a_broken_run_stays_the_articles():
    heading, other = "Phần 1: Những kết quả nổi bật", "Phần 3: Phương hướng năm tới"
    a = article("\n".join([TITLE, LEAD, heading, BODY, other, BODY]))
    assert all(heading in a.metadata.captions or heading in published_text(a) for heading in (heading, other))


@pytest.mark.parametrize("pager", ["Trang đầu « Trước 1 2 3 4 5 Sau » Trang cuối", "‹ Prev | 1 | 2 | 3 | Next ›",
                                   "Trang 1/12", "Đầu tiên 1 2 3 ... 9 Cuối cùng"])
def test_a_pager_of_any_shape_is_furniture(pager):
    a = article("\n".join([TITLE, LEAD, BODY, pager]))
    assert _gone(a, pager)


def test_a_sentence_opening_with_a_pager_word_is_no_pager():
    line = "Sau 2 năm 3 tháng xây dựng, công trình nhà ăn đã hoàn thành"
    a = article("\n".join([TITLE, LEAD, line, BODY]))
    assert line in published_text(a) or line in a.metadata.captions


@pytest.mark.parametrize("share", ["Chia sẻ bài đăng này", "Chia sẻ bài viết này: Facebook Zalo", "Share this post"])
def test_a_share_strips_heading_is_furniture(share):
    a = article("\n".join([TITLE, LEAD, BODY, share]))
    assert _gone(a, share)


def test_an_officers_byline_in_capitals_with_his_office_over_the_lead_is_the_author():
    byline = "Thượng tá ĐINH VĂN KHẢM, Phó Chỉ huy trưởng, Chủ nhiệm Hậu cần - Kỹ thuật Ban Chỉ huy BĐBP tỉnh Cao Bằng"
    a = article("\n".join([TITLE, byline, LEAD, BODY]))
    assert a.metadata.authors == ("ĐINH VĂN KHẢM",) and byline in a.metadata.captions


def test_a_photo_caption_naming_an_officer_in_ordinary_case_names_no_author():
    caption = "Đại tá Đinh Văn Khảm, Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn 5 phát biểu tại hội nghị"
    a = article("\n".join([TITLE, caption, LEAD, BODY]))
    assert a.metadata.authors == ()


@pytest.mark.parametrize("credit", ["Phòng Hậu cần - Công an tỉnh Lai Châu", "Phòng Chính trị – Bộ CHQS tỉnh Sơn La"])
def test_a_department_signing_with_its_parent_after_a_dash_is_the_author(credit):
    a = article("\n".join([TITLE, LEAD, BODY, credit, "Tin liên quan", "Hội thao hậu cần năm 2025"]))
    assert a.metadata.authors == (credit,)


@pytest.mark.parametrize("line", ["95", "2024", "12345"])
def test_a_lone_number_is_no_pager(line):
    from tests.support.pages import RULES
    pager = next(rule for rule in RULES.residue if rule.name == "pager")
    assert pager.pattern.search(line) is None


def test_a_notice_copied_without_dashes_and_with_a_seal_mark_keeps_its_signer():
    items = ["Như Điều 3;", "Bộ Tư lệnh Quân khu 2 (b/c);", "Lưu: VT, TH."]
    signer = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Lò Văn Pấng"]
    a = article("\n".join([TITLE, LEAD, BODY, NOTICE_END, "Nơi nhận:", *items, *signer, "Các tin khác",
                           "Hội nghị quân chính năm 2025"]))
    assert all(_gone(a, item) for item in items) and _gone(a, "(Đã ký)")
    assert a.metadata.authors == () and "Lò Văn Pấng" in a.metadata.captions
