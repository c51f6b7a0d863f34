"""Every user-facing word the Mini App's server writes (the page's own words are in
static/index.html): the open buttons, the chart's spoken labels, the API's messages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from bot.history.texts import count_of, long_date, short_date

if TYPE_CHECKING:
    from bot.miniapp.history import WeekDetail

BUTTON_OPEN_HISTORY: Final = "📊 Open"
BUTTON_OPEN_SETTINGS: Final = "⚙️ Open"

CHART_LABEL: Final = "Drafts checked and flagged, week by week. Choose a week for its details."
NOT_SIGNED_IN: Final = "This page only opens from Tend in Telegram."
NOT_READY: Final = "Tend is starting. Try again in a moment."
BAD_REQUEST: Final = "That didn't work. Close the page and open it again from the chat."
ZONE_FIRST: Final = "Pick your time zone first, so nudges arrive at your time."
EXPORT_SENT: Final = "Sent to your chat with Tend."
EXPORT_NOTHING: Final = "Tend holds nothing about you, so there's nothing to export."
FORGOTTEN: Final = "Done — everything Tend held about you is deleted."
FORGOTTEN_MESSAGES_LEFT: Final = (
    "Done — everything Tend held about you is deleted. Our messages in the chat couldn't be "
    "removed just now: you can delete the chat in Telegram."
)


def week_label(week: WeekDetail) -> str:
    """What a screen reader says for a week's bar."""
    when = f"Week of {short_date(week.start)}"
    if not week.checked:
        return f"{when}: no drafts checked"
    share = round(100 * week.flagged / week.checked)
    return f"{when}: {count_of(week.checked, 'draft')} checked, {week.flagged} flagged ({share}%)"


def week_title(week: WeekDetail) -> str:
    """The heading of a week's details."""
    return f"Week of {long_date(week.start)}"
