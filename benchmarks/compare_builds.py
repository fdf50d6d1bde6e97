"""Is the output byte-identical to an earlier commit's? Builds the same input with the code at git revision REV
and with the working tree, and compares the two MANIFEST.json files' sha256s file by file.

``python benchmarks/compare_builds.py REV [--corpus N] [--workers W] [--keep]``

- **What is built.** The committed seeds (words segmented by underthesea, as published), and with
  ``--corpus N`` also an N-article corpus from benchmarks/generate_corpus.py (3000 for the refactor's check).
  The corpus is built with ``--words whitespace``: underthesea's CRF is ~75% of the per-article time, and
  with it a 3,000-article build takes many minutes per side; everything after segmentation (cleaning,
  metadata, extraction, dedup, identities, writing, card) still runs, so the corpus checks that code on real
  volume while the seeds check the segmented path.
- **Same input, two codes.** Both sides read the working tree's ``seeds/`` and the one generated corpus, so
  only the code differs. REV's files are extracted with ``git archive`` into a temporary folder and its build
  runs there with this interpreter (``python build_dataset.py`` from that folder, so ``haucan`` is imported
  from REV's files: checked before building), without a cache (``--no-cache``).
- **Same day.** SOURCE_DATE_EPOCH is fixed for both sides (to now, unless set), so a build either side of
  midnight in Vietnam does not judge dates by two different days.
- **Verdict.** One line per published file (and for MANIFEST.json itself): ``identical``, ``different`` or
  ``only in REV`` / ``only in working tree``. Exit 0 only when every file of every build is identical, 1 when
  any differs, 2 when a build failed.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MANIFEST = "MANIFEST.json"


def extract_revision(revision: str, into: Path) -> str:
    """REV's committed files (no .git, no untracked files) into ``into``; returns the full commit id."""
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--verify", f"{revision}^{{commit}}"],
                            capture_output=True, text=True, check=True).stdout.strip()
    archive = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", commit],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return commit


def check_imports_from(tree: Path) -> None:
    """Fail unless ``python`` started in ``tree`` imports ``haucan`` from it (not the installed checkout)."""
    found = subprocess.run([sys.executable, "-c", "import haucan; print(haucan.__file__)"], cwd=tree,
                           capture_output=True, text=True, check=True).stdout.strip()
    if not Path(found).resolve().is_relative_to(tree.resolve()):
        sys.exit(f"compare_builds: python in {tree} imports haucan from {found}; the comparison would be void")


def build(tree: Path, input_dir: Path, output: Path, extra: list[str], env: dict[str, str]) -> bool:
    """``build_dataset.py`` of ``tree`` on ``input_dir``; prints its tail and returns False if it failed."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, "build_dataset.py", "--input", str(input_dir), "--output", str(output),
                           "--no-cache", *extra], cwd=tree, env=env, capture_output=True, text=True)
    print(f"  built {output.parent.name}/{output.name} in {time.monotonic() - started:.1f} s (exit {done.returncode})")
    if done.returncode != 0:
        print("\n".join((done.stdout + done.stderr).splitlines()[-15:]), file=sys.stderr)
    return done.returncode == 0


def hashes(output: Path) -> dict[str, str]:
    """path -> sha256 of every published file, as the release's MANIFEST.json lists them, plus the manifest's."""
    manifest = output / MANIFEST
    listed = {entry["path"]: entry["sha256"] for entry in json.loads(manifest.read_text("utf-8"))["files"]}
    listed[MANIFEST] = hashlib.sha256(manifest.read_bytes()).hexdigest()
    return listed


def compare(old: dict[str, str], new: dict[str, str], label: str) -> bool:
    """Prints one verdict per file; True when both sides list the same files with the same sha256s."""
    same = True
    for path in sorted(old.keys() | new.keys()):
        if path not in new:
            verdict = f"only in {label}"
        elif path not in old:
            verdict = "only in working tree"
        else:
            verdict = "identical" if old[path] == new[path] else "different"
        same &= verdict == "identical"
        print(f"  {verdict:<20} {path}")
    return same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", metavar="REV", help="git revision to compare with (HEAD~1, a branch, a hash)")
    parser.add_argument("--corpus", type=int, default=0, metavar="N",
                        help="also build N generated articles with --words whitespace (e.g. 3000)")
    parser.add_argument("--workers", type=int, default=1, help="--workers of each build (default: %(default)s)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print where it is")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="compare-builds-"))
    try:
        old_tree = work / "rev"
        old_tree.mkdir()
        commit = extract_revision(args.revision, old_tree)
        check_imports_from(old_tree)
        check_imports_from(REPO)
        print(f"{args.revision} = {commit[:12]} against the working tree {REPO}")
        env = dict(os.environ)
        env.setdefault("SOURCE_DATE_EPOCH", str(int(time.time())))
        inputs = [("seeds", REPO / "seeds", [])]
        if args.corpus:
            corpus = work / "corpus"
            subprocess.run([sys.executable, str(REPO / "benchmarks" / "generate_corpus.py"), str(args.corpus),
                            str(corpus)], check=True, capture_output=True)
            inputs.append((f"corpus-{args.corpus}", corpus, ["--words", "whitespace"]))
        identical = True
        for name, input_dir, extra in inputs:
            print(f"{name}:")
            built = [build(tree, input_dir, work / side / name, extra + ["--workers", str(args.workers)], env)
                     for side, tree in (("old", old_tree), ("new", REPO))]
            if not all(built):
                return 2
            identical &= compare(hashes(work / "old" / name), hashes(work / "new" / name), args.revision)
        print("IDENTICAL" if identical else "DIFFERENT")
        return 0 if identical else 1
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
