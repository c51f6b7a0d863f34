"""Every user-facing word of /history, the weekly summary, the chart and the therapy hint.

Kept in one place so the tone can be reviewed (and later translated) as a whole. Plain words,
numbers stated neutrally, nothing to win or lose: more flags are reported exactly like fewer,
and only a real drop earns a quiet line of encouragement. Strings here hold no user data; the
formatters in `summary.py` escape everything they insert.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time
from typing import Final

from nlp import vocabulary

_MONTHS: Final = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def category_label(category: str) -> str:
    """Friendly name; a category added to nlp/ later still reads fine before it gets one."""
    return vocabulary.plural(category)


def short_date(day: date) -> str:
    """'3 Nov': locale-free, short enough for a chart axis."""
    return f"{day.day} {_MONTHS[day.month - 1]}"


def long_date(day: date) -> str:
    return f"{short_date(day)} {day.year}"


def count_of(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def drafts_checked(n: int) -> str:
    return count_of(n, "draft") + " checked"


def times(n: int) -> str:
    """How often something came up, said the way people say it."""
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def quoted(phrase: str, limit: int = 40) -> str:
    """A trigger phrase in quotes, shortened so a long one cannot swamp the message."""
    if len(phrase) > limit:
        phrase = phrase[: limit - 1].rstrip() + "\u2026"
    return f"\u201c{phrase}\u201d"


# /history -------------------------------------------------------------------------------------
HISTORY_TITLE: Final = "Your drafts over time"
PERIOD_HEADING: Final[Mapping[int, str]] = {7: "This week", 30: "This month"}
PERIOD_SPAN: Final[Mapping[int, str]] = {7: "last 7 days", 30: "last 30 days"}
PERIOD_NOW: Final[Mapping[int, str]] = {7: "this week", 30: "this month"}
PERIOD_BEFORE: Final[Mapping[int, str]] = {7: "the week before", 30: "the month before"}

CHECKED_LINE: Final = "{checked}: {flagged} flagged, {clean} clean."
NOTHING_CHECKED: Final = "No drafts checked {period}."
CATEGORIES_LINE: Final = "What came up: {items}"
PHRASES_LINE: Final = "Phrases seen most: {items}"
ACTIVITY_LINE: Final = "Rewrites used: {rewrites} · Nudges done: {nudges}"
BEFORE_LINE: Final = "{before_cap}: {checked}, {flagged} flagged."
PHRASE_CHANGE: Final = "{phrase} came up {before_times} {before} and {now_times} {now}."
PHRASE_NEW: Final = "{phrase} came up {now_times} {now}, and not {before}."
PHRASE_GONE: Final = "{phrase} came up {before_times} {before}, and not {now}."
FEWER_FLAGGED: Final = "Fewer drafts needed a second look than {before}."
NOTHING_TO_COMPARE: Final = "Nothing to compare with from {before} yet."
LIST_SEPARATOR: Final = " · "
TOTALS_HEADING: Final = "All together"
TOTALS_SPAN: Final = "since {since}"
TOTALS_LINE: Final = "{checked}, {clean} clean, {flagged} flagged. {rewrites} used, {nudges} done."

EMPTY_HISTORY: Final = (
    "<b>Your drafts over time</b>\n"
    "Nothing here yet. Once you have checked a few drafts, /history will show you:\n"
    "• how many drafts you checked in the last 7 and 30 days, and how many came back clean\n"
    "• which patterns came up most, like blame or always/never, and the phrases behind them\n"
    "• how that changes from one week or month to the next, with a weekly chart\n"
    "• the rewrites you used and the nudges you did\n\n"
    "Whenever a message to your partner feels tricky, paste it here before you send it "
    "and I will tell you how it might land."
)

DISAGREED_LINE: Final = "You disagreed {times} (👎 Not blaming)."
MUTED_LINE: Final = " Not flagged for you now: {labels}. /settings changes that."


def disagreed(count: int, muted: tuple[str, ...]) -> str:
    """The /history line about the user's 👎 presses and what they muted (empty if none)."""
    if count == 0 and not muted:
        return ""
    line = DISAGREED_LINE.format(times=times(count)) if count else ""
    if muted:
        line += MUTED_LINE.format(labels=", ".join(category_label(c) for c in muted))
    return line.strip()


# Weekly summary -------------------------------------------------------------------------------
WEEKLY_TITLE: Final = "Your week in drafts"
WEEKLY_MOST_OFTEN: Final = "Came up most: {items}."
WEEKLY_QUIET: Final = (
    "No drafts checked this week. Whenever a message feels hard to send, paste it here first."
)
WEEKLY_FOOTER: Final = "/history has the chart and the last 30 days."

