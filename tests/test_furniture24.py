"""Page furniture and bylines of session 14's twelfth round (issue 14, spent set 19's misses), on short invented
pages: an empty comment box or review tab, a shop's product attributes and its related products, a document site's
preview notices, a journal's running foot, a paper's header menu, a writers' group credit and a source row naming a
person; and the lines of the same shapes that stay text or name no writer."""

from __future__ import annotations

import pytest

from tests.support.pages import BODY, LEAD, TITLE, article, left_out, page_with, published_text, stays_text

FEEDBACK = ["Không có bình luận", "Chưa có bình luận nào.", "Chưa có đánh giá nào.", "Đánh giá (0)", "Bình luận (12)",
            "Chưa có nhận xét nào cho bài viết này"]


@pytest.mark.parametrize("line", FEEDBACK)
@pytest.mark.parametrize("where", ["middle", "foot"])
def test_an_empty_comment_box_or_review_tab_is_furniture(line, where):
    assert left_out(page_with(line, where), line)


@pytest.mark.parametrize("line", [
    "Không có ý kiến nào phản đối phương án tổ chức bếp ăn tập trung của đơn vị.",
    "Chưa có đánh giá nào của cấp trên về mô hình tăng gia này, nhưng bộ đội rất phấn khởi.",
])
def test_a_sentence_about_no_objection_stays_text(line):
    assert stays_text(line)


@pytest.mark.parametrize("line", ["Mã: QN-2041 Danh mục: Sách quân sự, Hậu cần", "SKU: HC-77",
                                  "Mã sản phẩm: LSQN01 Danh mục: Sách lịch sử Thẻ: hậu cần, quân nhu"])
def test_a_shops_product_attributes_are_furniture(line):
    assert left_out(page_with(line, "foot"), line)


def test_a_code_in_a_sentence_stays_text():
    assert stays_text("Mã: mỗi bếp ăn được cấp một số hiệu riêng để theo dõi định lượng hằng ngày.")


def test_a_shops_related_products_are_a_list():
    related = ["Lịch sử ngành Xăng dầu Quân đội", "Biên niên Kho K55 - Cục Hậu cần"]
    a = article("\n".join([TITLE, LEAD, BODY, "Sản phẩm tương tự", *related]))
    for line in ["Sản phẩm tương tự", *related]:
        assert left_out(a, line)


@pytest.mark.parametrize("line", ["Đang tải... (xem toàn văn)",
                                  "Tài liệu hạn chế xem trước, để xem đầy đủ mời bạn chọn Tải xuống",
                                  "Luận văn bị giới hạn số trang xem trước, vui lòng tải về để đọc tiếp",
                                  "Thông tin tài liệu", "Mô tả tài liệu:"])
@pytest.mark.parametrize("where", ["middle", "foot"])
def test_a_document_sites_preview_notices_are_furniture(line, where):
    assert left_out(page_with(line, where), line)


@pytest.mark.parametrize("line", ["Tạp chí Lịch sử Quân sự, số 4/2020 - 65", "66 - Tạp chí Hậu cần Quân đội, số 2/2019",
                                  "Tập san Quân nhu, số 12 (2021) - 7"])
def test_a_journals_running_foot_is_furniture(line):
    assert left_out(page_with(line), line)


def test_a_sentence_citing_a_journal_issue_stays_text():
    assert stays_text("Bài viết đăng trên Tạp chí Lịch sử Quân sự, số 4/2020 đã nêu rõ vai trò của bếp Hoàng Cầm.")


def test_a_papers_header_menu_is_no_newsroom_byline():
    a = article("\n".join(["Tiền Vệ", "Tòa soạn", "Quảng cáo", TITLE, "Minh Hằng", LEAD, BODY]))
    assert "Tòa soạn" not in a.metadata.authors
    assert "Quảng cáo" not in published_text(a)


@pytest.mark.parametrize("label", ["Nhóm tác giả", "Các tác giả"])
def test_a_writers_group_credit_gives_each_writer(label):
    a = article("\n".join([TITLE, LEAD, BODY, f"{label}: TRẦN HOA - LÊ BÌNH"]))
    assert list(a.metadata.authors) == ["TRẦN HOA", "LÊ BÌNH"]


def test_a_source_row_naming_a_person_gives_the_writer():
    a = article("\n".join([TITLE, LEAD, BODY, "Nguồn tin: Thanh Mai:", "Ý kiến bạn đọc"]))
    assert list(a.metadata.authors) == ["Thanh Mai"]
    assert "Nguồn tin: Thanh Mai:" not in published_text(a)


@pytest.mark.parametrize("row", ["Nguồn tin: Báo Nghệ An", "Nguồn tin: Phòng Hậu cần", "Nguồn tin: Ban CHQS huyện",
                                 "Nguồn tin: nhandan.vn", "Nguồn tin: Phòng Hậu Cần Kỹ Thuật"])
def test_a_source_row_naming_a_body_or_outlet_gives_no_writer(row):
    a = article("\n".join([TITLE, LEAD, BODY, row]))
    assert list(a.metadata.authors) == []
    assert left_out(a, row)


@pytest.mark.parametrize("line", ["* Bảo tàng Hậu cần Quân đội", "(*) Học viện Hậu cần", "* Viện Lịch sử quân sự Việt Nam"])
def test_a_writers_affiliation_footnote_is_furniture(line):
    a = article("\n".join([TITLE, LEAD, BODY, "NGUYỄN VĂN HÙNG *", line]))
    assert line not in published_text(a).split("\n") and line not in a.metadata.authors


@pytest.mark.parametrize("line", ["* Cục Hậu cần chủ trì phối hợp với các cơ quan kiểm tra bếp ăn",
                                  "* Học viện Hậu cần đã tổ chức hội thao"])
def test_an_asterisk_list_item_telling_what_a_body_does_is_no_affiliation(line):
    # An unpunctuated line may still be read as a caption; what matters is that it is not dropped as a note.
    assert all(b.rule != "writer_affiliation_note" for b in page_with(line).blocks)
