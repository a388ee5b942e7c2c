"""Who may write what, enforced by the PostgreSQL server itself.

A rapporteur's server role may write only the sessions given to it
(``session_grants``); a role marked ``secretariat`` in ``team_members`` (and the
role that owns the tables, and a superuser) may write everything; everyone on
the team reads everything. The server holds to this whatever program sends the
SQL, the program's screens or plain ``psql``:

- **row-level security** on every table of a session's data: a row inserted or
  changed must belong to a session the role may write (``WITH CHECK``), else the
  server refuses it ("new row violates row-level security policy");
- a **guard trigger** before every UPDATE and DELETE of those tables, which checks
  the row as it *was*. (A ``USING`` policy would silently skip another session's
  rows, so a refused change would look like one that did nothing; the trigger
  refuses it aloud, with the same SQLSTATE 42501, "insufficient privilege".)
- table **privileges**: the team's roles may not write ``team_members``,
  ``session_grants`` or ``alembic_version`` at all.

Organizations and speakers belong to the whole meeting (a rapporteur meets a new
delegation while logging): the team may add and change them; only the secretariat
may delete them. A table a later migration adds is covered the next time
``rapporteur-app team setup-roles`` runs: keyed by its ``session_id`` when it has
one, else written by the secretariat alone.

Everything here is SQL on the caller's connection, within its transaction, made
again from nothing each time (idempotent); see docs/team.md for the commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapporteur_app.store.change_notices import PARENT_KEYS

if TYPE_CHECKING:
    from sqlalchemy import Connection

MAY_WRITE = "rapporteur_may_write"
GUARD_PREFIX = "rapporteur_guard_"
GUARD_TRIGGER = "tr_guard_session"
POLICY_PREFIX = "rapporteur_"
# SQLSTATE of "insufficient privilege": the server's own refusal and our trigger's.
REFUSED = "42501"
REFUSAL_MARK = "rapporteur-refused"

TEAM_TABLES = ("team_members", "session_grants", "alembic_version")  # never written by the team
SHARED_TABLES = ("organizations", "speakers")  # the whole meeting's: added to by anyone
SECRETARIAT_TABLES = ("meetings",)


def _key(table: str, columns: set[str], row: str) -> str | None:
    """The session a row of ``table`` belongs to, as SQL; None for the shared tables;
    ``NULL`` (the secretariat's alone) for a table of no session."""
    if table in SHARED_TABLES:
        return None
    if table == "sessions":
        return f"{row}id"
    if "session_id" in columns:
        return f"{row}session_id"
    if table in PARENT_KEYS:
        return PARENT_KEYS[table].format(r=row.rstrip(".") or table)
    return "NULL"


def _tables(connection: Connection) -> dict[str, set[str]]:
    from sqlalchemy import text

    rows = connection.execute(
        text(
            "SELECT c.table_name, c.column_name FROM information_schema.columns c"
            " JOIN information_schema.tables t ON t.table_schema = c.table_schema"
            " AND t.table_name = c.table_name"
            " WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"
        )
    )
    tables: dict[str, set[str]] = {}
    for table, column in rows:
        tables.setdefault(str(table), set()).add(str(column))
    return tables


def _may_write_function(schema: str) -> str:
    # Runs as the caller (not SECURITY DEFINER): current_user is the role asking, and
    # the team may read who may write what. pg_has_role is true for a superuser.
    return (
        f"CREATE OR REPLACE FUNCTION {MAY_WRITE}(target bigint) RETURNS boolean\n"
        "LANGUAGE sql STABLE AS $$\n"
        "  SELECT pg_has_role(current_user,"
        f" (SELECT relowner FROM pg_class WHERE oid = '{schema}.sessions'::regclass), 'USAGE')\n"
        f"    OR EXISTS (SELECT 1 FROM {schema}.team_members m"
        "               WHERE m.role_name = current_user AND m.secretariat)\n"
        "    OR (target IS NOT NULL AND EXISTS (\n"
        f"        SELECT 1 FROM {schema}.session_grants g"
        "         WHERE g.role_name = current_user AND g.session_id = target))\n"
        "$$"
    )


def _guard_statements(table: str, old_key: str, shared: bool) -> list[str]:
    function = f"{GUARD_PREFIX}{table}"
    # A child row whose parent is already gone (a cascade) was decided on with its parent.
    decided = "" if table not in PARENT_KEYS else f"{old_key} IS NOT NULL AND "
    operations = "DELETE" if shared else "UPDATE OR DELETE"
    return [
        f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        f"  IF {decided}NOT {MAY_WRITE}({old_key}) THEN\n"
        f"    RAISE EXCEPTION '{REFUSAL_MARK}: role %% may not change %% of session %%',"
        f" current_user, TG_TABLE_NAME, coalesce(({old_key})::text, '(the meeting)')"
        f" USING ERRCODE = '{REFUSED}';\n"
        "  END IF;\n"
        "  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;\n"
        "  RETURN NEW;\n"
        "END $$",
        f'DROP TRIGGER IF EXISTS {GUARD_TRIGGER} ON "{table}"',
        f'CREATE TRIGGER {GUARD_TRIGGER} BEFORE {operations} ON "{table}"'
        f" FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]


def _policies(table: str, new_key: str | None) -> list[str]:
    check = "true" if new_key is None else f"{MAY_WRITE}({new_key})"
    return [
        f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY',
        f'CREATE POLICY {POLICY_PREFIX}read ON "{table}" FOR SELECT USING (true)',
        f'CREATE POLICY {POLICY_PREFIX}insert ON "{table}" FOR INSERT WITH CHECK ({check})',
        f'CREATE POLICY {POLICY_PREFIX}update ON "{table}" FOR UPDATE USING (true)'
        f" WITH CHECK ({check})",
        f'CREATE POLICY {POLICY_PREFIX}delete ON "{table}" FOR DELETE USING (true)',
    ]


def _drop_policies(connection: Connection, table: str) -> None:
    from sqlalchemy import text

    names = connection.execute(
        text(
            "SELECT policyname FROM pg_policies WHERE schemaname = current_schema()"
            " AND tablename = :table AND policyname LIKE :prefix"
        ),
        {"table": table, "prefix": f"{POLICY_PREFIX}%"},
    ).scalars()
    for name in list(names):
        connection.exec_driver_sql(f'DROP POLICY "{name}" ON "{table}"')


def install(connection: Connection) -> list[str]:
    """Switch row security on for every table of the schema (again); the tables guarded."""
    schema = str(connection.exec_driver_sql("SELECT current_schema()").scalar())
    connection.exec_driver_sql(_may_write_function(schema))
    guarded = []
    for table, columns in sorted(_tables(connection).items()):
        if table in TEAM_TABLES:
            continue
        shared = table in SHARED_TABLES
        new_key = _key(table, columns, "")
        old_key = "NULL" if shared else _key(table, columns, "OLD.")
        _drop_policies(connection, table)
        for statement in _policies(table, new_key):
            connection.exec_driver_sql(statement)
        for statement in _guard_statements(table, old_key or "NULL", shared):
            connection.exec_driver_sql(statement)
        guarded.append(table)
    return guarded


def grant_team_role(connection: Connection, role: str) -> None:
    """Let ``role`` read everything and write the tables row security guards."""
    schema = connection.exec_driver_sql("SELECT current_schema()").scalar()
    database = connection.exec_driver_sql("SELECT current_database()").scalar()
    quote = connection.dialect.identifier_preparer.quote
    who, where = quote(role), quote(str(schema))
    for statement in (
        f"GRANT CONNECT ON DATABASE {quote(str(database))} TO {who}",
        f"GRANT USAGE ON SCHEMA {where} TO {who}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {where} TO {who}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {where} TO {who}",
        "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "
        + ", ".join(f"{where}.{quote(t)}" for t in TEAM_TABLES)
        + f" FROM {who}",
    ):
        connection.exec_driver_sql(statement)


def revoke_team_role(connection: Connection, role: str) -> None:
    schema = connection.exec_driver_sql("SELECT current_schema()").scalar()
    quote = connection.dialect.identifier_preparer.quote
    who, where = quote(role), quote(str(schema))
    connection.exec_driver_sql(
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA {where} FROM {who}"
    )


def installed(connection: Connection) -> bool:
    from sqlalchemy import text

    found = connection.execute(
        text("SELECT relrowsecurity FROM pg_class WHERE oid = 'statements'::regclass")
    ).scalar()
    return bool(found)
