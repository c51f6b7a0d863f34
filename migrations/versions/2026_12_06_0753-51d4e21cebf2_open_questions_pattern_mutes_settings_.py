"""Open questions (a plain answer counts), pattern mutes (👎 Not blaming), settings cards.

Revision ID: 51d4e21cebf2
Revises: 7f65dea332b0
Create Date: 2026-12-06 07:53:48.341177+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "51d4e21cebf2"
down_revision: str | Sequence[str] | None = "7f65dea332b0"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "open_questions",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("question", sa.String(length=32), nullable=False),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_open_questions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_open_questions")),
    )
    op.create_table(
        "pattern_mutes",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_pattern_mutes_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "category", name=op.f("pk_pattern_mutes")),
    )
    op.create_table(
        "settings_cards",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_settings_cards_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "kind", name=op.f("pk_settings_cards")),
    )


def downgrade() -> None:
    op.drop_table("settings_cards")
    op.drop_table("pattern_mutes")
    op.drop_table("open_questions")
