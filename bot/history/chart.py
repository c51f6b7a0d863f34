"""The progress chart: "am I improving?" in one picture, drawn for a phone screen.

Each week has a bar for the drafts checked (left axis) and a point for the share of them that
were flagged (right axis, 0–100%); the points are joined into a line, so a falling line is the
answer people look for. The two patterns seen most are named under the title. Weeks before the
first checked draft are left out, so a newcomer's first week is not one bar beside eleven empty
ones; with no drafts at all the chart says what will appear, and when.

matplotlib is imported inside `render_weekly_chart`, so importing this module (and starting the
bot) costs nothing. We never touch `matplotlib.pyplot`: a bare `Figure` attached to a
`FigureCanvasAgg` is the headless Agg backend without any global state, so renders can run in
worker threads, off the event loop, side by side.

Design for a ~6 cm wide photo in a chat: 1080×1080 px, text at ≥ 36 px, a solid dark card
(Telegram's dark theme shows it as a card, the light theme as a dark tile; never a transparent
PNG that vanishes into either), light text, muted blue-grey bars and an amber line with
white-ringed points: amber against blue-grey stays distinct for the common colour-vision
deficiencies (Okabe–Ito's orange and blue family).
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.history import texts as t
from bot.history.stats import WeekCounts

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SIZE_PX = 1080
DPI = 100
MIN_WEEKS_SHOWN = 4  # a first week still sits in a chart, not alone across the whole width
MIN_BAR_TOP = 4
BACKGROUND = "#17212B"  # Telegram's dark-theme chat colour: the card blends in there
INK = "#F5F7FA"
MUTED = "#AEB8C4"
GRID = "#2E3B4A"
BAR = "#5D7A99"
LINE = "#F5A524"
# Points at 100 dpi: 1 pt = 1.39 px, so 28 pt is ~39 px.
TITLE_PT = 40
TEXT_PT = 28
SMALL_PT = 26


def top_patterns(weeks: Sequence[WeekCounts], n: int = 2) -> list[tuple[str, int]]:
    """The `n` categories flagged most over `weeks` (label, drafts), most first."""
    totals: Counter[str] = Counter()
    for week in weeks:
        totals.update(dict(week.categories))
    ranked = sorted(((k, v) for k, v in totals.items() if v), key=lambda kv: (-kv[1], kv[0]))
    return [(t.category_label(k), v) for k, v in ranked[:n]]


def shown_weeks(weeks: Sequence[WeekCounts]) -> list[WeekCounts]:
    """From the first week with a checked draft (at least MIN_WEEKS_SHOWN weeks, if there are)."""
    first = next((i for i, w in enumerate(weeks) if w.checked), len(weeks))
    first = min(first, max(0, len(weeks) - MIN_WEEKS_SHOWN))
    return list(weeks[first:])


def _headline(fig: Figure, title: str, weeks: Sequence[WeekCounts]) -> None:
    fig.text(0.06, 0.955, title, fontsize=TITLE_PT, fontweight="bold", color=INK, va="top")
    shares = [round(100 * w.flagged / w.checked) for w in weeks if w.checked]
    if len(shares) >= 2:
        trend = t.CHART_TREND.format(first=shares[0], last=shares[-1])
    else:
        trend = t.CHART_TREND_FIRST.format(last=shares[-1])
    fig.text(0.06, 0.885, trend, fontsize=TEXT_PT, color=LINE, va="top")
    top = top_patterns(weeks)
    if top:
        named = t.CHART_TOP.format(
            items=t.LIST_SEPARATOR.join(f"{label} ({n})" for label, n in top)
        )
        fig.text(0.06, 0.83, named, fontsize=TEXT_PT, color=MUTED, va="top")
    # The legend, in words: what a bar is and what the line is.
    fig.text(0.06, 0.772, "■", fontsize=TEXT_PT, color=BAR, va="top")
    fig.text(0.1, 0.772, t.CHART_BARS, fontsize=SMALL_PT, color=INK, va="top")
    fig.text(0.5, 0.772, "●", fontsize=TEXT_PT, color=LINE, va="top")
    fig.text(0.54, 0.772, t.CHART_LINE, fontsize=SMALL_PT, color=INK, va="top")


def _style(ax: Axes) -> None:
    ax.set_facecolor(BACKGROUND)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(MUTED)
    ax.spines["bottom"].set_linewidth(2)
    ax.tick_params(labelsize=SMALL_PT, colors=INK, length=0, pad=10)


def _draw(fig: Figure, ax: Axes, weeks: Sequence[WeekCounts]) -> None:
    from matplotlib.ticker import MaxNLocator, PercentFormatter

    x = list(range(len(weeks)))
    checked = [w.checked for w in weeks]
    _style(ax)
    ax.bar(x, checked, 0.62, color=BAR, zorder=2)
    tallest = max(*checked, MIN_BAR_TOP)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True, min_n_ticks=2))
    ticks = [float(v) for v in ax.yaxis.get_major_locator().tick_values(0, tallest)]
    top = next(v for v in ticks if v >= tallest)
    ax.set_yticks([v for v in ticks if 0 <= v <= top])
    ax.set_ylim(0, top * 1.04)
    ax.set_ylabel(t.CHART_Y_LABEL, fontsize=SMALL_PT, color=MUTED, labelpad=12)
    ax.grid(axis="y", color=GRID, linewidth=2, zorder=0)
    ax.set_axisbelow(True)
    # Label about four weeks, counting back from the latest, so "now" always has a date.
    step = max(1, -(-len(weeks) // 4))
    labelled = list(range(len(weeks) - 1, -1, -step))[::-1]
    ax.set_xticks(labelled, [t.short_date(weeks[i].start) for i in labelled])
    ax.set_xlim(-0.6, len(weeks) - 0.4)
    ax.set_xlabel(t.CHART_X_LABEL, fontsize=SMALL_PT, color=MUTED, labelpad=12)

    share = ax.twinx()
    share.set_facecolor("none")
    for side in ("top", "left", "bottom", "right"):
        share.spines[side].set_visible(False)
    share.set_ylim(0, 104)
    share.yaxis.set_major_formatter(PercentFormatter(decimals=0))
    share.set_yticks([0, 50, 100])
    share.tick_params(labelsize=SMALL_PT, colors=LINE, length=0, pad=10)
    share.set_ylabel(t.CHART_SHARE_LABEL, fontsize=SMALL_PT, color=LINE, labelpad=14)
    # A week without drafts has no share: the line is broken there rather than drawn to 0.
    points = [(i, 100 * w.flagged / w.checked) for i, w in enumerate(weeks) if w.checked]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    share.plot(xs, ys, color=LINE, linewidth=6, solid_capstyle="round", zorder=3)
    share.plot(
        xs, ys, "o", color=LINE, markersize=18, markeredgecolor=BACKGROUND, markeredgewidth=4
    )


def _draw_empty(fig: Figure) -> None:
    fig.text(
        0.5,
        0.64,
        t.CHART_EMPTY,
        ha="center",
        va="center",
        fontsize=TITLE_PT - 4,
        color=INK,
        linespacing=1.4,
    )
    fig.text(
        0.5,
        0.4,
        t.CHART_EMPTY_DETAIL,
        ha="center",
        va="center",
        fontsize=TEXT_PT,
        color=MUTED,
        linespacing=1.5,
    )


def render_weekly_chart(weeks: Sequence[WeekCounts], *, title: str) -> bytes:
    """A square PNG (1080×1080): drafts checked per week as bars, the share flagged as a line.

    CPU-bound (~0.1 s): call it through `asyncio.to_thread` or an executor, not on the loop.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    if not weeks:
        raise ValueError("weeks must not be empty")
    fig = Figure(figsize=(SIZE_PX / DPI, SIZE_PX / DPI), dpi=DPI, facecolor=BACKGROUND)
    FigureCanvasAgg(fig)  # attaches itself as fig.canvas: Agg without pyplot or rcParams
    if any(w.checked for w in weeks):
        shown = shown_weeks(weeks)
        _headline(fig, title, shown)
        ax = fig.add_axes((0.13, 0.13, 0.68, 0.56))
        _draw(fig, ax, shown)
    else:
        fig.text(0.06, 0.955, title, fontsize=TITLE_PT, fontweight="bold", color=INK, va="top")
        _draw_empty(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, facecolor=BACKGROUND, metadata={"Software": None})
    return buffer.getvalue()


def warm_up() -> None:
    """Render one throw-away chart, so the first /history does not pay matplotlib's import
    and font set-up (~0.3 s) while a person waits. Run it in a thread at start-up."""
    from datetime import UTC, datetime

    from bot.history.records import count_history
    from bot.history.stats import weekly_counts

    # Any instant will do: the weeks are empty, only the drawing machinery matters.
    empty = count_history([], [], now=datetime.now(UTC), tz=UTC)
    render_weekly_chart(weekly_counts(empty), title="")
