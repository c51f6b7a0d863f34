"""The weekly chart: stacked bars of patterns per week, drawn for a phone screen.

matplotlib is imported inside `render_weekly_chart`, so importing this module (and starting the
bot) costs nothing. We never touch `matplotlib.pyplot`: a bare `Figure` attached to a
`FigureCanvasAgg` is the headless Agg backend without any global state, so renders can run in
worker threads, off the event loop, side by side.

Design for a ~6 cm wide photo in a chat: 1080×1080 px, text at ≥ 33 px, four date labels, at most
five named categories (the rest are "other"), the Okabe–Ito palette (distinct for the common
colour-vision deficiencies) and white gaps between stacked segments so neighbours never blur.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.insights import texts as t
from bot.insights.stats import WeekCounts

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SIZE_PX = 1080
DPI = 100
MAX_NAMED = 5
MIN_Y_TOP = 4
# Okabe & Ito (2008), most distinct first; yellow is left out (too faint on white).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7")
OTHER_COLOUR = "#C8C8C8"  # lighter than every palette colour, even to deuteranopes
INK = "#222222"
MUTED = "#666666"
GRID = "#DDDDDD"
# Points at 100 dpi: 1 pt = 1.39 px, so 26 pt is ~36 px.
TITLE_PT = 36
TEXT_PT = 26
LEGEND_TOP = 0.89  # figure fraction just under the title
LEGEND_ROW = 0.052  # one legend row at TEXT_PT


def _series(weeks: Sequence[WeekCounts]) -> list[tuple[str, str, list[int]]]:
    """(label, colour, count per week), biggest overall first; tail merged into "other"."""
    totals: Counter[str] = Counter()
    for week in weeks:
        totals.update(dict(week.categories))
    ranked = [k for k, n in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])) if n > 0]
    named = ranked if len(ranked) <= MAX_NAMED else ranked[: MAX_NAMED - 1]
    series = [
        (t.category_label(k), PALETTE[i], [w.category_count(k) for w in weeks])
        for i, k in enumerate(named)
    ]
    rest = ranked[len(named) :]
    if rest:
        other = [sum(w.category_count(k) for k in rest) for w in weeks]
        series.append((t.CHART_OTHER, OTHER_COLOUR, other))
    return series


def _style_axes(ax: Axes, weeks: Sequence[WeekCounts]) -> None:
    from matplotlib.ticker import MaxNLocator

    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(MUTED)
    ax.spines["bottom"].set_linewidth(2)
    # Label every third week counting back from the latest, so "now" always has a date.
    labelled = list(range(len(weeks) - 1, -1, -3))[::-1]
    ax.set_xticks(labelled, [t.short_date(weeks[i].start) for i in labelled])
    ax.set_xlim(-0.6, len(weeks) - 0.4)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True, min_n_ticks=2))
    ax.tick_params(labelsize=TEXT_PT, colors=INK, length=0, pad=12)
    ax.grid(axis="y", color=GRID, linewidth=2)
    ax.set_axisbelow(True)


def _draw_bars(fig: Figure, ax: Axes, series: list[tuple[str, str, list[int]]]) -> None:
    from matplotlib.patches import Patch

    x = range(len(series[0][2]))
    bottoms = [0] * len(x)
    for _, colour, counts in series:
        ax.bar(x, counts, 0.72, bottoms, color=colour, edgecolor="white", linewidth=2.5)
        bottoms = [b + c for b, c in zip(bottoms, counts, strict=True)]
    # End the axis on a tick so the tallest bar never pokes above the last gridline.
    # A floor on the scale keeps a single flagged draft from filling the whole chart.
    tallest = max(*bottoms, MIN_Y_TOP)
    ticks = [float(v) for v in ax.yaxis.get_major_locator().tick_values(0, tallest)]
    top = next(v for v in ticks if v >= tallest)
    ax.set_yticks([v for v in ticks if 0 <= v <= top])
    ax.set_ylim(0, top * 1.02)
    fig.legend(
        handles=[Patch(facecolor=colour, label=label) for label, colour, _ in series],
        loc="upper left",
        bbox_to_anchor=(0.055, LEGEND_TOP),
        ncols=2,
        frameon=False,
        fontsize=TEXT_PT,
        handlelength=1.0,
        handleheight=1.0,
        columnspacing=1.6,
        labelcolor=INK,
    )


def _draw_empty(ax: Axes) -> None:
    ax.set_ylim(0, 4)
    ax.set_yticks([])
    ax.text(
        0.5,
        0.6,
        t.CHART_EMPTY,
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=TITLE_PT - 4,
        color=INK,
        linespacing=1.4,
    )
    ax.text(
        0.5,
        0.38,
        t.CHART_EMPTY_DETAIL,
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=TEXT_PT,
        color=MUTED,
        linespacing=1.4,
    )


def render_weekly_chart(weeks: Sequence[WeekCounts], *, title: str) -> bytes:
    """A square PNG (1080×1080) of patterns per week, oldest week on the left.

    CPU-bound (~0.1 s): call it through `asyncio.to_thread` or an executor, not on the loop.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    if not weeks:
        raise ValueError("weeks must not be empty")
    fig = Figure(figsize=(SIZE_PX / DPI, SIZE_PX / DPI), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)  # attaches itself as fig.canvas: Agg without pyplot or rcParams
    fig.text(0.06, 0.95, title, fontsize=TITLE_PT, fontweight="bold", color=INK, va="top")
    series = _series(weeks)
    # The legend (0 to 3 rows) sits between the title and the plot; the plot takes what is left.
    rows = -(-len(series) // 2)
    top = LEGEND_TOP - rows * LEGEND_ROW - 0.06
    ax = fig.add_axes((0.1, 0.09, 0.84, top - 0.09))
    _style_axes(ax, weeks)
    if series:
        _draw_bars(fig, ax, series)
    else:
        _draw_empty(ax)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, facecolor="white", metadata={"Software": None})
    return buffer.getvalue()


def warm_up() -> None:
    """Render one throw-away chart, so the first /history does not pay matplotlib's import
    and font set-up (~0.3 s) while a person waits. Run it in a thread at start-up."""
    from datetime import UTC, datetime

    from bot.insights.records import count_history
    from bot.insights.stats import weekly_counts

    # Any instant will do: the weeks are empty, only the drawing machinery matters.
    empty = count_history([], [], now=datetime.now(UTC), tz=UTC)
    render_weekly_chart(weekly_counts(empty), title="")
