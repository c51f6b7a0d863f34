"""Held updates: received and not yet answered, so a crash loses no reply (bot/telegram/inbox.py);
reminders get "send started" (bot/outbox.py), as nudges have.

Revision ID: d713660d51eb
Revises: 51d4e21cebf2
Create Date: 2026-12-06 07:56:41.241632+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "d713660d51eb"
down_revision: str | Sequence[str] | None = "51d4e21cebf2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "held_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_by", sa.String(length=128), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("send_started_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_held_updates")),
    )
    with op.batch_alter_table("held_updates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_held_updates_received_at"), ["received_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_held_updates_user_id"), ["user_id"], unique=False)
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("send_started_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.drop_column("send_started_at")
    with op.batch_alter_table("held_updates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_held_updates_user_id"))
        batch_op.drop_index(batch_op.f("ix_held_updates_received_at"))

    op.drop_table("held_updates")
