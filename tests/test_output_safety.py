"""The build writes only into an output it owns (issue 12): a user's folder, a file, a link elsewhere or the
input folder given as --output is refused with exit 2 and left byte for byte; a second build of the same output
is refused while the first runs; and no user file beside the output survives any less than ours do, whether the
build succeeds, is refused, fails validation or is killed."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from haucan import ownership, release
from haucan.errors import OutputRefused
from haucan.publish.manifest import MANIFEST_FILE, sha256_file
from tests.support.bad_inputs import article_text

from .conftest import REPO

ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}
TIMEOUT = 300  # a wedged build fails the test instead of hanging the suite


def articles(folder: Path, count: int = 2, start: int = 0) -> Path:
    """``count`` distinct synthetic Vietnamese articles in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(start, start + count):
        (folder / f"bai-{index:03d}.txt").write_text(article_text(index), encoding="utf-8")
    return folder


def command(source: Path, output: Path, *extra: str, cache: bool = False) -> list[str]:
    return [sys.executable, str(REPO / "build_dataset.py"), "--input", str(source), "--output", str(output),
            "--workers", "1", "--no-progress", *(() if cache else ("--no-cache",)), *extra]


def run(source: Path, output: Path, *extra: str, cache: bool = False) -> subprocess.CompletedProcess:
    return subprocess.run(command(source, output, *extra, cache=cache), cwd=output.parent.parent, env=ENV,
                          capture_output=True, text=True, timeout=TIMEOUT)


def snapshot(root: Path, skip: tuple[Path, ...] = ()) -> dict[str, str]:
    """Every entry under ``root`` (links not followed): a file's sha256, a link's target, a folder, a FIFO."""
    state = {}
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [d for d in subfolders if Path(folder, d) not in skip]
        for name in [*subfolders, *files]:
            path = Path(folder, name)
            mode = os.lstat(path).st_mode
            key = path.relative_to(root).as_posix()
            if stat.S_ISLNK(mode):
                state[key] = "link -> " + os.readlink(path)
            elif stat.S_ISREG(mode):
                state[key] = sha256_file(path)
            else:
                state[key] = "folder" if stat.S_ISDIR(mode) else f"special {stat.S_IFMT(mode):o}"
    return state


def assert_complete_release(output: Path) -> str:
    """``output`` links into our releases folder at a release whose manifest matches every file."""
    assert output.is_symlink() and output.resolve().parent == ownership.releases_dir(output).resolve()
    assert release.intact(output.resolve())
    return hashlib.sha256((output / MANIFEST_FILE).read_bytes()).hexdigest()


