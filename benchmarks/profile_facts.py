"""cProfile of the facts stage alone: every article of CORPUS is processed up to its annotation (untimed),
then ``derive_facts`` runs over all of them under cProfile, and the top functions by cumulative and by own
time are printed, with the stage's CPU seconds.

``python benchmarks/profile_facts.py CORPUS [--articles 1000] [--top 40]``
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path

from haucan.annotate import annotate
from haucan.extract.entities import extract
from haucan.knowledge.facts import derive_facts
from haucan.knowledge.orgs import OrgRegistry
from haucan.process import prepare
from haucan.read import article_id_for
from haucan.records import SourceFile


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    annotated = []
    for path in sorted(args.corpus.rglob("*.txt"))[:args.articles]:
        source = SourceFile(path.name, article_id_for(path.name), None)
        try:
            _, article = prepare(source, path.read_bytes())
        except Exception:  # a rejected article has no facts stage
            continue
        annotated.append(annotate(article, None, extract(article), "whitespace", None))
    profile = cProfile.Profile()
    started = time.process_time()
    profile.enable()
    for item in annotated:
        derive_facts(item, OrgRegistry(), None)
    profile.disable()
    print(f"{len(annotated)} articles, facts {time.process_time() - started:.2f} CPU-s (under cProfile)")
    stats = pstats.Stats(profile)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
