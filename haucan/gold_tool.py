"""The gold review tool: start, print and check hand-made gold (haucan/gold.py) against the build's own reading.

Start a file with ``python -m haucan.gold_tool skeleton seeds/<stem>.txt``; review it with
``python -m haucan.gold_tool show seeds/gold/<stem>.yml``; check all with ``python -m haucan.gold_tool check seeds``.
The article is made by the build's first steps (haucan/process.py ``prepare``), so gold is anchored on exactly
the text the build publishes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from haucan.gold import (
    FACTS_SUFFIX,
    GOLD_DIR,
    GoldError,
    Span,
    load_gold_file,
    paragraph_anchors,
    resolve_gold,
)
from haucan.process import prepare
from haucan.read import discover, read_bytes
from haucan.records import Article


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
            source = article.text if field == "text" else article.metadata.captions[caption_idx]
            print(f"== {field}{'' if caption_idx is None else ' ' + str(caption_idx)}")
            print(render(source, [(s.start, s.end, s.label) for s in group]))
        return 0
    if command == "skeleton":
        article = _article_for(target.parent, target.name)
        doc = {"file": target.name,
               "paragraphs": [{"text": anchor[3], "mentions": []} for anchor in paragraph_anchors(article)]}
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
    raise SystemExit("usage: python -m haucan.gold_tool show GOLD.yml | check INPUT_DIR | skeleton SEED.txt")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
