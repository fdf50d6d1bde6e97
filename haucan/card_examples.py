"""One example row of each main config, read back from the release's Parquet files and shown in the card.

The rows are the published ones (not rebuilt from memory), so the card shows exactly what ``load_dataset``
returns, with long strings and lists cut so each fits in a few lines. All rows come from one article (the
card's example article) where the config has rows for it, so a reader can follow one report through the
configs. Each row is a JSON object after its config's name, all in one fenced block longer than any backtick run in
them: article text stays inert.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow.parquet as pq

from haucan.card_markdown import code_fence
from haucan.output.paths import config_dir

MAIN_CONFIGS = ("articles", "sentences", "ner_word", "mentions", "events", "persons")
STRING_WIDTH = 64  # characters kept of a long string (a sha256 in hex fits whole)
LIST_ITEMS = 8  # items kept of a long list
LINE_WIDTH = 110
CUT = "…"


def _cut(value: object) -> object:
    """``value`` with long strings and lists shortened (``…`` marks every cut) and dates as ISO strings."""
    if isinstance(value, str):
        return value if len(value) <= STRING_WIDTH else value[: STRING_WIDTH - 1] + CUT
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _cut(v) for k, v in value.items()}
    if isinstance(value, list):
        kept = [_cut(v) for v in value[:LIST_ITEMS]]
        return kept + [CUT] if len(value) > LIST_ITEMS else kept
    if isinstance(value, float) and value.is_integer():
        return int(value)  # caption_idx is a nullable integer stored as float by pandas-era writers
    return value


def to_json_lines(row: dict) -> str:
    """The row as a JSON object, several ``"key": value`` pairs per line up to ``LINE_WIDTH`` characters (one
    longer item keeps its own line)."""
    items = [f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(_cut(v), ensure_ascii=False)}" for k, v in row.items()]
    lines, current = [], ""
    for item in items:
        if current and len(current) + len(item) + 2 > LINE_WIDTH - 2:
            lines.append(current + ",")
            current = item
        else:
            current = f"{current}, {item}" if current else item
    lines.append(current)
    return "{\n" + "\n".join("  " + line for line in lines) + "\n}"


def _rows(folder: Path, config: str, filters: list | None = None) -> list[dict]:
    where = config_dir(folder, config)
    if not where.is_dir() or not any(where.glob("*.parquet")):
        return []
    return pq.read_table(where, filters=filters).to_pylist()


def _pick(folder: Path, article_id: str | None) -> dict[str, dict]:
    """config -> the example row: the example article's first row, the first sentence with an entity (then the
    same sentence in ``sentences``), a PER mention, the article's event, the person in most articles."""
    picked: dict[str, dict] = {}
    if article_id is None:
        return picked
    own = [("article_id", "==", article_id)]
    key = lambda r: (r.get("sent_idx", 0), r.get("start", 0), r.get("event_id", ""))  # noqa: E731
    rows = {name: sorted(_rows(folder, name, own), key=key) for name in MAIN_CONFIGS if name != "persons"}
    if rows["articles"]:
        picked["articles"] = rows["articles"][0]
    tagged = [r for r in rows["ner_word"] if any(r["ner_tags"])] or rows["ner_word"]
    if tagged:
        picked["ner_word"] = tagged[0]
        same = [r for r in rows["sentences"] if r["sent_idx"] == tagged[0]["sent_idx"]]
        if same:
            picked["sentences"] = same[0]
    people = [r for r in rows["mentions"] if r["label"] == "PER"] or rows["mentions"]
    if people:
        picked["mentions"] = people[0]
    if rows["events"]:
        picked["events"] = rows["events"][0]
    persons = sorted(_rows(folder, "persons"), key=lambda r: (-r["n_articles"], r["person_id"]))
    if persons:
        picked["persons"] = persons[0]
    return picked


def example_rows(folder: Path, article_id: str | None) -> dict:
    """``{"text", "fence", "configs"}``: one block holding ``<config> = {…}`` for each main config with an example
    row, in ``MAIN_CONFIGS`` order (one fence for all: the card stays short); empty text when there is none."""
    picked = _pick(folder, article_id)
    configs = [name for name in MAIN_CONFIGS if name in picked]
    text = "\n\n".join(f"{name} = {to_json_lines(picked[name])}" for name in configs)
    return {"text": text, "fence": code_fence(text), "configs": configs}
