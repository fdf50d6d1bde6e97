"""An image's alt text printed over each of its photos' captions (issue 14, session 13, tail19).

A page whose photos all carry the same alt text (the unit that took them, 'Hải đoàn 34, BTL Vùng Cảnh sát biển 3',
a broadcaster's mirror host, set 14's 224; the site's or the event's name on others) leaves that text as a short
line over every caption once the scraper drops the images. Printed twice or more, each time over a different
caption, it names no photo of its own: it is furniture, not a caption, and never a writer. A caption printed twice
(session 6, 216) is followed by the same line both times or stands beside its double, so it stays a caption. Used by
the block segmenter (blocks.py) after the header pass."""

from __future__ import annotations

Label = tuple[str, str] | None
MAX_ALT_WORDS = 15
MAX_ALT_CHARS = 100
_FINAL = (".", "!", "?", "…", ":", ";")


def _open(label: Label) -> bool:
    return label is None or label[0] == "caption"


def label_repeated_alt_text(texts: list[str], labels: list[Label], lead: int | None) -> None:
    """Label in place (rule 'repeated_alt_text') the short unpunctuated open lines after the lead printed at least
    twice, never side by side, each time right over a different open unpunctuated line (its photo's caption)."""
    if lead is None:
        return
    places: dict[str, list[int]] = {}
    for i in range(lead + 1, len(texts) - 1):
        text = texts[i]
        if _open(labels[i]) and len(text) <= MAX_ALT_CHARS and len(text.split()) <= MAX_ALT_WORDS \
                and not text.endswith(_FINAL):
            places.setdefault(text, []).append(i)
    for text, found in places.items():
        if len(found) < 2 or any(b - a < 2 for a, b in zip(found, found[1:], strict=False)):
            continue
        captions = [texts[i + 1] for i in found]
        if len(set(captions)) == len(captions) and all(
                _open(labels[i + 1]) and not c.endswith(_FINAL) and c != text for i, c in zip(found, captions, strict=True)):
            for i in found:
                labels[i] = ("residue", "repeated_alt_text")
