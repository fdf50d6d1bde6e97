"""The error hierarchy: the class says what happens next.

- SeedError: this input file is rejected and recorded; the build goes on with the others.
- ValidationError: published records broke the data contract; the build stops and publishes nothing.
- ConfigError: the build was asked for something impossible; it stops before doing any work.
"""

from __future__ import annotations


class BuildError(Exception):
    """Base class of every error the build raises on purpose."""


class SeedError(BuildError):
    """An input file cannot become an article. ``reason`` is a stable code; ``detail`` names the spot."""

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
    """Published records failed the schema; ``report`` lists every failure (table, row, column, check)."""

    def __init__(self, report: list[dict]) -> None:
        self.report = report
        lines = [
            f"[{r['table']} > {r['row']}] column {r['column']}: check {r['check']} failed"
            + (f" (value {r['value']})" if r.get("value") not in (None, "") else "")
            for r in report
        ]
        shown = "\n".join(lines[:50]) + (f"\n... and {len(lines) - 50} more" if len(lines) > 50 else "")
        super().__init__(f"{len(report)} schema failure(s):\n{shown}")


class ConfigError(BuildError):
    """The build configuration or environment is unusable (e.g. pandera validation switched off)."""
