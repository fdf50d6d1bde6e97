"""The disk-backed deduplicator decides exactly as the in-memory datasketch MinHashLSH it replaced (kept below as
the oracle), from fingerprints computed anywhere, and holds nothing per article in memory."""

from __future__ import annotations

import hashlib
import importlib.util
import multiprocessing
import pickle
import re
import tracemalloc
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from haucan.dedup import (
    BANDS,
    NEAR_DUPLICATE_THRESHOLD,
    NUM_PERM,
    ROWS,
    SHINGLE,
    Deduplicator,
    Duplicate,
    Fingerprint,
    canonical_key,
    fingerprint,
    minhash,
)

REPO = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"[^\W_]+")


# --- The oracle: the in-memory implementation this module had before the index moved to disk (verbatim logic). ---

def old_minhash(text: str) -> MinHash:
    """MinHash of the text's word 3-shingles (lower case), one ``update`` per shingle."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    signature = MinHash(num_perm=NUM_PERM, seed=1)
    for i in range(max(1, len(words) - SHINGLE + 1)):
        signature.update(" ".join(words[i:i + SHINGLE]).encode("utf-8"))
    return signature


@dataclass
class OldDeduplicator:
    exact: dict[str, str] = field(default_factory=dict)
    lsh: MinHashLSH = field(default_factory=lambda: MinHashLSH(threshold=NEAR_DUPLICATE_THRESHOLD, num_perm=NUM_PERM))
    signatures: dict[str, MinHash] = field(default_factory=dict)

    def check(self, article_id: str, text: str) -> Duplicate | None:
        return self.check_signature(article_id, canonical_key(text), old_minhash(text))

    def check_signature(self, article_id: str, key: str, signature: MinHash) -> Duplicate | None:
        if key in self.exact:
            return Duplicate(self.exact[key], "exact", 1.0)
        candidates = sorted(self.lsh.query(signature))
        if candidates:
            best = max(candidates, key=lambda c: (signature.jaccard(self.signatures[c]), [-ord(x) for x in c]))
            return Duplicate(best, "near", round(signature.jaccard(self.signatures[best]), 3))
        self.exact[key] = article_id
        self.lsh.insert(article_id, signature)
        self.signatures[article_id] = signature
        return None


# --- Inputs. ---

TEXTS = [
    "Tổng cục Hậu cần tổ chức hội nghị tổng kết công tác hậu cần năm 2024 tại Hà Nội.",
    "Đại tá Nguyễn Văn An, Chủ nhiệm Hậu cần Quân khu 3, phát biểu chỉ đạo hội nghị.\n\n(Theo TTXVN)",
    "Quân nhu, quân y, xăng dầu, doanh trại: bảo đảm đầy đủ, kịp thời cho bộ đội huấn_luyện!",
    "Hà Nội",
    "Hậu cần Quân đội",
    "",
    "   \n ",
    "TỔNG CỤC HẬU CẦN – ĐẢNG ỦY QUÂN SỰ TRUNG ƯƠNG 123 456",
    unicodedata.normalize("NFD", "Bộ đội Biên phòng tỉnh Quảng Trị tổ chức lễ ra quân huấn luyện năm 2025"),
]

UNRELATED = ("Đội tuyển bóng đá nữ Việt Nam thắng Thái Lan 2-1 trong trận chung kết giải Đông Nam Á tối qua trên "
             "sân Mỹ Đình, nhờ cú đúp của tiền đạo Huỳnh Như ở hiệp hai trước hơn hai mươi nghìn khán giả.")


def _load_generator():
    spec = importlib.util.spec_from_file_location("generate_corpus", REPO / "benchmarks" / "generate_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[tuple[str, str]]:
    """600 generated articles, then crafted exact and near duplicates of kept ones and an unrelated article;
    ids increase in arrival order, as in a build."""
    folder = tmp_path_factory.mktemp("dedup-corpus")
    _load_generator()(600, folder)
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    assert len(texts) == 600
    crafted = [
        texts[5].rstrip("\n") + "\n\n(Theo TTXVN)\n",  # reprint with a line added: near
        texts[7].upper(),  # case: exact
        "  " + re.sub(r"\s+", lambda m: m.group(0) + " \t\n ", texts[9]),  # whitespace: exact
        unicodedata.normalize("NFD", texts[11]),  # Unicode form: exact
        texts[13].replace("Quân khu", "Quân đoàn", 1).replace(" năm ", " trong năm ", 1),  # small edit: near
        UNRELATED,
        UNRELATED + " Theo VnExpress.",  # near of the unrelated article
        "",
        "   ",  # exact of the empty text
    ]
    return [(f"{i:016x}", text) for i, text in enumerate(texts + crafted)]


def _verdicts(items, workdir: Path, fingerprints=None) -> list[Duplicate | None]:
    fingerprints = fingerprints if fingerprints is not None else [fingerprint(text) for _, text in items]
    with Deduplicator(workdir) as dedup:
        return [dedup.check(article_id, fp) for (article_id, _), fp in zip(items, fingerprints, strict=True)]


# --- (a) fingerprints: the old per-shingle hash values, vectorised. ---

@pytest.mark.parametrize("text", TEXTS)
def test_fingerprint_equals_the_per_shingle_minhash(text):
    expected = old_minhash(text)
    fp = fingerprint(text)
    assert fp.hashvalues.tolist() == expected.hashvalues.tolist()
    assert (minhash(text).hashvalues == expected.hashvalues).all()
    assert fp.exact == bytes.fromhex(canonical_key(text)) and len(fp.exact) == 32
    assert len(fp.hashes) == 4 * NUM_PERM
    assert pickle.loads(pickle.dumps(fp)) == fp


@pytest.mark.slow
def test_fingerprints_of_a_corpus_equal_the_per_shingle_minhash(corpus):
    """The one-pass shingle hashing gives datasketch's values, bit for bit, on every text of a generated corpus."""
    for _, text in corpus:
        assert fingerprint(text).hashvalues.tolist() == old_minhash(text).hashvalues.tolist()


