"""What happens before a byte is written to a database file: a locked file is not
damaged, a foreign or newer file is left untouched, a database that is gone is not
silently made anew, odd file names and odd files are handled as data."""

import os
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from rapporteur_app.domain.errors import StoreError
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.backups import BackupService
from rapporteur_app.store import backup as backup_module
from rapporteur_app.store.backup import backups_dir
from rapporteur_app.store.file_check import checked_backup
from tests.reliability.conftest import PYTHON, child_environment, digest

HOLD_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA locking_mode=EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
connection.close()
"""


def _good_database(path: Path) -> int:
    services = Services.open(path)
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    services.statements.add(session.id, "Anna", "Austria", Category.DELEGATION)
    services.close()
    return session.id


def _hold_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [PYTHON, "-c", HOLD_LOCK, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


def _one_line(text: str) -> None:
    assert len(text.strip().splitlines()) == 1, text
    assert "Traceback" not in text


@pytest.mark.timeout(60)
def test_a_locked_database_is_called_locked_never_damaged(
    db_path: Path,
    cli,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _good_database(db_path)
    BackupService(str(db_path)).take()  # a backup exists: the old code offered it
    monkeypatch.setattr(backup_module, "LOCK_WAIT_S", 0.5)
    holder = _hold_lock(db_path, 30)
    try:
        before = digest(db_path)
        result = cli("meeting", "list")
        assert result.code == 2
        _one_line(result.err)
        assert "locked" in result.err and "not damaged" in result.err
        assert f"process {holder.pid}" in result.err  # who holds it
        assert "restore" not in result.err and "damaged (" not in result.err
        assert digest(db_path) == before
    finally:
        holder.kill()
        holder.communicate()
    assert cli("meeting", "list").code == 0


@pytest.mark.timeout(60)
def test_a_lock_let_go_within_the_wait_is_waited_for(
    db_path: Path,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    _good_database(db_path)
    holder = _hold_lock(db_path, 1.0)
    try:
        result = cli("meeting", "list")
        assert result.code == 0, result.err
        assert "M" in result.out
    finally:
        holder.communicate(timeout=30)


def test_the_damaged_message_is_one_line(db_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    _good_database(db_path)
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE padding_for_test (x INTEGER, y TEXT)")
    connection.execute("CREATE INDEX padding_for_test_y ON padding_for_test (y)")
    connection.executemany(
        "INSERT INTO padding_for_test VALUES (?, ?)", [(i, f"{'x' * 50}{i}") for i in range(5000)]
    )
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(db_path.read_bytes())
    # Zeros inside every page but the first few: quick_check reports hundreds of problems.
    for page in range(8192, len(data), 4096):
        data[page + 200 : page + 260] = bytes(60)
    db_path.write_bytes(bytes(data))
    # Opening reads the header and the schema, not every page (docs/performance.md):
    # damage this deep is found by the full check each backup copy gets, said in one
    # line too, and the damaged copy is not kept.
    before = len(BackupService(str(db_path)).all())
    with pytest.raises(StoreError) as found:
        checked_backup(db_path, "manual")
    message = str(found.value)
    _one_line(message)
    assert "may be damaged" in message and len(message) < 600
    assert len(BackupService(str(db_path)).all()) == before
    # Damage the open check sees (the schema's page): refused on open, in one line.
    data[100 + 8 : 4096] = bytes(range(256)) * 15 + bytes(4096 - 108 - 256 * 15)
    db_path.write_bytes(bytes(data))
    result = cli("meeting", "list")
    assert result.code == 2
    _one_line(result.err)
    assert "cannot be opened" in result.err and len(result.err) < 600


def _foreign_file(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("CREATE TABLE expenses (id INTEGER PRIMARY KEY, amount REAL)")
    connection.execute("INSERT INTO expenses (amount) VALUES (12.5)")
    connection.commit()
    connection.close()


def _newer_file(path: Path) -> None:
    _good_database(path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()


@pytest.mark.parametrize(
    ("make", "said"),
    [(_foreign_file, "not made by Rapporteur"), (_newer_file, "newer version of Rapporteur")],
)
def test_a_foreign_or_newer_file_is_refused_untouched(
    db_path: Path,
    make: object,
    said: str,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    make(db_path)  # type: ignore[operator]
    assert db_path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL
    folder = backups_dir()
    backups_before = sorted(p.name for p in folder.iterdir())
    before = digest(db_path)
    for command in (["meeting", "list"], ["meeting", "add", "--title", "X"]):
        result = cli(*command)
        assert result.code == 2
        _one_line(result.err)
        assert said in result.err
    assert digest(db_path) == before  # no WAL switch, no header byte changed
    assert not Path(f"{db_path}-wal").exists()
    assert (
        sorted(p.name for p in folder.iterdir()) == backups_before
    )  # no copy put into our backups


def test_paths_with_glob_characters_are_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("rapporteur_app.store.database.OPEN_BACKUP_INTERVAL_S", 0)
    path = tmp_path / "notes [draft] *?.sqlite3"
    _good_database(path)
    backups = BackupService(str(path))
    first = backups.take()
    assert [b.name for b in backups.all()] == [first.name]
    for _ in range(15):
        backups.take("auto")
    assert len([b for b in backups.all() if b.reason == "auto"]) == 12  # rotated
    # A changing open backs up once per interval, and the copies are found again.
    Services.open(path).close()
    assert len(list(backups_dir().iterdir())) == len(backups.all())
    assert backups.newest_good() is not None


@pytest.mark.timeout(60)
def test_a_fifo_as_the_database_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.sqlite3"
    os.mkfifo(fifo)
    result = subprocess.run(  # noqa: PLW1510 - the exit code is the point
        [PYTHON, "-m", "rapporteur_app", "--db", str(fifo), "meeting", "list"],
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    _one_line(result.stderr)
    assert "not a regular file" in result.stderr


def test_a_database_that_is_gone_is_not_made_anew(db_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    _good_database(db_path)
    backup = BackupService(str(db_path)).take()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    result = cli("meeting", "list")
    assert result.code == 2
    _one_line(result.err)
    assert "not there any more" in result.err and backup.name in result.err
    assert not db_path.exists()
    assert cli("backup", "restore", backup.name).code == 0
    assert "M" in cli("meeting", "list").out


def test_a_mistyped_folder_is_not_created(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    wrong = tmp_path / "no-such-folder" / "deeper" / "rapporteur.sqlite3"
    from rapporteur_app.app import main

    code = main(["--db", str(wrong), "meeting", "list"])
    assert code == 2
    assert not wrong.parent.parent.exists()


@pytest.mark.timeout(120)
def test_copies_started_at_once_on_a_new_file_all_succeed(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    copies = [
        subprocess.Popen(
            [PYTHON, "-m", "rapporteur_app", "--db", str(path), "meeting", "list"],
            env=child_environment(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(10)
    ]
    failures = []
    for copy in copies:
        _, err = copy.communicate(timeout=110)
        if copy.returncode != 0:
            failures.append(err.strip())
    assert not failures, f"{len(failures)} of 10 failed: {failures[:3]}"


RESTORE = [PYTHON, "-m", "rapporteur_app", "--db"]


@pytest.mark.timeout(180)
def test_a_restore_killed_at_any_moment_leaves_a_database(db_path: Path) -> None:
    _good_database(db_path)
    connection = sqlite3.connect(db_path)
    # A big backup, so that copying it takes a while: the moment to kill in.
    connection.execute("CREATE TABLE IF NOT EXISTS padding_for_test (blob BLOB)")
    connection.executemany("INSERT INTO padding_for_test VALUES (randomblob(16000))", [()] * 800)
    connection.commit()
    connection.close()
    backup = BackupService(str(db_path)).take()
    damaged = b"SQLite format 3\x00" + bytes(range(256)) * 40
    restoring = db_path.with_name(db_path.name + ".restoring")
    delays = [None, None, None, 0.4, 0.6]
    for delay in delays:
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        db_path.write_bytes(damaged)
        process = subprocess.Popen(
            [*RESTORE, str(db_path), "backup", "restore", backup.name],
            env=child_environment(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if delay is None:
            deadline = time.monotonic() + 30
            while not restoring.exists() and process.poll() is None:
                assert time.monotonic() < deadline
                time.sleep(0.001)
        else:
            time.sleep(delay)
        process.kill()
        process.wait()
        assert db_path.exists(), "the restore left no database at all"
        content = db_path.read_bytes()
        if content != damaged:
            check = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
            assert check.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            check.close()
        listed = subprocess.run(  # noqa: PLW1510 - the exit code is the point
            [*RESTORE, str(db_path), "meeting", "list"],
            env=child_environment(),
            capture_output=True,
            text=True,
            timeout=60,
        )
        # Either the damaged file, refused, or the restored one, listed: never an
        # empty database made in its place.
        if listed.returncode == 0:
            assert "M" in listed.stdout
        else:
            assert listed.returncode == 2 and "cannot be opened" in listed.stderr


def test_stale_partial_files_are_cleaned(db_path: Path) -> None:
    _good_database(db_path)
    backups = BackupService(str(db_path))
    first = backups.take()
    stale_part = first.with_name(first.name.replace(".sqlite3", "-x.part"))
    fresh_part = first.with_name(first.name.replace(".sqlite3", "-y.part"))
    restoring = db_path.with_name(db_path.name + ".restoring")
    for path in (stale_part, fresh_part, restoring):
        path.write_bytes(b"partial")
    old = time.time() - 2 * 60 * 60
    for path in (stale_part, restoring):
        os.utime(path, (old, old))
    Services.open(db_path).close()
    backups.take()
    assert not stale_part.exists() and not restoring.exists()
    assert fresh_part.exists()  # perhaps a backup under way right now


HOLD_WRITE = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
time.sleep(30)
"""


@pytest.mark.timeout(60)
def test_a_write_held_up_by_another_program_names_it(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapporteur_app.domain.errors import StoreError
    from rapporteur_app.store import engine

    session_id = _good_database(db_path)
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 500)
    services = Services.open(db_path)
    holder = subprocess.Popen(
        [PYTHON, "-c", HOLD_WRITE, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreError) as refused:
            services.statements.add(session_id, "Boris", "Austria", Category.DELEGATION)
        assert f"process {holder.pid}" in str(refused.value)
        assert "nothing was changed" in str(refused.value)
    finally:
        holder.kill()
        holder.communicate()
        if holder.stdout is not None:
            holder.stdout.close()
    services.statements.add(session_id, "Boris", "Austria", Category.DELEGATION)
    services.close()
