"""Pattern history: counting, wording, charting, and when to mention couples therapy.

Pure code (no Telegram, no database): the storage layer supplies `CheckRecord`s and
`NudgeDoneRecord`s, the /history handler sends what these functions return. matplotlib is only
imported when a chart is actually rendered.
"""

from bot.insights.chart import render_weekly_chart
from bot.insights.stats import (
    CATEGORIES,
    CheckRecord,
    HistorySummary,
    NudgeDoneRecord,
    PeriodComparison,
    PeriodStats,
    Tally,
    Totals,
    WeekCounts,
    summarize,
    weekly_counts,
)
from bot.insights.summary import (
    chart_caption,
    format_empty_history,
    format_history,
    format_weekly_summary,
)
from bot.insights.therapy import (
    THERAPY_STOP_BUTTON,
    Persistence,
    persistent_pattern,
    should_suggest_therapy,
    therapy_hint_text,
)

__all__ = [
    "CATEGORIES",
    "THERAPY_STOP_BUTTON",
    "CheckRecord",
    "HistorySummary",
    "NudgeDoneRecord",
    "PeriodComparison",
    "PeriodStats",
    "Persistence",
    "Tally",
    "Totals",
    "WeekCounts",
    "chart_caption",
    "format_empty_history",
    "format_history",
    "format_weekly_summary",
    "persistent_pattern",
    "render_weekly_chart",
    "should_suggest_therapy",
    "summarize",
    "therapy_hint_text",
    "weekly_counts",
]