# Chart ----------------------------------------------------------------------------------------
CHART_TITLE: Final = "Am I improving?"
CHART_Y_LABEL: Final = "drafts checked"
CHART_SHARE_LABEL: Final = "share flagged"
CHART_X_LABEL: Final = "week starting"
CHART_BARS: Final = "drafts checked"
CHART_LINE: Final = "share flagged"
CHART_TOP: Final = "Seen most: {items}"
CHART_TREND: Final = "Flagged: {first}% in your first week → {last}% now"
CHART_TREND_FIRST: Final = "Flagged this week: {last}% · the line starts next week"
CHART_EMPTY: Final = "Your chart starts\nwith your first draft"
CHART_EMPTY_DETAIL: Final = (
    "Each week gets a bar for the drafts\n"
    "you check, and a point for the share\n"
    "I flagged. From your second week a line\n"
    "joins the points: when it goes down,\n"
    "fewer drafts needed a second look."
)
CAPTION_WEEKS: Final = (
    "Bars: drafts you checked each week. Line: the share of them I flagged — "
    "lower is fewer second looks."
)
CAPTION_RECENT: Final = " Last 7 days: {checked}, {flagged} flagged"
CAPTION_MOST: Final = ", most often {label}"

# Therapy hint ---------------------------------------------------------------------------------
THERAPY_STOP_BUTTON: Final = "Stop these hints"
THERAPY_RESUME_BUTTON: Final = "Show these hints again"
THERAPY_HINT: Final = (
    "<b>A thought, if it helps</b>\n"
    "Some of the same patterns have kept showing up in your drafts for a few weeks now. "
    "That happens to many couples, and it says nothing bad about you or your partner.\n\n"
    "Patterns that keep coming back often have roots in older hurts, and they tend to ease "
    "with the help of a couples therapist, someone who can help you both hear what is "
    "underneath. If you would like to look for one:\n"
    "• ask your GP or family doctor who they would recommend\n"
    "• search the directory of your country's psychology or psychotherapy association\n"
    "• look for someone trained for couples, for example in the Gottman method or in "
    "Emotionally Focused Therapy (EFT)\n"
    "• many offer a short first call, so you can see whether it feels right\n\n"
    "I am not therapy and can't replace it; I am here for the next message.\n"
    "I'll mention this at most once a month. To stop, tap <b>Stop these hints</b> below "
    "or under /history."
)
THERAPY_STOPPED: Final = "Done, no more therapy hints. You can switch them back on under /history."
THERAPY_RESUMED: Final = "Therapy hints are on again, at most once a month."

# /history settings: weekly summary and the therapy-hint switch --------------------------------
WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_SHORT: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
CHOSEN_MARK: Final = "✓ "

BUTTON_WEEKLY_ON: Final = "Get a weekly summary"
BUTTON_WEEKLY_CHANGE: Final = "Weekly: {day} {time} · change"
BUTTON_WEEKLY_OFF: Final = "Stop weekly summary"
BUTTON_PICKER_DONE: Final = "Done"
BUTTON_THERAPY_OFF: Final = "Stop therapy hints"
BUTTON_THERAPY_ON: Final = "Therapy hints: turn back on"

WEEKLY_OFF: Final = "Weekly summary is off. You can turn it on again under /history."
WEEKLY_PICK: Final = "Pick a day and a time for your weekly summary."
# Stays true whatever is picked below it (the ticks show the choice), so it is never edited.
WEEKLY_SETTINGS: Final = (
    "<b>Weekly summary</b>\n"
    "A few lines about your week in drafts, on the day and at the time you pick "
    "({zone} time). Tap a day and a time below, or type it, for example "
    "<b>/history weekly sun 19:00</b>. <b>/history weekly off</b> stops it."
)
WEEKLY_EXAMPLE: Final = (
    "For example: <b>/history weekly sun 19:00</b>, or <b>/history weekly off</b> to stop it."
)
WEEKLY_ONE_DAY: Final = "One day a week is enough for this one. " + WEEKLY_EXAMPLE
HISTORY_USAGE: Final = (
    "/history on its own shows your drafts over time. "
    "To get a short summary once a week: <b>/history weekly sun 19:00</b>."
)
HISTORY_STALE_BUTTON: Final = "That button is from an older message. Send /history for a fresh one."


def clock(at: time) -> str:
    """24-hour wall time: 08:05."""
    return f"{at.hour:02d}:{at.minute:02d}"


def weekly_when(weekday: int, at: time, zone: str) -> str:
    """'Sundays at 19:00 (Europe/Berlin time)': the zone named, so a wrong one is easy to spot."""
    return f"{WEEKDAYS[weekday]}s at {clock(at)} ({zone.replace('_', ' ')} time)"


def weekly_on(weekday: int, at: time, zone: str) -> str:
    """Confirmation (plain text: it is also used as a button toast, which has no formatting)."""
    return (
        f"Weekly summary on: {weekly_when(weekday, at, zone)}. "
        "If that time zone is not yours, /nudges can change it."
    )
