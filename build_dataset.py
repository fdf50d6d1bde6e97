"""START HERE. Builds the vi-military-logistics-news dataset: ``python build_dataset.py [--input DIR] [--output DIR]``.

The flow (haucan/pipeline.py reads top to bottom the same way):
  discover files -> read & decode -> clean -> segment into blocks -> read metadata -> validate (pandera)
  -> write Parquet shards -> render the card -> swap the finished folder into place.
"""

from __future__ import annotations

import argparse
import errno
import os
import re
import sqlite3
import sys
import traceback
from pathlib import Path

from haucan.config import DEFAULT_BATCH_SIZE, DEFAULT_INPUT, DEFAULT_OUTPUT, BuildConfig
from haucan.errors import EXIT_CODES, EXIT_INTERNAL, EXIT_IO, EXIT_NOTHING, BuildError, ValidationError

EPILOG = "exit codes:\n" + "\n".join(f"  {code:<3} {meaning}" for code, meaning in EXIT_CODES) + (
    "\n\n--output must be absent, an empty folder or a release this build made (a link into .NAME.releases/ "
    "beside it);\nanything else is refused and left untouched. See README.md, 'Exit codes and output safety'.")

_TOKEN_OPTION = re.compile(r"--(hf[-_]?)?(tok|token|auth|use[-_]auth)", re.IGNORECASE)
_TOKEN_VALUE = re.compile(r"hf_[A-Za-z0-9]{8,}")


class SafeParser(argparse.ArgumentParser):
    """argparse that never prints a secret: a token option is refused without its value (argparse would echo
    it as an unrecognised argument), and anything shaped like a Hub token is masked in every error."""

    def parse_args(self, args=None, namespace=None):
        args = sys.argv[1:] if args is None else list(args)
        for arg in args:
            if _TOKEN_OPTION.match(arg):
                self.error(f"unrecognized arguments: {arg.split('=')[0]} <value not shown>: a token is never taken "
                           "from the command line; set HF_TOKEN or run `hf auth login`")
        return super().parse_args(args, namespace)

    def error(self, message: str):
        super().error(_TOKEN_VALUE.sub("hf_***", message))


