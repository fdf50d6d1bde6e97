"""Screens that reject a file for what it is, whatever its encoding: an HTML page saved as ``.txt`` (``html``) and
a text in another language (``not_vietnamese``). Each raises SeedError naming the file and the line.

``screen_markup`` runs on the decoded text of a ``.txt``, before the cleaners (which decode entities and turn
``<br>`` into newlines); ``screen_language`` runs on the clean text of every input. A page saved as ``.txt`` is
rejected, not extracted: the suffix is the scraper's statement of what the file holds, and a ``.txt`` that is a
page (or a fragment of a site's template, caught by tag density) is a broken scrape. Saved pages named
``.html``/``.htm`` are extracted (haucan.html_page); the message says so, so renaming is the fix.
"""

from __future__ import annotations

import functools
import re

from haucan.errors import SeedError
from haucan.language_gate import letter_tokens, plainly_vietnamese

# A whole page: a doctype or an <html>/<head>/<body> start tag that opens its line (only whitespace or other
# tags before it). "thẻ <body>" inside a sentence is not a page; "<!DOCTYPE html><html lang=vi>" on line 1 is.
_PAGE_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body)(?=[\s>/])[^<>]*>", re.IGNORECASE)
# Any start or end tag or comment opener except <br> (which unescape_html turns into a newline). [^<>]* stops
# at the next '<', so scanning stays linear however the text is made.
_TAG = re.compile(r"<(?!br\s*/?>)(?:/?[a-zA-Z][a-zA-Z0-9-]*|!--)[^<>]*>", re.IGNORECASE)
PAGE_TAGS_CHECKED = 16  # the first page tags looked at; a real page has its doctype or <html> among them
LINE_PREFIX_CHECKED = 65536  # a longer line before a page tag counts as prose (bounds the work per tag)
# High tag density, for a page saved without its <html>/<body> (a fragment of a site's template). Measured: the
# seeds and 2,000 generated articles have no tag at all; an article with every paragraph in <p class="Normal">
# is ~7% markup; the sparse template fragment of tests/support/screen_samples.py is 31% (real pages, with
# their scripts and attributes, are mostly markup). Prose with a stray <img> or <a> has far fewer than 20 tags.
MIN_PAGE_TAGS = 20
MIN_MARKUP_SHARE = 0.15  # of the text's characters


def _line_at(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def _opens_its_line(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    if position - line_start > LINE_PREFIX_CHECKED:
        return False
    return not _TAG.sub("", text[line_start:position]).strip()


def screen_markup(text: str, path: str) -> None:
    """Reject (``html``) a whole HTML page: a doctype or <html>/<head>/<body> tag opening a line, or at least
    MIN_PAGE_TAGS tags making up MIN_MARKUP_SHARE of the text. A stray tag in prose is left to the cleaners."""
    if "<" not in text:
        return
    for count, match in enumerate(_PAGE_TAG.finditer(text)):
        if count == PAGE_TAGS_CHECKED:
            break
        if _opens_its_line(text, match.start()):
            shown = match.group()[:40] + ("…" if len(match.group()) > 40 else "")
            raise SeedError(path, "html", f"an HTML page saved as text: {shown!r} at character {match.start()} "
                            "(name it .html to have its main text extracted)",
                            line=_line_at(text, match.start()))
    tags = _TAG.findall(text)
    if len(tags) < MIN_PAGE_TAGS:
        return
    share = sum(map(len, tags)) / len(text)
    if share >= MIN_MARKUP_SHARE:
        first = _TAG.search(text).start()
        raise SeedError(path, "html", f"an HTML page saved as text: {len(tags)} tags are {share:.0%} of its "
                        f"characters, the first at character {first} (name it .html to have its main text "
                        "extracted)", line=_line_at(text, first))


# Language identification: py3langid (langid.py's naive Bayes over byte n-grams, 97 languages, model bundled in
# the wheel and read with numpy's allow_pickle=False). It reads Vietnamese written without diacritics as
# Vietnamese too (p >= 0.93 on 300 generated articles stripped of every mark), which is what we want.
LANGUAGE_SAMPLE_CHARS = 16_000  # the first 16,000 characters decide: ~5 ms at most; a typical article is whole
# Fewer letters than this is too little evidence: the text is accepted unjudged. Generated Vietnamese paragraphs
# of fewer than 50 letters were misread 14 times in 195 (66 in 195 without diacritics); none of 50 or more was.
MIN_LANGUAGE_LETTERS = 100
# Rejected only when Vietnamese is below this probability: every foreign page written for the tests scored
# below 1e-6 and no Vietnamese text of 100+ letters scored below 0.93; in between the file is kept.
MAX_VIETNAMESE_PROBABILITY = 0.01
LINE_MIN_LETTERS = 20  # shorter lines are not looked at when finding the line to name in the message
_NON_LETTERS = re.compile(r"[\W\d_]+")


@functools.cache
def _language_identifier():
    """The identifier, loaded once per process on first use (~0.9 s: the model is LZMA-compressed)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _letters(text: str) -> int:
    return len(_NON_LETTERS.sub("", text))


def language_of(text: str) -> tuple[str, float, float]:
    """The most likely language of ``text`` (ISO 639-1), its probability, and the probability of Vietnamese."""
    ranking = _language_identifier().rank(text)
    return ranking[0][0], ranking[0][1], dict(ranking)["vi"]


def screen_language(clean: str, path: str) -> None:
    """Reject (``not_vietnamese``) a text that the identifier reads as another language with Vietnamese below
    MAX_VIETNAMESE_PROBABILITY, judged on its first LANGUAGE_SAMPLE_CHARS characters; a text with fewer than
    MIN_LANGUAGE_LETTERS letters is accepted (undecidable). The message names the first line that reads as the
    same language as the whole (a title or a dateline may be too short to tell)."""
    sample = clean[:LANGUAGE_SAMPLE_CHARS]
    tokens = letter_tokens(sample)
    letters = sum(map(len, tokens))  # == _letters(sample): what is left when the non-letter runs are removed
    if letters < MIN_LANGUAGE_LETTERS:
        return
    if plainly_vietnamese(sample, tokens, letters):  # the identifier would accept it (haucan/language_gate.py)
        return
    language, probability, vietnamese = language_of(sample)
    if language == "vi" or vietnamese >= MAX_VIETNAMESE_PROBABILITY:
        return
    line = None
    for number, text in enumerate(sample.split("\n"), start=1):
        if _letters(text) >= LINE_MIN_LETTERS and language_of(text)[0] == language:
            line = number
            break
    raise SeedError(path, "not_vietnamese", f"the text reads as {language!r} (p={probability:.2f}; Vietnamese "
                    f"p={vietnamese:.1e}) over its first {len(sample)} characters", line=line, field="text")
