"""The card renders article text inertly, and declares only configs and splits that ``load_dataset`` can load
(issue 12: markup inside an article was rendered raw in the card's example; a corpus with no events got a card
declaring an ``events`` config that could not be loaded).

Markdown is rendered with markdown-it-py's "gfm-like" preset (CommonMark with tables, strikethrough, raw HTML
and linkify, which turns bare URLs and domains into links as the Hub's renderer does)."""

from __future__ import annotations

import html.parser
import json
import string

import mlcroissant as mlc
import pyarrow.parquet as pq
import yaml
from datasets import get_dataset_config_names, load_dataset
from hypothesis import example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from haucan.card import code_fence, escape_markdown, table_cell
from haucan.config import BuildConfig
from haucan.pipeline import build
from haucan.read import article_id_for
from haucan.splits import assign_split
from schema import CONFIGS
from schema.vocab import split_names

MARKDOWN = MarkdownIt("gfm-like")


class _Html(html.parser.HTMLParser):
    """What rendered Markdown holds: start tags with their attributes, comments, and the text."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.comments: list[str] = []
        self.text: list[str] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_data(self, data):
        self.text.append(data)


def _rendered(markdown: str) -> _Html:
    return _Html(MARKDOWN.render(markdown))


# Pieces that make Markdown or HTML when written raw; hypothesis mixes them with punctuation and Vietnamese.
ATTACKS = ["<img src=x onerror=alert(1)>", "[text](http://x)", "![i](x.png)", "<!-- c -->", "<script>x</script>",
           "`", "```", "|", "**x**", "_x_", "~~x~~", "# heading", "- item", "1. item", "> quote", "$x$", "&lt;",
           "&#60;", "\\", "http://x.vn/a?b=1", "www.quandoi.vn", "quandoi.vn", "a@b.vn", "<http://x>", "[^1]",
           "[a]: http://x", "\n", "\r\n", "\t", "Đảng ủy", "hoà", " "]
_pieces = st.one_of(st.sampled_from(ATTACKS), st.text(string.punctuation + "ab xĐả0", min_size=1, max_size=6))
markdownish = st.lists(_pieces, max_size=12).map("".join)


def _one_line(text: str) -> str:
    """What ``escape_markdown`` promises to show: the text with line breaks and tabs as spaces."""
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


# --- the escaping functions ------------------------------------------------------------------------------------

@given(markdownish)
@example("<img src=x onerror=alert(1)> [text](http://x) <!-- --> ` | **x**\n# heading")
def test_escaped_text_renders_as_exactly_itself_in_a_sentence(text):
    page = _rendered(f"Tin: {escape_markdown(text)} hết")
    assert page.tags == [("p", {})], page.tags
    assert page.comments == []
    assert "".join(page.text) == f"Tin: {_one_line(text)} hết\n"


def _cells(markdown: str) -> list[_Html]:
    """Each table cell of the rendered Markdown, in order, parsed on its own."""
    tokens = MARKDOWN.parse(markdown)
    return [_Html(MARKDOWN.renderer.renderInline(tokens[i + 1].children, MARKDOWN.options, {}))
            for i, token in enumerate(tokens) if token.type in ("th_open", "td_open")]


@given(markdownish)
def test_escaped_text_stays_in_its_table_cell(text):
    cells = _cells(f"| a | b |\n|---|---|\n| {escape_markdown(text)} | z |\n")
    assert ["".join(cell.text) for cell in cells] == ["a", "b", _one_line(text).strip(), "z"]
    assert all(cell.tags == [] and cell.comments == [] for cell in cells)


@given(st.lists(markdownish.filter(lambda s: "\r" not in s), max_size=6).map("\n".join))
def test_a_code_fence_holds_any_lines_whole(text):
    fence = code_fence(text)
    page = _rendered(f"{fence}text\n{text}\n{fence}\n\nafter")
    assert [tag for tag, _ in page.tags] == ["pre", "code", "p"]
    assert "".join(page.text) == f"{text}\n\nafter\n"


def test_code_fence_is_longer_than_any_backtick_run():
    assert code_fence("plain") == "```"
    assert code_fence("a ``` b `````` c") == "```````"


def test_table_cell_keeps_our_markdown_but_not_a_pipe_or_a_line_break():
    cell = table_cell("person_id|title, `code`\nnext")
    cells = _cells(f"| a | b |\n|---|---|\n| {cell} | z |\n")
    assert ["".join(c.text) for c in cells] == ["a", "b", "person_id|title, code next", "z"]
    assert cells[2].tags == [("code", {})]  # our own Markdown still renders
    assert table_cell("already \\| escaped") == "already \\| escaped"


# --- an article full of markup, through a real build ------------------------------------------------------------

MARKUP_ARTICLE = """Bếp ăn mới của đơn vị <img src=x onerror=alert(1)>