def test_banding_is_minhashlsh_s():
    lsh = MinHashLSH(threshold=NEAR_DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS) == (9, 13)
    assert lsh.hashranges == [(i * ROWS, (i + 1) * ROWS) for i in range(BANDS)]


# --- (b) verdicts: the same as the in-memory MinHashLSH, on articles and on planted signatures. ---

@pytest.mark.slow
def test_same_verdicts_as_in_memory_minhashlsh(corpus, tmp_path):
    oracle = OldDeduplicator()
    expected = [oracle.check(article_id, text) for article_id, text in corpus]
    got = _verdicts(corpus, tmp_path / "scratch")
    assert got == expected
    ids = [article_id for article_id, _ in corpus]
    reprint, upper, spaces, nfd, edited, unrelated, unrelated_edit, empty, blank = got[600:]
    assert all(got[i] is None for i in (5, 7, 9, 11, 13))  # the originals were kept
    assert reprint.of == ids[5] and reprint.kind == "near" and reprint.similarity >= 0.9
    assert upper == Duplicate(ids[7], "exact", 1.0)
    assert spaces == Duplicate(ids[9], "exact", 1.0)
    assert nfd == Duplicate(ids[11], "exact", 1.0)
    assert edited.of == ids[13] and edited.kind == "near"
    assert unrelated is None
    assert unrelated_edit.of == ids[605] and unrelated_edit.kind == "near"
    assert empty is None and blank == Duplicate(ids[607], "exact", 1.0)
    assert sum(v is not None and v.kind == "near" for v in got[:600]) > 0  # the generator's own near duplicates


def _planted(count: int, seed: int):
    """Random signatures with planted near duplicates at every similarity, exact repeats, and ties between two
    kept articles (one band shared with each); ids of varying length exercise the tie-break key as written."""
    rng = np.random.default_rng(seed)
    kept: list[tuple[bytes, np.ndarray]] = []
    for i in range(count):
        roll = rng.random()
        if kept and roll < 0.05:
            exact, values = kept[rng.integers(len(kept))]
        elif len(kept) > 1 and roll < 0.15:
            (_, a), (_, b) = (kept[j] for j in rng.choice(len(kept), 2, replace=False))
            values = rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32)
            band_a, band_b = rng.choice(BANDS, 2, replace=False)
            values[band_a * ROWS:(band_a + 1) * ROWS] = a[band_a * ROWS:(band_a + 1) * ROWS]
            values[band_b * ROWS:(band_b + 1) * ROWS] = b[band_b * ROWS:(band_b + 1) * ROWS]
            exact = rng.bytes(32)
        elif kept and roll < 0.6:
            values = kept[rng.integers(len(kept))][1].copy()
            changed = rng.choice(NUM_PERM, rng.integers(0, 100), replace=False)
            values[changed] = rng.integers(0, 2**32, len(changed), dtype=np.uint32)
            exact = rng.bytes(32)
        else:
            values, exact = rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32), rng.bytes(32)
        kept.append((exact, values))
        yield str(i), Fingerprint(exact, values.astype("<u4").tobytes())


