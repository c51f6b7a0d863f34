"""Nudge passes: nudges a user swapped with "Another idea" count as given (no repeat soon).

Revision ID: 7f65dea332b0
Revises: 6204b293abce
Create Date: 2026-11-25 22:29:01.493925+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "7f65dea332b0"
down_revision: str | Sequence[str] | None = "6204b293abce"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "nudge_passes",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("delivery_id", sa.BigInteger(), nullable=False),
        sa.Column("nudge_key", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["nudge_deliveries.id"],
            name=op.f("fk_nudge_passes_delivery_id_nudge_deliveries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_nudge_passes_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nudge_passes")),
    )
    with op.batch_alter_table("nudge_passes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_nudge_passes_delivery_id"), ["delivery_id"], unique=False
        )
        batch_op.create_index("ix_nudge_passes_user", ["user_id", "delivery_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("nudge_passes", schema=None) as batch_op:
        batch_op.drop_index("ix_nudge_passes_user")
        batch_op.drop_index(batch_op.f("ix_nudge_passes_delivery_id"))

    op.drop_table("nudge_passes")
