"""Every user error ends in a message and its documented exit code, never a traceback (issue 12): nothing to
publish (3), a full disk or a read-only output (4, with no report left saying ``published: true``), validation
(1), internal errors (70), and ``push`` with a bad repo id, a token on the command line, no network, a bad token
or a missing repository (exactly one ``NOT PUSHED:`` line)."""

from __future__ import annotations

import errno
import json
import os
import pathlib
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pytest

from build_dataset import main, push_command
from haucan import ownership
from haucan.errors import EXIT_CODES

from .conftest import REPO
from .test_output_safety import ENV, TIMEOUT, articles, assert_complete_release, run

TOKEN = "hf_CANARYsecretCANARYsecretCANARY99"


def _main(source: Path, output: Path, *extra: str) -> int:
    return main(["--input", str(source), "--output", str(output), "--workers", "1", "--no-cache", "--no-progress",
                 *extra])


def _report(output: Path) -> dict:
    return json.loads(output.with_name(output.name + ".build-report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A small published release (two synthetic articles), for the push tests."""
    work = tmp_path_factory.mktemp("built")
    output = work / "dist" / "ds"
    result = run(articles(work / "input"), output, "--repo-id", "owner/x")  # the repository the push tests name
    assert result.returncode == 0, result.stderr
    return output


# --- nothing to publish: exit 3 -----------------------------------------------------------------------------------

def test_an_empty_input_folder_is_exit_3_with_a_message(tmp_path):
    (tmp_path / "input").mkdir()
    (tmp_path / "input" / "notes.md").write_text("not an article\n", encoding="utf-8")
    result = run(tmp_path / "input", tmp_path / "dist" / "ds")
    assert result.returncode == 3, result.stderr
    assert "nothing to publish: no .txt file" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "dist" / "ds").exists()
    report = _report(tmp_path / "dist" / "ds")
    assert report["published"] is False and report["counts"]["found"] == 0 and report["ignored_non_txt"] == ["notes.md"]


def test_every_file_rejected_is_exit_3_naming_the_reasons(tmp_path):
    source = tmp_path / "input"
    source.mkdir()
    (source / "empty.txt").write_bytes(b"")
    (source / "binary.txt").write_bytes(b"\xff\xfe\x00\x01" * 50)
    result = run(source, tmp_path / "dist" / "ds")
    assert result.returncode == 3, result.stderr
    assert "every file found (2) was rejected" in result.stderr and "empty: 1" in result.stderr
    report = _report(tmp_path / "dist" / "ds")
    assert report["published"] is False and report["counts"]["rejected"] == report["counts"]["found"] == 2
    assert not [n for n in os.listdir(ownership.releases_dir(tmp_path / "dist" / "ds")) if n.startswith(".staging")]


def test_a_refused_output_is_exit_2_and_validation_failure_exit_1(tmp_path, monkeypatch, capsys):
    source = articles(tmp_path / "input")
    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "ds").write_text("mine\n", encoding="utf-8")
    assert _main(source, tmp_path / "dist" / "ds") == 2
    assert "is a regular file" in capsys.readouterr().err

    from haucan import pipeline

    monkeypatch.setattr(pipeline, "check_card_metadata", lambda metadata: ["license: 'x' is not a licence id"])
    output = tmp_path / "dist" / "ds2"
    assert _main(source, output) == 1
    err = capsys.readouterr().err
    assert err.startswith("NOT PUBLISHED: 1 schema failure") and "report:" in err and "Traceback" not in err
    assert _report(output)["published"] is False and not output.exists()


def test_an_internal_error_is_exit_70_with_its_traceback(tmp_path, monkeypatch, capsys):
    from haucan import pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the card")

    monkeypatch.setattr(pipeline, "render_card", broken)
    output = tmp_path / "dist" / "ds"
    assert _main(articles(tmp_path / "input"), output) == 70
    err = capsys.readouterr().err
    assert "Traceback" in err and "NOT PUBLISHED: internal error" in err
    assert _report(output)["published"] is False


def test_help_lists_every_exit_code():
    result = subprocess.run([sys.executable, str(REPO / "build_dataset.py"), "--help"], capture_output=True, text=True,
                            env=ENV, check=True)
    for code, meaning in EXIT_CODES:
        assert f"  {code:<3} {meaning}" in result.stdout


# --- disk full and read-only output: exit 4, and no report saying published: true survives -------------------------

