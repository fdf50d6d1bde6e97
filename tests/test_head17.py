"""The page head, session 13 (issue 14, the twelfth blind set's misses), on short invented pages: NukeViet's
stamp with its bare counters, a hard-wrapped page's headline over a lead opening with its time, an interview's
headline naming its interviewee, a body's own site named by its name line, a commune's sub-site under its
district's portal.

Every article here is invented text."""

from __future__ import annotations

import datetime as dt

from haucan.article import build_article
from haucan.blocks import Line
from haucan.line_repair import _wrapped, rejoin_wrapped
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules
from haucan.stamps import stamp_rule
from tests.support.outlet_pages import BODY, LEAD, TITLE, decided


def _meta(text: str, url: str | None = None):
    return build_article(RawArticle(SourceFile("x.txt", "0123456789abcdef", url), text), load_rules()).metadata


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1) if t.strip()]


def test_a_nukeviet_stamp_with_bare_counters_is_the_publication_date():
    rules = load_rules()
    assert stamp_rule("Thứ hai - 03/06/2024 09:41 2.310 4", rules) is not None
    assert stamp_rule("Thứ hai - 03/06/2024 09:41 57", rules) is not None
    # Without a clock a figure after the date is no counter: the line is no stamp.
    assert stamp_rule("Thứ hai - 03/06/2024 2.310", rules) is None
    page = f"{TITLE}\nThứ hai - 03/06/2024 09:41 2.310 4\n{LEAD}{BODY}"
    assert _meta(page).published_date == dt.date(2024, 6, 3)


# A commune portal's page hard-wrapped at about 80 characters, its headline at the column's width.
WRAPPED = """Trang chủ > Xã Tân Phú > Tin tức
Tân Phú: Khánh thành nhà trực dân quân và bếp ăn tập thể của xã năm 2024
Chiều ngày 4/6/2024, Ban Chỉ huy
Quân sự xã Tân Phú tổ chức lễ khánh thành nhà trực dân quân và bếp ăn tập thể
do huyện đầu tư xây dựng từ nguồn ngân sách địa phương với tổng kinh phí 900
triệu đồng. Công trình gồm nhà trực hai phòng, bếp ăn và kho quân trang, bảo
đảm chỗ ăn, ở, sinh hoạt cho lực lượng dân quân thường trực của xã trong năm.
Phát biểu tại buổi lễ, lãnh đạo huyện đề nghị xã quản lý, sử dụng công trình
đúng mục đích, duy trì nền nếp sinh hoạt chính quy và tổ chức tăng gia sản xuất
cải thiện bữa ăn cho dân quân, giữ gìn vệ sinh khu vực bếp ăn và nhà trực.
Kỷ niệm 35 năm
Ngày hội Quốc phòng toàn dân, xã đã tổ chức nhiều hoạt động thiết thực."""


def test_a_wrapped_headline_is_not_glued_to_a_lead_opening_with_its_time():
    joined = [line.text for line in rejoin_wrapped(_lines(WRAPPED))]
    assert "Tân Phú: Khánh thành nhà trực dân quân và bếp ăn tập thể của xã năm 2024" in joined
    # The lead's first line, cut short, goes on in the next line.
    assert any(t.startswith("Chiều ngày 4/6/2024, Ban Chỉ huy Quân sự xã Tân Phú tổ chức") for t in joined)
    meta = _meta(WRAPPED)
    assert meta.title == "Tân Phú: Khánh thành nhà trực dân quân và bếp ăn tập thể của xã năm 2024"


def test_a_capitalised_name_day_is_no_lead_opening():
    # 'Ngày hội …' without a date goes on a wrapped sentence as before; a dated 'Sáng 5/6, …' opens a paragraph.
    above = "Đơn vị tổ chức nhiều hoạt động thiết thực nhân kỷ niệm 35 năm ngày thành lập"
    assert _wrapped(above, "Ngày hội Quốc phòng toàn dân, được cán bộ, chiến sĩ hưởng ứng.", 80)
    assert not _wrapped(above, "Sáng 5/6, Ban CHQS xã tổ chức gặp mặt cán bộ, chiến sĩ.", 80)


INTERVIEW = """TẠP CHÍ HẬU PHƯƠNG QUÂN ĐỘI
Thứ Hai, 14/07/2025 09:20

Đại tá Lò Văn Khiêm, Chủ nhiệm Hậu cần Quân khu 9: Bếp ăn đơn vị phải sạch như giữ vũ khí

Mỗi bữa ăn của bộ đội là kết quả của cả một dây chuyền bảo đảm lặng lẽ từ kho, từ vườn tăng gia đến bếp

Đại tá Lò Văn Khiêm

Mỗi bữa ăn của bộ đội là kết quả của cả một dây chuyền bảo đảm lặng lẽ từ kho, từ vườn tăng gia đến bếp. Phóng viên đã trò chuyện với Đại tá Lò Văn Khiêm về công tác hậu cần năm 2025.

- Thưa Đại tá, năm nay đơn vị đổi mới công tác bảo đảm ăn uống như thế nào?

- Chúng tôi đưa phần mềm quản lý kho vào vận hành, tổ chức tăng gia theo mô hình khép kín.

VI THỊ NGA (thực hiện)
"""


