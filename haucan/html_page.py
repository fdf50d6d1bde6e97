"""A saved web page (``.html``/``.htm``) -> the text a scraper would have saved of it, plus what the page's
markup states about itself (canonical URL, publication date, the author's byline).

The main text is found by trafilatura (2.3.1, pinned): it drops menus, share bars, related-article lists,
footers, comment sections, scripts and styles. The result is laid out like a scraped ``.txt``: the headline on
the first line, then one paragraph a line (blank lines between them), a photo caption on its own line where the
page marks it with ``<figcaption>``. From there the page takes the same path as a ``.txt`` (cleaners, language
screen, segmenter), so an HTML page and the text a scraper saved of it give the same rows.

Safety: the page is parsed by lxml's HTML parser (no network, no DTD or entity loading, nothing executed; a
script's text never reaches the output); trafilatura is given the parsed tree, never a URL, so it never
fetches. Date search uses only the page's markup (``extensive_search`` off: no guessing from the prose) and a
fixed latest date, so the same bytes give the same result on any day. Anything the parser or the extractor
raises is the file's rejection, never a crash.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from types import MappingProxyType

from haucan.errors import SeedError

# A real news page is 50 KB-2 MB of markup. Extraction is about linear: 0.5 s for 0.5 MB, 6.9 s for 5 MB
# (generated pages of tests/test_html_pages.py, one core), so this bounds one file's work to ~7 s; a page
# with more text than that would be rejected as too_long after extraction anyway (1,000,000 characters).
MAX_HTML_CHARS = 5_000_000
# htmldate drops dates after its max_date, which defaults to today: a fixed bound keeps the output the same
# whatever day the build runs (a page dated in the future is a wrong page, not a reason to differ by day).
_LATEST_DATE = "2099-12-31"
_DATE_PARAMS = MappingProxyType({"extensive_search": False, "original_date": True, "max_date": _LATEST_DATE})
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_HTTP_URL = re.compile(r"^https?://[^/\s]+\S*$")
MAX_URL_CHARS = 2048
# An element the page marks as the author's name ('class="author"', 'itemprop="author"', 'byline', 'tac-gia').
_BYLINE_MARK = re.compile(r"(?:^|[\s_-])(?:author|byline|tac-?gia|writer)(?:$|[\s_-])", re.IGNORECASE)
# A byline is a name or two with a label; a longer text in such an element is an author box or a biography.
MAX_BYLINE_CHARS = 80


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What a saved page gives the build: its text laid out as a scraped ``.txt`` and its stated metadata."""

    text: str
    title: str | None
    canonical_url: str | None
    """The page's own absolute http(s) URL (``<link rel=canonical>``, else ``og:url``); fills ``url`` when
    sources.csv gives none."""
    published: dt.date | None
    """The publication date the markup states (``article:published_time``, JSON-LD, ``<time>``...)."""
    byline: str | None = None
    """The text of the element the page marks as its author (``class="author"``, ``byline``...), or None."""


def is_html_name(name: str) -> bool:
    """True for a saved web page's file name (``.html``/``.htm``, any case)."""
    return name.lower().endswith((".html", ".htm"))


def _caption_paragraphs(tree) -> None:
    """Turn each ``<figure>`` that has a ``<figcaption>`` into a ``<p>`` holding the caption's text, in place.

    trafilatura removes figures whole (images are not text), and with them the captions a scraper's ``.txt``
    keeps; as a paragraph the caption reaches the output on its own line, where the segmenter judges it."""
    from lxml.html import Element

    for figure in list(tree.iter("figure")):
        caption = figure.find(".//figcaption")
        parent = figure.getparent()
        if parent is None:
            continue
        text = " ".join(caption.text_content().split()) if caption is not None else ""
        if not text:
            continue
        paragraph = Element("p")
        paragraph.text = text
        paragraph.tail = figure.tail
        parent.replace(figure, paragraph)


def _marks(element) -> str:
    return " ".join(element.get(name, "") for name in ("class", "id", "itemprop", "rel"))


def _byline(tree) -> str | None:
    """The text of the first element marked as the author's (class, id, itemprop or rel 'author', 'byline',
    'tac-gia'), outside comment sections, when it is short enough to be a byline. trafilatura drops such
    elements as page furniture; a scraper's ``.txt`` keeps the byline as the text's last line."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("meta", "link", "script", "style"):
            continue
        if not _BYLINE_MARK.search(_marks(element)):
            continue
        if any("comment" in _marks(node).lower() for node in (element, *element.iterancestors())):
            continue
        text = " ".join(element.text_content().split())
        if 2 <= len(text) <= MAX_BYLINE_CHARS:
            return text
    return None


def _page_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL with no space or control character, else None."""
    if not url or len(url) > MAX_URL_CHARS or not _HTTP_URL.match(url):
        return None
    if any(unicodedata.category(char)[0] == "C" for char in url):
        return None
    return url


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _lay_out(title: str | None, body: str, byline: str | None = None) -> str:
    """Title line, then the body's paragraphs, one a line with a blank line between (as the seeds are saved),
    then the page's byline when the main text dropped it. The title is not repeated when the main text already
    opens with it (the page's ``<h1>``)."""
    lines = [" ".join(line.split()) for line in body.split("\n")]
    lines = [line for line in lines if line]
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)
    if byline and not any(byline in line for line in lines):
        lines.append(byline)
    return "\n\n".join(lines) + "\n"


def extract_page(markup: str, path: str) -> HtmlPage:
    """Extract the main text, title, canonical URL and date of a decoded HTML page, or raise SeedError
    (``html_too_large``, ``html_unparsable``, ``html_no_text``) naming the file."""
    if len(markup) > MAX_HTML_CHARS:
        raise SeedError(path, "html_too_large", f"{len(markup):,} characters of markup, more than the "
                        f"{MAX_HTML_CHARS:,}-character limit for one page")
    # Imported here: trafilatura and its date/language helpers take ~0.5 s to import, paid only by HTML inputs.
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    try:
        # The text is already decoded (haucan.decode): an XML declaration naming another encoding would make
        # lxml re-read it as bytes in that encoding.
        tree = load_html(_XML_DECLARATION.sub("", markup, count=1))
        if tree is None:
            raise SeedError(path, "html_unparsable", "the HTML parser built no document from the page")
        _caption_paragraphs(tree)
        byline = _byline(tree)
        document = bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=True,
                                   include_images=False, include_links=False, include_formatting=False,
                                   deduplicate=False, date_extraction_params=dict(_DATE_PARAMS))
    except SeedError:
        raise
    except (RecursionError, MemoryError) as error:
        raise SeedError(path, "html_unparsable", f"the page is nested too deeply or too large to parse "
                        f"({type(error).__name__})") from None
    except Exception as error:  # noqa: BLE001 - whatever a third-party parser raises is this file's rejection
        raise SeedError(path, "html_unparsable", f"the page could not be parsed ({type(error).__name__}: "
                        f"{str(error)[:200]})") from None
    if document is None or not (document.text or "").strip():
        raise SeedError(path, "html_no_text", "trafilatura found no main text in the page (an empty, broken or "
                        "navigation-only page)")
    title = " ".join((document.title or "").split()) or None
    return HtmlPage(text=_lay_out(title, document.text, byline), title=title,
                    canonical_url=_page_url(document.url), published=_date(document.date), byline=byline)
