"""CPU seconds of the facts stage alone (derive_facts over every article of CORPUS, annotated untimed first, the
rules loaded before the clock starts), printed with the haucan it imported: run it from two trees alternately
(``PYTHONPATH=TREE python benchmarks/bench_facts.py CORPUS`` from TREE) for a same-run ratio of that stage.
"""

import sys
import time
from pathlib import Path

import haucan
from haucan.annotate import annotate
from haucan.extract.entities import extract
from haucan.knowledge.facts import derive_facts
from haucan.knowledge.orgs import OrgRegistry
from haucan.process import prepare
from haucan.read import article_id_for
from haucan.records import SourceFile

items = []
for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
    source = SourceFile(path.name, article_id_for(path.name), None)
    try:
        _, article = prepare(source, path.read_bytes())
    except Exception:
        continue
    items.append(annotate(article, None, extract(article), "whitespace", None))
derive_facts(items[0], OrgRegistry(), None)  # rule loads outside the timing
t = time.process_time()
for item in items:
    derive_facts(item, OrgRegistry(), None)
print(haucan.__file__, len(items), round(time.process_time() - t, 3))
