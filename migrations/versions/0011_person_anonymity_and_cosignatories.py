"""not being named belongs to the person; joint statements' co-signatories

Revision ID: 0011
Revises: 0015

speakers.not_named and speakers.anonymous_description: a person who asked not
to be named is not named in any of her statements of the meeting. Statements
already marked keep their own flag; their speakers are marked from them, so
that the next statement of the same person is not named either.

statement_cosignatories and queue_cosignatories: the organizations on whose
behalf, beside the lead, a joint statement is delivered.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("speakers") as batch:
        batch.add_column(
            sa.Column("not_named", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column(
                "anonymous_description", sa.String(), nullable=False, server_default=""
            )
        )
    # Whoever asked not to be named in a statement asked it for the meeting.
    # TRUE is understood by SQLite (3.23 and later) and PostgreSQL alike.
    op.execute(
        "UPDATE speakers SET not_named = TRUE, anonymous_description = COALESCE(("
        " SELECT s.anonymous_description FROM statements s"
        " WHERE s.speaker_id = speakers.id AND s.anonymous AND s.anonymous_description <> ''"
        " ORDER BY s.id DESC LIMIT 1), '')"
        " WHERE id IN ("
        " SELECT speaker_id FROM statements WHERE anonymous AND speaker_id IS NOT NULL)"
    )
    for table, parent, column in (
        ("statement_cosignatories", "statements", "statement_id"),
        ("queue_cosignatories", "queue_entries", "queue_entry_id"),
    ):
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column(column, sa.Integer(), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column("organization_id", sa.Integer(), nullable=True),
            sa.Column("name", sa.String(), nullable=False),
            sa.ForeignKeyConstraint(
                [column], [f"{parent}.id"], name=op.f(f"fk_{table}_{column}_{parent}"),
                ondelete="CASCADE",
            ),
            sa.ForeignKeyConstraint(
                ["organization_id"], ["organizations.id"],
                name=op.f(f"fk_{table}_organization_id_organizations"), ondelete="SET NULL",
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
            # Ids never given twice, as every table since 0018.
            sqlite_autoincrement=True,
        )  # fmt: skip
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])
        op.create_index(op.f(f"ix_{table}_organization_id"), table, ["organization_id"])


def downgrade() -> None:
    for table, column in (
        ("queue_cosignatories", "queue_entry_id"),
        ("statement_cosignatories", "statement_id"),
    ):
        op.drop_index(op.f(f"ix_{table}_organization_id"), table_name=table)
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
        op.drop_table(table)
    with op.batch_alter_table("speakers") as batch:
        batch.drop_column("anonymous_description")
        batch.drop_column("not_named")
