"""HistorySummary -> Telegram HTML (only <b> and <i>; everything inserted is escaped)."""

from __future__ import annotations

from html import escape

from bot.history import texts as t
from bot.history.stats import HistorySummary, PeriodComparison, PeriodStats

MAX_CATEGORIES = 4
MAX_PHRASE_CHANGES = 2
CAPTION_LIMIT = 1024  # Telegram's limit for a photo caption


def _e(text: str) -> str:
    return escape(text, quote=False)


def _categories(period: PeriodStats, limit: int = MAX_CATEGORIES) -> str:
    return t.LIST_SEPARATOR.join(
        f"{_e(t.category_label(k))} {n}" for k, n in period.categories[:limit]
    )


def _fewer_flagged(cmp: PeriodComparison) -> bool:
    """A drop worth a quiet word: fewer flagged drafts *and* not a bigger share of them, so
    simply checking fewer drafts is not mistaken for progress."""
    cur, prev = cmp.current, cmp.previous
    return cur.flagged < prev.flagged and cur.flagged * prev.checked <= prev.flagged * cur.checked


def _before_line(cmp: PeriodComparison) -> str:
    before = t.PERIOD_BEFORE[cmp.days]
    if not cmp.comparable:
        return f"<i>{_e(t.NOTHING_TO_COMPARE.format(before=before))}</i>"
    line = t.BEFORE_LINE.format(
        before_cap=before[0].upper() + before[1:],
        checked=t.drafts_checked(cmp.previous.checked),
        flagged=cmp.previous.flagged,
    )
    return f"<i>{_e(line)}</i>"


def _change_lines(cmp: PeriodComparison) -> list[str]:
    """Phrases that came up more or less often, then a quiet word if fewer drafts were flagged.
    The same sentence shape serves both directions, so a rise reads as neutrally as a fall."""
    if not cmp.comparable:
        return []
    now, before = t.PERIOD_NOW[cmp.days], t.PERIOD_BEFORE[cmp.days]
    lines = []
    for p in [p for p in cmp.phrases if p.change != 0][:MAX_PHRASE_CHANGES]:
        if p.previous == 0:
            template = t.PHRASE_NEW
        elif p.current == 0:
            template = t.PHRASE_GONE
        else:
            template = t.PHRASE_CHANGE
        line = template.format(
            phrase=t.quoted(p.key),
            before_times=t.times(p.previous),
            before=before,
            now_times=t.times(p.current),
            now=now,
        )
        lines.append(_e(line))
    if _fewer_flagged(cmp):
        lines.append(_e(t.FEWER_FLAGGED.format(before=before)))
    return lines


def _period_block(cmp: PeriodComparison) -> list[str]:
    cur = cmp.current
    heading = f"<b>{_e(t.PERIOD_HEADING[cmp.days])}</b> <i>({_e(t.PERIOD_SPAN[cmp.days])})</i>"
    if cur.checked == 0:
        lines = [heading, _e(t.NOTHING_CHECKED.format(period=t.PERIOD_NOW[cmp.days]))]
        if cur.nudges_done:
            lines.append(_e(t.ACTIVITY_LINE.format(rewrites=0, nudges=cur.nudges_done)))
        return lines
    lines = [
        heading,
        _e(
            t.CHECKED_LINE.format(
                checked=t.drafts_checked(cur.checked), flagged=cur.flagged, clean=cur.clean
            )
        ),
    ]
    if cur.categories:
        lines.append(_e(t.CATEGORIES_LINE).format(items=_categories(cur)))
    if cur.phrases:
        items = t.LIST_SEPARATOR.join(f"{_e(t.quoted(k))} {n}" for k, n in cur.phrases[:3])
        lines.append(_e(t.PHRASES_LINE).format(items=items))
    lines.append(_e(t.ACTIVITY_LINE.format(rewrites=cur.rewrites_used, nudges=cur.nudges_done)))
    return [*lines, _before_line(cmp), *_change_lines(cmp)]


def format_history(summary: HistorySummary) -> str:
    """The /history message: this week, this month, and everything since the first check."""
    if summary.is_empty:
        return format_empty_history()
    blocks = [
        [f"<b>{_e(t.HISTORY_TITLE)}</b>"],
        _period_block(summary.week),
        _period_block(summary.month),
    ]
    totals = summary.totals
    heading = f"<b>{_e(t.TOTALS_HEADING)}</b>"
    if totals.since is not None:
        span = t.TOTALS_SPAN.format(since=t.long_date(totals.since))
        heading += f" <i>({_e(span)})</i>"
    line = t.TOTALS_LINE.format(
        checked=t.drafts_checked(totals.checked),
        clean=totals.clean,
        flagged=totals.flagged,
        rewrites=t.count_of(totals.rewrites_used, "rewrite"),
        nudges=t.count_of(totals.nudges_done, "nudge"),
    )
    blocks.append([heading, _e(line)])
    return "\n\n".join("\n".join(block) for block in blocks)


def format_empty_history() -> str:
    """What /history will show once there is something to show, and an invitation to start."""
    return t.EMPTY_HISTORY


def chart_caption(summary: HistorySummary) -> str:
    """One line under the chart photo (HTML-safe, no tags, at most 1024 characters)."""
    text = t.CAPTION_WEEKS
    cur = summary.week.current
    if cur.checked:
        text += t.CAPTION_RECENT.format(checked=t.drafts_checked(cur.checked), flagged=cur.flagged)
        if cur.categories:
            text += t.CAPTION_MOST.format(label=t.category_label(cur.categories[0][0]))
        text += "."
    while len(_e(text)) > CAPTION_LIMIT:  # only an unknown, very long category name gets here
        text = text[: min(len(text), CAPTION_LIMIT) - 2] + "…"
    return _e(text)


def format_weekly_summary(summary: HistorySummary) -> str:
    """The optional weekly message: the last 7 days next to the 7 before, in a few lines."""
    cmp = summary.week
    cur = cmp.current
    lines = [f"<b>{_e(t.WEEKLY_TITLE)}</b>"]
    if cur.checked == 0:
        lines.append(_e(t.WEEKLY_QUIET))
    else:
        lines.append(
            _e(
                t.CHECKED_LINE.format(
                    checked=t.drafts_checked(cur.checked), flagged=cur.flagged, clean=cur.clean
                )
            )
        )
        if cur.categories:
            lines.append(_e(t.WEEKLY_MOST_OFTEN).format(items=_categories(cur, 3)))
        lines.append(_e(t.ACTIVITY_LINE.format(rewrites=cur.rewrites_used, nudges=cur.nudges_done)))
        lines += _change_lines(cmp)  # without the week-before numbers: too much for a nudge
    lines.append(_e(t.WEEKLY_FOOTER))
    return "\n".join(lines)
