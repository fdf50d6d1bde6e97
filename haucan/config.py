"""BuildConfig: every knob of a build, frozen and passed explicitly (no globals)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from haucan import DATASET_NAME

REPO_ROOT = Path(__file__).resolve().parent.parent
"""The checkout the package runs from. What the build reads from the repository (held-out sets, changelog) is
found from here, never from the working directory, so a build started elsewhere gives the same release."""
# The user's folders: relative defaults are meant relative to where the command runs.
DEFAULT_INPUT = Path("seeds")
DEFAULT_OUTPUT = Path("dist") / DATASET_NAME
DEFAULT_BATCH_SIZE = 256
# Here rather than beside the Parquet writer: `build_dataset.py --help` reads these defaults and must not pay
# for importing pyarrow.
DEFAULT_ROW_GROUP_BYTES = 100 * 1024 * 1024  # the Hub viewer wants row groups of 100-300 MB uncompressed
DEFAULT_SHARD_BYTES = 500 * 1024 * 1024  # push_to_hub's default shard size (uncompressed)
DEFAULT_HELDOUT = REPO_ROOT / "tests" / "heldout"
REALWORLD_SCORES = REPO_ROOT / "benchmarks" / "realworld_scores.json"
"""Figures on the blind real-world-style test set (``make score``), which the card shows."""
REALWORLD_DEV_SCORES = REPO_ROOT / "benchmarks" / "realworld_scores_dev.json"
"""The same figures on the development set the rules were tuned on (shown beside them, as optimistic)."""
HELDOUT_SETS = ("dev", "test")
"""dev: held-out articles used for error analysis of the extractor; test: never looked at while writing rules."""


@dataclass(frozen=True, slots=True)
class BuildConfig:
    """What to read, where to publish, and the bounds that keep memory flat."""

    input_dir: Path = DEFAULT_INPUT
    """Folder of scraped ``.txt`` articles, read recursively in sorted order; ``sources.csv`` beside them is optional."""
    output_dir: Path = DEFAULT_OUTPUT
    """The published dataset folder (README.md + data/<config>/*.parquet); replaced only when a build succeeds."""
    batch_size: int = DEFAULT_BATCH_SIZE
    """Articles per validated batch: memory grows with this, not with the corpus."""
    row_group_bytes: int = DEFAULT_ROW_GROUP_BYTES
    """Upper bound (uncompressed Arrow bytes) of a Parquet row group."""
    shard_bytes: int = DEFAULT_SHARD_BYTES
    """A new Parquet shard is started once a shard holds this many uncompressed bytes."""
    workers: int = 1
    """Processes for the per-article work (reading, cleaning, segmentation, extraction); output is identical
    for any count. The command line defaults to the cores available."""
    scheduler: str | None = None
    """Address of a Dask scheduler (``tcp://host:8786``): the per-article work runs on its workers instead of
    local processes; output is byte-identical to a local build."""
    words: str = "underthesea"
    """Word segmenter: 'underthesea' (published builds), or 'whitespace' to switch word segmentation off (its
    CRF is ~75% of the per-article time) for benchmark runs at 10^6 articles; rows and card say which."""
    cache_dir: Path | None = None
    """Folder of the content-addressed caches (haucan/cache/); None rebuilds everything and stores nothing.
    The command line defaults to ``dist/.NAME.cache`` beside the output."""
    progress: bool | None = None
    """Progress bar on stderr: None shows it only on a terminal."""
    heldout_dir: Path | None = DEFAULT_HELDOUT
    """Folder with ``dev/`` and ``test/`` sets of articles with gold, never published: the extractor is
    scored on them for the card."""
    card_copy: Path | None = None
    """Also write the rendered card here (``make build`` refreshes the committed DATASET_CARD.md)."""
    repo_id: str | None = None
    """``OWNER/NAME`` of the dataset repository the release is for, given once here: the card's snippets and
    citation, its ``license_link`` and Croissant's ``url`` name it, and ``push`` defaults to (and insists on) it.
    None writes a placeholder owner that ``push`` refuses (haucan/publish/hub_address.py)."""

    def __post_init__(self) -> None:
        if self.repo_id is not None:
            problem = repo_id_problem(self.repo_id)
            if problem:
                raise ValueError(f"repo_id {problem}")

    @property
    def timings_path(self) -> Path:
        """Stage seconds of the last build, beside the output (they differ run to run, so never inside it)."""
        return self.output_dir.parent / f"{self.output_dir.name}.timings.json"

    @property
    def report_path(self) -> Path:
        """The build report, beside (never inside) the published folder."""
        return self.output_dir.parent / f"{self.output_dir.name}.build-report.json"


def repo_id_problem(repo_id: str) -> str | None:
    """Why ``repo_id`` is not an ``owner/name`` the Hub accepts (its own rules), or None when it is."""
    from huggingface_hub.errors import HFValidationError
    from huggingface_hub.utils import validate_repo_id

    try:
        validate_repo_id(repo_id)
    except HFValidationError as error:
        return f"{repo_id!r} is not a valid repository id: {error}"
    if repo_id.count("/") != 1:
        return f"{repo_id!r} must be OWNER/NAME (the owner is your user or organisation name)"
    return None