def _no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_is_exit_4_and_the_report_says_not_published(tmp_path, monkeypatch, capsys):
    # ENOSPC simulated at the Parquet writer, as tests/test_release_safety.py does
    output = tmp_path / "dist" / "ds"
    assert _main(articles(tmp_path / "a"), output) == 0
    published = assert_complete_release(output)
    assert _report(output)["published"] is True
    from haucan.output import writer as write

    monkeypatch.setattr(write.ShardWriter, "_flush", _no_space)
    assert _main(articles(tmp_path / "b", 2, start=10), output) == 4
    err = capsys.readouterr().err
    assert err.startswith("NOT PUBLISHED: I/O error: No space left on device") and "disk is full" in err
    assert "Traceback" not in err
    assert assert_complete_release(output) == published
    assert _report(output)["published"] is False
    assert not [n for n in os.listdir(ownership.releases_dir(output)) if n.startswith((".staging-", ".scratch-"))]


def test_when_even_the_report_cannot_be_written_no_stale_published_report_survives(tmp_path, monkeypatch, capsys):
    output = tmp_path / "dist" / "ds"
    assert _main(articles(tmp_path / "a"), output) == 0
    assert _report(output)["published"] is True
    from haucan.output import writer as write

    monkeypatch.setattr(write.ShardWriter, "_flush", _no_space)
    real_open = pathlib.Path.open

    def full_disk_for_reports(self, mode="r", *args, **kwargs):
        if "w" in mode and self.name.endswith(".build-report.json.partial"):
            _no_space()
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", full_disk_for_reports)
    monkeypatch.setattr(pathlib.Path, "write_text", lambda self, *a, **k: _no_space()
                        if self.name.endswith(".partial") else pathlib.Path.write_bytes(self, a[0].encode()))
    assert _main(articles(tmp_path / "b", 2, start=10), output) == 4
    err = capsys.readouterr().err
    assert "the build report could not be written either" in err
    report = output.with_name("ds.build-report.json")
    assert not report.exists() and not report.with_name("ds.build-report.json.partial").exists()


def _read_only(monkeypatch, folder: Path) -> None:
    """Simulate a read-only mount of ``folder``. Tests run as root, where chmod blocks nothing, so every os-level
    write under it fails with EROFS as the kernel does on a read-only mount: an open for writing or one that
    would create a file (an existing file opens read-only even with O_CREAT), mkdir, unlink, rmdir, rename,
    replace and symlink. Everything the build creates under the output's folder goes through these."""
    prefix = str(folder)
    writing = os.O_WRONLY | os.O_RDWR | os.O_TRUNC | os.O_APPEND

    def guard(real, name):
        def refuse(path, *args, **kwargs):
            inside = not isinstance(path, int) and os.fspath(path).startswith(prefix)
            if inside and name == "open":
                flags = args[0] if args else kwargs.get("flags", 0)
                inside = bool(flags & writing) or bool(flags & os.O_CREAT and not os.path.lexists(path))
            if inside:
                raise OSError(errno.EROFS, "Read-only file system", os.fspath(path))
            return real(path, *args, **kwargs)
        return refuse

    for name in ("open", "mkdir", "unlink", "rmdir", "rename", "replace", "symlink"):
        monkeypatch.setattr(os, name, guard(getattr(os, name), name))


def test_a_read_only_output_is_exit_4_naming_the_path(tmp_path, monkeypatch, capsys):
    output = tmp_path / "dist" / "ds"
    assert _main(articles(tmp_path / "a"), output) == 0
    published = assert_complete_release(output)
    before = {p: p.read_bytes() for p in output.parent.rglob("*") if p.is_file() and not p.is_symlink()}
    with monkeypatch.context() as patch:
        _read_only(patch, output.parent)
        code = _main(articles(tmp_path / "b", 2, start=10), output)
    err = capsys.readouterr().err
    assert code == 4, err
    # the lock file exists and opens read-only; the first write is removing the old report
    assert err.startswith(f"NOT PUBLISHED: I/O error: Read-only file system [EROFS]: {output}.build-report.json")
    assert "Traceback" not in err
    assert assert_complete_release(output) == published
    assert {p: p.read_bytes() for p in before} == before


def test_a_read_only_folder_for_a_new_output_is_exit_4_naming_the_lock_file(tmp_path, monkeypatch, capsys):
    output = tmp_path / "dist" / "ds"
    output.parent.mkdir()
    with monkeypatch.context() as patch:
        _read_only(patch, output.parent)
        code = _main(articles(tmp_path / "a"), output)
    err = capsys.readouterr().err
    assert code == 4 and err.startswith(f"NOT PUBLISHED: I/O error: Read-only file system [EROFS]: "
                                        f"{output.parent / '.ds.lock'}"), err
    assert os.listdir(output.parent) == []


# --- push: the repo id first, never a token, one line when the Hub can't be used ------------------------------------

def _push(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "build_dataset.py"), "push", *args], capture_output=True,
                          text=True, env={**ENV, "HF_TOKEN": TOKEN, **(env or {})}, timeout=TIMEOUT)


