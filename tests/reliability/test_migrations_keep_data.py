"""A saved database of every released schema, full of data, upgrades to the newest
schema with every row intact. New fixtures come from tools/make_schema_fixture.py."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from rapporteur_app.services.app_services import Services
from rapporteur_app.store.migrate import head_revision

FIXTURES = Path(__file__).parent / "fixtures"
SAVED = sorted(FIXTURES.glob("schema-*.sqlite3"))


def _rows(path: Path) -> dict[str, set[tuple[object, ...]]]:
    connection = sqlite3.connect(path)
    try:
        return {
            table: set(connection.execute(f"SELECT * FROM {table}"))
            for table in ("meetings", "sessions", "statements", "recommendations", "speakers",
                          "organizations", "introducers", "session_items", "queue_entries")
        }  # fmt: skip
    finally:
        connection.close()


def test_there_is_a_fixture_of_the_newest_schema() -> None:
    assert (FIXTURES / f"schema-{head_revision()}.sqlite3").exists(), (
        "run python tools/make_schema_fixture.py and commit the file"
    )


@pytest.mark.timeout(60)
@pytest.mark.parametrize("saved", SAVED, ids=[p.stem for p in SAVED])
def test_a_saved_database_upgrades_with_every_row(saved: Path, tmp_path: Path) -> None:
    database = tmp_path / saved.name
    shutil.copyfile(saved, database)
    before = _rows(database)
    counts = json.loads(saved.with_suffix("").with_suffix(".counts.json").read_text())
    assert {table: len(rows) for table, rows in before.items()} == {
        table: counts[table] for table in before
    }
    services = Services.open(database)
    services.close()
    after = _rows(database)
    for table, rows in before.items():
        # Columns may be added by later revisions: compare the rows' leading columns.
        width = min((len(r) for r in rows), default=0)
        assert {r[:width] for r in after[table]} == rows, table
    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        # The counts the store keeps were made from the rows the old file holds.
        kept = set(
            connection.execute(
                "SELECT session_id, logged, delegations, rights_of_reply FROM session_tallies"
                " WHERE logged > 0"
            )
        )
        fresh = set(connection.execute(
            "SELECT session_id, count(*),"
            " sum(kind = 'statement' AND category = 'delegation'),"
            " sum(kind = 'right-of-reply') FROM statements GROUP BY session_id"
        ))  # fmt: skip
    finally:
        connection.close()
    assert version == head_revision()
    assert kept == fresh and kept
