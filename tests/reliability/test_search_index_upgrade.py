"""A database made before the search index gets it on upgrade, filled from its rows;
a restored backup carries its index; the index stays sound through undo of a delete."""

import shutil
import sqlite3
from pathlib import Path

from rapporteur_app.domain.search import SearchKind, SearchQuery
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.backups import BackupService

FIXTURES = Path(__file__).parent / "fixtures"


def _integrity(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        # FTS5 compares its index with what its triggers were told: raises if they differ.
        connection.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
    finally:
        connection.close()


def test_a_database_saved_before_the_index_is_searchable_after_its_upgrade(
    tmp_path: Path,
) -> None:
    database = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0017.sqlite3", database)
    connection = sqlite3.connect(database)
    try:
        tables = {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}
        expected = {
            i for (i,) in connection.execute(
                "SELECT id FROM statements WHERE notes LIKE '%сотрудничества%'"
            )
        }  # fmt: skip
    finally:
        connection.close()
    assert "search_index" not in tables and expected
    services = Services.open(database)
    try:
        found = services.search.search(
            SearchQuery("СОТРУДНИЧЕСТВА", kinds=frozenset({SearchKind.STATEMENT}))
        )
        assert {hit.row_id for hit in found.hits} == expected
        recommendations = services.search.search(SearchQuery("focal point"))
        assert [h.kind for h in recommendations.hits] == [SearchKind.RECOMMENDATION]
        assert recommendations.hits[0].snippet.marked().startswith("Establish a [focal] [point]")
    finally:
        services.close()
    _integrity(database)


def test_a_restored_backup_brings_its_own_index(tmp_path: Path) -> None:
    database = tmp_path / "work.sqlite3"
    services = Services.open(database)
    meeting = services.meetings.add("Tagung")
    session = services.sessions.add(meeting.id, "1", "Sitzung")
    kept = services.statements.add(session.id, "", "Austria", notes="Wahlbeobachtung").id
    services.close()
    backup = BackupService(database).take("before-change")
    services = Services.open(database)
    services.statements.delete(kept)
    services.statements.add(session.id, "", "Austria", notes="Pressefreiheit")
    services.close()

    BackupService(database).restore(str(backup))
    services = Services.open(database)
    try:
        assert [h.row_id for h in services.search.search(SearchQuery("wahlbeobachtung")).hits] == [
            kept
        ]
        assert services.search.search(SearchQuery("pressefreiheit")).hits == ()
    finally:
        services.close()
    _integrity(database)


def test_the_index_stays_sound_through_many_changes(tmp_path: Path) -> None:
    database = tmp_path / "work.sqlite3"
    services = Services.open(database)
    meeting = services.meetings.add("Réunion", background="Über die *Straße*")
    session = services.sessions.add(meeting.id, "1", "Séance", background="Ελληνικά λόγος")
    ids = [
        services.statements.add(session.id, "", "Austria", notes=f"Straße {n} Ёлка ﬁnance").id
        for n in range(5)
    ]
    removed = services.statements.remove(ids[2])
    services.statements.set_notes(ids[0], "")
    services.statements.restore(removed)
    services.meetings.update(meeting.id, background="neu")
    services.close()
    _integrity(database)
    services = Services.open(database)
    try:
        words = SearchQuery("strasse ЕЛКА finance")  # ß, ё and the ligature ﬁ folded
        assert {h.row_id for h in services.search.search(words).hits} == set(ids[1:])
        assert [h.kind for h in services.search.search(SearchQuery("λογος")).hits] == [
            SearchKind.SESSION
        ]
    finally:
        services.close()
