"""A damaged database when the window opens: the program says so and offers the
newest good backup; accepting it opens the restored database."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rapporteur_app.app import _open_for_gui
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.backups import BackupService


def test_the_newest_good_backup_is_offered_and_restored(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services.open(db_path)
    services.meetings.add("Kept meeting")
    services.close()
    BackupService(str(db_path)).take()
    Path(f"{db_path}-wal").unlink(missing_ok=True)
    db_path.write_bytes(b"not a database at all")
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    opened = _open_for_gui(str(db_path), demo=False)
    assert opened is not None
    assert "not a SQLite database" in asked[0] and "newest good backup" in asked[0]
    assert [m.title for m in opened.meetings.all()] == ["Kept meeting"]
    opened.close()


def test_refusing_the_backup_opens_nothing(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path.write_bytes(b"SQLite format 3\x00" + b"\x01" * 500)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(str(args[2])))
    assert _open_for_gui(str(db_path), demo=False) is None
    assert shown and "cannot be opened" in shown[0]
    assert db_path.read_bytes() == b"SQLite format 3\x00" + b"\x01" * 500
