"""Cache damage is noted in the log the store was given (its owner's: a worker's Caches), once, and summarised."""

from __future__ import annotations

import contextlib
import sqlite3

from haucan.cache.damage import DamageLog, damage_summary
from haucan.cache.stores import ArticleCache
from haucan.per_article import Caches, StageSettings


def _tamper(path, key: bytes) -> None:
    """Flip the stored value's last byte: its checksum no longer holds."""
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        (value,) = db.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
        db.execute("UPDATE entries SET value = ? WHERE key = ?", (value[:-1] + bytes([value[-1] ^ 1]), key))


def test_a_store_notes_damage_in_the_log_it_was_given(tmp_path):
    log = DamageLog()
    bystander = Caches()  # a worker's caches: their log must see nothing of a store they do not own
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
    assert bystander.damage.take() == {}


def test_the_stores_of_a_worker_note_damage_in_its_caches_log(tmp_path):
    settings = StageSettings(input_dir=tmp_path, cache_dir=tmp_path, version="v")
    caches = Caches()
    caches.articles(settings).put(b"k", b"value")
    caches.close()
    _tamper(tmp_path / "articles-v.sqlite", b"k")
    assert caches.articles(settings).get(b"k") is None
    caches.close()
    damage = caches.damage.take()
    assert damage == {"discarded: article store entry failed its checksum": 1}
    assert caches.damage.take() == {}
    assert damage_summary(damage) == ("cache: 1 damaged entry discarded and recomputed "
                                      "(article store entry failed its checksum: 1)")
