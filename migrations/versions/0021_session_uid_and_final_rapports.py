"""a stable identifier for every session; final rapports and their kept versions

Revision ID: 0021
Revises: 0019

sessions.uid: a uuid that travels with the session in hand-off files, so that the
secretariat importing a corrected session replaces the one it holds instead of
adding a second. Every existing session gets one here.

sessions.final_version: the version of the session's rapport that is final (sent
to the secretariat) and so locked; NULL while it is a draft. sessions.handoff_*:
what the session was last imported from (the file's time and a digest of its
content), so that an older file is noticed and the same file twice does nothing.

rapport_versions: every final version of a session's rapport, kept as it was sent
(the session's exchange document), with its number, time and author.

Only columns are added to sessions (ALTER TABLE ADD COLUMN, no table copy), so
no foreign key can cascade on SQLite.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sessions", sa.Column("uid", sa.String(), nullable=True))
    op.add_column("sessions", sa.Column("final_version", sa.Integer(), nullable=True))
    op.add_column("sessions", sa.Column("handoff_stamp", sa.String(), nullable=True))
    op.add_column("sessions", sa.Column("handoff_digest", sa.String(), nullable=True))
    connection = op.get_bind()
    sessions = sa.table("sessions", sa.column("id", sa.Integer()), sa.column("uid", sa.String()))
    ids = [row[0] for row in connection.execute(sa.select(sessions.c.id))]
    if ids:
        connection.execute(
            sessions.update()
            .where(sessions.c.id == sa.bindparam("row_id"))
            .values(uid=sa.bindparam("new_uid")),
            [{"row_id": i, "new_uid": str(uuid.uuid4())} for i in ids],
        )
    op.create_index(op.f("ix_sessions_uid"), "sessions", ["uid"], unique=True)
    op.create_table(
        "rapport_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("finalized_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(), nullable=False, server_default=""),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"],
            name=op.f("fk_rapport_versions_session_id_sessions"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rapport_versions")),
        sa.UniqueConstraint("session_id", "version", name="uq_rapport_versions_session_version"),
        sqlite_autoincrement=True,
    )  # fmt: skip
    op.create_index(op.f("ix_rapport_versions_session_id"), "rapport_versions", ["session_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_rapport_versions_session_id"), table_name="rapport_versions")
    op.drop_table("rapport_versions")
    op.drop_index(op.f("ix_sessions_uid"), table_name="sessions")
    with op.batch_alter_table("sessions") as batch:
        for column in ("handoff_digest", "handoff_stamp", "final_version", "uid"):
            batch.drop_column(column)
