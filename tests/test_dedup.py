"""The disk-backed dedup index finds exactly the pairs at 5-shingle Jaccard >= 0.8 that an in-memory datasketch
MinHashLSH proposes as candidates (kept below as the oracle), from signatures computed anywhere, and holds
nothing per article in memory while it adds and resolves."""

from __future__ import annotations

import gc
import hashlib
import importlib.util
import itertools
import multiprocessing
import pickle
import re
import tracemalloc
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH
from datasketch.hashfunc import sha1_hash32
from underthesea import text_normalize

from haucan.dedup.index import Deduplicator, Duplicate
from haucan.dedup.signature import (
    BANDS,
    NUM_PERM,
    ROWS,
    SHINGLE,
    Signature,
    band_buckets,
    canonical_key,
    minhash,
    minhash_values,
    shingle_hashes,
    shingles,
    signature,
)
from haucan.records import SourceFile

REPO = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"[^\W_]+")


def naive_shingles(text: str) -> set[str]:
    """The definition, written out: 5 consecutive words (runs of letters and digits of the NFC, case-folded
    text, in underthesea's spelling); fewer words are one shingle."""
    words = [text_normalize(w, tokenizer="space") for w in _WORD.findall(unicodedata.normalize("NFC", text).casefold())]
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def _source(article_id: str, has_url: bool) -> SourceFile:
    return SourceFile(f"{article_id}.txt", article_id, f"https://qdnd.vn/{article_id}" if has_url else None)


def naive_minhash(text: str) -> MinHash:
    """datasketch's MinHash (default sha1_hash32), one ``update`` per shingle."""
    signature_ = MinHash(num_perm=NUM_PERM, seed=1)
    for shingle in sorted(naive_shingles(text)):
        signature_.update(shingle.encode("utf-8"))
    return signature_


def naive_jaccard(a: str, b: str) -> float:
    x, y = naive_shingles(a), naive_shingles(b)
    return len(x & y) / len(x | y)


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
    """600 generated articles (whose repeated paragraphs make a few near pairs), then crafted exact and near
    duplicates of some and an unrelated article."""
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


# --- (a) signatures: datasketch's MinHash and sha1_hash32, computed in batches. ---

@pytest.mark.parametrize("text", TEXTS)
def test_signature_is_datasketch_s_minhash_of_the_5_shingles(text):
    expected = naive_minhash(text)
    assert (minhash(text).hashvalues == expected.hashvalues).all()
    assert shingle_hashes(text).tolist() == sorted({sha1_hash32(s.encode("utf-8")) for s in naive_shingles(text)})
    assert {s.decode() for s in shingles(text)} == naive_shingles(text)
    sig = signature(text)
    assert sig.exact == bytes.fromhex(canonical_key(text)) and len(sig.exact) == 32
    assert sig.text_sha256 == hashlib.sha256(text.encode("utf-8")).digest()
    assert sig.bucket_list == band_buckets(expected.hashvalues).tolist() and len(sig.bucket_list) == BANDS
    assert pickle.loads(pickle.dumps(sig)) == sig


def test_a_long_article_is_hashed_in_batches_with_the_same_result():
    """200,000 words (more than 12 batches): the same set as the naive definition."""
    rng = np.random.default_rng(5)
    vocabulary = "quân đội hậu cần bảo đảm kho xăng dầu lữ đoàn huấn luyện năm tỉnh".split()
    text = " ".join(vocabulary[i] for i in rng.integers(0, len(vocabulary), 200_000))
    hashes = shingle_hashes(text)
    assert hashes.tolist() == sorted({sha1_hash32(s.encode("utf-8")) for s in naive_shingles(text)})
    assert (minhash(text).hashvalues == naive_minhash(text).hashvalues).all()


def test_banding_is_minhashlsh_s_for_the_candidate_threshold():
    lsh = MinHashLSH(threshold=0.5, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS) == (25, 5)
    assert lsh.hashranges == [(i * ROWS, (i + 1) * ROWS) for i in range(BANDS)]
    # a pair at exactly the threshold becomes a candidate with probability 1 - (1 - 0.8^5)^25
    assert 1 - (1 - 0.8 ** ROWS) ** BANDS > 0.9999


# --- (b) the pairs found: MinHashLSH's candidates, verified by the exact Jaccard. ---