def test_same_verdicts_on_planted_signatures(tmp_path):
    template = MinHash(num_perm=NUM_PERM, seed=1)
    oracle = OldDeduplicator()
    items = list(_planted(3000, seed=7))
    expected = []
    for article_id, fp in items:
        signature = MinHash(hashvalues=fp.hashvalues.copy(), permutations=template.permutations,
                            scheme=template.scheme)
        expected.append(oracle.check_signature(article_id, fp.exact.hex(), signature))
    with Deduplicator(tmp_path) as dedup:
        got = [dedup.check(article_id, fp) for article_id, fp in items]
    assert got == expected
    near = [v for v in got if v is not None and v.kind == "near"]
    assert len(near) > 500 and min(v.similarity for v in near) < NEAR_DUPLICATE_THRESHOLD
    assert sum(v is not None and v.kind == "exact" for v in got) > 50


def test_tie_break_key_as_written(tmp_path):
    """Equal Jaccard: the id whose [-ord(ch)] list is greatest wins, which for ids where one is a prefix of the
    other is the longer one (not min()); among the equal-length ids the pipeline uses, the lowest."""
    rng = np.random.default_rng(3)

    def triple():
        a, b, c = (rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32) for _ in range(3))
        c[:ROWS], c[ROWS:2 * ROWS] = a[:ROWS], b[ROWS:2 * ROWS]  # one band shared with each: Jaccard 13/128 both
        return a, b, c

    ids = [*zip(("1", "10", "2"), triple(), strict=True), *zip(("0f", "0e", "3"), triple(), strict=True)]
    template, oracle = MinHash(num_perm=NUM_PERM, seed=1), OldDeduplicator()
    with Deduplicator(tmp_path) as dedup:
        got = [dedup.check(i, Fingerprint(i.encode().ljust(32), v.astype("<u4").tobytes())) for i, v in ids]
    expected = [oracle.check_signature(i, i, MinHash(hashvalues=v, permutations=template.permutations,
                                                        scheme=template.scheme)) for i, v in ids]
    assert got == expected == [None, None, Duplicate("10", "near", 0.102), None, None,
                               Duplicate("0e", "near", 0.102)]


# --- (c) memory: the index is on disk, not in the Python process. ---

def _random_fingerprints(start: int, stop: int):
    for i in range(start, stop):
        rng = np.random.default_rng(i)
        values = rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32)
        if i % 10 == 5:  # a near duplicate of the previous one
            values = np.random.default_rng(i - 1).integers(0, 2**32, NUM_PERM, dtype=np.uint32)
            values[:20] = rng.integers(0, 2**32, 20, dtype=np.uint32)
        yield f"{i:016x}", Fingerprint(hashlib.sha256(b"%d" % i).digest(), values.astype("<u4").tobytes())


@pytest.mark.slow
def test_memory_does_not_grow_with_the_index(tmp_path):
    with Deduplicator(tmp_path) as dedup:
        for article_id, fp in _random_fingerprints(0, 500):  # warm up caches of statements and modules
            dedup.check(article_id, fp)
        tracemalloc.start()
        try:
            for article_id, fp in _random_fingerprints(500, 2_000):
                dedup.check(article_id, fp)
            at_2k = tracemalloc.get_traced_memory()[0]
            for article_id, fp in _random_fingerprints(2_000, 20_000):
                dedup.check(article_id, fp)
            at_20k = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        assert at_20k - at_2k < 64 * 1024, (at_2k, at_20k)
        assert dedup.kept() == 18_000  # every 10th was a near duplicate
        assert not [name for name, value in vars(dedup).items() if isinstance(value, (dict, list, set, tuple))]
        assert dedup.path.stat().st_size > 18_000 * (4 * NUM_PERM + 32)  # the signatures are in the file
    with pytest.raises(ValueError, match="closed"):
        dedup.check("x", fp)


def test_a_leftover_index_is_discarded(tmp_path):
    fp = fingerprint(TEXTS[0])
    with Deduplicator(tmp_path) as dedup:
        assert dedup.check("a", fp) is None
    with Deduplicator(tmp_path) as dedup:  # a restarted build must not see the crashed build's articles
        assert dedup.check("b", fp) is None


# --- (d) determinism: the same verdicts on every run, wherever the fingerprints were computed. ---

def test_same_verdicts_on_two_runs_and_from_spawned_workers(corpus, tmp_path):
    first = _verdicts(corpus, tmp_path / "one")
    # As the pipeline does: fingerprints made in spawned processes (another hash() salt), pickled back.
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        remote = pool.map(fingerprint, [text for _, text in corpus], chunksize=64)
    assert remote == [fingerprint(text) for _, text in corpus]
    second = _verdicts(corpus, tmp_path / "two", remote)
    assert first == second
