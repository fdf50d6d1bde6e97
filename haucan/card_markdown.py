"""Markdown made safe for the card and docs/fields.md: article text rendered inert, our own text kept in its cell.

Text that comes from the articles is rendered inert (``escape_markdown`` inline, ``code_fence`` for blocks): an
article holding ``<img onerror=…>`` or ``[a](http://x)`` shows those characters, never an image or a link.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

import jinja2

# Every ASCII punctuation character that opens or closes something in CommonMark, GFM or the Hub's renderer:
# emphasis (* _ ~), code (`), links, images and footnotes ([ ] ! ( )), tables (|), headings (#), lists (- + . ),
# bare autolinks (: / . @ after http, www, a domain or a mail name), math ($), and the escape itself (\).
# CommonMark lets any of them be backslash-escaped. `, ; ' " % ?` start nothing and stay readable. The three
# HTML characters go as entities, which every renderer decodes as text and none reads as markup.
_MARKDOWN_ESCAPES = str.maketrans(
    {c: "\\" + c for c in string.punctuation if c not in ",;'\"%?&<>"}
    | {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\n": " ", "\r": " ", "\t": " "}
)


def escape_markdown(text: str) -> str:
    """``text`` as inert inline Markdown: rendered, it shows exactly these characters (line breaks and tabs as
    spaces) and makes no tag, link, image, emphasis, code span, math or table cell.

    For inline places only (a sentence, a table cell); for many lines use a fenced block (``code_fence``).
    """
    return text.translate(_MARKDOWN_ESCAPES)


def code_fence(text: str) -> str:
    """A backtick fence longer than any run of backticks in ``text`` (at least three), so no line of ``text``
    can close the fenced block it opens."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def table_cell(text: object) -> str:
    """Our own Markdown (schema descriptions, rule notes, vocabularies) made safe for one table cell: a ``|``
    would start a new cell and a line break would end the row. Article text goes through ``escape_markdown``."""
    return re.sub(r"(?<!\\)\|", r"\\|", " ".join(str(text).splitlines()))


TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"


def template_environment() -> jinja2.Environment:
    """The Jinja environment of the card and docs/fields.md: a missing figure fails the build instead of printing
    nothing; in the templates, article text goes through the ``inert`` filter and table cells of our own text
    through ``cell``."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["inert"] = escape_markdown
    environment.filters["cell"] = table_cell
    return environment
