"""Times the pandera validation of per-article tables: per call, per config and per check.

``python benchmarks/bench_validate.py [--corpus DIR] [--articles 3000 2] [--repeat 3] [--tables-dir DIR]``

For each N in ``--articles``: builds the per-article tables of the first N articles of the corpus the way a
build's chunk does (``process.process``, ``chunk_rows.build_tables``, whitespace words),
then times ``haucan.validate.validate_tables`` on them (best of ``--repeat`` calls), and prints

- the whole call, in seconds and in ms per article (N = 3,000 gives the rate, N = 2 the fixed cost per call);
- per config: ``to_frame`` and ``validate_frame`` (the model plus its cross-table checks);
- per check (with ``--checks``): each check of each config's schema, run alone through pandera on the frame.

Building the tables takes far longer than validating them, so with ``--tables-dir`` they are kept there as
Arrow IPC files (one folder per N) and read back on the next run; delete the folder after changing the build.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from pathlib import Path

import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from haucan.chunk_rows import build_tables  # noqa: E402
from haucan.per_article import StageSettings, read_source  # noqa: E402
from haucan.process import process  # noqa: E402
from haucan.read import discover  # noqa: E402
from haucan.tables import to_frame  # noqa: E402
from haucan.validate import validate_frame, validate_tables  # noqa: E402
from schema import CONFIG_BY_NAME, CONFIGS  # noqa: E402


def make_tables(corpus: Path, articles: int) -> dict[str, pa.Table]:
    """The per-article tables of the first ``articles`` accepted articles, built as a chunk builds them."""
    settings = StageSettings(corpus, "whitespace")
    annotated = []
    for source in discover(corpus).sources:
        if len(annotated) >= articles:
            break
        data = read_source(settings, source)
        if not isinstance(data, bytes):
            continue
        result = process(source, data, settings)
        if result.rows is not None:
            annotated.append(result.annotated)
    return build_tables(annotated)


def load_tables(corpus: Path, articles: int, tables_dir: Path | None) -> dict[str, pa.Table]:
    """``make_tables``, through the Arrow IPC files in ``tables_dir/N`` when given."""
    folder = tables_dir / str(articles) if tables_dir else None
    if folder is not None and folder.is_dir():
        return {spec.name: pa.ipc.open_file(folder / f"{spec.name}.arrow").read_all()
                for spec in CONFIGS if spec.per_article}
    tables = make_tables(corpus, articles)
    if folder is not None:
        folder.mkdir(parents=True)
        for name, table in tables.items():
            with pa.ipc.new_file(folder / f"{name}.arrow", table.schema) as writer:
                writer.write_table(table)
    return tables


def best(function, repeat: int) -> float:
    """Seconds of the fastest of ``repeat`` calls (the others are noise from the shared machine)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def cross_checks(frames: dict) -> dict:
    """The cross-table checks per config, as ``validate_tables`` builds them."""
    from haucan import validate

    builder = getattr(validate, "cross_table_checks", None)
    if builder is not None:
        return builder(frames)
    from schema import blocks, mentions, ner, person_observations, sentences

    return {
        "blocks": blocks.cross_table_checks(frames["articles"]),
        "mentions": mentions.cross_table_checks(frames["articles"], frames["sentences"]),
        "sentences": sentences.cross_table_checks(frames["articles"]),
        "ner_syllable": ner.cross_table_checks(frames["sentences"]),
        "ner_word": ner.cross_table_checks(frames["sentences"]),
        "person_observations": person_observations.cross_table_checks(frames["articles"]),
    }


def per_check(name: str, frame, extra, repeat: int) -> list[tuple[str, float]]:
    """(check label, seconds) for every check of the config's schema run alone on ``frame``."""
    schema = CONFIG_BY_NAME[name].model.to_schema()
    timed = []
    for column_name, column in schema.columns.items():
        for check in column.checks:
            timed.append((f"{column_name}:{check.name}", best(lambda c=check, n=column_name: c(frame[n]), repeat)))
    for check in [*schema.checks, *extra]:
        timed.append((f"<frame>:{check.name}", best(lambda c=check: c(frame), repeat)))
    return timed


def report(tables: dict[str, pa.Table], repeat: int, checks: bool) -> float:
    """Print the figures for one set of tables; return the seconds of the whole call."""
    articles = tables["articles"].num_rows
    validate_tables(tables)  # warm-up: imports, compiled regexes, rule loading
    total = best(lambda: validate_tables(tables), repeat)
    print(f"\n== {articles} articles: validate_tables {total * 1000:.1f} ms "
          f"({total / articles * 1000:.3f} ms/article), rows: "
          + ", ".join(f"{name}={table.num_rows}" for name, table in tables.items()))
    frames = {name: to_frame(table) for name, table in tables.items()}
    extras = cross_checks(frames)
    print(f"   {'config':<22}{'to_frame ms':>12}{'validate ms':>13}")
    for name, table in tables.items():
        convert = best(lambda t=table: to_frame(t), repeat)
        spec = CONFIG_BY_NAME[name]
        run = best(lambda s=spec, n=name: validate_frame(s, frames[n], extras.get(n, ())), repeat)
        print(f"   {name:<22}{convert * 1000:>12.2f}{run * 1000:>13.2f}")
    if checks:
        rows = [(name, label, seconds) for name in tables
                for label, seconds in per_check(name, frames[name], extras.get(name, ()), repeat)]
        rows.sort(key=lambda row: -row[2])
        print(f"   slowest checks (of {len(rows)}), alone through pandera:")
        for name, label, seconds in itertools.islice(rows, 25):
            print(f"     {seconds * 1000:8.2f} ms  {name} {label}")
        print(f"     median check {statistics.median(r[2] for r in rows) * 1000:.2f} ms")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/work/bench/c3k"))
    parser.add_argument("--articles", type=int, nargs="+", default=[3000, 2])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tables-dir", type=Path, default=None)
    parser.add_argument("--checks", action="store_true", help="also time every check alone")
    args = parser.parse_args()
    for articles in args.articles:
        tables = load_tables(args.corpus, articles, args.tables_dir)
        report(tables, args.repeat, args.checks)


if __name__ == "__main__":
    main()
