"""START HERE. Builds the vi-military-logistics-news dataset: ``python build_dataset.py [--input DIR] [--output DIR]``.

The flow (haucan/pipeline.py reads top to bottom the same way):
  discover files -> read & decode -> clean -> segment into blocks -> read metadata -> validate (pandera)
  -> write Parquet shards -> render the card -> swap the finished folder into place.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from haucan.config import DEFAULT_BATCH_SIZE, DEFAULT_INPUT, DEFAULT_OUTPUT, BuildConfig
from haucan.errors import ConfigError, ValidationError


def parse_args(argv: list[str] | None) -> BuildConfig:
    """Command line -> BuildConfig."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT,
                        help="folder of .txt articles, read recursively (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                        help="published dataset folder (default: %(default)s)")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE,
                        help="articles validated and written together (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)),
                        help="processes for the per-article work (default: the cores available, %(default)s)")
    parser.add_argument("--scheduler", default=None, metavar="ADDRESS",
                        help="run the per-article work on a Dask cluster (tcp://host:8786) instead of --workers")
    parser.add_argument("--words", choices=("underthesea", "whitespace"), default="underthesea",
                        help="word segmenter; 'whitespace' switches word segmentation off, for benchmark runs "
                             "(default: %(default)s)")
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help="content-addressed cache of per-article results (default: .NAME.cache beside --output)")
    parser.add_argument("--no-cache", action="store_true", help="rebuild every article and store nothing")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="progress bar on stderr (default: only on a terminal)")
    parser.add_argument("--card-copy", type=Path, default=None,
                        help="also write the rendered card to this file (make build: DATASET_CARD.md)")
    args = parser.parse_args(argv)
    if not args.input.is_dir():
        parser.error(f"--input {args.input}: not a folder")
    if args.batch_size < 1:
        parser.error("--batch-size must be at least 1")
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    cache_dir = None if args.no_cache else (
        args.cache_dir or args.output.parent / f".{args.output.name}.cache")
    return BuildConfig(input_dir=args.input, output_dir=args.output, batch_size=args.batch_size,
                       workers=args.workers, scheduler=args.scheduler, words=args.words, cache_dir=cache_dir,
                       progress=args.progress, card_copy=args.card_copy)


def print_summary(result) -> None:
    """Files found/accepted/rejected with reasons (the first of each; the report has all), rows per config, and
    where the output is."""
    counts = result.intake
    print(f"files: {counts['found']} found, {counts['accepted']} accepted, {counts['repaired']} repaired, "
          f"{counts['duplicate']} duplicate, {counts['rejected']} rejected "
          f"({counts['ignored_non_txt']} non-.txt or junk files ignored)")
    for record in result.shown.get("rejected", []):
        where = ", ".join(f"{k} {record[k]}" for k in ("line", "byte_offset", "field") if record.get(k) is not None)
        print(f"  rejected {record['file']}{' (' + where + ')' if where else ''}: {record['reason']}: {record['detail']}")
    for record in result.shown.get("duplicate", []):
        print(f"  duplicate {record['file']}: {record['kind']} duplicate of article {record['duplicate_of']} "
              f"(similarity {record['similarity']})")
    for outcome in ("rejected", "duplicate"):
        if counts[outcome] > len(result.shown.get(outcome, [])):
            print(f"  ... {counts[outcome] - len(result.shown[outcome])} more {outcome} files: see the report")
    for note in result.notes:
        print(f"  note: {note}")
    for config, rows in result.rows.items():
        print(f"rows: {config} {rows}")
    print(f"splits published: {', '.join(result.published_splits)}")
    print(f"output: {result.output_dir}")
    print(f"report: {result.report_path}")


def push_command(argv: list[str]) -> int:
    """``build_dataset.py push --repo-id OWNER/NAME [--folder DIR] [--revision main] [--dry-run]``.

    The token is read by huggingface_hub from HF_TOKEN or a saved login; there is deliberately no --token."""
    from haucan.publish.push import PushError, push

    parser = argparse.ArgumentParser(prog="build_dataset.py push", description="Push a built release as one commit.")
    parser.add_argument("--repo-id", required=True, help="OWNER/NAME of the dataset repository")
    parser.add_argument("--folder", type=Path, default=DEFAULT_OUTPUT, help="built folder (default: %(default)s)")
    parser.add_argument("--revision", default="main", help="branch to commit to (default: %(default)s)")
    parser.add_argument("--dry-run", action="store_true", help="print every file with its hash; push nothing")
    args = parser.parse_args(argv)
    try:
        push(args.folder, args.repo_id, revision=args.revision, dry_run=args.dry_run)
    except PushError as error:
        print(f"NOT PUSHED: {error}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run a build (or ``push``); exit 0 when published, 1 when the data failed validation, 2 on a configuration error."""
    from haucan.pipeline import build

    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["push"]:
        return push_command(argv[1:])
    config = parse_args(argv)
    try:
        result = build(config)
    except ValidationError as error:
        print(f"NOT PUBLISHED: {error}", file=sys.stderr)
        print(f"report: {config.report_path}", file=sys.stderr)
        return 1
    except ConfigError as error:
        print(f"NOT PUBLISHED: {error}", file=sys.stderr)
        return 2
    print_summary(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
