"""Draws the card's plots into ``images/`` of the release: PNG files whose bytes depend only on the data.

Called once, in the main process, after every table is written (matplotlib is imported by this module only,
so worker processes never load it). Same bytes for the same data: the Agg canvas on a bare ``Figure`` (no
pyplot state), matplotlib's built-in default style whatever a local matplotlibrc says, the DejaVu Sans font
matplotlib ships (it has every Vietnamese letter), a fixed size and DPI, sorted inputs, and no ``Software``
text chunk. Each plot comes back with the alt text the card gives it; a plot with nothing to show is not drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import matplotlib
import matplotlib.dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from haucan.figures import series

IMAGES_DIR = "images"
DPI = 100
SIZE = (10.0, 5.0)  # inches: 1000 x 500 pixels
TIMELINE_SIZE = (12.0, 8.0)  # 1200 x 800 pixels: one row per office, up to TIMELINE_ROWS
TIMELINE_ROWS = 30
MAX_BARS = 25  # outlets and months beyond this are summed into one bar / labelled sparsely
STYLE = MappingProxyType({"font.family": "DejaVu Sans", "font.size": 10, "axes.titlesize": 12, "axes.spines.top": False,
                          "axes.spines.right": False, "figure.dpi": DPI, "savefig.dpi": DPI})
COLOURS = ("#4C72B0", "#DD8452", "#55A868", "#C44E52")


@dataclass(frozen=True)
class Plot:
    """A PNG of the release: ``path`` relative to the release root, ``title`` and ``alt`` for the card."""

    path: str
    title: str
    alt: str


def _save(figure: Figure, folder: Path, name: str) -> str:
    FigureCanvasAgg(figure)
    path = folder / IMAGES_DIR / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format="png", dpi=DPI, metadata={"Software": None})
    return f"{IMAGES_DIR}/{name}.png"


def _bars(ax, names: list[str], values: list[int]) -> None:
    """Horizontal bars, first name on top, each with its count at its end."""
    positions = range(len(names))[::-1]
    ax.barh(list(positions), values, color=COLOURS[0])
    ax.set_yticks(list(positions), names)
    for y, value in zip(positions, values, strict=True):
        ax.annotate(f"{value:,}", (value, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=9)
    ax.margins(x=0.08)
    ax.xaxis.get_major_locator().set_params(integer=True)


def _outlets(folder: Path) -> Plot | None:
    counts = series.articles_per_outlet(folder)
    if not counts:
        return None
    outlets = len(counts)
    if len(counts) > MAX_BARS:
        rest = counts[MAX_BARS - 1:]
        counts = counts[: MAX_BARS - 1] + [(f"{len(rest)} other outlets", sum(n for _, n in rest))]
    figure = Figure(figsize=SIZE, layout="constrained")
    ax = figure.add_subplot()
    _bars(ax, [name for name, _ in counts], [n for _, n in counts])
    ax.set_xlabel("articles")
    ax.set_title("Articles per outlet")
    top = ", ".join(f"{name} {n}" for name, n in counts[:3])
    return Plot(_save(figure, folder, "articles_per_outlet"), "Articles per outlet",
                f"Horizontal bar chart of articles per outlet, {outlets} outlets; most articles: {top}.")


def _months(folder: Path) -> Plot | None:
    months, dated, total = series.articles_per_month(folder)
    if not months:
        return None
    figure = Figure(figsize=SIZE, layout="constrained")
    ax = figure.add_subplot()
    ax.bar(range(len(months)), [n for _, n in months], color=COLOURS[0], width=0.8)
    step = max(1, -(-len(months) // MAX_BARS))
    ax.set_xticks(range(0, len(months), step), [m for m, _ in months][::step], rotation=90)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylabel("articles")
    ax.set_title(f"Articles per month (publication date, else event date; {dated} of {total} articles dated)")
    return Plot(_save(figure, folder, "articles_per_month"), "Articles per month",
                f"Bar chart of articles per month from {months[0][0]} to {months[-1][0]}; {dated} of {total} "
                f"articles have a date.")


def _labels(folder: Path, labels: list[str]) -> Plot | None:
    by_source = series.mentions_per_label(folder, labels)
    if not by_source:
        return None
    figure = Figure(figsize=SIZE, layout="constrained")
    ax = figure.add_subplot()
    left = [0] * len(labels)
    positions = list(range(len(labels)))[::-1]
    for colour, (source, counts) in zip(COLOURS, by_source.items(), strict=False):
        values = [counts[label] for label in labels]
        ax.barh(positions, values, left=left, color=colour, label=source)
        left = [a + b for a, b in zip(left, values, strict=True)]
    for y, total in zip(positions, left, strict=True):
        ax.annotate(f"{total:,}", (total, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=9)
    ax.set_yticks(positions, labels)
    ax.margins(x=0.08)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="source", loc="best")  # placed where it covers the fewest bars; a function of the data only
    ax.set_xlabel("mentions")
    ax.set_title("Entity mentions per label (nested mentions included)")
    totals = dict(zip(labels, left, strict=True))
    top = ", ".join(f"{label} {totals[label]}" for label in sorted(labels, key=lambda lb: -totals[lb])[:3])
    return Plot(_save(figure, folder, "mentions_per_label"), "Mentions per label",
                f"Stacked bar chart of entity mentions per label by source ({', '.join(by_source)}); "
                f"most frequent: {top}.")


def _histogram(folder: Path, name: str, values: list[int], what: str, unit: str) -> Plot | None:
    if not values:
        return None
    figure = Figure(figsize=SIZE, layout="constrained")
    ax = figure.add_subplot()
    ax.hist(values, bins=min(40, max(5, len(set(values)))), color=COLOURS[0], edgecolor="white")
    middle = series.median(values)
    ax.axvline(middle, color=COLOURS[3], linestyle="--", label=f"median {middle:,}")
    ax.legend()
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel(unit)
    ax.set_ylabel(f"{what}s")
    ax.set_title(f"{what.capitalize()} length: {len(values):,} {what}s, {unit} per {what}")
    return Plot(_save(figure, folder, name), f"{what.capitalize()} length",
                f"Histogram of {unit} per {what} over {len(values):,} {what}s: from {values[0]:,} to "
                f"{values[-1]:,}, median {middle:,}.")


def _timeline(folder: Path) -> Plot | None:
    spells, people = series.person_spells(folder, TIMELINE_ROWS)
    if not spells:
        return None
    figure = Figure(figsize=TIMELINE_SIZE, layout="constrained")
    dated_ax, undated_ax = figure.subplots(1, 2, sharey=True, width_ratios=[6, 1])
    rows = list(range(len(spells)))[::-1]
    for y, spell in zip(rows, spells, strict=True):
        if spell.first is None:
            undated_ax.plot([0], [y], marker="o", color=COLOURS[1])
            continue
        dated_ax.plot([spell.first, spell.last or spell.first], [y, y], color=COLOURS[0], linewidth=3,
                      solid_capstyle="round")
        dated_ax.plot(list(spell.seen_on), [y] * len(spell.seen_on), "o", color=COLOURS[0])
    dated_ax.set_yticks(rows, [_cut(s.label, 80) for s in spells], fontsize=8)
    # Few, rotated ticks: month labels of a multi-year span would overlap at the default density.
    dated_ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    dated_ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    dated_ax.tick_params(axis="x", labelrotation=45)
    if not any(s.first for s in spells):
        dated_ax.set_xticks([])
    dated_ax.grid(axis="x", alpha=0.3)
    dated_ax.set_title("Observed (first to last article)")
    undated_ax.set_xticks([])
    undated_ax.set_xlim(-1, 1)
    undated_ax.set_title("no date")
    undated_ax.tick_params(left=False)
    shown = len({s.person for s in spells})
    figure.suptitle(f"Ranks and offices of observed people ({shown} of {people}, most articles first)")
    return Plot(_save(figure, folder, "person_timeline"), "Ranks and offices over time",
                f"Timeline of {len(spells)} offices held by {shown} of the {people} observed people, each row "
                f"labelled with rank, name, office and organisation, drawn from the first to the last dated "
                f"article; offices without a date are marked in a separate column.")


def _scores(folder: Path, tables: dict[str, dict], labels: list[str]) -> Plot | None:
    f1 = series.f1_by_label(tables, labels)
    if not f1:
        return None
    names = [*labels, "micro"]
    figure = Figure(figsize=SIZE, layout="constrained")
    ax = figure.add_subplot()
    height = 0.8 / len(f1)
    for index, (colour, (set_name, values)) in enumerate(zip(COLOURS, f1.items(), strict=False)):
        ys = [len(names) - 1 - i + 0.4 - height * (index + 0.5) for i in range(len(names))]
        shown = [(y, v) for y, v in zip(ys, values, strict=True) if v is not None]
        ax.barh([y for y, _ in shown], [v for _, v in shown], height=height, color=colour, label=set_name)
    ax.set_yticks(range(len(names))[::-1], names)
    ax.set_xlim(0, 1)
    ax.set_xlabel("F1 (exact span and label)")
    # Below the axes: bars near F1 = 1 fill the right edge, where a legend inside would hide them.
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncols=len(f1), fontsize=9, frameon=False)
    ax.set_title("Extractor F1 per label against hand-annotated gold")
    micro = ", ".join(f"{name} {values[-1]:.2f}" for name, values in f1.items() if values[-1] is not None)
    return Plot(_save(figure, folder, "extractor_f1"), "Extractor F1 per label",
                f"Grouped bar chart of the extractor's F1 per entity label on each scored set; micro F1: {micro}.")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_plots(folder: Path, labels: list[str], score_tables: dict[str, dict]) -> list[Plot]:
    """Draw every plot the release ``folder`` has data for into ``folder/images``; ``labels`` is the label set in
    order, ``score_tables`` the extractor's ``Scores.table()`` per scored set (name -> table, in legend order)."""
    with matplotlib.rc_context():
        matplotlib.rcdefaults()  # inside the context: the local matplotlibrc is back once the plots are drawn
        matplotlib.rcParams.update(STYLE)
        drawn = [_outlets(folder), _months(folder), _labels(folder, labels),
                 _histogram(folder, "sentence_length", series.sentence_lengths(folder), "sentence", "syllables"),
                 _histogram(folder, "article_length", series.article_lengths(folder), "article", "syllables"),
                 _timeline(folder), _scores(folder, score_tables, labels)]
    return [plot for plot in drawn if plot is not None]
