"""Hand-made gold annotations: loading, anchoring onto the clean text, and a review printout.

Gold lives beside the seeds in ``<input>/gold/<file stem>.yml``. It is anchored on paragraph text, not on
offsets, so it survives changes to the cleaning code; when a paragraph or a mention no longer matches, the
GoldError names the file, the paragraph and the mention. Format::

    file: 001_a557de5baf119422.txt
    paragraphs:
      - text: "Sáng 6/7, tại Hà Nội, Tổng cục Hậu cần, …"   # exactly a lead, body or caption block
        mentions:                                       # in reading order; a nested span after its parent
          - [DATE, "6/7"]
          - [LOC, "Hà Nội"]

Each mention is found at or after the start of the previous one, so nested spans (listed after their
parent) and repeated surfaces (listed in order) resolve without offsets; the same surface and label listed
twice in a row means two occurrences, never one span twice.

The review tool is haucan/gold_tool.py (``python -m haucan.gold_tool skeleton|show|check``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from haucan.read import SIDECAR_DIR as GOLD_DIR  # one name for the folder that discovery skips
from haucan.records import Article
from schema.vocab import load_vocab

ANCHOR_KINDS = ("lead", "body", "caption")
FACTS_SUFFIX = ".facts.yml"  # fact-level gold (observations, events, documents) beside the entity gold


class GoldError(ValueError):
    """A gold annotation that no longer maps onto the clean text (names file, paragraph and mention)."""


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled span in one field of an article: ``field`` is 'text' or 'caption' (with ``caption_idx``)."""

    field: str
    caption_idx: int | None
    start: int
    end: int
    label: str
    surface: str

    @property
    def key(self) -> tuple:
        """Identity for exact-match evaluation."""
        return (self.field, self.caption_idx, self.start, self.end, self.label)


def gold_path(input_dir: Path, source_file: str) -> Path:
    """Where the gold of ``source_file`` (relative to the input folder) lives."""
    return input_dir / GOLD_DIR / Path(source_file).with_suffix(".yml")


def load_gold_file(path: Path) -> dict:
    """Parse a gold file (safe YAML) and check its shape."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict) or "paragraphs" not in doc:
        raise GoldError(f"{path.name}: expected a mapping with 'file' and 'paragraphs'")
    return doc


def paragraph_anchors(article: Article) -> list[tuple[str, int | None, int, str]]:
    """(field, caption_idx, offset of the block in its field, block text) for lead, body and caption blocks."""
    anchors = []
    caption_idx = 0
    for block in article.blocks:
        if block.kind in ("lead", "body"):
            anchors.append(("text", None, block.text_start, block.text))
        elif block.kind == "caption":
            anchors.append(("caption", caption_idx, 0, block.text))
            caption_idx += 1
    return anchors


def resolve_gold(article: Article, doc: dict, name: str) -> list[Span]:
    """Turn a gold document into spans on the article; raise GoldError naming what no longer matches."""
    labels = {entry["label"] for entry in load_vocab("labels")}
    anchors = paragraph_anchors(article)
    used: set[int] = set()
    spans: list[Span] = []
    for p_number, paragraph in enumerate(doc["paragraphs"], start=1):
        text = paragraph["text"]
        candidates = [i for i, anchor in enumerate(anchors) if anchor[3] == text and i not in used]
        if not candidates:
            raise GoldError(f"{name}: paragraph {p_number} ({text[:60]!r}…) is no longer a lead, body or caption "
                            "block of the clean article")
        index = candidates[0]
        used.add(index)
        field, caption_idx, base, _ = anchors[index]
        cursor = 0
        taken: set[tuple[int, str, str]] = set()
        for m_number, mention in enumerate(paragraph.get("mentions") or [], start=1):
            label, surface = mention[0], mention[1]
            if label not in labels:
                raise GoldError(f"{name}: paragraph {p_number}, mention {m_number}: unknown label {label!r}")
            local = text.find(surface, cursor)
            # The same surface and label listed again means its next occurrence, never the same span twice.
            while local >= 0 and (local, surface, label) in taken:
                local = text.find(surface, local + 1)
            if local < 0:
                raise GoldError(f"{name}: paragraph {p_number}, mention {m_number}: {label} {surface!r} not found "
                                f"at or after offset {cursor} of {text[:60]!r}…")
            cursor = local
            taken.add((local, surface, label))
            spans.append(Span(field, caption_idx, base + local, base + local + len(surface), label, surface))
    return sorted(spans, key=lambda s: (s.field, s.caption_idx or 0, s.start, -s.end, s.label))
