"""text without length limits: both engines accept the same values

The first schema gave text columns a length (VARCHAR(500), VARCHAR(1000)...).
SQLite never enforces one, so a title, a name or an addressee longer than that
was taken on SQLite and refused on PostgreSQL with an internal error. The
lengths the program means to keep are checked by the program itself, with a
message, on both engines; the columns hold text of any length. On PostgreSQL
this only relaxes the type (VARCHAR(n) -> VARCHAR, no table rewrite, indexes
kept); SQLite has nothing to change.

Revision ID: 0015
Revises: 0018
"""

from alembic import op
import sqlalchemy as sa


revision = "0015"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    inspector = sa.inspect(bind)
    for table in inspector.get_table_names():
        if table == "alembic_version":
            continue
        for column in inspector.get_columns(table):
            kind = column["type"]
            if isinstance(kind, sa.String) and getattr(kind, "length", None):
                op.execute(
                    sa.text(f'ALTER TABLE "{table}" ALTER COLUMN "{column["name"]}" TYPE VARCHAR')
                )


def downgrade() -> None:
    # Lengths are not put back: a longer value taken since would no longer fit.
    pass
