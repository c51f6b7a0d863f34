"""Initial schema: users, nudges, reminders, draft checks, discreet-mode deletions.

Revision ID: 6204b293abce
Revises:
Create Date: 2026-11-25 19:23:07.427758+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "6204b293abce"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "group_notices",
        sa.Column("chat_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("chat_id", name=op.f("pk_group_notices")),
    )
    op.create_table(
        "processed_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_processed_updates")),
    )
    op.create_index(
        op.f("ix_processed_updates_processed_at"),
        "processed_updates",
        ["processed_at"],
        unique=False,
    )

    op.create_table(
        "users",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("time_zone", sa.String(length=64), server_default="UTC", nullable=False),
        sa.Column("keep_drafts", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("blocked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("discreet_delete_seconds", sa.Integer(), nullable=True),
        sa.Column("therapy_hints", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("last_therapy_hint_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("weekly_summary", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("weekly_summary_weekday", sa.SmallInteger(), server_default="6", nullable=False),
        sa.Column("weekly_summary_time", sa.Time(), server_default="19:00:00", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
    )
    op.create_table(
        "draft_checks",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("update_id", sa.BigInteger(), nullable=True),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.Column("suggestion_taken", sa.SmallInteger(), nullable=True),
        sa.Column(
            "feedback",
            sa.Enum(
                "helpful",
                "not_blaming",
                name="feedback",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=True,
        ),
        sa.Column("draft_text", sa.Text(), nullable=True),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("draft_message_id", sa.BigInteger(), nullable=True),
        sa.Column("reply_message_id", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_draft_checks_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_checks")),
        sa.UniqueConstraint("user_id", "update_id", name=op.f("uq_draft_checks_user_id_update_id")),
    )
    op.create_index(
        "ix_draft_checks_draft", "draft_checks", ["chat_id", "draft_message_id"], unique=False
    )
    op.create_index(
        "ix_draft_checks_reply", "draft_checks", ["chat_id", "reply_message_id"], unique=False
    )
    op.create_index(
        "ix_draft_checks_user_created",
        "draft_checks",
        ["user_id", "created_at", "flagged", "suggestion_taken"],
        unique=False,
    )

    op.create_table(
        "nudge_deliveries",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("nudge_key", sa.String(length=64), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("claim_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("send_started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("skipped", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_nudge_deliveries_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nudge_deliveries")),
        sa.UniqueConstraint(
            "user_id", "local_date", name=op.f("uq_nudge_deliveries_user_id_local_date")
        ),
    )
    op.create_index(
        "ix_nudge_deliveries_pending",
        "nudge_deliveries",
        ["sent_at", "skipped", "due_at"],
        unique=False,
    )
    op.create_index(
        "ix_nudge_deliveries_user_done", "nudge_deliveries", ["user_id", "done_at"], unique=False
    )

    op.create_table(
        "nudge_settings",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("enabled", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("local_time", sa.Time(), server_default="20:00:00", nullable=False),
        sa.Column(
            "frequency",
            sa.Enum(
                "daily",
                "weekdays",
                "three_weekly",
                name="frequency",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            server_default="daily",
            nullable=False,
        ),
        sa.Column("paused_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("next_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("listen_reminder_time", sa.Time(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_nudge_settings_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_nudge_settings")),
    )
    op.create_index(
        op.f("ix_nudge_settings_next_due_at"), "nudge_settings", ["next_due_at"], unique=False
    )

    op.create_table(
        "reminders",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "listen_once",
                "listen_daily",
                "weekly_summary",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("claim_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("skipped", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_reminders_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminders")),
        sa.UniqueConstraint(
            "user_id", "kind", "due_at", name=op.f("uq_reminders_user_id_kind_due_at")
        ),
    )
    op.create_index(
        "ix_reminders_pending", "reminders", ["sent_at", "skipped", "due_at"], unique=False
    )

    op.create_table(
        "scheduled_deletions",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("delete_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("claim_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_scheduled_deletions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scheduled_deletions")),
        sa.UniqueConstraint(
            "chat_id", "message_id", name=op.f("uq_scheduled_deletions_chat_id_message_id")
        ),
    )
    op.create_index(
        op.f("ix_scheduled_deletions_delete_at"), "scheduled_deletions", ["delete_at"], unique=False
    )
    op.create_index(
        op.f("ix_scheduled_deletions_user_id"), "scheduled_deletions", ["user_id"], unique=False
    )

    op.create_table(
        "draft_patterns",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("check_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("phrase", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["check_id"],
            ["draft_checks.id"],
            name=op.f("fk_draft_patterns_check_id_draft_checks"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_draft_patterns_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_patterns")),
    )
    op.create_index(
        op.f("ix_draft_patterns_check_id"), "draft_patterns", ["check_id"], unique=False
    )
    op.create_index(
        "ix_draft_patterns_history",
        "draft_patterns",
        ["user_id", "created_at", "category", "phrase", "check_id"],
        unique=False,
    )

    op.create_table(
        "pending_slots",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("check_id", sa.BigInteger(), nullable=False),
        sa.Column("suggestion_index", sa.SmallInteger(), nullable=False),
        sa.Column("suggestion", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["check_id"],
            ["draft_checks.id"],
            name=op.f("fk_pending_slots_check_id_draft_checks"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_pending_slots_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_pending_slots")),
    )
    op.create_index(op.f("ix_pending_slots_check_id"), "pending_slots", ["check_id"], unique=False)


def downgrade() -> None:
    # Children first; dropping a table drops its indexes and constraints with it.
    op.drop_table("pending_slots")
    op.drop_table("draft_patterns")
    op.drop_table("scheduled_deletions")
    op.drop_table("reminders")
    op.drop_table("nudge_settings")
    op.drop_table("nudge_deliveries")
    op.drop_table("draft_checks")
    op.drop_table("users")
    op.drop_table("processed_updates")
    op.drop_table("group_notices")