@pytest.mark.slow
def test_pairs_are_minhashlsh_candidates_at_exact_jaccard_0_8(corpus, tmp_path):
    texts = dict(corpus)
    groups: dict[str, list[str]] = {}  # exact copies are one text to the index, paired at 1.0
    for article_id, text in corpus:
        groups.setdefault(canonical_key(text), []).append(article_id)
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    near_texts = set()
    for key, (first, *_) in groups.items():
        signature_ = naive_minhash(texts[first])
        near_texts |= {(other, key) for other in lsh.query(signature_)
                       if naive_jaccard(texts[groups[other][0]], texts[first]) >= 0.8}
        lsh.insert(key, signature_)
    expected = {(min(x, y), max(x, y)) for a, b in near_texts for x in groups[a] for y in groups[b]}
    expected |= {pair for members in groups.values() for pair in itertools.combinations(sorted(members), 2)}
    with Deduplicator(tmp_path) as dedup:
        for article_id, text in corpus:
            dedup.add(_source(article_id, False), signature(text))
        found = {(a, b): s for a, b, s in dedup.near_pairs()}
    # Every pair found is at exact Jaccard >= 0.8 (reported exactly), and the oracle's pairs are all found.
    for (a, b), similarity in found.items():
        assert similarity >= 0.8 and naive_jaccard(texts[a], texts[b]) == pytest.approx(similarity, abs=1e-9)
    assert expected <= set(found)
    ids = [article_id for article_id, _ in corpus]
    for original, copy in ((5, 600), (7, 601), (9, 602), (11, 603), (13, 604), (605, 606), (607, 608)):
        assert (ids[original], ids[copy]) in found
    # Among the generated articles (raw files, stamps and residue included): every pair at >= 0.8, no other.
    sets = {article_id: naive_shingles(texts[article_id]) for article_id in ids[:600]}
    exact = {(a, b) for a, b in itertools.combinations(ids[:600], 2)
             if len(sets[a] & sets[b]) >= 0.8 * len(sets[a] | sets[b])}
    assert {(a, b) for a, b in found if b < ids[600]} == exact


def test_a_chunk_s_worth_of_near_copies_is_one_group_with_the_best_kept(tmp_path):
    """Exact copies are one text in the index; near copies of one original all point to the best."""
    base = TEXTS[1] * 20
    with Deduplicator(tmp_path) as dedup:
        for i in range(50):
            text = base.upper() if i % 2 else base + f" Cập nhật {i}."
            dedup.add(_source(f"{i:04d}", False), signature(text, () if i == 17 else ("mojibake",)))
        dedup.resolve()
        verdicts = {f"{i:04d}": dedup.verdict(f"{i:04d}", signature(base.upper() if i % 2 else base +
                                                                       f" Cập nhật {i}.").text_sha256) for i in range(50)}
        assert dedup.kept() == 1 and dedup.duplicates_of("0017") == 49
    assert verdicts["0017"] is None
    assert all(v.of == "0017" for k, v in verdicts.items() if k != "0017")


# --- (c) memory: the index is on disk, not in the Python process. ---

def _random_signatures(start: int, stop: int):
    """Random shingle sets of 300 hashes; every 10th a near copy of the one before (20 of 300 replaced)."""
    for i in range(start, stop):
        hashes = np.random.default_rng(i).integers(0, 2**32, 300, dtype=np.uint32)
        if i % 10 == 5:
            hashes = np.random.default_rng(i - 1).integers(0, 2**32, 300, dtype=np.uint32)
            hashes[:20] = np.random.default_rng(i).integers(0, 2**32, 20, dtype=np.uint32)
        hashes = np.unique(hashes)
        digest = hashlib.sha256(b"%d" % i).digest()
        yield f"{i:016x}", Signature(digest, digest, band_buckets(minhash_values(hashes)).tobytes(),
                                     hashes.astype("<u4").tobytes(), ("mojibake",) if i % 3 else (), None)


