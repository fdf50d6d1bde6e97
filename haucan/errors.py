"""The error hierarchy: the class says what happens next.

- SeedError: this input file is rejected and recorded; the build goes on with the others.
- ValidationError: published records broke the data contract; the build stops and publishes nothing.
- ConfigError: the build was asked for something impossible; it stops before doing any work.
- NothingToPublish: no article survived intake (an empty folder, every file rejected); nothing is published.
- BuildLocked: another build holds the output's lock; this one stops at once, touching nothing.

Each class that can end a build carries the process exit code ``build_dataset.py`` returns for it (the table
is EXIT_CODES below, printed by ``--help`` and in the README). An ``OSError`` (disk full, read-only output,
permission denied) ends the build with EXIT_IO.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for annotations: importing the schema package would load pandera for ``--help``
    from schema.failure import Failure

EXIT_PUBLISHED = 0
EXIT_INVALID = 1
EXIT_CONFIG = 2
EXIT_NOTHING = 3
EXIT_IO = 4
EXIT_LOCKED = 5
EXIT_INTERNAL = 70  # sysexits' EX_SOFTWARE: a bug; the traceback is printed

EXIT_CODES = (
    (EXIT_PUBLISHED, "published (push: pushed and verified, or the dry run printed)"),
    (EXIT_INVALID, "schema validation failed: nothing published, the report lists every failure"),
    (EXIT_CONFIG, "bad configuration or arguments, including a refused --output (not ours, a file, the input)"),
    (EXIT_NOTHING, "nothing to publish: the input folder is empty or every file was rejected"),
    (EXIT_IO, "I/O error: disk full, read-only output, permission denied (push: the Hub or network refused)"),
    (EXIT_LOCKED, "another build holds the output's lock (.NAME.lock beside it); nothing was touched"),
    (EXIT_INTERNAL, "internal error (a bug): the traceback is printed"),
)
"""Exit code -> meaning, for ``--help`` and the README."""


class BuildError(Exception):
    """Base class of every error the build raises on purpose."""

    exit_code = EXIT_CONFIG


class SeedError(BuildError):
    """An input file cannot become an article. ``reason`` is a stable code; ``detail`` names the spot.

    It reaches the command line only from a held-out set (our own files), which is a configuration problem."""

    def __init__(self, path: str, reason: str, detail: str, *, byte_offset: int | None = None,
                 line: int | None = None, field: str | None = None) -> None:
        self.path = path
        self.reason = reason
        self.detail = detail
        self.byte_offset = byte_offset
        self.line = line
        self.field = field
        where = []
        if line is not None:
            where.append(f"line {line}")
        if byte_offset is not None:
            where.append(f"byte {byte_offset}")
        if field is not None:
            where.append(f"field {field}")
        super().__init__(f"{path}{' (' + ', '.join(where) + ')' if where else ''}: {reason}: {detail}")

    def __reduce__(self):
        # Rebuilt with all its fields when it crosses a process boundary (--workers), not from its message.
        return (_rebuild_seed_error, (self.path, self.reason, self.detail, self.byte_offset, self.line, self.field))

    def as_record(self) -> dict:
        """A JSON-ready description for the rejection report."""
        return {
            "file": self.path,
            "reason": self.reason,
            "detail": self.detail,
            "line": self.line,
            "byte_offset": self.byte_offset,
            "field": self.field,
        }


def _rebuild_seed_error(path, reason, detail, byte_offset, line, field) -> SeedError:
    return SeedError(path, reason, detail, byte_offset=byte_offset, line=line, field=field)


class ValidationError(BuildError):
    """Published records failed the schema: ``failures`` lists every one, ``report`` their records for the
    build report."""

    exit_code = EXIT_INVALID

    def __init__(self, failures: Sequence[Failure]) -> None:
        self.failures = list(failures)
        self.report = [f.as_record() for f in self.failures]
        lines = [
            f"[{f.table} > {f.row}] column {f.column}: check {f.check} failed"
            + (f" (value {f.value})" if f.value not in (None, "") else "")
            for f in self.failures
        ]
        shown = "\n".join(lines[:50]) + (f"\n... and {len(lines) - 50} more" if len(lines) > 50 else "")
        super().__init__(f"{len(self.failures)} schema failure(s):\n{shown}")


class ConfigError(BuildError):
    """The build configuration or environment is unusable (e.g. pandera validation switched off)."""


class OutputRefused(ConfigError):
    """``--output`` (or a path the build would write) is not something the build owns; nothing was touched."""


class NothingToPublish(BuildError):
    """No article survived intake: ``counts`` are the intake counts, ``reasons`` the rejection reasons."""

    exit_code = EXIT_NOTHING

    def __init__(self, counts: dict, reasons: list[tuple[str, int]]) -> None:
        self.counts = counts
        self.reasons = reasons
        if not counts["found"]:
            message = "nothing to publish: no .txt file in the input folder"
            if counts.get("ignored_non_txt"):
                message += f" ({counts['ignored_non_txt']} other files ignored)"
        else:
            why = ", ".join(f"{reason}: {n}" for reason, n in reasons)
            message = f"nothing to publish: every file found ({counts['found']}) was rejected ({why})"
        super().__init__(message)


class BuildLocked(BuildError):
    """Another build of the same output holds its lock file."""

    exit_code = EXIT_LOCKED
