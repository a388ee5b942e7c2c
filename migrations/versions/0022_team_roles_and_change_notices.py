"""team roles and session grants; change notices on a PostgreSQL server

``team_members`` and ``session_grants`` say which server role may write which
session; the server enforces them once ``rapporteur-app team setup-roles`` has
switched row security on (store/row_security.py). On PostgreSQL every table gets a
trigger that announces each committed change with NOTIFY, so that other people's
windows follow (store/change_notices.py). SQLite has only the two tables, unused.

Revision ID: 0022
Revises: 0023
"""

from alembic import op
import sqlalchemy as sa

from rapporteur_app.store import change_notices


revision = "0022"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_members",
        sa.Column("role_name", sa.String(), nullable=False),
        sa.Column("secretariat", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.PrimaryKeyConstraint("role_name", name=op.f("pk_team_members")),
    )
    op.create_table(
        "session_grants",
        sa.Column("role_name", sa.String(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["role_name"], ["team_members.role_name"],
            name=op.f("fk_session_grants_role_name_team_members"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"],
            name=op.f("fk_session_grants_session_id_sessions"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("role_name", "session_id", name=op.f("pk_session_grants")),
    )
    op.create_index(
        op.f("ix_session_grants_session_id"), "session_grants", ["session_id"], unique=False
    )
    change_notices.ensure(op.get_bind())


def downgrade() -> None:
    change_notices.remove(op.get_bind())
    op.drop_index(op.f("ix_session_grants_session_id"), table_name="session_grants")
    op.drop_table("session_grants")
    op.drop_table("team_members")
