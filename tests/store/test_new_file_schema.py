"""A new SQLite file is made at the head by the shipped script (store/new_file_schema.py),
and what it makes is what the migration chain makes on an empty file."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from rapporteur_app.store import new_file_schema
from rapporteur_app.store.database import Database
from rapporteur_app.store.migrate import current_revision, head_revision, script_from_migrations
from rapporteur_app.store.schema_head import HEAD_REVISION

PRAGMAS = ("user_version", "application_id", "auto_vacuum", "page_size", "encoding", "journal_mode")


def _made(path: Path) -> tuple[str, dict[str, object]]:
    driver = sqlite3.connect(path)
    try:
        pragmas = {name: driver.execute(f"PRAGMA {name}").fetchone()[0] for name in PRAGMAS}
        return new_file_schema.schema_script(driver, head_revision()), pragmas
    finally:
        driver.close()


def test_the_shipped_script_is_what_the_migrations_make(tmp_path: Path) -> None:
    shipped = new_file_schema.script_text()
    assert shipped is not None, "migrations/head_schema.sql is missing"
    assert shipped == script_from_migrations(tmp_path / "chain.sqlite3"), (
        "migrations/head_schema.sql is not what the migrations make now:"
        " run `python tools/make_head_schema.py`"
    )
    assert new_file_schema.script_revision(shipped) == head_revision() == HEAD_REVISION


def test_a_new_file_from_the_script_is_the_one_the_chain_makes(tmp_path: Path) -> None:
    Database.open(tmp_path / "script.sqlite3").close()
    script_from_migrations(tmp_path / "chain.sqlite3")
    Database.open(tmp_path / "chain.sqlite3").close()  # as the program opens it after

    from_script, script_pragmas = _made(tmp_path / "script.sqlite3")
    from_chain, chain_pragmas = _made(tmp_path / "chain.sqlite3")
    assert from_script == from_chain
    assert script_pragmas == chain_pragmas
    # Every table, view, index and trigger; the revision and the id counters.
    assert "CREATE VIRTUAL TABLE" in from_script
    assert from_script.count("CREATE TRIGGER") > 5
    assert 'INSERT INTO "alembic_version" VALUES (\'' + head_revision() + "');" in from_script


def test_a_new_file_is_made_without_alembic(tmp_path: Path) -> None:
    """The point of the script: a first start does not import Alembic or run a migration."""
    path = tmp_path / "new.sqlite3"
    code = (
        "import sys\n"
        "from rapporteur_app.store.database import Database\n"
        f"Database.open({str(path)!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]", done.stdout
    database = Database.open(path)
    try:
        assert current_revision(database.engine) == head_revision()
    finally:
        database.close()


def test_a_script_of_another_revision_is_left_and_the_chain_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = new_file_schema.script_text()
    assert shipped is not None
    stale = shipped.replace(f"-- revision: {head_revision()}", "-- revision: 0001")
    monkeypatch.setattr(new_file_schema, "script_text", lambda: stale)
    Database.open(tmp_path / "new.sqlite3").close()
    script_from_migrations(tmp_path / "chain.sqlite3")
    assert _made(tmp_path / "new.sqlite3") == _made(tmp_path / "chain.sqlite3")


def test_a_script_failing_half_way_leaves_nothing_and_the_chain_makes_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = new_file_schema.script_text()
    assert shipped is not None
    middle = shipped.index("CREATE INDEX")
    broken = shipped[:middle] + "CREATE TABLE broken (;\n" + shipped[middle:]
    monkeypatch.setattr(new_file_schema, "script_text", lambda: broken)
    Database.open(tmp_path / "new.sqlite3").close()
    script_from_migrations(tmp_path / "chain.sqlite3")
    made, _pragmas = _made(tmp_path / "new.sqlite3")
    assert "broken" not in made
    assert _made(tmp_path / "new.sqlite3") == _made(tmp_path / "chain.sqlite3")
