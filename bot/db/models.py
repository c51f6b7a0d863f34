"""The schema: what Tend remembers. Every per-user row cascades away with its user (/forget).

Times are instants in UTC (`UTCDateTime`); wall-clock choices the user makes ("20:00") are `Time`
columns read in the user's `time_zone`. No row keeps draft text unless the user opted in.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from bot.db.types import BigIntId, UTCDateTime
from bot.nudges.schedule import Frequency

# Deterministic constraint names, so migrations can name what they alter or drop.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Feedback(enum.StrEnum):
    HELPFUL = "helpful"
    NOT_BLAMING = "not_blaming"


class ReminderKind(enum.StrEnum):
    LISTEN_ONCE = "listen_once"
    LISTEN_DAILY = "listen_daily"
    WEEKLY_SUMMARY = "weekly_summary"


def _enum(cls: type[enum.StrEnum], name: str) -> Enum:
    # VARCHAR + CHECK rather than a native PG enum: adding a value stays a plain migration.
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=16,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
    )


def _owned(**options: Any) -> Any:
    # Children go with their parent through ON DELETE CASCADE in the database, so the ORM
    # never loads them to delete them (passive_deletes), and nothing is ever lazy-loaded.
    return relationship(lazy="raise", passive_deletes=True, cascade="all, delete-orphan", **options)


def _user_fk() -> Mapped[int]:
    return mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC", server_default="UTC")
    keep_drafts: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    blocked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Discreet mode: delete every message of the chat with Tend this many seconds after it;
    # NULL = off.
    discreet_delete_seconds: Mapped[int | None] = mapped_column(Integer)
    therapy_hints: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    last_therapy_hint_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    weekly_summary: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # ISO weekday as Python counts it (Monday 0 … Sunday 6), in the user's time zone.
    weekly_summary_weekday: Mapped[int] = mapped_column(SmallInteger, default=6, server_default="6")
    weekly_summary_time: Mapped[time] = mapped_column(
        Time, default=time(19, 0), server_default="19:00:00"
    )

    nudge_settings: Mapped[NudgeSettings | None] = _owned()
    checks: Mapped[list[DraftCheck]] = _owned()
    nudge_deliveries: Mapped[list[NudgeDelivery]] = _owned()
    nudge_passes: Mapped[list[NudgePass]] = _owned()
    reminders: Mapped[list[Reminder]] = _owned()
    scheduled_deletions: Mapped[list[ScheduledDeletion]] = _owned()
    pending_slot: Mapped[PendingSlot | None] = _owned()
    open_question: Mapped[OpenQuestion | None] = _owned()
    pattern_mutes: Mapped[list[PatternMute]] = _owned()
    settings_cards: Mapped[list[SettingsCard]] = _owned()


class NudgeSettings(Base):
    __tablename__ = "nudge_settings"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    enabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    local_time: Mapped[time] = mapped_column(Time, default=time(20, 0), server_default="20:00:00")
    frequency: Mapped[Frequency] = mapped_column(
        _enum(Frequency, "frequency"), default=Frequency.DAILY, server_default="daily"
    )
    paused_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The dispatcher's scan key; NULL while nudges are off so the index stays small.
    next_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    listen_reminder_time: Mapped[time | None] = mapped_column(Time)


class NudgeDelivery(Base):
    """One nudge for one user on one local day; claimed by a dispatcher before sending."""

    __tablename__ = "nudge_deliveries"
    __table_args__ = (
        UniqueConstraint("user_id", "local_date"),
        # Claim scan: unsent, unskipped, due. Sent rows sort apart, so old history is not read.
        Index("ix_nudge_deliveries_pending", "sent_at", "skipped", "due_at"),
        Index("ix_nudge_deliveries_user_done", "user_id", "done_at"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    user_id: Mapped[int] = _user_fk()
    nudge_key: Mapped[str] = mapped_column(String(64))
    local_date: Mapped[date] = mapped_column(Date)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claim_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Set just before the message goes to Telegram. A claim that expires with this set is
    # never taken over: the nudge may already be on the user's phone, and a missed nudge is
    # kinder than the same one twice.
    send_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    skipped: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class NudgePass(Base):
    """A nudge the user saw and swapped with "Another idea".

    It counts as given on its delivery's day, so it does not come back within the repeat
    window; the delivery itself then stands for the nudge that replaced it.
    """

    __tablename__ = "nudge_passes"
    # Read per user when planning; deleting a delivery (with its user) finds its passes.
    __table_args__ = (Index("ix_nudge_passes_user", "user_id", "delivery_id"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    user_id: Mapped[int] = _user_fk()
    delivery_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("nudge_deliveries.id", ondelete="CASCADE"), index=True
    )
    nudge_key: Mapped[str] = mapped_column(String(64))


class Reminder(Base):
    """A scheduled one-off message: a listen reminder, the daily listen card, a weekly summary.

    Recurring kinds are chained: sending one inserts the next in the same transaction.
    """

    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("user_id", "kind", "due_at"),
        Index("ix_reminders_pending", "sent_at", "skipped", "due_at"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    user_id: Mapped[int] = _user_fk()
    kind: Mapped[ReminderKind] = mapped_column(_enum(ReminderKind, "kind"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claim_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    skipped: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Set just before the send (as for nudges): a claim that dies after this is never taken
    # over, since the message may already be in the chat.
    send_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class DraftCheck(Base):
    """One draft the user asked Tend to check, and what came of it."""

    __tablename__ = "draft_checks"
    __table_args__ = (
        # A redelivered Telegram update must not record the same check twice.
        UniqueConstraint("user_id", "update_id"),
        # Covers what /history reads, so a heavy user's counts never touch the table.
        Index(
            "ix_draft_checks_user_created", "user_id", "created_at", "flagged", "suggestion_taken"
        ),
        Index("ix_draft_checks_reply", "chat_id", "reply_message_id"),
        Index("ix_draft_checks_draft", "chat_id", "draft_message_id"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    user_id: Mapped[int] = _user_fk()
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    update_id: Mapped[int | None] = mapped_column(BigInteger)
    flagged: Mapped[bool] = mapped_column(Boolean)
    suggestion_taken: Mapped[int | None] = mapped_column(SmallInteger)
    feedback: Mapped[Feedback | None] = mapped_column(_enum(Feedback, "feedback"))
    draft_text: Mapped[str | None] = mapped_column(Text)  # only when users.keep_drafts
    chat_id: Mapped[int] = mapped_column(BigInteger)
    draft_message_id: Mapped[int | None] = mapped_column(BigInteger)
    reply_message_id: Mapped[int | None] = mapped_column(BigInteger)

    patterns: Mapped[list[DraftPattern]] = _owned(order_by="DraftPattern.id")


class DraftPattern(Base):
    """A flagged phrase in a check. Only the flagged words are kept, never the draft around them.

    `user_id` and `created_at` repeat the check's so /history aggregates read one covering index
    without a join (checks are immutable in both, so the copies cannot drift).
    """

    __tablename__ = "draft_patterns"
    __table_args__ = (
        Index(
            "ix_draft_patterns_history", "user_id", "created_at", "category", "phrase", "check_id"
        ),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    check_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("draft_checks.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = _user_fk()
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    category: Mapped[str] = mapped_column(String(32))
    phrase: Mapped[str] = mapped_column(String(200))


class PendingSlot(Base):
    """A rewrite waiting for the user to name the concrete moment ("[what happened]").

    The rewrite's text is kept only until the user answers (or the question goes stale):
    the draft itself is not stored, so the rewrite could not be rebuilt later.
    """

    __tablename__ = "pending_slots"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    check_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("draft_checks.id", ondelete="CASCADE"), index=True
    )
    suggestion_index: Mapped[int] = mapped_column(SmallInteger)
    suggestion: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class OpenQuestion(Base):
    """The last question Tend asked a user (a time, a time zone), while it waits for an answer.

    A reply to the question is recognised without it; this row lets a plain message sent
    shortly after ("Chicago", "8:30pm") count as the answer too, and never as a draft.
    """

    __tablename__ = "open_questions"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    question: Mapped[str] = mapped_column(String(32))
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PatternMute(Base):
    """A pattern the user asked Tend to stop flagging for them (after "👎 Not blaming")."""

    __tablename__ = "pattern_mutes"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    category: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SettingsCard(Base):
    """The user's latest settings card of each kind (/nudges, /listen): an older one is
    closed when a new one is sent, so its buttons and status never linger in the chat."""

    __tablename__ = "settings_cards"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    message_id: Mapped[int] = mapped_column(BigInteger)


class ScheduledDeletion(Base):
    """Discreet mode: a message to delete from the chat at `delete_at`; survives restarts."""

    __tablename__ = "scheduled_deletions"
    __table_args__ = (UniqueConstraint("chat_id", "message_id"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    chat_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int] = mapped_column(BigInteger)
    delete_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claim_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ProcessedUpdate(Base):
    """Telegram update ids already handled (no user data: ids only), pruned after a while."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    processed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class HeldUpdate(Base):
    """An update received and not yet answered (bot/telegram/inbox.py): held durably before
    Telegram is told it arrived, deleted once answered, so a crash loses no reply.

    `payload` is the update as Telegram sent it (a draft's text among it): it lives for the
    seconds an answer takes, never longer than `inbox.MAX_HELD` (pruned), and /forget removes
    it with everything else of the user's.
    """

    __tablename__ = "held_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    # Not a foreign key: an update may come from someone who is not a user yet.
    user_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    payload: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    claimed_by: Mapped[str] = mapped_column(String(128))
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Set just before the first message for this update leaves: after a crash the update is
    # not answered again (its reply may be in the chat already).
    send_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class GroupNotice(Base):
    """Groups already told that Tend works in private chats (a group, not a person)."""

    __tablename__ = "group_notices"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)


# Tables that hold no personal data, so /forget has nothing to remove there.
# Held updates are about a user but live only while an answer is under way (seconds): /export
# leaves them out, and /forget deletes them by user id (they have no foreign key to cascade).
NON_PERSONAL_TABLES = frozenset(
    {ProcessedUpdate.__tablename__, GroupNotice.__tablename__, HeldUpdate.__tablename__}
)
