"""Exact and near duplicates, and which copy of a group is kept, in two parts that run in different places:

- ``haucan.dedup.signature``: what one article contributes (its words, shingles, MinHash and LSH buckets, the
  :class:`~haucan.dedup.signature.Signature` record) and the definitions of exact and near duplicate. Pure
  per-article work, run in the worker processes and cached with the article.
- ``haucan.dedup.index``: the :class:`~haucan.dedup.index.Deduplicator`, the main process's on-disk SQLite
  index that finds the pairs among all articles and decides which copy of each group is kept.

Nothing is re-exported here, so importing the per-article half never loads the index (or sqlite3).
"""
