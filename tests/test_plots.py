"""The card's plots (haucan/figures): drawn by the build into images/, the same bytes every time, PNGs of the
declared size that open, Vietnamese letters drawn from the bundled font, and matplotlib kept out of the
processes that work on articles."""

from __future__ import annotations

import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import matplotlib
import pytest
from PIL import Image

from haucan.card import score_tables
from haucan.figures.plots import DPI, SIZE, TIMELINE_SIZE, render_plots
from schema.vocab import load_vocab

from .conftest import REPO

LABELS = [label["label"] for label in load_vocab("labels")]
# A made-up score table: the build's own tables are not kept after it, and the plot only needs their shape.
TABLE = {"labels": {label: {"f1": 0.5 + i / 20, "support": 3, "fp": 1} for i, label in enumerate(LABELS)},
         "micro": {"f1": 0.7, "support": 24, "fp": 8}}


def _data_copy(seed_build, target):
    shutil.copytree(seed_build.output_dir / "data", target / "data")
    return target


def _pngs(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((folder / "images").glob("*.png"))}


def test_the_build_draws_the_same_bytes_as_drawing_again(seed_build, tmp_path):
    """The seed build's plots, drawn again twice from its data (same score tables: none scored without held-out
    sets are left out the same way), are byte-identical."""
    built = _pngs(seed_build.output_dir)
    assert len(built) >= 6 and "person_timeline.png" in built
    scored = {"seed (training)": TABLE, "test": TABLE}
    drawn = []
    for name in ("a", "b"):
        folder = _data_copy(seed_build, tmp_path / name)
        render_plots(folder, LABELS, scored)
        drawn.append(_pngs(folder))
    assert drawn[0] == drawn[1]
    assert {k: v for k, v in drawn[0].items() if k != "extractor_f1.png"} == \
        {k: v for k, v in built.items() if k != "extractor_f1.png"}


def test_each_png_opens_with_its_declared_size_and_no_software_stamp(seed_build):
    expected = {"person_timeline.png": TIMELINE_SIZE}
    for path in sorted((seed_build.output_dir / "images").glob("*.png")):
        with Image.open(path) as image:
            image.load()  # decodes every pixel: a truncated file fails here
            width, height = expected.get(path.name, SIZE)
            assert image.size == (int(width * DPI), int(height * DPI)), path.name
            assert image.format == "PNG" and "Software" not in image.info, path.name


def test_a_local_matplotlib_setting_changes_no_byte_and_is_restored(seed_build, tmp_path):
    reference = _data_copy(seed_build, tmp_path / "reference")
    plots = render_plots(reference, LABELS, {})
    local = _data_copy(seed_build, tmp_path / "local")
    with matplotlib.rc_context({"font.size": 21, "lines.linewidth": 7, "axes.facecolor": "black",
                                "font.family": "serif", "savefig.dpi": 300}):
        assert render_plots(local, LABELS, {}) == plots
        assert matplotlib.rcParams["font.size"] == 21  # the caller's setting is back after drawing
    assert _pngs(local) == _pngs(reference)


def test_vietnamese_letters_are_drawn_with_the_font_matplotlib_bundles(seed_build, tmp_path):
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = Path(str(font_manager.findfont("DejaVu Sans", fallback_to_default=False))).resolve()
    assert path.is_relative_to(Path(matplotlib.get_data_path()).resolve())  # matplotlib's, not this machine's
    charmap = FT2Font(str(path)).get_charmap()
    letters = "ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵỨỪỬỮỰẠẶỆỘỢ"
    assert [c for c in letters if ord(c) not in charmap] == []
    folder = _data_copy(seed_build, tmp_path / "glyphs")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing from font(s)" for a letter it can't draw
        render_plots(folder, LABELS, {"seed (training)": TABLE})


def test_nothing_to_show_draws_nothing(tmp_path):
    (tmp_path / "data").mkdir()
    assert render_plots(tmp_path, LABELS, {}) == []
    assert not (tmp_path / "images").exists()


def test_score_tables_keep_only_scored_sets_in_card_order():
    from haucan.corpus.decide import Evaluation
    from haucan.evaluate import Scores

    evaluation = Evaluation()
    assert score_tables(evaluation) == {} and score_tables(None) == {}
    evaluation.heldout = {"dev": Scores(articles=2), "test": Scores(articles=0)}
    evaluation.extractor.articles = 5
    assert list(score_tables(evaluation)) == ["seed (training)", "dev"]


@pytest.mark.parametrize("module", ["haucan.pipeline", "haucan.chunks", "haucan.card", "haucan.card_fields",
                                    "haucan.figures.series"])
def test_modules_the_article_workers_load_do_not_import_matplotlib(module):
    code = f"import sys, {module}; sys.exit('matplotlib' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True).returncode == 0


def test_the_manifest_lists_every_plot_and_the_fields_doc_with_its_hash(seed_build):
    import hashlib
    import json

    out = seed_build.output_dir
    listed = {e["path"]: e["sha256"] for e in json.loads((out / "MANIFEST.json").read_text("utf-8"))["files"]}
    for path in [*sorted((out / "images").glob("*.png")), out / "docs" / "fields.md"]:
        assert listed[path.relative_to(out).as_posix()] == hashlib.sha256(path.read_bytes()).hexdigest()