Sáng 6/7, Trung đoàn đã hoàn thành bếp ăn mới [xem ảnh](http://x) cho bộ đội trên đảo xa.

# heading

Bếp ăn có khu chế biến **x** riêng, bảo đảm vệ sinh <!-- ghi chú --> cho các chiến sĩ.

Mỗi ngày đơn vị chia ca | nấu ăn theo `mã` riêng và ``` lịch trực bếp của trung đội.
"""


def _documents(folder) -> dict[str, str]:
    """The release's Markdown: the card's body and docs/fields.md (which holds the before/after example)."""
    return {"README.md": (folder / "README.md").read_text(encoding="utf-8").split("---\n", 2)[2],
            "docs/fields.md": (folder / "docs" / "fields.md").read_text(encoding="utf-8")}


def test_markup_in_an_article_renders_as_text_in_the_card(tmp_path, seed_build):
    source = tmp_path / "input"
    source.mkdir()
    (source / "bai_bep_an.txt").write_text(MARKUP_ARTICLE, encoding="utf-8")
    result = build(BuildConfig(input_dir=source, output_dir=tmp_path / "out" / "ds", heldout_dir=None))
    assert result.intake["accepted"] == 1
    documents = _documents(result.output_dir)
    seed_documents = _documents(seed_build.output_dir)
    assert "**Before and after**" in documents["docs/fields.md"]  # the article is the example
    assert "\narticles = {\n" in documents["README.md"]  # and the card's example row
    for name, markdown in documents.items():
        page = _rendered(markdown)
        tags = [tag for tag, _ in page.tags]
        assert "img" not in tags or name == "README.md", name  # the card's only images are its plots
        assert all(attrs["src"].startswith("images/") for tag, attrs in page.tags if tag == "img")
        assert "script" not in tags
        # Links come only from the templates and our rule notes (the seed build has the same); none from the article.
        links = {attrs["href"] for tag, attrs in page.tags if tag == "a"}
        seed_links = {attrs["href"] for tag, attrs in _rendered(seed_documents[name]).tags if tag == "a"}
        assert links <= seed_links and "http://x" not in links, name
        assert page.comments == [c for c in page.comments if c.startswith(" GENERATED")]  # only the template's
        assert tags.count("h1") == 1  # the document's title; "# heading" is not a heading
    text = "".join(_rendered(documents["docs/fields.md"]).text)
    # Each piece shows literally, in the raw lines (fenced), in the blocks table and in the start of `text`.
    for piece in ("<img src=x onerror=alert(1)>", "[xem ảnh](http://x)", "# heading", "**x**",
                  "<!-- ghi chú -->", "chia ca | nấu ăn theo `mã` riêng và ``` lịch"):
        assert text.count(piece) >= 2, piece
    assert text.count("Sáng 6/7, Trung đoàn đã hoàn thành bếp ăn mới [xem ảnh](http://x)") == 3
    # The example table kept its six columns: the pipe stayed inside its cell.
    rows = [line for line in documents["docs/fields.md"].splitlines() if line.startswith("| 4 | body |")]
    assert len(rows) == 1 and rows[0].count(" | ") == 5
    # In the card's example rows (one fenced block) the article's text shows as written, cut to its first characters.
    card_text = "".join(_rendered(documents["README.md"]).text)
    assert '"title": "Bếp ăn mới của đơn vị <img src=x onerror=alert(1)>"' in card_text


# --- configs with no rows are not declared; every declared config loads -------------------------------------------

# Short synthetic reports with no conference in them: no event, person, mention or document.
NO_EVENT_ARTICLES = {
    "bep_an.txt": "Bếp ăn mới của đơn vị\n\nTrung đoàn đã hoàn thành việc xây dựng bếp ăn mới cho bộ đội trong tháng "
                  "này.\n\nBếp ăn có khu chế biến riêng, bảo đảm vệ sinh và tiết kiệm củi đốt cho các chiến sĩ.\n",
    "tang_gia.txt": "Tăng gia sản xuất ở đảo xa\n\nCác chiến sĩ trên đảo trồng rau xanh và nuôi gà để cải thiện bữa ăn "
                    "hằng ngày.\n\nNhờ tăng gia, đơn vị tự túc được phần lớn rau xanh trong mùa khô năm nay.\n",
    "kho_xang.txt": "Kho xăng dầu được sửa chữa\n\nĐơn vị kho đã sửa chữa xong mái che và hệ thống chống sét của kho "
                    "xăng dầu.\n\nCông việc bảo đảm an toàn tuyệt đối cho người và hàng hóa trong mùa mưa bão.\n",
}
EVENT_ARTICLE = ("Sơ kết công tác hậu cần\n\nSáng 6/7, tại Hà Nội, Cục Hậu cần tổ chức Hội nghị sơ kết công tác hậu "
                 "cần 6 tháng đầu năm 2023.\n\nHội nghị đánh giá các đơn vị đã bảo đảm tốt vật chất cho huấn luyện.\n")


def _front_matter(folder) -> dict:
    return yaml.safe_load((folder / "README.md").read_text(encoding="utf-8").split("---\n", 2)[1])


def _assert_every_declared_config_loads(folder, cache) -> dict[str, dict[str, int]]:
    """Load every config the card declares, offline, into a fresh cache; rows per split must equal the YAML's
    ``dataset_info`` and the Parquet files, and no split may be empty. Returns config -> split -> rows."""
    meta = _front_matter(folder)
    declared = {c["config_name"]: [f["split"] for f in c["data_files"]] for c in meta["configs"]}
    infos = {i["config_name"]: i for i in meta["dataset_info"]}
    assert sorted(infos) == sorted(declared) == sorted(get_dataset_config_names(str(folder)))
    loaded = {}
    for name, splits in declared.items():
        dataset = load_dataset(str(folder), name, cache_dir=str(cache))
        assert sorted(dataset) == sorted(splits), name
        rows = {split: dataset[split].num_rows for split in splits}
        assert rows == {s["name"]: s["num_examples"] for s in infos[name]["splits"]}, name
        on_disk = {split: sum(pq.ParquetFile(p).metadata.num_rows
                              for p in folder.glob(f"data/{name}/{split}-*.parquet")) for split in splits}
        assert rows == on_disk and all(rows.values()), name
        assert infos[name]["download_size"] == sum(p.stat().st_size for p in folder.glob(f"data/{name}/*.parquet"))
        loaded[name] = rows
    croissant = json.loads((folder / "croissant.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in croissant["recordSet"]] == [s.name for s in CONFIGS if s.name in declared]
    return loaded


def test_a_corpus_without_events_declares_and_loads_only_configs_with_rows(tmp_path):
    source = tmp_path / "input"
    source.mkdir()
    for name, text in NO_EVENT_ARTICLES.items():
        (source / name).write_text(text, encoding="utf-8")
    result = build(BuildConfig(input_dir=source, output_dir=tmp_path / "out" / "ds", heldout_dir=None))
    assert result.rows["events"] == 0 and result.rows["articles"] == 3

    loaded = _assert_every_declared_config_loads(result.output_dir, tmp_path / "hf-cache")
    empty = [spec.name for spec in CONFIGS if result.rows[spec.name] == 0]
    assert "events" in empty and sorted(loaded) == sorted(set(result.rows) - set(empty))
    card = (result.output_dir / "README.md").read_text(encoding="utf-8")
    assert f"Configs with no rows in this release: {', '.join(f'`{n}`' for n in empty)}." in card
    assert "| `events` | none (not declared) |" in card
    # Croissant declares the same configs, and each of its record sets reads the Parquet rows.
    dataset = mlc.Dataset(jsonld=str(result.output_dir / "croissant.json"))
    for name, rows in loaded.items():
        assert len(list(dataset.records(name))) == sum(rows.values()), name


def test_croissant_describes_the_dataset_not_its_last_config(seed_build):
    from haucan.card import CARD_SUMMARY

    doc = json.loads((seed_build.output_dir / "croissant.json").read_text(encoding="utf-8"))
    assert doc["description"] == CARD_SUMMARY
    assert {r["name"]: r["description"].split(" Skipped")[0] for r in doc["recordSet"]} == \
        {spec.name: spec.description for spec in CONFIGS}


def _names_in_every_split(count_per_split: int = 1) -> dict[str, list[str]]:
    """File names whose article ids (from the build's own functions) fall in each split."""
    found: dict[str, list[str]] = {split: [] for split in split_names()}
    index = 0
    while any(len(names) < count_per_split for names in found.values()):
        name = f"bai_{index:03d}.txt"
        names = found[assign_split(article_id_for(name))]
        if len(names) < count_per_split:
            names.append(name)
        index += 1
    return found


def test_a_split_with_no_rows_is_not_declared_for_its_config(tmp_path):
    """All three splits are published, but the only event is in one of them: ``events`` declares that split only
    (and its download size is measured from the published files, not the per-split scratch folders)."""
    source = tmp_path / "input"
    source.mkdir()
    names = _names_in_every_split()
    texts = list(NO_EVENT_ARTICLES.values())
    for index, split in enumerate(split_names()):
        (source / names[split][0]).write_text(EVENT_ARTICLE if split == "train" else texts[index], encoding="utf-8")
    result = build(BuildConfig(input_dir=source, output_dir=tmp_path / "out" / "ds", heldout_dir=None))
    assert result.published_splits == tuple(split_names()) and result.rows["events"] == 1

    loaded = _assert_every_declared_config_loads(result.output_dir, tmp_path / "hf-cache")
    assert loaded["events"] == {"train": 1}
    assert sorted(loaded["articles"]) == sorted(split_names())
    card = (result.output_dir / "README.md").read_text(encoding="utf-8")
    assert "Splits with no rows, not declared for their config:" in card and "`events` (validation, test)" in card


def test_every_config_of_the_seed_build_is_declared_and_loads(seed_build, tmp_path):
    loaded = _assert_every_declared_config_loads(seed_build.output_dir, tmp_path / "hf-cache")
    assert sorted(loaded) == sorted(spec.name for spec in CONFIGS)
    assert "Configs with no rows" not in (seed_build.output_dir / "README.md").read_text(encoding="utf-8")
