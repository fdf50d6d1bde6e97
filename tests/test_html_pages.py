"""Saved web pages (.html/.htm): the main text goes the same path as a scraped .txt, and gives the same rows.

The pages are written here (invented text) with the furniture real pages carry around an article: a menu, an
accessibility bar, a share bar, a related-articles box, a footer with a hotline, scripts and styles; the
canonical URL and the publication time are in the head, as news sites put them.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import socket

import pandas as pd
import pytest
from datasets import load_dataset

from haucan.config import BuildConfig
from haucan.errors import SeedError
from haucan.html_page import MAX_HTML_CHARS, extract_page
from haucan.pipeline import build
from tests.conftest import SEEDS

TITLE = "Cục Hậu cần Quân khu 9 tổng kết công tác hậu cần năm 2023"
LEAD = ("Sáng 11/1, Cục Hậu cần Quân khu 9 tổ chức hội nghị tổng kết công tác hậu cần năm 2023, triển khai "
        "nhiệm vụ năm 2024.")
BODY = (
    "Đại tá Trần Văn Thành, Cục trưởng Cục Hậu cần Quân khu 9 chủ trì hội nghị. Dự hội nghị có đại diện lãnh "
    "đạo các phòng, ban và đơn vị trực thuộc.",
    "Năm 2023, Cục Hậu cần đã chủ động tham mưu, bảo đảm kịp thời vật chất hậu cần cho các nhiệm vụ huấn "
    "luyện, sẵn sàng chiến đấu và phòng chống thiên tai của lực lượng vũ trang Quân khu.",
    "Phát biểu kết luận, Đại tá Trần Văn Thành yêu cầu các cơ quan, đơn vị tiếp tục nâng cao chất lượng công "
    "tác hậu cần, thực hành tiết kiệm, bảo đảm đời sống bộ đội.",
)
CAPTION = "Đại tá Trần Văn Thành phát biểu tại hội nghị"
OTHER_LEAD = ("Ngày 4/3, Kho K85 thuộc Cục Hậu cần Quân khu 9 tiếp nhận lô vật chất quân nhu bảo đảm cho mùa "
              "huấn luyện mới của các đơn vị.")
OTHER_BODY = (
    "Thượng tá Lê Quang Vinh, Chủ nhiệm Kho K85 cho biết đơn vị đã kiểm đếm, bảo quản toàn bộ vật chất theo "
    "đúng quy trình, sẵn sàng cấp phát khi có lệnh.",
    "Trong quý I, kho tổ chức nhiều đợt kiểm tra chất lượng vật chất dự trữ, sắp xếp lại khu vực bảo quản và "
    "huấn luyện nhân viên chuyên môn.",
)
AUTHOR = "Tin, ảnh: HỒNG NHUNG"
CANONICAL = "https://baoquankhu-chin.example.vn/hau-can/tong-ket-cong-tac-hau-can-2023.html"
SCRIPT_TEXT = "biến theo dõi quảng cáo không được lọt"
PAGE_ID, TEXT_ID, URL_ID, BROKEN_ID = "aaaaaaaaaaaaaaa1", "aaaaaaaaaaaaaaa1", "bbbbbbbbbbbbbbb2", "ccccccccccccccc3"


def page(title: str = TITLE, lead: str = LEAD, body: tuple[str, ...] = BODY, caption: str = CAPTION,
         canonical: str = CANONICAL, published: str = "2024-01-12T08:30:00+07:00") -> str:
    """A news page as a site serves it: the article inside a template of menus, share bars and a footer."""
    first, *rest = body
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{title} | Báo Quân khu Chín điện tử</title>
<link rel="canonical" href="{canonical}">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}">
<script>var tracking = "{SCRIPT_TEXT}"; window.dataLayer = [];</script>
<style>body {{ font-family: serif; }} .menu::after {{ content: "Trang chủ"; }}</style>
</head><body>
<header><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li>
<li><a href="/quan-su">Quân sự</a></li><li><a href="/hau-can">Hậu cần</a></li></ul></nav>
<div class="tools">A- A A+ | Tăng tương phản</div></header>
<main><article>
<h1 class="title">{title}</h1>
<div class="share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <span>Click để copy</span></div>
<p class="sapo">{lead}</p>
<p>{first}</p>
<figure><img src="/anh/hoi-nghi.jpg" alt="{title}"><figcaption>{caption}</figcaption></figure>
<script>document.write("{SCRIPT_TEXT} trong thân bài");</script>
{"".join(f"<p>{paragraph}</p>" for paragraph in rest)}
</article></main>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Hội thao quân nhu toàn quân năm nay</a></li>
<li><a href="/b">Tải ứng dụng</a></li></ul></aside>
<footer><p>Báo Quân khu Chín - Cơ quan của Đảng ủy, Bộ Tư lệnh Quân khu</p><p>Đường dây nóng: 0292 000 000</p>
</footer></body></html>
"""


