"""Every user-facing string for nudges and /listen, kept together so it can be reviewed as a whole.

Everything here is Telegram HTML (parse_mode=HTML) using only <b> and <i>. Whatever comes from
the user or from data is escaped; a user's own input is echoed back shortened. Counts only grow:
nothing here mentions streaks or what was missed.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import datetime, time
from typing import Final

from bot.nudges.catalogue import Nudge
from bot.nudges.schedule import Frequency

# Buttons under each nudge.
BUTTON_DONE: Final = "Done ✓"
BUTTON_ANOTHER: Final = "Another idea"
BUTTON_PAUSE: Final = "Pause"

# Buttons on the /nudges settings screen.
BUTTON_TURN_ON: Final = "Turn on"
BUTTON_TURN_OFF: Final = "Turn off"
BUTTON_TIME: Final = "Change time"
BUTTON_ZONE: Final = "Change time zone"
BUTTON_FREQUENCY: Final = "How often"
BUTTON_PAUSE_WEEK: Final = "Pause for a week"
BUTTON_RESUME: Final = "Resume now"

# Buttons on the /listen card.
BUTTON_REMIND_BEFORE_TALK: Final = "Remind me before a talk"
BUTTON_DAILY_LISTEN_ON: Final = "Daily listening reminder"
BUTTON_DAILY_LISTEN_OFF: Final = "Stop the daily reminder"
BUTTON_DAILY_LISTEN_TIME: Final = "Daily reminder: {time} · change"

THEME_TITLES: Final[Mapping[str, str]] = {
    "ten_minutes": "Ten minutes together",
    "phones_down": "Phones down",
    "appreciation": "Say it out loud",
    "greeting": "At the door",
    "curious_question": "A curious question",
    "name_a_feeling": "Name a feeling",
    "repair": "Small repairs",
    "positive_moments": "More good moments",
}

FREQUENCY_LABELS: Final[Mapping[Frequency, str]] = {
    Frequency.DAILY: "Every day",
    Frequency.WEEKDAYS: "Weekdays",
    Frequency.THREE_WEEKLY: "Mon, Wed and Fri",
}

_FREQUENCY_PHRASES: Final[Mapping[Frequency, str]] = {
    Frequency.DAILY: "a nudge every day",
    Frequency.WEEKDAYS: "a nudge on weekdays",
    Frequency.THREE_WEEKLY: "a nudge on Mon, Wed and Fri",
}
_WEEKDAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# fmt: off
_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# fmt: on
_ECHO_LIMIT: Final = 40

# --- Nudge messages -----------------------------------------------------------------------------


def nudge_message(nudge: Nudge) -> str:
    """The daily nudge itself, sent with the Done / Another idea / Pause buttons."""
    title = THEME_TITLES.get(nudge.theme, "A small thing for today")
    return f"<b>{_esc(title)}</b>\n{_esc(nudge.text)}"


def done_ack(total_done: int) -> str:
    """Reply to "Done ✓": the running count, which only ever grows."""
    if total_done <= 1:
        return "Lovely. That's your first small thing done."
    return f"Lovely. That's {total_done} small things done so far."


def paused_ack(next_local: datetime | None, now_local: datetime) -> str:
    """Reply to "Pause" or "Pause for a week"."""
    if next_local is None:
        return "Paused for a week. /nudges brings them back sooner."
    return (
        "Paused for a week. The next nudge comes "
        f"{when(next_local, now_local)}. /nudges brings them back sooner."
    )


# --- /nudges settings ---------------------------------------------------------------------------

ASK_TIME: Final = "What time suits you? Send it like <b>20:30</b> or <b>8:30pm</b>."
ASK_ZONE: Final = (
    "Which time zone are you in? Send a city (<i>Chicago</i>, <i>Berlin</i>), "
    "a name like <i>Central Time</i>, a zone (<i>Europe/Berlin</i>) or an offset "
    "(<i>UTC+2</i>) — or share your location (📎 → Location)."
)
ASK_FREQUENCY: Final = "How often would you like a nudge?"
ZONE_NEEDED: Final = (
    "One thing first: which time zone are you in? Send a city (<i>Chicago</i>, "
    "<i>Berlin</i>), a name like <i>Central Time</i>, a zone (<i>Europe/Berlin</i>) or an "
    "offset (<i>UTC+2</i>) — or share your location (📎 → Location)."
)
TURNED_OFF: Final = "Nudges are off. /nudges turns them back on whenever you like."


def settings_screen(
    *,
    enabled: bool,
    local_time: time,
    zone_name: str | None,
    frequency: Frequency,
    next_local: datetime | None,
    now_local: datetime,
    paused: bool,
    done_count: int,
) -> str:
    """The /nudges screen: what is set now and when the next nudge comes."""
    if not enabled:
        status = "off"
    elif paused:
        status = "paused"
    else:
        status = "on"
    lines = [
        "<b>Daily nudges</b>",
        "One small, concrete idea for connection, at a time you choose.",
        "",
        f"Status: <b>{status}</b>",
        f"Time: {clock(local_time)}",
        f"Time zone: {_esc(zone_label(zone_name)) if zone_name else 'not set yet'}",
        f"How often: {FREQUENCY_LABELS[frequency]}",
    ]
    if enabled and next_local is not None:
        lines.append(f"Next nudge: {when(next_local, now_local)}")
    if done_count > 0:
        lines.append(f"Small things done: {done_count}")
    return "\n".join(lines)


def time_set(local_time: time) -> str:
    """Confirmation after a new nudge time."""
    return f"Got it: nudges at {clock(local_time)}."


def zone_set(zone_name: str, now_local: datetime) -> str:
    """Confirmation after a new time zone; the local clock lets the user spot a wrong pick."""
    return (
        f"Time zone set to {_esc(zone_label(zone_name))}. It's {clock(now_local.time())} there now."
    )


def frequency_set(frequency: Frequency) -> str:
    """Confirmation after a new frequency."""
    return f"Got it: {_FREQUENCY_PHRASES[frequency]}."


def turned_on(next_local: datetime, now_local: datetime, local_time: time | None = None) -> str:
    """Confirmation after turning nudges on (or resuming): that they are on, and when."""
    at = f" at {clock(local_time)}" if local_time is not None else ""
    return f"Nudges are on{at}. The next one comes {when(next_local, now_local)}." + (
        " <b>Change time</b> below picks another." if local_time is not None else ""
    )


def zone_from_location(zone_name: str, now_local: datetime) -> str:
    """Confirmation after a shared location set the time zone."""
    return f"From your location: {zone_set(zone_name, now_local)}"


LOCATION_UNKNOWN: Final = (
    "I couldn't tell a time zone from that location. Send a city near you instead, "
    "like <i>Chicago</i> or <i>Berlin</i>."
)


# --- Errors for typed input ---------------------------------------------------------------------


def time_not_understood(text: str) -> str:
    if not text.strip():
        return "Send me a time, like <b>20:30</b> or <b>8:30pm</b>."
    return f"I couldn't read “{_echo(text)}” as a time. Try <b>20:30</b> or <b>8:30pm</b>."


def time_out_of_range(text: str) -> str:
    return f"“{_echo(text)}” isn't on the clock. Try a time like <b>07:15</b> or <b>21:00</b>."


def zone_not_understood(text: str, suggestion: str | None) -> str:
    if not text.strip():
        return ASK_ZONE
    if suggestion:
        return f"I don't know “{_echo(text)}”. Did you mean <b>{_esc(suggestion)}</b>?"
    return (
        f"I don't know the time zone “{_echo(text)}”. Try a big city near you "
        "(<i>Berlin</i>, <i>Toronto</i>), a zone name (<i>Europe/Berlin</i>) "
        "or an offset (<i>UTC+2</i>)."
    )


def zone_abbreviation(text: str, city: str) -> str:
    return (
        f"“{_echo(text)}” can mean more than one place, and it doesn't follow summer time. "
        f"Try a city instead, like <i>{_esc(city)}</i>."
    )


def offset_out_of_range(text: str) -> str:
    return (
        f"“{_echo(text)}” isn't an offset in use. Offsets run from UTC−12 to UTC+14, "
        "in whole hours or :30 and :45."
    )


# --- /listen ------------------------------------------------------------------------------------

LISTEN_CARD: Final = (
    "<b>Listening without fixing</b>\n"
    "When your partner brings you something hard, an ear often helps more than a plan.\n"
    "\n"
    "• <b>Reflect back.</b> Say what you heard in your own words: "
    "<i>“So that meeting left you feeling brushed aside.”</i>\n"
    "• <b>Validate.</b> Their feeling makes sense from where they stand, even if you see it "
    "another way: <i>“No wonder you're worn out.”</i>\n"
    "• <b>Ask.</b> <i>“Do you want ideas, or just an ear right now?”</i>\n"
    "• <b>Hold the advice</b> unless they ask for it. It keeps for later."
)
ASK_REMINDER_TIME: Final = (
    "When is the talk? Send a time like <b>20:30</b>, <b>in 2 hours</b> or <b>tonight 8pm</b>."
)
REMINDER_MESSAGE: Final = (
    "<b>Before you talk</b>\n"
    "Listen first. Say back what you hear, and ask: "
    "<i>“Do you want ideas, or just an ear?”</i>"
)
DAILY_LISTEN_MESSAGE: Final = (
    "<b>Listening today</b>\n"
    "If your partner shares something hard today, try an ear before a plan: "
    "reflect back, and ask what they need."
)
DAILY_LISTEN_OFF: Final = "Daily listening reminder is off."
DAILY_LISTEN_HOW_TO_STOP: Final = "<b>Stop the daily reminder</b> on the card below ends it."
# Shown under a draft flagged as `fixing`; it speaks about the draft, never the person.
FIXING_HINT: Final = (
    "This draft offers a solution. If they may want to be heard first, "
    "/listen has a short card on listening without fixing."
)


def daily_listen_on(local_time: time) -> str:
    return f"Daily listening reminder is on, at {clock(local_time)}."


ASK_DAILY_LISTEN_TIME: Final = (
    "What time suits you for the daily listening reminder? Send it like <b>18:00</b> or <b>6pm</b>."
)


def listen_status(daily_time: time | None) -> str:
    """The line under the /listen card that says what is set."""
    if daily_time is None:
        return "<i>Daily reminder: off.</i>"
    return f"<i>Daily reminder: on, at {clock(daily_time)}.</i>"


def reminder_set(due_local: datetime, now_local: datetime) -> str:
    return f"I'll remind you {when(due_local, now_local)}."


def reminder_not_understood(text: str) -> str:
    if not text.strip():
        return ASK_REMINDER_TIME
    return (
        f"I couldn't read “{_echo(text)}” as a time. Try <b>20:30</b>, "
        "<b>in 2 hours</b>, <b>in 30 min</b> or <b>tonight 8pm</b>."
    )


def reminder_in_past(due_local: datetime) -> str:
    return (
        f"{clock(due_local.time())} has already passed today. "
        "Try a later time, or something like <b>in 30 min</b>."
    )


def reminder_too_far(max_days: int) -> str:
    return f"I can set a reminder up to {max_days} days ahead. Try a sooner time."


# --- Shared formatting --------------------------------------------------------------------------


def clock(t: time) -> str:
    """24-hour wall time, e.g. 08:05."""
    return f"{t.hour:02d}:{t.minute:02d}"


def zone_label(zone_name: str) -> str:
    """A stored zone name as people read it: Europe/Berlin, America/New York, UTC+05:30."""
    return zone_name.replace("_", " ")


def when(target_local: datetime, now_local: datetime) -> str:
    """'today at 20:30', 'tomorrow at 08:00' or 'Tue 15 Jul at 20:30' (both in the user's zone)."""
    days = (target_local.date() - now_local.date()).days
    if days == 0:
        day = "today"
    elif days == 1:
        day = "tomorrow"
    else:
        d = target_local.date()
        day = f"{_WEEKDAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]}"
    return f"{day} at {clock(target_local.time())}"


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _echo(text: str) -> str:
    """The user's own input, trimmed and escaped, for quoting back in an error."""
    text = " ".join(text.split())
    if len(text) > _ECHO_LIMIT:
        text = text[: _ECHO_LIMIT - 1] + "…"
    return _esc(text)