def test_an_interviews_headline_naming_its_interviewee_is_the_title_and_he_is_no_author():
    meta = _meta(INTERVIEW)
    assert meta.title == ("Đại tá Lò Văn Khiêm, Chủ nhiệm Hậu cần Quân khu 9: Bếp ăn đơn vị phải sạch như giữ vũ "
                          "khí")
    assert meta.authors == ("VI THỊ NGA",)


def test_a_photo_caption_with_an_office_is_no_interview_headline():
    from haucan.header_shapes import interview_headline
    assert interview_headline("Thiếu tướng Hà Minh Tâm, Phó Tư lệnh Quân khu: Phải lo tốt đời sống bộ đội")
    assert not interview_headline("Đại tá Hà Minh Tâm, Chủ nhiệm Hậu cần Quân khu phát biểu tại hội nghị")
    assert not interview_headline("Đại tá Hà Minh Tâm, Chủ nhiệm Hậu cần: Hội nghị")  # too short to be his words


SUBSITE_FOOT = "\nCác tin đã đưa\nTân Phú: Tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc\nTrang thông tin điện tử xã Tân Phú - huyện Hàm Tân\n"


def test_a_communes_site_in_a_folder_of_its_districts_portal_is_its_own_outlet():
    lead = "Sáng 3/4, Ban CHQS xã Tân Phú, huyện Hàm Tân tổ chức hội nghị triển khai nhiệm vụ hậu cần năm 2025."
    text = f"Trang chủ > Xã Tân Phú > Tin tức\n{TITLE}\n\n{lead}{BODY}{SUBSITE_FOOT}"
    url = "https://hamtan.binhthuan.gov.vn/xa-tan-phu/tan-phu-hoi-nghi-123"
    assert decided(text, url)[::2] == ("Trang thông tin điện tử xã Tân Phú", "portal")
    # The breadcrumb alone names the folder's territory as well.
    assert decided(text, "https://hamtan.binhthuan.gov.vn/tin-tuc/tan-phu-hoi-nghi-123")[0] == (
        "Trang thông tin điện tử xã Tân Phú")
    # A site name whose territory neither the URL nor the breadcrumb names (a link list in the footer) is not it.
    other = f"{TITLE}\n\n{lead}{BODY}{SUBSITE_FOOT}"
    assert decided(other, "https://hamtan.binhthuan.gov.vn/tin-tuc/hoi-nghi-123")[0] != (
        "Trang thông tin điện tử xã Tân Phú")


def test_a_bodys_own_site_is_named_by_the_name_line_over_its_headline():
    lead = "Ngày 5/4, Trường Cao đẳng Kỹ thuật Miền Trung tổ chức hội nghị triển khai nhiệm vụ quốc phòng năm 2025."
    text = f"Trường Cao đẳng Kỹ thuật Miền Trung\nTrang chủ › Tin tức\n{TITLE}\n\n{lead}{BODY}"
    assert decided(text, "https://portal.ktmt.edu.vn/hoi-nghi")[::2] == ("Trường Cao đẳng Kỹ thuật Miền Trung",
                                                                          "academy")
    # The text must name the body again; and a copy site's first line is no body's own name.
    bare = f"Trường Cao đẳng Kỹ thuật Miền Trung\nTrang chủ › Tin tức\n{TITLE}\n\n{LEAD}{BODY}"
    assert decided(bare, "https://portal.ktmt.edu.vn/hoi-nghi")[::2] == ("portal.ktmt.edu.vn", "academy")  # rule 4
    assert decided(text, "https://tintonghop24.com/hoi-nghi")[0] != "Trường Cao đẳng Kỹ thuật Miền Trung"


def test_writers_with_their_desks_address_over_the_stamp_are_the_authors():
    text = (f"VTV.vn\nXã hội\n{TITLE}\nHà Minh Khoa, Lê Thu Trang (Thời sự - thoisu@vtv.vn)-Thứ hai, ngày 03/03/2025 "
            f"08:10 GMT+7\n{LEAD}{BODY}")
    meta = _meta(text)
    assert meta.title == TITLE
    assert meta.authors == ("Hà Minh Khoa", "Lê Thu Trang")
    assert meta.published_date == dt.date(2025, 3, 3)


def test_a_bare_email_line_under_the_headline_names_no_author():
    text = f"{TITLE}\n• Email: toasoan@example.gov.vn\n{LEAD}{BODY}\nMinh Đăng - Khánh Linh\n"
    assert _meta(text).authors == ("Minh Đăng", "Khánh Linh")


def test_a_span_of_days_opening_a_line_opens_a_paragraph():
    above = "Sư đoàn 9 bảo đảm kỹ thuật cho diễn tập chiến thuật có bắn đạn thật năm 2026"
    assert not _wrapped(above, "Từ ngày 3 đến 6/3/2026, Sư đoàn 9 tổ chức diễn tập chiến thuật.", 80)
    assert _wrapped(above, "từ ngày 3 đến 6/3/2026, trên địa bàn tỉnh Bình Phước.", 80)
