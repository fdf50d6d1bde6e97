"""cProfile of one per-article stage at a time: layout (``build_article``: blocks + metadata, the dedup pass's
"blocks+metadata"), entities (``extract``) or facts (``derive_facts``), over every article of CORPUS.

``PYTHONPATH=. python benchmarks/profile_stages.py CORPUS --stage facts [--articles 1000] [--top 30] [--repeat 3]``
(``--top 0``: the CPU figure only, for same-run ratios of two trees run alternately).

The steps before the profiled one run untimed first, and every article goes once through the profiled stage
before the clock starts, so one-time loads (YAML rules, compiled patterns) are not counted; what is printed is
the stage's own per-article cost: its CPU seconds without cProfile, then under cProfile the top functions by
cumulative and by own time. Run it with ``PYTHONPATH=.`` from a tree: a script's folder comes first on
``sys.path``, so without it ``haucan`` is the installed checkout's, not this tree's.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path

import haucan
from haucan.annotate import annotate
from haucan.article import build_article
from haucan.extract.entities import extract
from haucan.knowledge.facts import derive_facts
from haucan.knowledge.orgs import OrgRegistry
from haucan.process import prepare
from haucan.read import article_id_for, decode_article
from haucan.records import SourceFile
from haucan.rules import load_rules


def _inputs(corpus: Path, count: int, stage: str) -> list:
    items = []
    for path in sorted(corpus.rglob("*.txt"))[:count]:
        source = SourceFile(path.name, article_id_for(path.name), None)
        try:
            raw, article = prepare(source, path.read_bytes())
        except Exception:  # a rejected article has no later stage
            continue
        if stage == "layout":
            items.append(decode_article(source, path.read_bytes()))
        elif stage == "entities":
            items.append(article)
        else:
            items.append(annotate(article, None, extract(article), "whitespace", None))
    return items


def _runner(stage: str):
    if stage == "layout":
        rules = load_rules()
        return lambda raw: build_article(raw, rules)
    if stage == "entities":
        return extract
    return lambda item: derive_facts(item, OrgRegistry(), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--stage", choices=("layout", "entities", "facts"), required=True)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3, help="untimed-profile runs for the CPU median")
    args = parser.parse_args()
    items = _inputs(args.corpus, args.articles, args.stage)
    run = _runner(args.stage)
    for item in items:  # warm: rule loads and per-process caches outside the figures
        run(item)
    seconds = []
    for _ in range(args.repeat):
        started = time.process_time()
        for item in items:
            run(item)
        seconds.append(time.process_time() - started)
    seconds.sort()
    print(f"{haucan.__file__}: {len(items)} articles, {args.stage} {seconds[len(seconds) // 2]:.3f} CPU-s "
          f"(median of {args.repeat}: {', '.join(f'{s:.3f}' for s in seconds)})")
    if args.top == 0:
        return  # the CPU figure only (bench runs alternating two trees)
    profile = cProfile.Profile()
    profile.enable()
    for item in items:
        run(item)
    profile.disable()
    stats = pstats.Stats(profile)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
