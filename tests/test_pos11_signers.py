"""Signers as persons, session 11 (issue 14, brief pos11; tests/realworld/README.md, conventions decided in session
11): an officer's byline over the headline or a contributor's line under the text that gives a rank stays a caption
(the person's evidence) and still names the author; the office under a header byline is his; an administrative
document's signer (the office in capitals over the name, under 'KT. …') is a person with the office as printed and
no author, while the authority line stays furniture. Invented pages."""

from __future__ import annotations

from haucan.annotate import annotate
from haucan.article import build_article
from haucan.extract.entities import extract
from haucan.knowledge.facts import derive_facts
from haucan.knowledge.orgs import OrgRegistry
from haucan.records import RawArticle, SourceFile
from haucan.rules import load_rules

_BODY = ("Những năm qua, đơn vị đã chủ động tổ chức tăng gia sản xuất, bảo đảm đời sống bộ đội. Các bếp ăn được "
         "đầu tư, cải tạo, bảo đảm vệ sinh an toàn thực phẩm.\n\nThời gian tới, đơn vị tiếp tục đẩy mạnh phong trào "
         "thi đua, nâng cao chất lượng bảo đảm hậu cần cho huấn luyện.\n")


def _page(text: str):
    article = build_article(RawArticle(SourceFile("0123456789abcdef.txt", "0123456789abcdef", None), text), load_rules())
    people = {o.name.casefold(): o for o in derive_facts(annotate(article, None, extract(article)), OrgRegistry(),
                                                          None).auto[0]}
    return article, people


def test_a_header_byline_with_rank_and_bracketed_office_is_author_and_person():
    article, people = _page("TẠP CHÍ HẬU CẦN QUÂN ĐỘI\nĐại tá LÊ VĂN KHOÁT (Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn 390)\n"
                            "Sư đoàn 390 nâng cao chất lượng bảo đảm hậu cần\n" + _BODY)
    assert article.metadata.authors == ("LÊ VĂN KHOÁT",)
    signer = people["lê văn khoát"]
    assert signer.rank == "Đại tá"
    assert [p.title for p in signer.positions] == ["Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn 390"]


def test_the_office_line_under_a_header_byline_is_the_signers():
    article, people = _page("TẠP CHÍ CỘNG SẢN\nXây dựng tiềm lực hậu cần tại chỗ vững mạnh\n"
                            "Thiếu tướng, PGS, TS NÔNG VĂN THƯỞNG\nPhó Giám đốc Học viện Hậu cần\n" + _BODY)
    assert article.metadata.authors == ("NÔNG VĂN THƯỞNG",)
    assert [p.title for p in people["nông văn thưởng"].positions] == ["Phó Giám đốc Học viện Hậu cần"]


def test_a_byline_without_a_rank_stays_a_byline_only():
    article, people = _page("Báo Quân khu 7\nSư đoàn 390 nâng cao chất lượng bảo đảm hậu cần\nNGỌC SƠN\n" + _BODY)
    assert "ngọc sơn" not in people
    assert "NGỌC SƠN" not in article.metadata.captions


def test_a_pasted_documents_signer_is_a_person_and_its_authority_line_furniture():
    text = ("Kế hoạch 12/KH-UBND năm 2025 bảo đảm hậu cần diễn tập khu vực phòng thủ\n" + _BODY +
            "Nơi nhận:\n- Bộ CHQS tỉnh;\n- Lưu: VT. | KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLương Văn Khải\n")
    article, people = _page(text)
    signer = people["lương văn khải"]
    assert [p.title for p in signer.positions] == ["PHÓ CHỦ TỊCH"]
    assert article.metadata.authors == ()
    assert "KT. CHỦ TỊCH" not in article.text and not any("KT." in c for c in article.metadata.captions)


def test_a_name_alone_at_the_end_of_a_page_without_a_signing_authority_is_no_signer():
    _, people = _page("Sư đoàn 390 nâng cao chất lượng bảo đảm hậu cần\n" + _BODY + "GIÁM ĐỐC\nLương Văn Khải\n")
    assert "lương văn khải" not in people or not people["lương văn khải"].positions