def scraped_text() -> str:
    """What a scraper saves of that page: the headline, then the paragraphs and the caption, in page order."""
    return "\n\n".join([TITLE, LEAD, BODY[0], CAPTION, *BODY[1:]]) + "\n"


def _build(folder, tmp_path, name):
    out = tmp_path / name / "ds"
    result = build(BuildConfig(input_dir=folder, output_dir=out, heldout_dir=None, workers=1))
    report = json.loads(result.report_path.read_text(encoding="utf-8"))
    return out, {record["file"]: record for record in report["files"]}


def _rows(out, config: str, article_id: str) -> pd.DataFrame:
    frame = pd.read_parquet(out / "data" / config)
    return frame[frame.article_id == article_id].reset_index(drop=True)


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """Two builds: the seeds plus saved pages (one of them broken), and the .txt a scraper saved of the page."""
    root = tmp_path_factory.mktemp("html-pages")
    pages = root / "pages"
    shutil.copytree(SEEDS, pages)
    # No date in the head: the .txt a scraper saved of it states none either, so the rows can be equal.
    (pages / f"200_{PAGE_ID}.html").write_text(page(published=""), encoding="utf-8")
    other = page(title="Kho quân nhu tiếp nhận vật chất bảo đảm huấn luyện", lead=OTHER_LEAD, body=OTHER_BODY,
                 caption="Nhân viên kho kiểm đếm vật chất", canonical=CANONICAL.replace(
        "tong-ket", "kho-quan-nhu"), published="2024-03-05T07:00:00+07:00").replace(
        "</article>", f'<div class="author-name">{AUTHOR}</div></article>')
    (pages / "khac" / f"201_{URL_ID}.htm").parent.mkdir()
    (pages / "khac" / f"201_{URL_ID}.htm").write_text(other, encoding="utf-8")
    (pages / f"202_{BROKEN_ID}.html").write_text("<html><head><title>Lỗi</title></head><body><div><<<<\x3e",
                                                 encoding="utf-8")
    with (pages / "sources.csv").open("a", encoding="utf-8") as handle:
        handle.write(f"200_{PAGE_ID}.html,https://mirror.example.vn/bai/{PAGE_ID}\n")
    texts = root / "texts"
    texts.mkdir()
    (texts / f"200_{TEXT_ID}.txt").write_text(scraped_text(), encoding="utf-8")
    (texts / "sources.csv").write_text(f"file,url\n200_{TEXT_ID}.txt,https://mirror.example.vn/bai/{PAGE_ID}\n",
                                       encoding="utf-8")
    return _build(pages, root, "from-pages"), _build(texts, root, "from-text")


def test_a_page_and_its_scraped_text_give_the_same_rows(builds):
    (from_pages, _), (from_text, _) = builds
    for config in ("articles", "blocks", "mentions", "sentences", "events"):
        html_rows, text_rows = _rows(from_pages, config, PAGE_ID), _rows(from_text, config, TEXT_ID)
        assert len(html_rows) == len(text_rows) and len(html_rows) > 0 or config == "events", config
        if config == "articles":
            assert html_rows.source_file[0] == f"200_{PAGE_ID}.html"  # the real file name
            html_rows, text_rows = html_rows.drop(columns="source_file"), text_rows.drop(columns="source_file")
        pd.testing.assert_frame_equal(html_rows, text_rows, check_like=False)
    article = _rows(from_pages, "articles", PAGE_ID).iloc[0]
    assert article.title == TITLE and article.lead == LEAD and article.text.startswith(LEAD)
    assert list(article.captions) == [CAPTION]
    mentions = _rows(from_pages, "mentions", PAGE_ID)
    assert "Trần Văn Thành" in set(mentions.surface)


def test_furniture_and_scripts_do_not_reach_the_rows(builds):
    (from_pages, _), _ = builds
    article = _rows(from_pages, "articles", PAGE_ID).iloc[0]
    for furniture in (SCRIPT_TEXT, "dataLayer", "font-family", "Trang chủ", "Tăng tương phản", "Chia sẻ",
                      "Tin liên quan", "Tải ứng dụng", "Đường dây nóng", "<"):
        assert furniture not in article.raw_text, furniture
    assert article.raw_text == scraped_text()  # raw_text of a page is its extracted text, never markup


