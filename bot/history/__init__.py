"""Pattern history: counting, wording, charting, and when to mention couples therapy.

Pure code (no Telegram, no database): the storage layer supplies `HistoryCounts` (counts per
local day), the /history handler sends what these functions return. `count_history` counts
records held in memory the same way. matplotlib is only imported when a chart is rendered.
"""

from bot.history.chart import render_weekly_chart
from bot.history.days import (
    CHART_WEEKS,
    DayCounts,
    HistoryCounts,
    PhraseCounts,
    Totals,
    history_days,
    local_midnight,
    local_midnights,
    local_today,
    phrase_spans,
)
from bot.history.records import CheckRecord, NudgeDoneRecord, count_history
from bot.history.stats import (
    CATEGORIES,
    HistorySummary,
    PeriodComparison,
    PeriodStats,
    Tally,
    WeekCounts,
    normalize_phrase,
    summarize,
    weekly_counts,
)
from bot.history.summary import (
    chart_caption,
    format_empty_history,
    format_history,
    format_weekly_summary,
)
from bot.history.therapy import (
    THERAPY_STOP_BUTTON,
    Persistence,
    persistent_pattern,
    should_suggest_therapy,
    therapy_hint_text,
)

__all__ = [
    "CATEGORIES",
    "CHART_WEEKS",
    "THERAPY_STOP_BUTTON",
    "CheckRecord",
    "DayCounts",
    "HistoryCounts",
    "HistorySummary",
    "NudgeDoneRecord",
    "PeriodComparison",
    "PeriodStats",
    "Persistence",
    "PhraseCounts",
    "Tally",
    "Totals",
    "WeekCounts",
    "chart_caption",
    "count_history",
    "format_empty_history",
    "format_history",
    "format_weekly_summary",
    "history_days",
    "local_midnight",
    "local_midnights",
    "local_today",
    "normalize_phrase",
    "persistent_pattern",
    "phrase_spans",
    "render_weekly_chart",
    "should_suggest_therapy",
    "summarize",
    "therapy_hint_text",
    "weekly_counts",
]
