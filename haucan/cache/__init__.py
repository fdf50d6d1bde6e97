"""Content-addressed caches that let a rebuild skip work already done, with output byte-identical to a cold build.

Two SQLite stores and a build record under the cache folder (default ``dist/.NAME.cache/``, beside the releases, never published):

- ``articles-<pipeline version>.sqlite``: each chunk's whole result (entries and validated tables of every
  per-article config, haucan/chunks.py), keyed by its articles' keys; for a chunk grown by new articles, only
  the new articles' result (one batch: a rebuild never stores again what the cache holds); and per article,
  keyed by sha256 of the article's bytes, path, id and URL, its gold and fact-gold files' bytes and the word
  segmenter, the key of the stored chunk or batch holding its rows and entry (a rejection's record holds its
  entry itself). A chunk with a new article slices its cached articles' rows out of the chunks and batches
  that hold them. Values are in haucan/codec.py's data-only form.
- ``heldout/<key>.json``: the held-out sets' scores (haucan/heldout_cache.py), keyed by the pipeline version,
  the build day and the held-out files.
- ``builds/<key>.json``: the record of the last successful build (haucan/uptodate.py), which lets a rebuild
  with every input unchanged keep its release.
  The pipeline version hashes every source, rule and schema file of the build plus the versions of the
  libraries whose output we keep, so any change to the code gives a new, empty store (stores of other versions
  are deleted at the start of a build: the cache never grows without bound across versions).
- ``segments-underthesea-<version>.v2.sqlite``: underthesea's raw output per distinct text (sentence splits of
  a paragraph, word tokens of a sentence), as JSON. It depends only on underthesea, so it survives code
  changes, and the build never segments the same text twice, across articles, processes and runs.

Workers read and write both stores (WAL mode lets them do so concurrently); every write is committed at once,
so a killed build loses at most the article in flight.

**The cache is never trusted.** Nothing read from it is unpickled (haucan/codec.py constructs only known
types from plain data). Each value is stored behind the sha256 of its key and its bytes, checked on every
read: a value that fails (or, for the callers, fails to decode or to make sense) is deleted, counted, and
computed again. A store file SQLite cannot read (not a database, truncated, malformed) is moved aside as
``<name>.corrupt`` and replaced by an empty one; if it cannot even be replaced (a read-only folder, a full
disk), the build goes on without that store. The build never fails because of its cache: at worst it
computes everything. Every such event is counted in the log of whoever owns the stores (a worker's
haucan.per_article.Caches, haucan/cache/damage.py) and summarised once per build.

Modules, one job each:

- ``keys``: what a stored result depends on (the pipeline version, content keys); no I/O besides hashing the
  code, so it can be imported without touching SQLite.
- ``damage``: the log of what was found wrong in the caches, and its one-line summary.
- ``sqlite_files``: is a store file a sound SQLite database, and setting one aside when it is not.
- ``store``: one SQLite key -> checked value table (checksums, recovering from a store damaged mid-build).
- ``stores``: the two stores the build uses (articles/chunks, segmentations) and pruning old versions.
"""
