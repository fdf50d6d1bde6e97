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

Start a file with ``python -m haucan.gold skeleton seeds/<stem>.txt``; review it with
``python -m haucan.gold show seeds/gold/<stem>.yml``; check all with ``python -m haucan.gold check seeds``.
"""

from __future__ import annotations

import sys
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


def _anchors(article: Article) -> list[tuple[str, int | None, int, str]]:
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
    anchors = _anchors(article)
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


def render(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The text with every span bracketed as ``[surface]LABEL`` (nested brackets for nested spans)."""
    opens: dict[int, list[tuple[int, str]]] = {}
    closes: dict[int, list[str]] = {}
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        opens.setdefault(start, []).append((end, label))
        closes.setdefault(end, []).insert(0, label)
    out = []
    for i in range(len(text) + 1):
        for label in closes.get(i, []):
            out.append(f"]{label}")
        for _end, _label in opens.get(i, []):
            out.append("[")
        if i < len(text):
            out.append(text[i])
    return "".join(out)


def _article_for(input_dir: Path, source_file: str) -> Article:
    """The clean article of ``source_file``, made by the build's own first steps (haucan/process.py)."""
    from haucan.process import prepare  # it resolves gold itself: imported here, not at the top
    from haucan.read import discover, read_bytes

    source = next(s for s in discover(input_dir).sources if s.relative_path == source_file)
    return prepare(source, read_bytes(input_dir, source))[1]


def main(argv: list[str]) -> int:
    """``show GOLD.yml`` prints bracketed text; ``check INPUT_DIR`` resolves every gold file;
    ``skeleton SEED.txt`` prints an empty gold file listing the seed's lead, body and caption paragraphs."""
    command, target = argv[0], Path(argv[1])
    if command == "show":
        input_dir = target.parent.parent
        doc = load_gold_file(target)
        article = _article_for(input_dir, doc["file"])
        spans = resolve_gold(article, doc, target.name)
        by_anchor: dict[tuple, list[Span]] = {}
        for span in spans:
            by_anchor.setdefault((span.field, span.caption_idx), []).append(span)
        for (field, caption_idx), group in sorted(by_anchor.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)):
            source = article.text if field == "text" else article.captions[caption_idx]
            print(f"== {field}{'' if caption_idx is None else ' ' + str(caption_idx)}")
            print(render(source, [(s.start, s.end, s.label) for s in group]))
        return 0
    if command == "skeleton":
        article = _article_for(target.parent, target.name)
        doc = {"file": target.name,
               "paragraphs": [{"text": anchor[3], "mentions": []} for anchor in _anchors(article)]}
        print(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=10_000), end="")
        return 0
    if command == "check":
        errors = 0
        for path in sorted(p for p in (target / GOLD_DIR).glob("*.yml") if not p.name.endswith(FACTS_SUFFIX)):
            doc = load_gold_file(path)
            try:
                spans = resolve_gold(_article_for(target, doc["file"]), doc, path.name)
                print(f"{path.name}: {len(spans)} spans OK")
            except GoldError as error:
                errors += 1
                print(f"ERROR {error}")
        return 1 if errors else 0
    raise SystemExit("usage: python -m haucan.gold show GOLD.yml | check INPUT_DIR | skeleton SEED.txt")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
