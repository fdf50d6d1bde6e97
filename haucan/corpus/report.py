"""The build report (JSON, beside the output folder): every file's outcome from the intake log, notes, and the
schema failures; or, for a build that failed before it had an intake log, the error alone."""

from __future__ import annotations

import contextlib
import json
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from haucan.config import BuildConfig
    from haucan.corpus.intake import Intake
    from schema.failure import Failure


def write_report(config: BuildConfig, intake: Intake, failures: list[Failure], published: bool) -> None:
    """The build report (JSON), beside the output folder: every file's outcome, notes and schema failures.

    Written as it is read back from the intake's spill file (one file record per line), so its size never
    has to fit in memory; keys in sorted order, as ``json.dumps(sort_keys=True)`` would put them."""
    def dump(value) -> str:
        return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True).replace("\n", "\n  ")

    config.report_path.parent.mkdir(parents=True, exist_ok=True)
    partial = config.report_path.with_name(config.report_path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as out:
            out.write("{\n" + f'  "counts": {dump(intake.counts())},\n  "files": [')
            for index, record in enumerate(intake.records()):
                out.write(("\n    " if index == 0 else ",\n    ") + record)
            out.write("\n  ],\n" + f'  "ignored_non_txt": {dump(intake.ignored)},\n  "notes": {dump(intake.notes)},\n'
                      f'  "published": {dump(published)},\n  "rejection_reasons": {dump(dict(intake.rejection_reasons()))},\n'
                      f'  "validation_failures": {dump([f.as_record() for f in failures])}\n' + "}\n")
        os.replace(partial, config.report_path)  # a report is whole or absent, never half written
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def remove_report(config: BuildConfig) -> None:
    """Delete the last build's report before anything else is written: should this build fail and be unable to
    write its own report (a full disk), no report saying ``published: true`` may outlive it."""
    with contextlib.suppress(FileNotFoundError):
        config.report_path.unlink()


def write_failure_report(config: BuildConfig, error: BaseException) -> None:
    """A short report for a build that failed before its intake log existed (the full one is written by
    ``_build`` when it can); best effort: when even this cannot be written, there is no report at all."""
    partial = config.report_path.with_name(config.report_path.name + ".partial")
    try:
        partial.write_text(json.dumps({"error": f"{type(error).__name__}: {error}", "published": False},
                                      ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(partial, config.report_path)
    except OSError:
        partial.unlink(missing_ok=True)
