"""Deterministic benchmark corpus: N realistic articles recombined from the seeds.

Each article takes a lead and 3-8 body paragraphs from the seeds (residue lines, captions and bylines
included, so cleaning does real work), with people, ranks, units, years and day/month dates substituted from
lists. ``python benchmarks/generate_corpus.py N OUT [--nested]`` writes ``OUT/NNNNNNN_<hex16>.txt`` (or in
1,000-file subfolders with --nested) and prints the corpus size and how repetitive it is (share of distinct
paragraphs after substitution), so that caching effects can be judged honestly.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Mạnh", "Xuân", "Thế", "Tấn", "Duy", "Đình"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quang", "Sơn",
         "Tâm", "Toản", "Việt"]
RANKS = ["Thiếu tá", "Trung tá", "Thượng tá", "Đại tá", "Thiếu tướng", "Trung tướng"]
UNITS = ["Quân khu 1", "Quân khu 3", "Quân khu 5", "Quân khu 7", "Quân khu 9", "Quân đoàn 12", "Quân đoàn 34",
         "Sư đoàn 312", "Sư đoàn 5", "Lữ đoàn 125"]
_NAME = re.compile(r"(\b(?:tướng|tá) )[A-ZĐÀ-Ỹ][^\s,.-]+(?: [A-ZĐÀ-Ỹ][^\s,.-]+){1,3}")
_RANK = re.compile(r"\b(?:Thiếu|Trung|Thượng|Đại) (?:tướng|tá)\b")
_UNIT = re.compile(r"\bQuân (?:khu|đoàn) \d+\b")
_YEAR = re.compile(r"\b20(?:1\d|2[0-6])\b")
_DAY = re.compile(r"\b(\d{1,2})/(\d{1,2})\b")


def _paragraphs() -> tuple[list[str], list[str]]:
    leads, bodies = [], []
    for path in sorted(SEEDS.glob("*.txt")):
        parts = [p for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
        leads.append(parts[0])
        bodies.extend(parts[1:])
    return leads, bodies


def _substitute(text: str, rng: random.Random) -> str:
    text = _NAME.sub(lambda m: f"{m.group(1)}{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}", text)
    text = _RANK.sub(lambda m: rng.choice(RANKS), text)
    text = _UNIT.sub(lambda m: rng.choice(UNITS), text)
    text = _YEAR.sub(lambda m: str(rng.randint(2015, 2025)), text)
    return _DAY.sub(lambda m: f"{rng.randint(1, 28)}/{rng.randint(1, 12)}", text)


def article(index: int, leads: list[str], bodies: list[str]) -> str:
    """Article ``index`` (the same text for the same index, on any machine)."""
    rng = random.Random(index)
    parts = [rng.choice(leads)] + rng.sample(bodies, rng.randint(3, min(8, len(bodies))))
    return "\n\n".join(_substitute(p, rng) for p in parts) + "\n"


def generate(count: int, out: Path, nested: bool = False, start: int = 0) -> dict:
    """Write articles ``start`` .. ``start + count - 1`` under ``out``; returns size and repetition figures.

    A corpus of N grown by M (``start=N``) equals the corpus of N + M: ids are hashes of the index, so the new
    articles fall between the old ones in id order, as new scrapes do."""
    leads, bodies = _paragraphs()
    total, paragraphs, distinct = 0, 0, set()
    for index in range(start, start + count):
        text = article(index, leads, bodies)
        hex_id = hashlib.sha256(f"bench:{index}".encode()).hexdigest()[:16]
        folder = out / f"{index // 1000:04d}" if nested else out
        folder.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (folder / f"{index:07d}_{hex_id}.txt").write_bytes(data)
        total += len(data)
        for paragraph in text.split("\n\n"):
            paragraphs += 1
            distinct.add(hashlib.sha1(paragraph.encode()).digest())
    return {"articles": count, "bytes": total, "mean_bytes": total // max(1, count),
            "distinct_paragraph_share": round(len(distinct) / max(1, paragraphs), 3)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--nested", action="store_true")
    parser.add_argument("--start", type=int, default=0, help="index of the first article (to grow a corpus)")
    args = parser.parse_args()
    print(generate(args.count, args.out, args.nested, args.start))
