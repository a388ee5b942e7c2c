"""The store on a real SQLite file: pragmas, permissions, migrations, refusals."""

import shutil
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.engine import URL

from rapporteur_app.domain.errors import UnknownSchema
from rapporteur_app.services.app_services import Services
from rapporteur_app.store import migrate
from rapporteur_app.store.backup import backup_file
from rapporteur_app.store.database import Database
from rapporteur_app.store.engine import make_engine
from rapporteur_app.store.location import default_database_path, resolve_url
from rapporteur_app.store.models import Base, MeetingRow
from rapporteur_app.store.search_index import is_index_object

_FIXTURES = Path(__file__).parent.parent / "reliability" / "fixtures"


def test_pragmas_are_set_on_every_connection(db_path: Path) -> None:
    db = Database.open(db_path)
    with db.engine.connect() as connection:
        pragma = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
        }
    assert pragma == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "busy_timeout": 10_000,
    }
    db.close()


def test_the_default_database_is_created_private_in_the_data_folder(isolated_home: Path) -> None:
    db = Database.open(None)
    path = default_database_path()
    assert db.path == path
    assert path.is_relative_to(isolated_home)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    db.close()


def test_environment_variable_and_urls_pick_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RAPPORTEUR_DB", str(tmp_path / "from-env.sqlite3"))
    assert resolve_url(None).database == str(tmp_path / "from-env.sqlite3")
    assert resolve_url("postgresql://u:p@host/db").get_backend_name() == "postgresql"
    assert resolve_url("relative.sqlite3").database == str(Path("relative.sqlite3").resolve())


def test_a_new_database_is_at_the_newest_schema(db_path: Path) -> None:
    db = Database.open(db_path)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    db.close()


def test_models_and_migrations_agree(db_path: Path) -> None:
    db = Database.open(db_path)
    with db.engine.connect() as connection:
        # The full-text index is the database's own (FTS5 tables, GIN indexes), no model's.
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_name": lambda name, kind, parent: not is_index_object(name),
            },
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
    db.close()


def test_a_newer_schema_is_refused_and_left_untouched(db_path: Path) -> None:
    Database.open(db_path).close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db_path.read_bytes()
    with pytest.raises(UnknownSchema, match="newer version of Rapporteur"):
        Database.open(db_path)
    assert db_path.read_bytes() == before


def test_a_database_of_another_program_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as raw:
        raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(UnknownSchema, match="not made by Rapporteur"):
        Database.open(db_path)
    with sqlite3.connect(db_path) as raw:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"invoices"}


def test_an_upgrade_takes_a_backup_first(db_path: Path, tmp_path: Path) -> None:
    # A real database of the first schema (a saved fixture), so that every later
    # revision truly runs on it.
    shutil.copyfile(_FIXTURES / "schema-0001.sqlite3", db_path)
    with sqlite3.connect(db_path) as raw:
        raw.execute(
            "INSERT INTO meetings (title, venue, background, created_at)"
            " VALUES ('Kept across the upgrade', '', '', '2026-01-01 00:00:00')"
        )
    engine = Database.open(db_path, migrate=False).engine
    backups = tmp_path / "backups"
    if migrate.current_revision(engine) == migrate.head_revision():
        # With a single revision there is nothing to upgrade: the backup rule is
        # then shown on backup_file itself.
        copy = backup_file(db_path, "manual", backups)
    else:
        copy = migrate.upgrade(engine, backups)
        assert copy is not None
    with sqlite3.connect(copy) as raw:
        titles = [title for (title,) in raw.execute("SELECT title FROM meetings")]
    assert "Kept across the upgrade" in titles
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    engine.dispose()


def test_a_write_waits_for_another_writer_instead_of_failing(db_path: Path) -> None:
    first = Database.open(db_path)
    second = Database.open(db_path)
    holding = threading.Event()
    release = threading.Event()

    def hold_the_write_lock() -> None:
        with first.writing() as session:
            session.add(MeetingRow(title="first"))
            session.flush()
            holding.set()
            release.wait(5)

    worker = threading.Thread(target=hold_the_write_lock)
    worker.start()
    assert holding.wait(5)
    threading.Timer(0.3, release.set).start()
    with second.writing() as session:  # blocks on BEGIN IMMEDIATE until the first commits
        session.add(MeetingRow(title="second"))
    worker.join(5)
    with second.reading() as session:
        titles = session.execute(text("SELECT title FROM meetings ORDER BY id")).scalars().all()
    assert titles == ["first", "second"]
    first.close()
    second.close()


def test_a_new_file_switched_to_wal_waits_for_another_copy_writing_it(tmp_path: Path) -> None:
    # A file still in rollback mode, another copy holding its write lock: SQLite
    # refuses the switch to WAL at once, without its busy handler (it was 1 of 10
    # copies started together on a new file in CI). The open waits, as writes do.
    path = tmp_path / "new.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE other_copy_setting_up (x)")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO other_copy_setting_up VALUES (1)")
    released = threading.Timer(0.3, lambda: holder.execute("COMMIT"))
    released.start()
    try:
        engine = make_engine(URL.create("sqlite+pysqlite", database=str(path)))
        with engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        engine.dispose()
    finally:
        released.join(5)
        holder.close()
    assert mode == "wal"


def test_a_failed_unit_of_work_leaves_nothing(db_path: Path) -> None:
    db = Database.open(db_path)
    with pytest.raises(RuntimeError), db.writing() as session:
        session.add(MeetingRow(title="half done"))
        session.flush()
        raise RuntimeError("the user's action failed half-way")
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM meetings")).scalar() == 0
    db.close()


def test_the_head_read_from_the_files_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    assert (
        migrate.head_revision()
        == ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()
    )


def test_the_partial_index_reads_the_same_on_each_engine(services: Services) -> None:
    """The statement on the floor's index: its predicate on SQLite is in the model, on
    PostgreSQL it is added when the server's engine is made (the dialect not imported
    for a SQLite file)."""
    from sqlalchemy.schema import CreateIndex

    from rapporteur_app.store.models import ON_FLOOR, StatementRow

    index = next(i for i in StatementRow.__table__.indexes if i.name == "ix_statements_on_floor")
    dialect = services.db.engine.dialect
    created = str(CreateIndex(index).compile(dialect=dialect))
    assert created.endswith(f"WHERE {ON_FLOOR}"), created
