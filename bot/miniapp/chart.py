"""The Mini App's weekly chart as server-rendered SVG: no chart library, nothing to download.

One bar per week, as tall as the drafts checked that week, its flagged part filled in, the
flagged share written above it. Colours come from CSS classes (app.css maps them to Telegram's
theme), so the same markup follows light and dark themes. Every week is a button with a
spoken label; the page opens the week's details on a tap, Enter or Space.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Final

from bot.history.texts import short_date
from bot.miniapp import texts
from bot.miniapp.history import WeekDetail

WIDTH: Final = 360
HEIGHT: Final = 200
_TOP, _BOTTOM, _LEFT, _RIGHT = 22, 24, 4, 4
_SLOT_GAP = 6


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def render_chart(weeks: Sequence[WeekDetail]) -> str:
    """The chart as an `<svg>` element (UTF-8 text, safe to insert: it holds no user text)."""
    plot_height = HEIGHT - _TOP - _BOTTOM
    slot = (WIDTH - _LEFT - _RIGHT) / max(len(weeks), 1)
    bar = slot - _SLOT_GAP
    tallest = max((w.checked for w in weeks), default=0) or 1
    base = HEIGHT - _BOTTOM
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'class="chart" role="group" aria-label="{escape(texts.CHART_LABEL)}">',
        f'<line class="axis" x1="{_LEFT}" y1="{base}" x2="{WIDTH - _RIGHT}" y2="{base}"/>',
    ]
    for i, week in enumerate(weeks):
        x = _LEFT + i * slot + _SLOT_GAP / 2
        checked_h = plot_height * week.checked / tallest
        flagged_h = plot_height * week.flagged / tallest
        label = escape(texts.week_label(week), quote=True)
        parts.append(
            f'<g class="week" data-week="{i}" role="button" tabindex="0" aria-label="{label}">'
            f'<rect class="hit" x="{_number(x - _SLOT_GAP / 2)}" y="2" '
            f'width="{_number(slot)}" height="{base}"/>'
        )
        if week.checked:
            parts.append(
                f'<rect class="checked" x="{_number(x)}" y="{_number(base - checked_h)}" '
                f'width="{_number(bar)}" height="{_number(checked_h)}" rx="3"/>'
            )
        if week.flagged:
            parts.append(
                f'<rect class="flagged" x="{_number(x)}" y="{_number(base - flagged_h)}" '
                f'width="{_number(bar)}" height="{_number(flagged_h)}" rx="3"/>'
            )
        share = week.flagged_share
        if share is not None:
            parts.append(
                f'<text class="share" x="{_number(x + bar / 2)}" '
                f'y="{_number(base - checked_h - 5)}" text-anchor="middle" aria-hidden="true">'
                f"{round(share * 100)}%</text>"
            )
        # Every other week is labelled: twelve dates do not fit 360 px legibly.
        if (len(weeks) - 1 - i) % 2 == 0:
            parts.append(
                f'<text class="date" x="{_number(x + bar / 2)}" y="{HEIGHT - 7}" '
                f'text-anchor="middle" aria-hidden="true">{short_date(week.start)}</text>'
            )
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)
