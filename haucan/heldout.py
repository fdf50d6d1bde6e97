"""Scores the extractor on the held-out sets (never published), through the same per-article path as the build.

Each set is a folder under the held-out root (``HELDOUT_SETS``: dev, test) with its own ``gold/`` folder. Its
articles go through ``haucan.process.process`` exactly as the build's do; the entity scores compare the
extractor's mentions with the gold mentions. Facts are scored end to end, as on new text: the facts derived
from the extractor's own mentions, against the fact gold read with the gold mentions.
"""

from __future__ import annotations

import time
from pathlib import Path

from haucan.annotate import annotate
from haucan.config import HELDOUT_SETS
from haucan.evaluate import Scores, span_tags
from haucan.gold import GoldError
from haucan.knowledge.facts import derive_facts
from haucan.knowledge.orgs import OrgRegistry
from haucan.knowledge.scores import FactScores
from haucan.per_article import StageSettings
from haucan.process import process
from haucan.read import discover, read_bytes


def heldout_scores(heldout_dir: Path | None) -> tuple[dict[str, Scores], dict[str, FactScores], float]:
    """``score_heldout`` into new dicts: (entity scores, fact scores) by set name, and the seconds it took. What a
    build's worker runs while the corpus passes go on (haucan/pipeline.py): the held-out sets need nothing of
    the corpus."""
    scores: dict[str, Scores] = {}
    fact_scores: dict[str, FactScores] = {}
    started = time.perf_counter()
    score_heldout(heldout_dir, scores, fact_scores)
    return scores, fact_scores, time.perf_counter() - started


def score_heldout(heldout_dir: Path | None, scores: dict[str, Scores], fact_scores: dict[str, FactScores]) -> None:
    """Add each held-out set's entity scores to ``scores`` and fact scores to ``fact_scores`` (by set name).

    A set has entity scores (possibly empty) when its folder exists, fact scores when an article has fact gold.
    Held-out files are ours: one that is rejected, or whose gold no longer maps onto it, is a bug and raises."""
    if heldout_dir is None:
        return
    for name in HELDOUT_SETS:
        folder = heldout_dir / name
        if not folder.is_dir():
            continue
        entity_scores = scores.setdefault(name, Scores())
        settings = StageSettings(folder)
        for source in discover(folder).sources:
            result = process(source, read_bytes(folder, source), settings)
            if result.error is not None:
                raise result.error
            if result.gold_error is not None:
                raise GoldError(result.gold_error)
            if result.gold is None:
                continue
            entity_scores.add(result.auto, result.gold)
            sentences = result.annotated.sentences
            entity_scores.add_tags(span_tags(sentences, result.gold), span_tags(sentences, result.auto))
            if result.facts.gold is not None:
                # The build publishes gold mentions where they exist; end to end means the extractor's own. A
                # scratch registry keeps held-out organisations out of the release.
                annotated = annotate(result.annotated.article, None, result.auto, settings.words)
                predicted = derive_facts(annotated, OrgRegistry(), None).auto
                fact_scores.setdefault(name, FactScores()).add(predicted, result.facts.gold)