def _one_line(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("NOT PUSHED: "), result.stderr
    assert TOKEN not in result.stdout + result.stderr
    return lines[0]


@pytest.mark.parametrize("repo_id", ["no-owner", "a/b/c", "owner/bad name", "owner/x..y", "owner/-x", "hf_" + "x" * 30,
                                     "../etc/passwd", "owner/" + "n" * 100])
def test_a_bad_repo_id_is_refused_before_anything_else(built, repo_id, capsys):
    hub = RecordingHub()
    assert push_command(["--repo-id", repo_id, "--folder", str(built)], api=hub) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("NOT PUSHED: --repo-id") and hub.calls == []
    assert "x" * 30 not in line  # a token pasted as the repo id is masked too


@pytest.mark.parametrize("args", [["--token", TOKEN], [f"--token={TOKEN}"], ["--hf-token", TOKEN], ["--tok", TOKEN]])
def test_a_token_on_the_command_line_is_refused_without_echoing_it(built, args):
    for prefix in (["push", "--repo-id", "owner/x", "--folder", str(built)], ["--input", str(built)]):
        result = subprocess.run([sys.executable, str(REPO / "build_dataset.py"), *prefix, *args], capture_output=True,
                                text=True, env=ENV, timeout=TIMEOUT)
        assert result.returncode == 2 and "unrecognized arguments: --" in result.stderr, result.stderr
        assert TOKEN not in result.stdout + result.stderr and "CANARY" not in result.stderr


def test_a_token_shaped_stray_argument_is_masked():
    result = subprocess.run([sys.executable, str(REPO / "build_dataset.py"), TOKEN], capture_output=True, text=True,
                            env=ENV, timeout=TIMEOUT)
    assert result.returncode == 2 and "hf_***" in result.stderr and TOKEN not in result.stderr


def test_push_with_the_hub_offline_is_one_line_and_exit_4(built):
    result = _push("--repo-id", "owner/x", "--folder", str(built))
    assert result.returncode == 4
    assert "HF_HUB_OFFLINE" in _one_line(result)


def test_push_with_no_network_is_one_line_and_exit_4(built):
    # a real connection attempt to a port nothing listens on (no network is needed to refuse it)
    result = _push("--repo-id", "owner/x", "--folder", str(built),
                   env={"HF_HUB_OFFLINE": "0", "HF_ENDPOINT": "http://127.0.0.1:9", "HF_HUB_ETAG_TIMEOUT": "2",
                        "HF_HUB_DOWNLOAD_TIMEOUT": "2"})
    assert result.returncode == 4
    assert "cannot be reached" in _one_line(result)


def test_push_of_a_folder_that_is_not_a_release_is_exit_2(tmp_path):
    result = _push("--repo-id", "owner/x", "--folder", str(tmp_path))
    assert result.returncode == 2 and "no MANIFEST.json" in _one_line(result)


@dataclass
class RecordingHub:
    """A recording fake of HfApi for what would need the network: ``fail`` is raised by the first Hub call."""

    fail: Exception | None = None
    calls: list = field(default_factory=list)

    def repo_info(self, repo_id, repo_type, revision):
        self.calls.append(("repo_info", repo_id))
        if self.fail:
            raise self.fail
        return SimpleNamespace(sha="parent")

    def list_repo_files(self, repo_id, repo_type, revision):
        self.calls.append(("list_repo_files", repo_id))
        return []

    def create_repo(self, *args, **kwargs):
        self.calls.append(("create_repo",))

    def create_commit(self, *args, **kwargs):
        self.calls.append(("create_commit",))
        raise AssertionError("no commit may be attempted after a failed Hub call")


def _http_error(kind, status: int, message: str):
    import httpx2

    request = httpx2.Request("GET", "https://huggingface.co/api/datasets/owner/x/revision/main")
    return kind(message, response=httpx2.Response(status, request=request))


def test_a_bad_token_or_a_missing_repo_is_one_line_and_nothing_is_created(built, capsys):
    from huggingface_hub.errors import HfHubHTTPError, RepositoryNotFoundError

    cases = {
        "the Hub refused the token (HTTP 401)": _http_error(HfHubHTTPError, 401, f"401 Unauthorized\nbad {TOKEN}"),
        "does not exist": _http_error(RepositoryNotFoundError, 404, "404 Client Error.\n\nRepository Not Found"),
    }
    for expected, error in cases.items():
        hub = RecordingHub(fail=error)
        assert push_command(["--repo-id", "owner/x", "--folder", str(built)], api=hub) == 4
        (line,) = capsys.readouterr().err.splitlines()
        assert line.startswith("NOT PUSHED: datasets/owner/x@main: ") and expected in line and TOKEN not in line
        assert hub.calls == [("repo_info", "owner/x")]  # no repository created, no commit attempted