@pytest.mark.slow
def test_memory_does_not_grow_with_the_index(tmp_path):
    with Deduplicator(tmp_path) as dedup:
        for article_id, sig in _random_signatures(0, 500):  # warm up caches of statements and modules
            dedup.add(_source(article_id, True), sig)
        tracemalloc.start()
        try:
            for article_id, sig in _random_signatures(500, 2_000):
                dedup.add(_source(article_id, True), sig)
            at_2k = tracemalloc.get_traced_memory()[0]
            for article_id, sig in _random_signatures(2_000, 8_000):
                dedup.add(_source(article_id, True), sig)
            at_8k = tracemalloc.get_traced_memory()[0]
            dedup.resolve()
            gc.collect()  # sqlite3 cursors leave cycles behind; what the resolve keeps is what matters
            after_resolve = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        assert at_8k - at_2k < 64 * 1024, (at_2k, at_8k)
        assert after_resolve - at_8k < 64 * 1024, (at_8k, after_resolve)
        assert dedup.kept() == 7_200  # every 10th was a near duplicate
        assert not [name for name, value in vars(dedup).items() if isinstance(value, (dict, list, set, tuple))]
        assert dedup.path.stat().st_size > 8_000 * 300 * 4  # the shingle sets are in the file
    with pytest.raises(ValueError, match="closed"):
        dedup.add(_source("x", True), sig)


def test_a_leftover_index_is_discarded(tmp_path):
    sig = signature(TEXTS[0])
    with Deduplicator(tmp_path) as dedup:
        dedup.add(_source("a", True), sig)
    with Deduplicator(tmp_path) as dedup:  # a restarted build must not see the crashed build's articles
        dedup.add(_source("b", True), sig)
        dedup.resolve()
        assert dedup.verdict("b", sig.text_sha256) is None and dedup.kept() == 1


def test_verdicts_are_asked_only_after_resolve_and_nothing_is_added_after(tmp_path):
    sig = signature(TEXTS[0])
    with Deduplicator(tmp_path) as dedup:
        dedup.add(_source("a", True), sig)
        with pytest.raises(ValueError, match="before resolve"):
            dedup.verdict("a", sig.text_sha256)
        dedup.resolve()
        with pytest.raises(ValueError, match="after resolve"):
            dedup.add(_source("b", True), sig)


# --- (d) determinism: the same verdicts on every run, wherever the signatures were computed. ---

def _verdicts(items, workdir: Path, signatures) -> dict[str, Duplicate | None]:
    with Deduplicator(workdir) as dedup:
        for (article_id, _), sig in zip(items, signatures, strict=True):
            dedup.add(_source(article_id, int(article_id, 16) % 2 == 0), sig)
        dedup.resolve()
        return {article_id: dedup.verdict(article_id, sig.text_sha256)
                for (article_id, _), sig in zip(items, signatures, strict=True)}


def test_same_verdicts_on_two_runs_and_from_spawned_workers(corpus, tmp_path):
    first = _verdicts(corpus, tmp_path / "one", [signature(text) for _, text in corpus])
    # As the pipeline does: signatures made in spawned processes (another hash() salt), pickled back.
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        remote = pool.map(signature, [text for _, text in corpus], chunksize=64)
    assert remote == [signature(text) for _, text in corpus]
    second = _verdicts(list(reversed(corpus)), tmp_path / "two", list(reversed(remote)))
    assert first == second
    assert sum(v is not None for v in first.values()) == 7  # the crafted copies


def test_duplicates_before_hands_out_each_duplicate_once_in_id_order_with_one_query_per_duplicate(tmp_path):
    """The main pass asks ``duplicates_before`` once per article it processes: each call yields the duplicates
    between the previous call's id (exclusive: an id passed is the caller's, even a duplicate's) and this one,
    and a call with no duplicate pending runs no query (the next pending duplicate's id is remembered)."""
    items = list(_random_signatures(0, 300))
    with Deduplicator(tmp_path) as dedup:
        for article_id, sig in items:
            dedup.add(_source(article_id, True), sig)
        dedup.resolve()
        duplicates = sorted(a for a, _ in items if dedup.is_duplicate(a))
        assert len(duplicates) == 30
        # every processed article, plus two duplicates passed as if the caller had them (not handed out then)
        calls = [a for a, _ in items if a not in duplicates or a in duplicates[3:5]] + [None]
        statements: list[str] = []
        dedup._connection().set_trace_callback(statements.append)
        handed: list[tuple[str | None, str]] = []
        for call in calls:
            handed += [(call, source.article_id) for source, _, _ in dedup.duplicates_before(call)]
        dedup._connection().set_trace_callback(None)
    previous, expected = "", []
    for call in calls:
        expected += [(call, d) for d in duplicates if d > previous and (call is None or d < call)]
        previous = call or previous
    assert handed == expected
    assert {d for _, d in handed} == set(duplicates) - set(duplicates[3:5])
    assert len(statements) <= 2 * len(duplicates) + 2, len(statements)
