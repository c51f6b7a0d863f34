"""/export as a person reads it: a summary in the bot's own words, and a JSON file with the
same names the bot uses ("always/never", not "absolute") and none of its internal ids.

Built from the repository's export (`repo.export_user`), which takes every personal table from
the schema, so a table added later still reaches the file: known tables get friendly names,
any other one comes under its own name, and every column that is only an id is left out.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any, Final

from bot.history.texts import WEEKDAYS, category_label
from bot.privacy.texts import delay_label

EXPORT_FORMAT: Final = "tend-export/2"
# Columns that only link rows or coordinate workers: meaningless to the person, left out.
_INTERNAL: Final = frozenset(
    {"id", "user_id", "chat_id", "update_id", "claimed_by", "claimed_at", "claim_expires_at"}
    | {"send_started_at", "suggestion_index"}
)
_SECTIONS: Final = {
    "nudge_settings": "daily_nudges",
    "nudge_deliveries": "nudges_sent",
    "nudge_passes": "nudges_passed_on",
    "reminders": "reminders",
    "scheduled_deletions": "discreet_mode_deletions_waiting",
    "pending_slots": "rewrite_waiting_for_your_moment",
    "open_questions": "question_waiting_for_your_answer",
    "pattern_mutes": "not_flagged_for_you",
    "settings_cards": "settings_card_in_the_chat",
}
_REMINDER_KINDS: Final = {
    "listen_once": "listening reminder before a talk",
    "listen_daily": "daily listening reminder",
    "weekly_summary": "weekly summary",
}
_FEEDBACK: Final = {"helpful": "👍 helpful", "not_blaming": "👎 not blaming"}

SUMMARY_TITLE: Final = "<b>What Tend knows about you</b>"
SUMMARY_FOOTER: Final = (
    "The file below holds all of it, item by item, in the same words. /forget deletes it all."
)


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in _INTERNAL and not k.endswith("_id")}


def readable_export(raw: dict[str, Any]) -> dict[str, Any]:
    """The JSON the user downloads: friendly names, labels the bot shows, no internal ids."""
    user = raw.get("user") or {}
    patterns: dict[Any, list[dict[str, Any]]] = {}
    for row in raw.get("draft_patterns", []):
        patterns.setdefault(row.get("check_id"), []).append(
            {"pattern": category_label(str(row["category"])), "words": row["phrase"]}
        )

    def used(row: dict[str, Any]) -> int | None:
        taken = row["suggestion_taken"]
        return None if taken is None else int(taken) + 1  # "rewrite 1 of 3", as shown

    checks = [
        {
            "checked_at": row["created_at"],
            "flagged": row["flagged"],
            "patterns": patterns.get(row["id"], []),
            "your_feedback": _FEEDBACK.get(str(row["feedback"])) if row["feedback"] else None,
            "rewrite_used": None
            if row["suggestion_taken"] is None
            else row["suggestion_taken"] + 1,
            "draft": row["draft_text"],
        }
        for row in raw.get("draft_checks", [])
    ]
    export: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "you": _plain(user),
        "drafts_checked": checks,
    }
    for table, rows in raw.items():
        if table in {"format", "user", "draft_checks", "draft_patterns"}:
            continue
        section = []
        for row in rows:
            plain = _plain(row)
            if "category" in plain:
                plain["category"] = category_label(str(plain["category"]))
            if "kind" in plain and table == "reminders":
                plain["kind"] = _REMINDER_KINDS.get(str(plain["kind"]), plain["kind"])
            section.append(plain)
        export[_SECTIONS.get(table, table)] = section
    return export


def export_summary(raw: dict[str, Any]) -> str:
    """A few lines (Telegram HTML) saying what the export holds, in the bot's own words."""
    user = raw.get("user") or {}
    checks = raw.get("draft_checks", [])
    flagged = sum(1 for c in checks if c["flagged"])
    counts = Counter(category_label(str(p["category"])) for p in raw.get("draft_patterns", []))
    lines = [SUMMARY_TITLE]
    since = str(user.get("created_at", ""))[:10]
    zone = str(user.get("time_zone") or "UTC")
    zone_text = "not chosen yet" if zone == "UTC" else zone.replace("_", " ")
    lines.append(f"• Since {escape(since)}. Time zone: {escape(zone_text)}.")
    lines.append(
        f"• Drafts checked: {len(checks)} — {flagged} flagged, {len(checks) - flagged} clean."
    )
    if counts:
        top = " · ".join(f"{escape(label)} {n}" for label, n in counts.most_common(4))
        lines.append(f"• Patterns noticed: {top}.")
    kept = sum(1 for c in checks if c["draft_text"])
    lines.append(f"• Your drafts themselves: {'kept (' + str(kept) + ')' if kept else 'not kept'}.")
    helpful = sum(1 for c in checks if c["feedback"] == "helpful")
    disagreed = sum(1 for c in checks if c["feedback"] == "not_blaming")
    used = sum(1 for c in checks if c["suggestion_taken"] is not None)
    lines.append(f"• Rewrites used: {used}. 👍 {helpful} · 👎 {disagreed}.")
    muted = [category_label(str(m["category"])) for m in raw.get("pattern_mutes", [])]
    if muted:
        lines.append(f"• Not flagged for you: {escape(', '.join(muted))}.")
    lines.append(_nudges_line(raw))
    if user.get("weekly_summary"):
        day = WEEKDAYS[int(user.get("weekly_summary_weekday", 6))]
        at = str(user.get("weekly_summary_time", ""))[:5]
        lines.append(f"• Weekly summary: {day}s at {escape(at)}.")
    delay = delay_label(user.get("discreet_delete_seconds"))
    waiting = len(raw.get("scheduled_deletions", []))
    lines.append(
        f"• Discreet mode: deletes our messages after {delay} ({waiting} waiting)."
        if delay
        else "• Discreet mode: off."
    )
    return "\n".join([*lines, "", SUMMARY_FOOTER])


def _nudges_line(raw: dict[str, Any]) -> str:
    settings = (raw.get("nudge_settings") or [{}])[0]
    sent = sum(1 for d in raw.get("nudge_deliveries", []) if d.get("sent_at"))
    done = sum(1 for d in raw.get("nudge_deliveries", []) if d.get("done_at"))
    listen = settings.get("listen_reminder_time")
    listen_text = f" Daily listening reminder at {str(listen)[:5]}." if listen else ""
    if not settings.get("enabled"):
        return f"• Daily nudges: off ({sent} sent, {done} done).{listen_text}"
    at = str(settings.get("local_time", ""))[:5]
    return f"• Daily nudges: on, at {escape(at)} ({sent} sent, {done} done).{listen_text}"
