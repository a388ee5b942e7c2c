"""rich text: existing plain text escaped; document settings per meeting and session

Long text fields now hold the inline markup of rapporteur_app/domain/rich_text.py.
Text stored before this revision was plain: a "*", "[" or "\\" in it, or a line
starting with "- " or "1. ", meant those characters. Each such value is escaped
so that it still reads as exactly what it said. The escape is frozen here (not
imported) so that this revision keeps doing what it did when the module changes.

Revision ID: 0013
Revises: 0012
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_RICH_COLUMNS = (
    ("meetings", "background"),
    ("sessions", "background"),
    ("sessions", "narrative"),
    ("session_items", "text"),
    ("recommendations", "text"),
)
_KINDS_BEFORE = "'opening', 'working-session', 'panel', 'working-group', 'side-event', 'closing'"
_KINDS_NOW = _KINDS_BEFORE + ", 'item'"
_SPECIAL = re.compile(r"[\\*\[\]]")
_LOOKS_LIKE_ITEM = re.compile(r"([-*•]|\d{1,9}[.)])([ \t]|$)")


def _escape_line(line: str) -> str:
    rest = line.lstrip()
    indent = line[: len(line) - len(rest)]
    rest = _SPECIAL.sub(lambda m: "\\" + m.group(0), rest)
    if _LOOKS_LIKE_ITEM.match(rest) is not None:
        if rest[0] in "-•":
            rest = "\\" + rest
        elif rest[0] != "*":
            digits = len(rest) - len(rest.lstrip("0123456789"))
            rest = f"{rest[:digits]}\\{rest[digits:]}"
    return indent + rest


def escape_plain(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(_escape_line(line) for line in lines if line == "" or line.strip())


def upgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("documents", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("documents", sa.Text(), nullable=False, server_default=""))
        # A new kind: an agenda item that is neither a session nor a rapport.
        batch.drop_constraint(op.f("ck_sessions_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_sessions_kind"), f"kind IN ({_KINDS_NOW})")
    connection = op.get_bind()
    for table_name, column_name in _RICH_COLUMNS:
        table = sa.table(table_name, sa.column("id", sa.Integer), sa.column(column_name, sa.Text))
        column = table.c[column_name]
        rows = connection.execute(sa.select(table.c.id, column)).all()
        for row_id, value in rows:
            if value is None:
                continue
            escaped = escape_plain(value)
            if escaped != value:
                connection.execute(
                    sa.update(table).where(table.c.id == row_id).values({column_name: escaped})
                )


def downgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.drop_constraint(op.f("ck_sessions_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_sessions_kind"), f"kind IN ({_KINDS_BEFORE})")
        batch.drop_column("documents")
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("documents")
