"""The dedup pass's work on one chunk (haucan/dedup/index.py decides the duplicates): each article's Signature,
from the article cache or computed and stored."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from haucan.cache.keys import content_key
from haucan.codec import encode
from haucan.dedup.signature import Signature, signature_problem
from haucan.per_article import StageSettings, process_caches, read_source
from haucan.prepared import data_digest, encode_prepared, write_chunk
from haucan.process import dedup_signature
from haucan.records import SourceFile
from haucan.timing import collect, stage


@dataclass(frozen=True)
class SignatureOutcome:
    """What the dedup pass sends back for a chunk: the encoded (source, Signature or None for a rejection) of
    each source, in the chunk's order; stage seconds, how many came from the cache, and cache damage found."""

    packed: bytes
    seconds: dict[str, float]
    articles: int
    from_cache: int
    chunk_from_cache: bool = False
    """Always False (signatures are cached per article); here so haucan.progress counts it like a ChunkOutcome."""
    cache_damage: dict[str, int] = dataclasses.field(default_factory=dict)


def signature_key(settings: StageSettings, source: SourceFile, data: bytes) -> bytes:
    """What an article's Signature depends on: its bytes, path and id (and, inside content_key, the pipeline
    version); not its gold files or URL (the index takes the URL from the source, not from the cache)."""
    return content_key(settings.version, [b"dedup signature", data,
                                          source.relative_path.encode("utf-8", "surrogateescape"),
                                          source.article_id.encode()])


def signature_chunk(settings: StageSettings, sources: tuple[SourceFile, ...]) -> SignatureOutcome:
    """The dedup pass for one chunk (haucan/dedup/): read each file, and its Signature from the article cache
    (checked: ``signature_problem``) or computed (decode, clean, blocks, metadata, shingles) and stored. An
    unreadable file has none; the main pass rejects it with the reason. What decode, clean, blocks and metadata
    made of each computed article goes to ``settings.prepared_dir`` for the main pass (haucan/prepared.py)."""
    items: list[tuple[SourceFile, Signature | None]] = []
    from_cache = 0
    caches = process_caches()
    kept: dict[str, tuple[bytes, bytes]] = {}  # article id -> what the main pass reuses (haucan/prepared.py)
    with collect() as seconds:
        cache = caches.articles(settings)
        for source in sources:
            with stage("dedup pass: read"):
                data = read_source(settings, source)
            found: Signature | None = None
            if isinstance(data, bytes):
                key = signature_key(settings, source, data) if cache is not None else None
                stored = cache.load(key, signature_problem) if key is not None else None
                if stored is not None:
                    found, from_cache = stored[0], from_cache + 1
                else:
                    found, cacheable, made = dedup_signature(source, data)
                    if made is not None and settings.prepared_dir is not None:
                        with stage("dedup pass: keep for the main pass"):
                            kept[source.article_id] = (data_digest(data), encode_prepared(*made))
                    if key is not None and cacheable:
                        with stage("dedup pass: cache"):
                            cache.put(key, encode(found))
            items.append((source, found))
        if settings.prepared_dir is not None:
            with stage("dedup pass: keep for the main pass"):
                write_chunk(settings.prepared_dir, kept)
        packed = encode(tuple(items))
    return SignatureOutcome(packed, dict(seconds), len(sources), from_cache, False, caches.damage.take())
