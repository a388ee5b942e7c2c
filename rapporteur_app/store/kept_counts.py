"""The counts kept beside the statements: one row per session in ``session_tallies``.

Logging a statement must cost the same in the 10th and the 100,000th statement
of a session, and the meeting's tally must not group a million rows. So the
database keeps, per session, how many rows were logged (any kind: the basis of
a statement's number) and the six counts of the tally rule. Triggers keep them
in the same transaction as every insert, delete and change of a statement's
session, kind or category, whatever wrote it: a service, the exchange loader,
a cascade from a deleted session, or plain SQL. Only the kind ``statement``
counts in its category and only ``right-of-reply`` as a reply, so a kind that
is logged but never counted adds to ``logged`` alone.

Alembic's batch mode on SQLite copies a table to change it and drops the old
one with its triggers; :func:`ensure` runs after every upgrade and puts the
triggers and the counts back when they are missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line's quick read uses COUNTED without SQLAlchemy
    from sqlalchemy import Connection

TABLE = "session_tallies"

# column of session_tallies -> the condition under which a statement row adds 1 to it
COUNTED: dict[str, str] = {
    "logged": "1 = 1",
    "delegations": "{r}.kind = 'statement' AND {r}.category = 'delegation'",
    "civil_society": "{r}.kind = 'statement' AND {r}.category = 'civil-society'",
    "osce_institutions": "{r}.kind = 'statement' AND {r}.category = 'osce-institution'",
    "international_organizations": (
        "{r}.kind = 'statement' AND {r}.category = 'international-organization'"
    ),
    "media": "{r}.kind = 'statement' AND {r}.category = 'media'",
    "rights_of_reply": "{r}.kind = 'right-of-reply'",
}

_SQLITE_TRIGGERS = ("tr_statements_count_insert", "tr_statements_count_delete",
                    "tr_statements_count_update")  # fmt: skip
_PG_FUNCTION = "rapporteur_count_statements"
_PG_TRIGGER = "tr_statements_count"


def _change(row: str, sign: str) -> str:
    """UPDATE of the row's session by +1 or -1 in each count the row falls in."""
    sets = ",\n    ".join(
        f"{column} = {column} {sign} CASE WHEN {condition.format(r=row)} THEN 1 ELSE 0 END"
        for column, condition in COUNTED.items()
    )
    return f"UPDATE {TABLE} SET\n    {sets}\n    WHERE session_id = {row}.session_id;"


def _sqlite_statements() -> list[str]:
    make_row = f"INSERT OR IGNORE INTO {TABLE} (session_id) VALUES (NEW.session_id);"
    insert, delete, update = _SQLITE_TRIGGERS
    return [
        f"CREATE TRIGGER {insert} AFTER INSERT ON statements BEGIN\n"
        f"  {make_row}\n  {_change('NEW', '+')}\nEND",
        f"CREATE TRIGGER {delete} AFTER DELETE ON statements BEGIN\n  {_change('OLD', '-')}\nEND",
        f"CREATE TRIGGER {update} AFTER UPDATE OF session_id, kind, category ON statements\n"
        f"BEGIN\n  {_change('OLD', '-')}\n  {make_row}\n  {_change('NEW', '+')}\nEND",
    ]


def _postgresql_statements() -> list[str]:
    make_row = f"INSERT INTO {TABLE} (session_id) VALUES (NEW.session_id) ON CONFLICT DO NOTHING;"
    return [
        f"CREATE OR REPLACE FUNCTION {_PG_FUNCTION}() RETURNS trigger AS $$\n"
        "BEGIN\n"
        "  IF TG_OP IN ('UPDATE', 'DELETE') THEN\n"
        f"    {_change('OLD', '-')}\n"
        "  END IF;\n"
        "  IF TG_OP IN ('INSERT', 'UPDATE') THEN\n"
        f"    {make_row}\n"
        f"    {_change('NEW', '+')}\n"
        "  END IF;\n"
        "  RETURN NULL;\n"
        "END $$ LANGUAGE plpgsql",
        f"DROP TRIGGER IF EXISTS {_PG_TRIGGER} ON statements",
        f"CREATE TRIGGER {_PG_TRIGGER} AFTER INSERT OR DELETE OR UPDATE OF session_id, kind,"
        f" category ON statements FOR EACH ROW EXECUTE FUNCTION {_PG_FUNCTION}()",
    ]


def install_triggers(connection: Connection) -> None:
    """(Re)create the triggers that keep the counts (the counts themselves: :func:`recount`)."""
    if connection.dialect.name == "sqlite":
        for name in _SQLITE_TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        statements = _sqlite_statements()
    else:
        statements = _postgresql_statements()
    for statement in statements:
        connection.exec_driver_sql(statement)


def recount(connection: Connection) -> None:
    """Count every session again from its statements (after a migration or a repair)."""
    from sqlalchemy import text

    columns = ", ".join(COUNTED)
    sums = ", ".join(
        f"SUM(CASE WHEN {condition.format(r='statements')} THEN 1 ELSE 0 END)"
        for condition in COUNTED.values()
    )
    connection.execute(text(f"DELETE FROM {TABLE}"))
    connection.execute(
        text(
            f"INSERT INTO {TABLE} (session_id, {columns}) "
            f"SELECT session_id, {sums} FROM statements GROUP BY session_id"
        )
    )


def triggers_present(connection: Connection) -> bool:
    from sqlalchemy import text

    if connection.dialect.name == "sqlite":
        found = {
            name
            for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'statements'"
            )
        }
        return found >= set(_SQLITE_TRIGGERS)
    found_pg = connection.execute(
        text("SELECT 1 FROM pg_trigger WHERE tgname = :name AND NOT tgisinternal"),
        {"name": _PG_TRIGGER},
    ).first()
    return found_pg is not None


def ensure(connection: Connection) -> bool:
    """Put the triggers back and count again if a migration dropped them; True if it did."""
    if triggers_present(connection):
        return False
    install_triggers(connection)
    recount(connection)
    return True


def insert_trigger() -> tuple[str, str]:
    """(name, CREATE statement) of the SQLite trigger that counts a new statement."""
    return _SQLITE_TRIGGERS[0], _sqlite_statements()[0]


def count_range_sql() -> tuple[str, str]:
    """Two statements (parameters: the first and last id, twice for the second) that
    add the statements of an id range to their sessions' counts, as the insert
    trigger would have added them one by one."""
    make_rows = (
        f"INSERT OR IGNORE INTO {TABLE} (session_id)"
        " SELECT DISTINCT session_id FROM statements WHERE id BETWEEN ? AND ?"
    )
    sums = ", ".join(
        f"SUM(CASE WHEN {condition.format(r='statements')} THEN 1 ELSE 0 END) AS {column}"
        for column, condition in COUNTED.items()
    )
    sets = ", ".join(f"{column} = {TABLE}.{column} + added.{column}" for column in COUNTED)
    add = (
        f"UPDATE {TABLE} SET {sets} FROM (SELECT session_id, {sums} FROM statements"
        " WHERE id BETWEEN ? AND ? GROUP BY session_id) AS added"
        f" WHERE {TABLE}.session_id = added.session_id"
    )
    return make_rows, add