def assert_refused(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.startswith("NOT PUBLISHED: ")
    for word in words:
        assert word in result.stderr, (word, result.stderr)


# --- refused outputs: exit 2, a message naming the path, not one byte changed anywhere -------------------------------

def _user_notes(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "ghi-chu.md").write_text("Ghi chú riêng của tôi: đừng xóa.\n", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "a.bin").write_bytes(bytes(range(256)))
    return folder


def _case_regular_file(work: Path) -> Path:
    (work / "dist").mkdir()
    (work / "dist" / "ds").write_bytes(b"a user's file, not a folder\n")
    return work / "dist" / "ds"


def _case_user_folder(work: Path) -> Path:
    return _user_notes(work / "dist" / "ds")


def _case_old_style_real_release(work: Path) -> Path:
    # A folder holding a manifest is still a real folder: never adopted (moved or deleted) any more.
    folder = _user_notes(work / "dist" / "ds")
    (folder / MANIFEST_FILE).write_text(json.dumps({"files": []}), encoding="utf-8")
    return folder


def _case_link_elsewhere(work: Path) -> Path:
    _user_notes(work / "notes")
    (work / "dist").mkdir()
    (work / "dist" / "ds").symlink_to(work / "notes")
    return work / "dist" / "ds"


def _case_fifo(work: Path) -> Path:
    (work / "dist").mkdir()
    os.mkfifo(work / "dist" / "ds")
    return work / "dist" / "ds"


def _case_foreign_releases_folder(work: Path) -> Path:
    _user_notes(work / "dist" / ".ds.releases")  # named like ours, without our marker
    return work / "dist" / "ds"


def _case_parent_is_a_file(work: Path) -> Path:
    (work / "dist").write_text("not a folder\n", encoding="utf-8")
    return work / "dist" / "ds"


def _case_input_itself(work: Path) -> Path:
    return work / "input"


def _case_inside_input(work: Path) -> Path:
    return work / "input" / "out" / "ds"


def _case_above_input(work: Path) -> Path:
    return work


def _case_input_through_a_link(work: Path) -> Path:
    (work / "dist").mkdir()
    (work / "dist" / "alias").symlink_to(work / "input")
    return work / "dist" / "alias" / "ds"


REFUSED = {
    "regular file": (_case_regular_file, ("is a regular file",)),
    "user folder": (_case_user_folder, ("not empty", "not a release")),
    "old-style real release": (_case_old_style_real_release, ("not empty",)),
    "link elsewhere": (_case_link_elsewhere, ("symbolic link",)),
    "fifo": (_case_fifo, ("FIFO",)),
    "foreign .NAME.releases": (_case_foreign_releases_folder, (".ds.releases", "did not make")),
    "parent is a file": (_case_parent_is_a_file, ("not a folder",)),
    "input itself": (_case_input_itself, ("is the input folder",)),
    "inside input": (_case_inside_input, ("inside the input folder",)),
    "above input": (_case_above_input, ("contains the input folder",)),
    "input through a link": (_case_input_through_a_link, ("inside the input folder",)),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_an_output_the_build_does_not_own_is_refused_and_nothing_is_touched(tmp_path, case):
    work = tmp_path / "work"
    source = articles(work / "input")
    make, words = REFUSED[case]
    output = make(work)
    before = snapshot(work)
    result = subprocess.run(command(source, output), cwd=tmp_path, env=ENV, capture_output=True, text=True,
                            timeout=TIMEOUT)
    assert_refused(result, str(output), *words)
    assert snapshot(work) == before  # not even a lock file or a report was created


@pytest.mark.slow
def test_paths_the_build_writes_may_not_land_in_the_input(tmp_path):
    source = articles(tmp_path / "input")
    before = snapshot(tmp_path)
    result = run(source, tmp_path / "dist" / "ds", "--cache-dir", str(source / "cache"), cache=True)
    assert_refused(result, "--cache-dir", "input folder")
    result = run(source, tmp_path / "dist" / "ds", "--card-copy", str(source / "bai-000.txt"))
    assert_refused(result, "--card-copy", "input folder")
    assert snapshot(tmp_path) == before


@pytest.mark.slow
def test_an_empty_folder_is_a_fine_output(tmp_path):
    source = articles(tmp_path / "input")
    (tmp_path / "dist" / "ds").mkdir(parents=True)
    result = run(source, tmp_path / "dist" / "ds")
    assert result.returncode == 0, result.stderr
    assert_complete_release(tmp_path / "dist" / "ds")


@pytest.mark.slow
def test_a_release_made_before_the_marker_is_recognised_and_marked(tmp_path):
    source = articles(tmp_path / "input")
    output = tmp_path / "dist" / "ds"
    assert run(source, output).returncode == 0
    (ownership.releases_dir(output) / ownership.MARKER).unlink()  # as releases were laid out before the marker
    ownership.check_output(output)  # still ours: the output links to a release with a manifest in that folder
    assert run(source, output).returncode == 0
    assert (ownership.releases_dir(output) / ownership.MARKER).is_file()
    assert_complete_release(output)


# --- leftovers: only what is provably ours is deleted ----------------------------------------------------------------

def test_leftover_cleaning_deletes_only_what_is_provably_ours(tmp_path):
    output = tmp_path / "dist" / "ds"
    releases = ownership.releases_dir(output)
    releases.mkdir(parents=True)
    (releases / ownership.MARKER).write_text("ours\n", encoding="utf-8")
    ours = [releases / ".staging-123", releases / ".scratch-123", releases / ".trash-abc-1", releases / ".interim-x-2"]
    for folder in ours:
        folder.mkdir()
        (folder / "part.parquet").write_bytes(b"half written")
    (output.parent / ".ds.link-77").symlink_to(".ds.releases/0123456789abcdef")
    users = {
        releases / "my-notes.md": b"a user's file inside our folder, under a name we never use\n",
        releases / ".staging-old" / "x": b"named like staging, but not our pattern\n",
        output.parent / ".ds.staging-999" / "x": b"the old staging glob, no marker\n",
        output.parent / ".ds.staging-999-scratch" / "x": b"the old scratch glob, no marker\n",
        output.parent / ".ds.link-88": None,  # a link named like our pointer, to the user's own folder
    }
    for path, data in users.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if data is None:
            path.symlink_to(tmp_path)
        else:
            path.write_bytes(data)
    before = snapshot(tmp_path, skip=tuple(ours))
    release.clean_leftovers(output)
    assert not any(folder.exists() for folder in ours) and not (output.parent / ".ds.link-77").is_symlink()
    after = snapshot(tmp_path)
    assert after == {k: v for k, v in before.items() if k != "dist/.ds.link-77"}


def test_no_cleaning_happens_in_a_folder_without_our_marker(tmp_path):
    output = tmp_path / "dist" / "ds"
    folder = ownership.releases_dir(output) / ".staging-1"
    folder.mkdir(parents=True)
    (folder / "x").write_text("user\n", encoding="utf-8")
    release.clean_leftovers(output)
    assert (folder / "x").read_text(encoding="utf-8") == "user\n"
    with pytest.raises(OutputRefused, match="did not make"):
        ownership.check_output(output)


# --- the lock --------------------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_a_build_while_another_holds_the_lock_is_refused_with_exit_5(tmp_path):
    source = articles(tmp_path / "input")
    output = tmp_path / "dist" / "ds"
    assert run(source, output).returncode == 0
    published = assert_complete_release(output)
    before = snapshot(tmp_path)
    descriptor = os.open(ownership.lock_path(output), os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)  # as a running build holds it
        started = time.monotonic()
        result = run(articles(tmp_path / "other", 1, start=50), output)
        assert result.returncode == 5, result.stderr
        assert "another build" in result.stderr and str(ownership.lock_path(output)) in result.stderr
        assert "Traceback" not in result.stderr
        assert time.monotonic() - started < 60  # refused at once, not after waiting
    finally:
        os.close(descriptor)
    after = snapshot(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith("other")} == before
    assert assert_complete_release(output) == published


def _wait_for_staging(output: Path, process: subprocess.Popen, limit: float = 120) -> bool:
    """Wait until the build has a staging folder (it holds the lock and is writing), or has ended."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and process.poll() is None:
        folder = ownership.releases_dir(output)
        if folder.is_dir() and any(name.startswith(".staging-") for name in os.listdir(folder)):
            return True
        time.sleep(0.01)
    return False


WAITING_BUILD = """
import sys
sys.path.insert(0, sys.argv[1])
import build_dataset, haucan.pipeline  # imported before the go signal, so the lock is tried at once after it
sys.stdin.readline()
sys.exit(build_dataset.main(sys.argv[2:]))
"""


@pytest.mark.slow
def test_two_builds_at_once_the_second_is_refused_and_the_first_publishes(tmp_path):
    source = articles(tmp_path / "input", 8)
    output = tmp_path / "dist" / "ds"
    other = articles(tmp_path / "other", 1, start=60)
    second = subprocess.Popen([sys.executable, "-c", WAITING_BUILD, str(REPO), *command(other, output)[2:]],
                              cwd=tmp_path, env=ENV, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    first = subprocess.Popen(command(source, output), cwd=tmp_path, env=ENV, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        assert _wait_for_staging(output, first), "the first build never started writing"
        _, refused = second.communicate("go\n", timeout=TIMEOUT)
        assert first.poll() is None, "the first build ended before the second tried: the test proves nothing"
        assert second.returncode == 5, refused
        assert "another build" in refused and "Traceback" not in refused
        _, errors = first.communicate(timeout=TIMEOUT)
    finally:
        for process in (first, second):
            process.kill()
            process.wait()
    assert first.returncode == 0, errors
    assert_complete_release(output)
    report = json.loads((tmp_path / "dist" / "ds.build-report.json").read_text(encoding="utf-8"))
    assert report["published"] is True and report["counts"]["accepted"] == 8


# --- user files everywhere around the output survive every kind of build ---------------------------------------------

def _plant(work: Path) -> dict[Path, bytes | None]:
    """User files in every neighbouring place of dist/ds; returns path -> bytes (None: a link to notes/)."""
    planted = {
        work / "dist" / "notes.txt": "Ghi chú cạnh thư mục dist.\n".encode(),
        work / "dist" / "other" / "keep.parquet": b"PAR1 not ours PAR1",
        work / "dist" / "ds-backup" / "README.md": b"# a sibling folder with a similar name\n",
        work / "dist" / ".ds.staging-4242" / "file.txt": b"named like the old staging glob, no marker\n",
        work / "dist" / ".ds.staging-4242-scratch" / "intake.jsonl": b"{}\n",
        work / "dist" / ".ds.link-31337": None,
        work / "input" / "ghi-chu-khong-phai-bai.md": b"not an article, in the input\n",
        work / "input" / "gold" / "readme.txt": b"a sidecar folder\n",
        work / "notes.md": b"above the output's parent\n",
    }
    for path, data in planted.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if data is None:
            path.symlink_to(work / "dist" / "other")
        else:
            path.write_bytes(data)
    return planted


def _check_planted(planted: dict[Path, bytes | None], source_before: dict[str, str], source: Path) -> None:
    for path, data in planted.items():
        if data is None:
            assert path.is_symlink(), path
        else:
            assert path.read_bytes() == data, path
    assert snapshot(source) == source_before


@pytest.mark.slow
def test_user_files_survive_successful_refused_failed_and_killed_builds(tmp_path, monkeypatch):
    work = tmp_path / "work"
    source = articles(work / "input", 3)
    planted = _plant(work)
    source_before = snapshot(source)
    output = work / "dist" / "ds"

    # a successful build (with the cache), then an identical one that reuses the release
    assert run(source, output, cache=True).returncode == 0
    _check_planted(planted, source_before, source)
    published = assert_complete_release(output)
    # a file a user drops into the (now marked) cache folder is never deleted by later builds; one planted in an
    # unmarked folder before the first build would have made the build refuse it (see the next test)
    mine = work / "dist" / ".ds.cache" / "mine.txt"
    mine.write_bytes(b"a user's file in the cache folder\n")
    planted[mine] = mine.read_bytes()
    assert run(source, output, cache=True).returncode == 0
    _check_planted(planted, source_before, source)

    # refused builds: into a user's folder, into the input
    assert run(source, work / "dist" / "other").returncode == 2
    assert run(source, source / "ds").returncode == 2
    _check_planted(planted, source_before, source)

    # a build that fails validation (in process: the card's metadata check is made to fail)
    from build_dataset import main
    from haucan import pipeline

    monkeypatch.setattr(pipeline, "check_card_metadata", lambda metadata: ["license: 'not-a-licence' is not allowed"])
    assert main(["--input", str(articles(work / "input-b", 2, start=20)), "--output", str(output), "--workers", "1",
                 "--no-cache", "--no-progress"]) == 1
    monkeypatch.undo()
    _check_planted(planted, source_before, source)
    assert assert_complete_release(output) == published

    # killed builds: once as soon as it has a staging folder, once a moment later (reading, writing)
    killed = 0
    for delay in (0.0, 0.7):
        process = subprocess.Popen(command(work / "input-b", output), cwd=tmp_path, env=ENV,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_for_staging(output, process)
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait()
        _check_planted(planted, source_before, source)
        if process.returncode == -signal.SIGKILL:
            assert assert_complete_release(output) == published  # the kill left the previous release current
    assert killed >= 1
    # the next build cleans what the kills left in our folder, and nothing of the user's
    assert run(source, output, cache=True).returncode == 0
    _check_planted(planted, source_before, source)
    assert not [n for n in os.listdir(ownership.releases_dir(output)) if n.startswith((".staging-", ".scratch-"))]


def test_a_cache_dir_the_build_does_not_own_is_refused_and_nothing_is_touched(tmp_path):
    # The cache deletes stores and build records of other versions by name: a user's folder given as
    # --cache-dir, holding files named like them, would lose them.
    source = articles(tmp_path / "input")
    notes = tmp_path / "notes"
    (notes / "builds").mkdir(parents=True)
    (notes / "builds" / "important.json").write_text('{"mine": 1}\n', encoding="utf-8")
    (notes / "articles-mine.sqlite").write_text("not a cache\n", encoding="utf-8")
    (notes / "todo.txt").write_text("keep me\n", encoding="utf-8")
    before = snapshot(tmp_path)
    result = run(source, tmp_path / "dist" / "ds", "--cache-dir", str(notes), cache=True)
    assert_refused(result, "--cache-dir", str(notes), "todo.txt")
    assert snapshot(tmp_path) == before


@pytest.mark.slow
def test_a_cache_made_before_the_marker_is_recognised_and_marked(tmp_path):
    source = articles(tmp_path / "input")
    cache = tmp_path / "cache"
    assert run(source, tmp_path / "dist" / "ds", "--cache-dir", str(cache), cache=True).returncode == 0
    assert (cache / ownership.CACHE_MARKER).is_file()
    (cache / ownership.CACHE_MARKER).unlink()  # as caches were laid out before the marker
    assert {p.name for p in cache.iterdir()} and all(ownership._CACHE_ENTRY.match(p.name) for p in cache.iterdir())
    result = run(source, tmp_path / "dist" / "ds", "--cache-dir", str(cache), cache=True)
    assert result.returncode == 0, result.stderr
    assert (cache / ownership.CACHE_MARKER).is_file()
