"""Page furniture of session 14's ninth round (issue 14, spent set 16's misses), on short invented pages: a
column's closing note about itself or its paper, a Q&A column's call for questions, an advice page's disclaimer and
hotline box, a video page's labels and air-time line; and the sentences of the same words that stay text."""

from __future__ import annotations

import pytest

from tests.support.pages import BODY, LEAD, TITLE, article, left_out, page_with, published_text, stays_text

FURNITURE = [
    "Chuyên mục tư vấn pháp luật của Báo Biên phòng.",
    "Chuyên mục Hỏi đáp chính sách hậu phương quân đội do Báo Quân khu 7 phối hợp với Công ty Luật An Phú thực hiện.",
    "Chuyên mục được thực hiện với sự hỗ trợ của Văn phòng Luật sư Minh Tâm.",
    "Bài viết thuộc chuyên mục Chính sách hậu phương.",
    "Tin bài này nằm trong chuyên mục Góc tư vấn",
    "Mời bạn đọc gửi câu hỏi về chế độ, chính sách đối với quân nhân.",
    "Kính mời quý độc giả đặt câu hỏi cho chuyên gia dinh dưỡng quân đội.",
    "Bạn đọc có thể gửi thắc mắc về chuyên mục qua hộp thư của tòa soạn.",
    "Độc giả có câu hỏi về nghĩa vụ quân sự vui lòng gửi về ban biên tập.",
    "Mọi thắc mắc xin gửi về tòa soạn theo đường bưu điện.",
    "Phát sóng: 20h15 thứ Bảy hằng tuần",
    "Thời lượng: 15 phút",
    "Clip",
    "Xem video",
    "Gửi câu hỏi",
    "Nội dung tư vấn trên chỉ mang tính chất tham khảo.",
    "Lưu ý: Thông tin trong bài viết có tính tham khảo, bạn đọc nên hỏi cơ quan quân sự địa phương.",
    "Trên đây là nội dung tư vấn của chúng tôi về chế độ nghỉ phép của quân nhân.",
    "Nếu còn vướng mắc, vui lòng liên hệ tổng đài 1900 6543 để được tư vấn.",
    "Mọi thắc mắc vui lòng liên hệ hotline 1900 1234.",
]


@pytest.mark.parametrize("line", FURNITURE)
@pytest.mark.parametrize("where", ["middle", "foot"])
def test_column_notes_reader_calls_and_video_labels_are_furniture(line, where):
    a = page_with(line, where)
    assert left_out(a, line)
    assert a.metadata.title == TITLE


TEXT = [
    "Chuyên mục Tư vấn pháp luật của Báo Biên phòng đã giải đáp hơn 500 câu hỏi của bạn đọc trong năm 2024.",
    "Bạn đọc hỏi về chế độ tiền ăn của dân quân thường trực sau khi sắp xếp lại Ban Chỉ huy quân sự xã.",
    "Bạn đọc Nguyễn Văn Tư (Nghệ An) gửi câu hỏi về chế độ phụ cấp của quân nhân chuyên nghiệp.",
    "Người dân có thể gọi đường dây nóng của Bộ CHQS tỉnh để được hỗ trợ khi có thiên tai.",
    "Kết quả hội thi mang tính tham khảo cho việc xây dựng kế hoạch bảo đảm hậu cần năm sau.",
    "Đơn vị thường xuyên phát sóng chương trình phát thanh nội bộ vào giờ nghỉ trưa để tuyên truyền pháp luật.",
]


@pytest.mark.parametrize("line", TEXT)
def test_sentences_about_a_column_or_a_readers_question_stay_text(line):
    assert stays_text(line)


def test_a_caption_after_a_clip_label_at_the_foot_stays_a_caption():
    caption = "Bộ đội Kho K720 đóng gói cơ số thuốc cấp cho vùng lũ"
    a = article("\n".join([TITLE, LEAD, BODY, "Clip", caption]))
    assert "Clip" not in a.metadata.captions
    assert caption in a.metadata.captions or caption in published_text(a)
