"""A damaged database is refused in plain words, nothing is written to it, and the
newest good backup is offered."""

import sqlite3
from pathlib import Path

import pytest

from rapporteur_app.domain.errors import DamagedDatabase, UnknownSchema
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.backups import BackupService
from tests.reliability.conftest import digest


def _good_database(path: Path) -> int:
    services = Services.open(path)
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    services.statements.add(session.id, "Anna", "Austria", Category.DELEGATION)
    services.close()
    return session.id


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _garbage(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")


@pytest.mark.timeout(60)
@pytest.mark.parametrize("damage", [_truncate, _garbage, _not_sqlite])
def test_a_damaged_file_is_refused_untouched_and_a_backup_offered(
    db_path: Path,
    damage: object,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    _good_database(db_path)
    backup = BackupService(str(db_path)).take()
    # Checkpoint so the damage hits the main file, as a copy from a stick would.
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    damage(db_path)  # type: ignore[operator]
    before = digest(db_path)
    with pytest.raises(DamagedDatabase) as refused:
        Services.open(db_path)
    message = str(refused.value)
    assert "cannot be opened" in message and "Nothing was written" in message
    assert backup.name in message and "backup restore" in message
    assert digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0

    result = cli("meeting", "list")
    assert result.code == 2 and "Traceback" not in result.err
    assert digest(db_path) == before
    restored = cli("backup", "restore", backup.name)
    assert restored.code == 0, restored.err
    assert "kept as" in restored.out
    reopened = Services.open(db_path)
    assert [m.title for m in reopened.meetings.all()] == ["M"]
    reopened.close()
    # The damaged file was kept, byte for byte.
    kept = [b for b in BackupService(str(db_path)).all() if b.reason == "before-restore"]
    assert kept and digest(kept[0].path) == before


def test_a_newer_schema_is_refused_and_left_alone(db_path: Path) -> None:
    _good_database(db_path)
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = digest(db_path)
    with pytest.raises(UnknownSchema, match="newer version of Rapporteur"):
        Services.open(db_path)
    assert digest(db_path) == before


def test_backups_rotate(db_path: Path) -> None:
    _good_database(db_path)
    backups = BackupService(str(db_path))
    for _ in range(25):
        backups.take("auto")
    kept = backups.all()
    assert len([b for b in kept if b.reason == "auto"]) == 12
    for backup in kept:
        assert backup.path.stat().st_mode & 0o777 == 0o600
    assert backups.all()[0].path.parent.stat().st_mode & 0o777 == 0o700


def test_restore_into_another_file(db_path: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    _good_database(db_path)
    name = BackupService(str(db_path)).take().name
    listed = cli("backup", "list")
    assert name in listed.out
    target = tmp_path / "copy.sqlite3"
    result = cli("backup", "restore", name, "--to", str(target))
    assert result.code == 0, result.err
    assert [m.title for m in Services.open(target).meetings.all()] == ["M"]
    missing = cli("backup", "restore", "no-such-backup.sqlite3")
    assert missing.code == 2 and "There is no backup" in missing.err
