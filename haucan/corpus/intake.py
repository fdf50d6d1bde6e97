"""The intake log: what became of every input file, recorded as it is decided and read back by the report."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from haucan.dedup.index import Duplicate
from haucan.errors import SeedError
from haucan.records import SourceFile

SHOWN_PER_OUTCOME = 50  # rejected/duplicate files kept in memory for the printed summary; the report has all


class Intake:
    """What became of every input file: accepted, repaired (with what), duplicate (of what), or rejected (why).

    One record per file, appended to a JSON-lines file in the build's scratch folder as it is decided (a
    million files would otherwise be a million dicts in memory); counts are kept as they go. The report
    streams the records back in the order they were decided."""

    def __init__(self, spill: Path) -> None:
        spill.parent.mkdir(parents=True, exist_ok=True)
        self.spill = spill
        self._handle = spill.open("w", encoding="utf-8")
        self.outcomes: Counter = Counter()
        self.reasons: Counter = Counter()
        self.shown: dict[str, list[dict]] = {"rejected": [], "duplicate": []}
        self.ignored: list[str] = []
        self.notes: list[str] = []

    def _add(self, record: dict) -> None:
        self.outcomes[record["outcome"]] += 1
        if record["outcome"] == "rejected":
            self.reasons[record["reason"]] += 1
        shown = self.shown.get(record["outcome"])
        if shown is not None and len(shown) < SHOWN_PER_OUTCOME:
            shown.append(record)
        self._handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")

    def accept(self, source: SourceFile, repairs: tuple[str, ...]) -> None:
        self._add({"file": source.relative_path, "article_id": source.article_id,
                   "outcome": "repaired" if repairs else "accepted", "repairs": list(repairs)})

    def reject(self, error: SeedError) -> None:
        self._add({**error.as_record(), "outcome": "rejected"})

    def duplicate(self, source: SourceFile, repairs: tuple[str, ...], duplicate: Duplicate) -> None:
        self._add({"file": source.relative_path, "article_id": source.article_id, "outcome": "duplicate",
                   "duplicate_of": duplicate.of, "kind": duplicate.kind, "similarity": duplicate.similarity,
                   "repairs": list(repairs)})

    def records(self) -> Iterator[str]:
        """Every file's record as one JSON text, in the order decided."""
        self._handle.flush()
        with self.spill.open(encoding="utf-8") as handle:
            for line in handle:
                yield line.rstrip("\n")

    def close(self) -> None:
        self._handle.close()

    def counts(self) -> dict:
        return {"found": sum(self.outcomes.values()), "accepted": self.outcomes["accepted"],
                "repaired": self.outcomes["repaired"], "duplicate": self.outcomes["duplicate"],
                "rejected": self.outcomes["rejected"], "ignored_non_txt": len(self.ignored)}

    def rejection_reasons(self) -> list[tuple[str, int]]:
        return sorted(self.reasons.items())
