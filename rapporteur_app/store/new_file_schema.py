"""A new SQLite file made at the schema's head by one script, not by every migration.

Running the whole migration chain on an empty file costs about a second (Alembic
imported, two dozen revisions, batch copies of tables on SQLite) and is paid by
every new database: the rapporteur's first start, each new team file, each test.
The script (``migrations/head_schema.sql``, beside the migrations that define it)
is what the chain makes, written out by :func:`schema_script`; the file it makes is
the same, statement for statement and row for row (tests/store/test_new_file_schema.py
builds both and compares them). It names its revision: a script left behind by a
new migration is not used (the chain runs as before) and that test fails, saying
to run ``tools/make_head_schema.py``.

A file already holding a schema, and every PostgreSQL server, go through the
migrations as before.
"""

import logging
import re
import sqlite3
from importlib.resources import files

log = logging.getLogger(__name__)
SCRIPT_NAME = "head_schema.sql"
_REVISION_LINE = re.compile(r"^-- revision: (\S+)$", re.M)
# Rows a new file holds: the revision, and the counters AUTOINCREMENT tables start from.
_TABLES_WITH_ROWS = ("alembic_version", "sqlite_sequence")


def script_text() -> str | None:
    """The shipped script, or None if it is missing (the migrations are then used)."""
    try:
        return (files("rapporteur_app.migrations") / SCRIPT_NAME).read_text("utf-8")
    except FileNotFoundError:
        return None


def script_revision(script: str) -> str | None:
    """The revision the script makes (its ``-- revision:`` line)."""
    found = _REVISION_LINE.search(script)
    return found.group(1) if found else None


def create_at_head(driver: sqlite3.Connection, head: str) -> bool:
    """Make the empty file behind ``driver`` the schema at ``head`` in one transaction;
    False (nothing done) when the shipped script is missing, makes another revision or
    fails (then rolled back whole)."""
    script = script_text()
    if script is None or script_revision(script) != head:
        return False
    try:
        driver.executescript(script)
    except sqlite3.Error as error:
        # A damaged install: nothing of it stays, and the migrations make the file.
        if driver.in_transaction:
            driver.rollback()
        log.warning("the head schema's script failed (%s); running the migrations", error)
        return False
    except BaseException:
        if driver.in_transaction:
            driver.rollback()
        raise
    return True


def schema_script(driver: sqlite3.Connection, revision: str) -> str:
    """The script that makes the schema of the file behind ``driver``: its tables,
    views, indexes and triggers (as SQLite keeps their text) and the rows of
    ``alembic_version`` and ``sqlite_sequence``, in one ``BEGIN IMMEDIATE`` transaction."""
    shadow = {
        name
        for _schema, name, kind, *_rest in driver.execute("PRAGMA main.table_list")
        if kind == "shadow"
    }
    entries = driver.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        " AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()
    lines = [
        f"-- The schema at revision {revision}, as the migrations make it on an empty file.",
        "-- Written by tools/make_head_schema.py: do not edit (run it after a new migration).",
        f"-- revision: {revision}",
        "BEGIN IMMEDIATE;",
    ]
    for kind in ("table", "view", "index", "trigger"):
        made = [(name, sql) for what, name, sql in entries if what == kind and name not in shadow]
        if kind == "trigger":
            # By name: the chain's batch copies make them in an order that changes from
            # run to run, and none depends on another.
            made.sort()
        elif kind == "index":
            # By name too, but the partial indexes last, as the chain always leaves
            # them: with no statistics, SQLite breaks a tie between two indexes on the
            # same column by taking the one made last, and "who has the floor" must
            # take ix_statements_on_floor, not read the session's every statement
            # (tests/ui/test_cost_per_key.py).
            made.sort(key=lambda entry: (" WHERE " in entry[1], entry[0]))
        lines += [f"{_constraints_in_order(sql)};" for _name, sql in made]
    for table in _TABLES_WITH_ROWS:
        exists = driver.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        if exists is None:
            continue
        for row in driver.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
            values = ", ".join(_literal(value) for value in row)
            lines.append(f'INSERT INTO "{table}" VALUES ({values});')
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"


def _constraints_in_order(sql: str) -> str:
    """A table's named constraints in the order of their text. Alembic's batch copy of
    a table on SQLite writes them in an order that changes from run to run (it comes
    from a set); SQLite gives the order no meaning, so the script is the same whatever
    run of the chain it was written from."""
    head, opening, rest = sql.partition(" (\n")
    if not head.startswith("CREATE TABLE") or not opening or "\n)" not in rest:
        return sql
    body, closing = rest.rsplit("\n)", 1)
    items = body.split(", \n")
    named = [item.lstrip().startswith("CONSTRAINT ") for item in items]
    first = named.index(True) if True in named else len(items)
    if not all(named[first:]):
        return sql  # a column after a constraint: not the text SQLAlchemy writes
    ordered = items[:first] + sorted(items[first:])
    return head + opening + ", \n".join(ordered) + "\n)" + closing


def _literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"a new file's rows hold text and numbers only, not {type(value).__name__}")
