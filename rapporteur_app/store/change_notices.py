"""On a PostgreSQL server, every committed change is announced: ``NOTIFY`` on one channel.

Windows of other people (another laptop, the command line, any program writing
plain SQL) learn that something changed from the server itself, not from the
program that wrote it: a trigger on every table of the schema calls
``pg_notify(CHANNEL, session id)`` for each row written. The server delivers the
notice only when the transaction commits, and once per transaction for the same
session (PostgreSQL folds identical notices of one transaction), so a bulk load of
a thousand statements of one session is one notice. ``0`` means "not one session"
(an organization, a meeting, a speaker).

The triggers are made by migration 0022 and put back by :func:`ensure` after every
upgrade, so that a table a later migration adds is announced too without a
migration of its own. SQLite needs none of this: ``PRAGMA data_version`` tells
(``services/changes.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

CHANNEL = "rapporteur_changes"
TRIGGER = "tr_notify_change"
_FUNCTION_PREFIX = "rapporteur_notify_"
SKIPPED = frozenset({"alembic_version"})
# Tables whose rows belong to a session through their parent row (no session_id).
PARENT_KEYS = {
    "statement_cosignatories": "(SELECT session_id FROM statements WHERE id = {r}.statement_id)",
    "queue_cosignatories": "(SELECT session_id FROM queue_entries WHERE id = {r}.queue_entry_id)",
    "recommendation_sources": (
        "(SELECT session_id FROM recommendations WHERE id = {r}.recommendation_id)"
    ),
}


def session_key(table: str, columns: set[str], row: str) -> str:
    """The SQL expression for the session a row of ``table`` belongs to (NULL if none)."""
    if table == "sessions":
        return f"{row}.id"
    if "session_id" in columns:
        return f"{row}.session_id"
    if table in PARENT_KEYS:
        return PARENT_KEYS[table].format(r=row)
    return "NULL"


def _tables(connection: Connection) -> dict[str, set[str]]:
    from sqlalchemy import text

    rows = connection.execute(
        text(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema()"
        )
    )
    tables: dict[str, set[str]] = {}
    for table, column in rows:
        if table not in SKIPPED:
            tables.setdefault(str(table), set()).add(str(column))
    return tables


def _statements(table: str, columns: set[str]) -> list[str]:
    function = f"{_FUNCTION_PREFIX}{table}"
    new, old = session_key(table, columns, "NEW"), session_key(table, columns, "OLD")
    # On a DELETE, the parent row (a statement of a cosignatory) may already be gone
    # in a cascade: the notice then says 0, "look again at everything".
    return [
        f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger AS $$\n"
        "BEGIN\n"
        "  IF TG_OP = 'DELETE' THEN\n"
        f"    PERFORM pg_notify('{CHANNEL}', coalesce({old}, 0)::text);\n"
        "  ELSE\n"
        f"    PERFORM pg_notify('{CHANNEL}', coalesce({new}, 0)::text);\n"
        "  END IF;\n"
        "  RETURN NULL;\n"
        "END $$ LANGUAGE plpgsql",
        f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{table}"',
        f'CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON "{table}"'
        f" FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]


def missing(connection: Connection) -> list[str]:
    """The tables of the schema that do not announce their changes yet."""
    from sqlalchemy import text

    announced = {
        str(name)
        for (name,) in connection.execute(
            text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                " JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE t.tgname = :name AND n.nspname = current_schema()"
            ),
            {"name": TRIGGER},
        )
    }
    return sorted(set(_tables(connection)) - announced)


def ensure(connection: Connection) -> list[str]:
    """Make the announcing trigger on every table that lacks one (PostgreSQL only);
    the tables it was made on."""
    if connection.dialect.name != "postgresql":
        return []
    tables = _tables(connection)
    made = missing(connection)
    for table in made:
        for statement in _statements(table, tables[table]):
            connection.exec_driver_sql(statement)
    return made


def remove(connection: Connection) -> None:
    """Drop every announcing trigger and its function (the migration's downgrade)."""
    if connection.dialect.name != "postgresql":
        return
    for table in _tables(connection):
        connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{table}"')
        connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {_FUNCTION_PREFIX}{table}()")