def parse_args(argv: list[str] | None) -> BuildConfig:
    """Command line -> BuildConfig."""
    parser = SafeParser(description=__doc__.splitlines()[0], epilog=EPILOG,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
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
    parser.add_argument("--repo-id", default=os.environ.get("HF_REPO_ID") or None, metavar="OWNER/NAME",
                        help="the Hub dataset repository the release is for: the card's snippets, citation and "
                             "Croissant name it and `push` defaults to it (default: $HF_REPO_ID; without one the "
                             "card shows a placeholder owner and `push` refuses the release)")
    args = parser.parse_args(argv)
    if not args.input.is_dir():
        parser.error(f"--input {args.input}: not a folder")  # exit 2, as every refused argument
    if args.batch_size < 1:
        parser.error("--batch-size must be at least 1")
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.repo_id is not None:
        # After parsing: --help must not load the Hub client.
        from haucan.config import repo_id_problem

        if problem := repo_id_problem(args.repo_id):
            parser.error(f"--repo-id {problem}")  # a token pasted here is masked by SafeParser
    cache_dir = None if args.no_cache else (
        args.cache_dir or args.output.parent / f".{args.output.name}.cache")
    return BuildConfig(input_dir=args.input, output_dir=args.output, batch_size=args.batch_size,
                       workers=args.workers, scheduler=args.scheduler, words=args.words, cache_dir=cache_dir,
                       progress=args.progress, card_copy=args.card_copy,
                       repo_id=args.repo_id)


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


def push_command(argv: list[str], api=None) -> int:
    """``build_dataset.py push [--repo-id OWNER/NAME] [--folder DIR] [--revision main] [--gated auto|manual]
    [--dry-run]``: one commit, then the tag ``v<version>`` on it.

    The repository is the one the release was built for (``--repo-id`` at build time); ``--repo-id`` here may
    only repeat it. The token is read by huggingface_hub from HF_TOKEN or a saved login; there is deliberately
    no --token, and one given is refused without printing it. Every failure is one line ``NOT PUSHED: <why>`` on
    stderr: exit 2 for a bad repo id, a folder that is not a complete release, a release with no repo id or an
    already tagged version, 4 when the Hub or the network refused. ``api`` replaces the Hub client (tests)."""
    parser = SafeParser(prog="build_dataset.py push", description="Push a built release as one commit, tagged "
                        "with its version.", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo-id", default=None, metavar="OWNER/NAME",
                        help="the existing dataset repository (default: the one the release was built for; "
                             "another one is refused)")
    parser.add_argument("--folder", type=Path, default=DEFAULT_OUTPUT, help="built folder (default: %(default)s)")
    parser.add_argument("--revision", default="main", help="branch to commit to (default: %(default)s)")
    parser.add_argument("--gated", choices=("auto", "manual"), default=None,
                        help="gate the repository before uploading (access requests approved automatically or "
                             "by you; the form is in the card's YAML); default: leave the setting as it is")
    parser.add_argument("--dry-run", action="store_true",
                        help="print the commit (every file with its hash), the tag and the gating; send nothing")
    args = parser.parse_args(argv)
    # After parsing: `push --help` must not load the Hub client.
    from haucan.publish.push import PushError, push

    try:
        push(args.folder, args.repo_id, api=api, revision=args.revision, dry_run=args.dry_run, gated=args.gated)
    except PushError as error:
        print(f"NOT PUSHED: {error}", file=sys.stderr)
        return error.exit_code
    return 0


def describe_os_error(error: OSError) -> str:
    """One line: what failed, on which path, and the usual cause."""
    name = errno.errorcode.get(error.errno, "") if error.errno else ""
    where = f": {error.filename}" if error.filename else ""
    hint = {errno.ENOSPC: " (the disk is full)", errno.EDQUOT: " (disk quota exceeded)",
            errno.EROFS: " (read-only file system)", errno.EACCES: " (permission denied: is the output writable?)",
            errno.EPERM: " (operation not permitted)"}.get(error.errno, "")
    return f"{error.strerror or error}{' [' + name + ']' if name else ''}{where}{hint}"


_SQLITE_IO = ("disk is full", "disk i/o error", "readonly database", "unable to open database")


def main(argv: list[str] | None = None) -> int:
    """Run a build (or ``push``) and return its exit code (EPILOG and README list them); a user error is
    one ``NOT PUBLISHED: ...`` message on stderr, never a traceback."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["push"]:
        return push_command(argv[1:])
    config = parse_args(argv)
    from haucan.pipeline import build  # after parsing: `--help` and a refused argument answer without pyarrow

    def refuse(message: str, error: BaseException | None = None) -> None:
        print(f"NOT PUBLISHED: {message}", file=sys.stderr)
        for note in getattr(error, "__notes__", ()):
            print(f"  {note}", file=sys.stderr)

    try:
        result = build(config)
    except BuildError as error:
        refuse(str(error), error)
        if isinstance(error, ValidationError) or error.exit_code == EXIT_NOTHING:
            print(f"report: {config.report_path}", file=sys.stderr)
        return error.exit_code
    except OSError as error:
        refuse(f"I/O error: {describe_os_error(error)}", error)
        return EXIT_IO
    except sqlite3.OperationalError as error:  # the scratch index on a full or read-only disk
        if not any(text in str(error).lower() for text in _SQLITE_IO):
            raise
        refuse(f"I/O error in the build's scratch index: {error}", error)
        return EXIT_IO
    except KeyboardInterrupt:
        refuse("interrupted; the previous release is still current")
        return 130
    except Exception:
        traceback.print_exc()
        refuse("internal error (a bug; the traceback above shows where). Nothing new was published.")
        return EXIT_INTERNAL
    print_summary(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
