"""Queries as plain async functions: session first, keyword-only arguments after.

They never open, commit or roll back: the caller owns the transaction
(`async with sessionmaker.begin() as session: …`). Nothing is lazy-loaded; functions that
return ORM objects load what they promise. Use as `from bot.db import repository as repo`.
"""

from bot.db.repository.buckets import (
    CategoryCounts,
    categories_by_bucket,
    checks_by_bucket,
    nudges_done_by_bucket,
    phrases_by_bucket,
)
from bot.db.repository.deletions import (
    ClaimedDeletion,
    claim_due_deletions,
    finish_deletion,
    release_deletion,
    schedule_deletion,
)
from bot.db.repository.draft_checks import (
    PatternLike,
    SlotRequest,
    disputed_checks,
    find_check_by_draft,
    get_check,
    normalize_phrase,
    prune_pending_slots,
    replace_check_result,
    set_feedback,
    set_suggestion_taken,
)
from bot.db.repository.history import (
    CheckCounts,
    LifetimeTotals,
    lifetime_totals,
    nudges_done,
)
from bot.db.repository.nudges import (
    NUDGE_QUEUE,
    ClaimedNudge,
    DueSchedule,
    PastNudge,
    add_nudge_deliveries,
    get_nudge_delivery,
    lock_due_schedules,
    mark_nudge_done,
    recent_nudges,
    set_nudge_key,
)
from bot.db.repository.outbox import (
    Queue,
    claim_sends,
    mark_sent,
    mark_skipped,
    release_send,
    start_sends,
)
from bot.db.repository.privacy import EXPORT_FORMAT, delete_user, export_user, personal_tables
from bot.db.repository.reminders import (
    ClaimedReminder,
    add_reminder,
    cancel_reminders,
    pending_reminders,
    reminder_queue,
)
from bot.db.repository.updates import claim_updates, prune_processed_updates
from bot.db.repository.users import (
    NudgeSettingsValues,
    UserColumns,
    claim_group_notice,
    get_nudge_settings,
    get_or_create_user,
    get_user,
    mark_blocked,
    update_nudge_settings,
    update_user,
)

__all__ = [
    "EXPORT_FORMAT",
    "NUDGE_QUEUE",
    "CategoryCounts",
    "CheckCounts",
    "ClaimedDeletion",
    "ClaimedNudge",
    "ClaimedReminder",
    "DueSchedule",
    "LifetimeTotals",
    "NudgeSettingsValues",
    "PastNudge",
    "PatternLike",
    "Queue",
    "SlotRequest",
    "UserColumns",
    "add_nudge_deliveries",
    "add_reminder",
    "cancel_reminders",
    "categories_by_bucket",
    "checks_by_bucket",
    "claim_due_deletions",
    "claim_group_notice",
    "claim_sends",
    "claim_updates",
    "delete_user",
    "disputed_checks",
    "export_user",
    "find_check_by_draft",
    "finish_deletion",
    "get_check",
    "get_nudge_delivery",
    "get_nudge_settings",
    "get_or_create_user",
    "get_user",
    "lifetime_totals",
    "lock_due_schedules",
    "mark_blocked",
    "mark_nudge_done",
    "mark_sent",
    "mark_skipped",
    "normalize_phrase",
    "nudges_done",
    "nudges_done_by_bucket",
    "pending_reminders",
    "personal_tables",
    "phrases_by_bucket",
    "prune_pending_slots",
    "prune_processed_updates",
    "recent_nudges",
    "release_deletion",
    "release_send",
    "reminder_queue",
    "replace_check_result",
    "schedule_deletion",
    "set_feedback",
    "set_nudge_key",
    "set_suggestion_taken",
    "start_sends",
    "update_nudge_settings",
    "update_user",
]
