"""A full disk: one clear message, what was saved is intact, the program goes on."""

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from rapporteur_app.domain.errors import CannotWrite, StoreError
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB file system (tmpfs), where the machine lets us mount one."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root; run the suite as root to test it")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", f"rapporteur-{uuid.uuid4().hex[:6]}", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(
            f"this machine does not let us mount a small file system: {done.stderr.strip()}"
        )
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.timeout(120)
def test_a_full_disk(small_disk: Path) -> None:
    services = Services.open(small_disk / "db.sqlite3")
    meeting = services.meetings.add("M")
    session_id = services.sessions.add(meeting.id, "WS 1", "T").id
    filler = small_disk / "filler"
    with filler.open("wb") as file:
        try:
            while True:
                file.write(b"\0" * 65536)
                file.flush()
        except OSError:
            pass
    saved = 0
    notes = "x" * 20_000
    with pytest.raises(StoreError, match="disk is full"):
        for _ in range(1000):
            services.statements.add(session_id, "A", "Austria", Category.DELEGATION, notes=notes)
            saved += 1
    with pytest.raises(CannotWrite, match="disk is full"):
        services.documents.export_session(session_id, fmt="pdf", out=small_disk / "rapport.pdf")
    assert not list(small_disk.glob("*.part"))
    # Space again: everything saved is there, and the program goes on.
    filler.unlink()
    assert len(services.statements.of_session(session_id)) == saved
    services.statements.add(session_id, "B", "Austria", Category.DELEGATION)
    assert len(services.statements.of_session(session_id)) == saved + 1
    services.close()


def _fill(disk: Path) -> None:
    with (disk / "filler").open("wb") as file:
        try:
            while True:
                file.write(b"\0" * 65536)
                file.flush()
        except OSError:
            pass


@pytest.mark.timeout(120)
@pytest.mark.parametrize("damaged", [False, True])
def test_a_restore_onto_a_full_disk(small_disk: Path, damaged: bool, cli) -> None:  # type: ignore[no-untyped-def]
    from rapporteur_app.app import main
    from rapporteur_app.services.backups import BackupService

    database = small_disk / "db.sqlite3"
    services = Services.open(database)
    meeting = services.meetings.add("M")
    session_id = services.sessions.add(meeting.id, "WS 1", "T").id
    # Notes are also kept in the search index (store/search_index.py): a database of a
    # few hundred KB, as the small disk can hold with its backup's copy beside it.
    for _ in range(10):
        services.statements.add(session_id, "A", "Austria", Category.DELEGATION, notes="x" * 10_000)
    services.close()
    backup = BackupService(str(database)).take()  # in the data folder, not on the small disk
    services = Services.open(database)
    services.meetings.add("After the backup")
    services.close()
    if damaged:
        database.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    before = database.read_bytes()
    _fill(small_disk)
    code = main(["--db", str(database), "backup", "restore", backup.name])
    assert code == 2
    assert not list(small_disk.glob("*.restoring"))
    if damaged:
        assert database.read_bytes() == before
    else:
        (small_disk / "filler").unlink()
        titles = [m.title for m in Services.open(database).meetings.all()]
        assert titles == ["M", "After the backup"]


@pytest.mark.timeout(120)
def test_a_full_backups_folder_is_told_to_the_user(
    small_disk: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from rapporteur_app.app import main
    from rapporteur_app.ui.main_window import MainWindow

    monkeypatch.setenv("XDG_DATA_HOME", str(small_disk))  # the backups folder is on it
    database = tmp_path / "db.sqlite3"
    services = Services.open(database)
    services.meetings.add("M")
    services.close()
    _fill(small_disk)
    code = main(["--db", str(database), "meeting", "add", "--title", "Still saved"])
    assert code == 0
    services = Services.open(database)
    assert [m.title for m in services.meetings.all()] == ["M", "Still saved"]
    # No backup could be taken: the command line said so (see below), so does the window.
    services.db.wait_for_backup()  # copied in a thread beside the work
    assert services.db.backup_problem and "full" in services.db.backup_problem
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.backup_warning.isVisibleTo(window)
    assert "Backups have stopped" in window.backup_warning.text()
    services.close()


def test_the_command_line_says_backups_stopped(
    small_disk: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(small_disk))
    database = tmp_path / "db.sqlite3"
    services = Services.open(database)
    services.meetings.add("M")
    services.close()
    _fill(small_disk)
    from rapporteur_app.app import main

    result = cli("meeting", "list")  # the fixture's own database: backed up fine
    assert result.code == 0
    import contextlib
    import io

    err = io.StringIO()
    # A command that writes (one that only reads takes no backup on open).
    with contextlib.redirect_stderr(err):
        assert main(["--db", str(database), "meeting", "add", "--title", "N"]) == 0
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 1 and "No backup could be taken" in lines[0] and "full" in lines[0]
