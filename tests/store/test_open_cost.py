"""Opening reads the header and the schema, not the whole file; the full check runs on
backup copies, off the path the user waits on, and a damaged copy is never kept."""

import sqlite3
from pathlib import Path

import pytest

from rapporteur_app.domain.errors import StoreError
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.backups import BackupService
from rapporteur_app.store.backup import list_backups
from rapporteur_app.store.database import Database
from rapporteur_app.store.file_check import checked_backup, header_problem, open_problem

PAGE = 4096


def _bytes_read() -> int:
    """What this process has read through read() so far (Linux's /proc/self/io)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


def _big_database(path: Path, megabytes: int) -> None:
    Database.open(path).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE ballast (data BLOB)")
        connection.executemany(
            "INSERT INTO ballast VALUES (?)", [(b"x" * 100_000,) for _ in range(megabytes * 10)]
        )
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="needs Linux's /proc/self/io")
def test_opening_reads_a_few_pages_whatever_the_size(tmp_path: Path) -> None:
    path = tmp_path / "big.sqlite3"
    _big_database(path, megabytes=40)
    assert path.stat().st_size > 40_000_000
    before = _bytes_read()
    assert open_problem(path) is None
    assert _bytes_read() - before < 1_000_000
    before = _bytes_read()
    Database.open(path, backup=False).close()
    assert _bytes_read() - before < 2_000_000


def _damage_a_page_in_the_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = (len(data) // PAGE // 2) * PAGE
    data[middle : middle + PAGE] = bytes(range(256)) * (PAGE // 256)
    path.write_bytes(bytes(data))


def test_a_page_damaged_deep_in_the_file_is_found_by_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "rapporteur.sqlite3"
    _big_database(path, megabytes=2)
    good = checked_backup(path, "manual")
    _damage_a_page_in_the_middle(path)
    with pytest.raises(StoreError, match="may be damaged"):
        checked_backup(path, "auto")
    # The damaged copy is gone: the good one stays the newest good backup.
    assert [b.path for b in list_backups(path)] == [good]
    # The periodic backup checks its copy in full too.
    path.touch()
    with pytest.raises(StoreError, match="may be damaged"):
        BackupService(str(path)).periodic()
    assert [b.path for b in list_backups(path)] == [good]


def test_the_backup_on_open_is_taken_beside_the_work(db_path: Path) -> None:
    services = Services.open(db_path)
    services.meetings.add("M")
    services.close()
    assert list_backups(db_path) == []  # a new file: its first backup comes on the next open
    reopened = Services.open(db_path)
    reopened.close()  # joins the copy
    taken = list_backups(db_path)
    assert [b.reason for b in taken] == ["open"]
    connection = sqlite3.connect(taken[0].path)
    assert connection.execute("SELECT title FROM meetings").fetchall() == [("M",)]
    connection.close()
    # A command that only reads takes none.
    Path(f"{db_path}-wal").touch()
    Database.open(db_path, backup=False).close()
    assert len(list_backups(db_path)) == 1


@pytest.mark.parametrize(
    ("offset", "value", "found"),
    [
        (0, b"X", "not a SQLite database"),
        (16, b"\x03\x00", "page size"),
        (18, b"\x07", "file format"),
        (21, b"\x40\x21", "not SQLite's"),
    ],
)
def test_header_damage_is_named(offset: int, value: bytes, found: str) -> None:
    header = bytearray(b"SQLite format 3\x00" + bytes(84))
    header[16:24] = b"\x10\x00\x01\x01\x00\x40\x20\x20"
    assert header_problem(bytes(header), PAGE) is None
    header[offset : offset + len(value)] = value
    problem = header_problem(bytes(header), PAGE)
    assert problem is not None and found in problem


def test_a_file_cut_short_is_named_by_its_header(tmp_path: Path) -> None:
    path = tmp_path / "cut.sqlite3"
    _big_database(path, megabytes=1)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // PAGE // 2 * PAGE])
    problem = open_problem(path)
    assert problem is not None and "cut short" in problem
