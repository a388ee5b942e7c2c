"""ids never reused: AUTOINCREMENT on every SQLite table with an integer id

Without AUTOINCREMENT, SQLite gives a new row the highest id + 1, so the id of a
deleted statement is handed to the next one logged (in another window, say), and
the deletion can no longer be undone under its old id. With it, SQLite keeps the
highest id ever given in sqlite_sequence. The tables are re-created by copying
(batch mode, foreign keys off: see store/migrate.py), every row kept as it is;
copying the rows in sets sqlite_sequence to the highest id there. PostgreSQL's
sequences never give an id twice: nothing to do there.

Revision ID: 0018
Revises: 0013
"""

from alembic import op
import sqlalchemy as sa


revision = "0018"
down_revision = "0013"
branch_labels = None
depends_on = None


def _tables_with_integer_ids() -> list[str]:
    inspector = sa.inspect(op.get_bind())
    found = []
    for name in inspector.get_table_names():
        if name == "alembic_version" or name.startswith("sqlite_"):
            continue
        key = inspector.get_pk_constraint(name).get("constrained_columns") or []
        columns = {c["name"]: c for c in inspector.get_columns(name)}
        if key == ["id"] and isinstance(columns["id"]["type"], sa.Integer):
            found.append(name)
    return sorted(found)


def _recreate(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in _tables_with_integer_ids():
        with op.batch_alter_table(
            name, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
        ):
            pass


def upgrade() -> None:
    _recreate(True)


def downgrade() -> None:
    _recreate(False)