def test_the_canonical_url_fills_url_only_when_sources_csv_has_none(builds):
    (from_pages, _), _ = builds
    assert _rows(from_pages, "articles", URL_ID).url[0] == CANONICAL.replace("tong-ket", "kho-quan-nhu")
    assert _rows(from_pages, "articles", PAGE_ID).url[0] == f"https://mirror.example.vn/bai/{PAGE_ID}"


def test_the_pages_own_date_and_byline_fill_what_the_text_does_not_state(builds):
    (from_pages, _), _ = builds
    article = _rows(from_pages, "articles", URL_ID).iloc[0]
    assert article.published_date == dt.date(2024, 3, 5) and article.published_date_source == "html_meta"
    assert article.event_date == dt.date(2024, 3, 4)  # 'Ngày 4/3' takes the page's year
    assert list(article.authors) == ["HỒNG NHUNG"] and AUTHOR not in article.text
    undated = _rows(from_pages, "articles", PAGE_ID).iloc[0]
    assert pd.isna(undated.published_date) and list(undated.authors) == []


def test_a_byline_is_taken_once_and_never_from_the_comments():
    markup = page().replace("</article>", f'<p class="byline">{AUTHOR}</p></article><div class="comments">'
                            '<span class="comment-author">Bạn đọc Văn An</span></div>')
    extracted = extract_page(markup, "a.html")
    assert extracted.byline == AUTHOR and extracted.text.count(AUTHOR) == 1 and "Văn An" not in extracted.text
    assert extract_page(page(), "a.html").byline is None


def test_a_broken_page_is_that_files_rejection(builds):
    (_, records), _ = builds
    record = records[f"202_{BROKEN_ID}.html"]
    assert record["outcome"] == "rejected" and record["reason"].startswith(("html_", "too_short", "no_prose"))
    assert records["khac/" + f"201_{URL_ID}.htm"]["outcome"] in ("accepted", "repaired")


def test_the_pages_load_with_the_seeds(builds, tmp_path):
    (from_pages, _), _ = builds
    articles = load_dataset(str(from_pages), "articles", cache_dir=str(tmp_path / "cache"))  # every split
    files = {name for split in articles.values() for name in split["source_file"]}
    assert {f"200_{PAGE_ID}.html", f"khac/201_{URL_ID}.htm"} <= files
    assert len([name for name in files if name.endswith(".txt")]) == len(list(SEEDS.glob("*.txt")))


# --- the extraction step on its own -------------------------------------------------------------------------

def test_extraction_states_title_url_and_date_and_is_the_same_every_time():
    first, second = extract_page(page(), "a.html"), extract_page(page(), "a.html")
    assert first == second
    assert (first.title, first.canonical_url, first.published) == (TITLE, CANONICAL, dt.date(2024, 1, 12))


def test_extraction_never_opens_a_connection(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the HTML step tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    # A relative canonical link and no date in the head: nothing to resolve against, nothing to look up.
    extracted = extract_page(page(canonical="/bai-viet/1.html", published=""), "a.html")
    assert extracted.canonical_url is None and extracted.published is None


def test_a_headline_outside_the_article_still_opens_the_text():
    markup = page().replace(f'<h1 class="title">{TITLE}</h1>', "")
    assert extract_page(markup, "a.html").text.split("\n")[0] == TITLE


@pytest.mark.parametrize(("markup", "reason"), [
    ("<html><body><nav><ul><li>Trang chủ</li></ul></nav></body></html>", None),
    ("<html><head><title></title></head><body></body></html>", "html_no_text"),
    ("<" * 5000, "html_unparsable"),
    ("<div>" * 200_000 + "Bài viết", None),
])
def test_a_broken_or_empty_page_is_a_rejection_naming_the_file(markup, reason):
    try:
        extracted = extract_page(markup, "hong/trang.html")
    except SeedError as error:
        assert error.path == "hong/trang.html" and error.reason.startswith("html_")
        assert reason is None or error.reason == reason
    else:  # what is left is too little to be an article: the build rejects it later (too_short)
        assert reason is None and len(extracted.text) < 40


def test_a_page_over_the_size_limit_is_rejected_before_parsing():
    with pytest.raises(SeedError) as caught:
        extract_page("<p>" + "a" * MAX_HTML_CHARS + "</p>", "lon.html")
    assert caught.value.reason == "html_too_large" and caught.value.path == "lon.html"
