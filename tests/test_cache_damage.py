"""Cache damage is noted in the log the store was given (the process's by default), once, and summarised."""

from __future__ import annotations

import contextlib
import sqlite3

from haucan.cache.damage import DamageLog, damage_summary, take_damage
from haucan.cache.stores import ArticleCache


def _tamper(path, key: bytes) -> None:
    """Flip the stored value's last byte: its checksum no longer holds."""
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        (value,) = db.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
        db.execute("UPDATE entries SET value = ? WHERE key = ?", (value[:-1] + bytes([value[-1] ^ 1]), key))


def test_a_store_notes_damage_in_the_log_it_was_given(tmp_path):
    take_damage()  # start from a clean process log
    log = DamageLog()
    store = ArticleCache(tmp_path, "v", damage=log)
    store.put(b"k", b"value")
    store.close()
    _tamper(tmp_path / "articles-v.sqlite", b"k")

    store = ArticleCache(tmp_path, "v", damage=log)
    assert store.get(b"k") is None  # failed its checksum: discarded
    assert store.get(b"k") is None  # and gone, so not counted twice
    store.close()
    assert log.take() == {"discarded: article store entry failed its checksum": 1}
    assert log.take() == {}  # taken once
    assert take_damage() == {}  # the process log saw none of it


def test_the_process_log_is_the_default_and_take_damage_empties_it(tmp_path):
    take_damage()
    store = ArticleCache(tmp_path, "v")
    store.put(b"k", b"value")
    store.close()
    _tamper(tmp_path / "articles-v.sqlite", b"k")
    store = ArticleCache(tmp_path, "v")
    assert store.get(b"k") is None
    store.close()
    damage = take_damage()
    assert damage == {"discarded: article store entry failed its checksum": 1}
    assert take_damage() == {}
    assert damage_summary(damage) == ("cache: 1 damaged entry discarded and recomputed "
                                      "(article store entry failed its checksum: 1)")
