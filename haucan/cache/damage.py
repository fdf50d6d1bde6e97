"""What was found wrong in the caches (a value that failed its checksum, a store set aside or not used): counted
where it happens, in the log of whoever owns the stores (a worker's haucan.per_article.Caches), reported by each
worker with its chunk, summarised once per build."""

from __future__ import annotations

from collections import Counter


class DamageLog:
    """Counts of each kind of cache damage found since the log was last asked (:meth:`take`).

    A store writes to the log it was given (its own, if none); a worker's stores share their owner's log, and
    the worker hands its counts back with each chunk, so every event is reported once."""

    def __init__(self) -> None:
        self._counts: Counter = Counter()

    def note(self, what: str) -> None:
        """Count one event, described by ``what`` (entries discarded start with ``"discarded: "``)."""
        self._counts[what] += 1

    def take(self) -> dict[str, int]:
        """Each kind of damage noted since the last call, with how many times it happened (and forget them)."""
        found = dict(self._counts)
        self._counts.clear()
        return found


def damage_summary(damage: Counter) -> str | None:
    """One line for the build's output (how many entries were discarded, and why; stores set aside or not
    used), or None when the caches were sound."""
    if not damage:
        return None
    discarded = {what.removeprefix("discarded: "): n for what, n in damage.items() if what.startswith("discarded: ")}
    parts = []
    if discarded:
        total = sum(discarded.values())
        reasons = ", ".join(f"{what}: {n}" for what, n in sorted(discarded.items()))
        parts.append(f"{total} damaged entr{'y' if total == 1 else 'ies'} discarded and recomputed ({reasons})")
    parts += [what for what in sorted(damage) if not what.startswith("discarded: ")]
    return "cache: " + "; ".join(parts)
