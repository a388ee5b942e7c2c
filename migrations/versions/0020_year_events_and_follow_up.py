"""the year: kinds of events, recommendations' follow-up and links, annual reports

Revision ID: 0020
Revises: 0021

meetings.kind: every meeting so far is a meeting with an agenda of sessions, so
existing rows read "meeting" (the server default fills them); a workshop or a
country visit is a row of the same table with no sessions. The kind is added
with a plain ADD COLUMN: no constraint, so SQLite does not copy the table every
session hangs from.

recommendation_followups, recommendation_notes, recommendation_links: a
recommendation's follow-up state and office, its dated notes, and the link to
the same recommendation heard at an earlier meeting (confirmed or refused by a
person). Tables of their own: the recommendations a rapport reports are not
touched. annual_reports: an office's report of one year (header and sections).
ix_statements_session_organization: the statistics of a year read who spoke how
often from it alone.
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0021"
branch_labels = None
depends_on = None


def _recommendation_key(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["recommendations.id"],
        name=op.f(f"fk_{table}_{column}_recommendations"), ondelete="CASCADE",
    )  # fmt: skip


def upgrade() -> None:
    # Who spoke how often across meetings, from the index alone (services/year.py).
    op.create_index(
        "ix_statements_session_organization", "statements",
        ["session_id", "organization_id", "kind", "category", "anonymous"],
    )  # fmt: skip
    op.add_column(
        "meetings", sa.Column("kind", sa.String(), nullable=False, server_default="meeting")
    )
    op.create_table(
        "recommendation_followups",
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(), nullable=False, server_default="open"),
        sa.Column("office", sa.String(), nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _recommendation_key("recommendation_followups", "recommendation_id"),
        sa.PrimaryKeyConstraint("recommendation_id", name=op.f("pk_recommendation_followups")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "recommendation_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _recommendation_key("recommendation_notes", "recommendation_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_notes")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_recommendation_notes_recommendation_id"),
        "recommendation_notes", ["recommendation_id"],
    )  # fmt: skip
    op.create_table(
        "recommendation_links",
        sa.Column("later_id", sa.Integer(), nullable=False),
        sa.Column("earlier_id", sa.Integer(), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        _recommendation_key("recommendation_links", "later_id"),
        _recommendation_key("recommendation_links", "earlier_id"),
        sa.PrimaryKeyConstraint("later_id", "earlier_id", name=op.f("pk_recommendation_links")),
    )
    op.create_index(
        op.f("ix_recommendation_links_earlier_id"), "recommendation_links", ["earlier_id"]
    )
    op.create_table(
        "annual_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annual_reports")),
        sa.UniqueConstraint("year", name=op.f("uq_annual_reports_year")),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_index("ix_statements_session_organization", table_name="statements")
    op.drop_table("annual_reports")
    op.drop_index(op.f("ix_recommendation_links_earlier_id"), table_name="recommendation_links")
    op.drop_table("recommendation_links")
    op.drop_index(
        op.f("ix_recommendation_notes_recommendation_id"), table_name="recommendation_notes"
    )
    op.drop_table("recommendation_notes")
    op.drop_table("recommendation_followups")
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("kind")
