"""Restores and the registration preview run in a worker: the window goes on
answering while a large database is put back or a large registration list is
read, a progress bar shows for what lasts, and the result arrives in the window.

The stall meter (a 5 ms timer; its lateness is the stall) shows that the event
loop turns while the work runs: the work itself waits, in its worker, until the
GUI thread's timer has fired again, which could never happen were the work on
the GUI thread. The longest stall is printed; the limits are ./dev.sh bench's."""

import logging
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rapporteur_app.app import _open_for_gui
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.backups import BackupService
from rapporteur_app.services.registration import RegistrationService
from rapporteur_app.ui.agenda.registration_dialog import RegistrationDialog
from rapporteur_app.ui.backups_dialog import BackupsDialog
from tests.ui.stall_meter import StallMeter


def _large_database(db_path: Path) -> None:
    """About 20 MB: statements with long notes, as a week of verbatim notes makes."""
    services = Services.open(db_path)
    meeting = services.meetings.add("Kept meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    for number in range(40):
        services.statements.add(session.id, f"Speaker {number}", "France", Category.DELEGATION)
    services.close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE statements SET notes = ?", ("word " * 100_000,))


def test_a_restore_from_the_backups_dialog_keeps_the_window_answering(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _large_database(db_path)
    BackupService(str(db_path)).take()
    services = Services.open(db_path)
    services.meetings.add("Added after the backup")
    meter = StallMeter()
    ran: list[str] = []
    turned: list[bool] = []
    real_restore = BackupService.restore

    def restore(self: BackupService, name: str, to: object = None) -> object:
        ran.append(threading.current_thread().name)
        done = real_restore(self, name)
        # The progress bar shows after half a second: the window must turn to show it.
        turned.append(meter.turned(120))
        return done

    monkeypatch.setattr(BackupService, "restore", restore)
    dialog = BackupsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    job = dialog.restore_selected(confirm=False)
    assert job is not None
    dialog.reject()  # not while the database is being put back
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.restoring is None, timeout=60_000)
    meter.stop()
    print(f"longest stall during the restore: {meter.longest * 1000:.0f} ms")
    assert ran and ran[0] != threading.main_thread().name
    assert turned == [True]
    assert job.progress is not None  # it lasted: the progress bar was shown
    assert dialog.restored and dialog.message.text().startswith("Restored.")
    # The window's database is the restored one, opened again.
    assert [m.title for m in services.meetings.all()] == ["Kept meeting"]
    services.close()


def test_a_restore_that_fails_says_why_in_the_dialog(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    services = Services.open(db_path)
    services.meetings.add("M")
    backups = BackupService(str(db_path))
    copy = backups.take()
    copy.write_bytes(b"not a database")
    dialog = BackupsDialog(services)
    qtbot.addWidget(dialog)
    job = dialog.restore_selected(confirm=False)
    assert job is not None
    qtbot.waitUntil(lambda: dialog.restoring is None, timeout=30_000)
    assert not dialog.restored
    assert "cannot be restored" in dialog.message.text()
    assert [m.title for m in services.meetings.all()] == ["M"]  # nothing changed
    services.close()


def test_the_damaged_file_dialog_restores_off_the_gui_thread(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _large_database(db_path)
    BackupService(str(db_path)).take()
    Path(f"{db_path}-wal").unlink(missing_ok=True)
    db_path.write_bytes(b"not a database at all")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    meter = StallMeter()
    ran: list[str] = []
    turned: list[bool] = []
    real_restore = BackupService.restore

    def restore(self: BackupService, name: str, to: object = None) -> object:
        ran.append(threading.current_thread().name)
        done = real_restore(self, name)
        turned.append(meter.turned(3))
        return done

    monkeypatch.setattr(BackupService, "restore", restore)
    opened = _open_for_gui(str(db_path), demo=False)
    meter.stop()
    print(f"longest stall during the start-up restore: {meter.longest * 1000:.0f} ms")
    assert opened is not None
    assert ran and ran[0] != threading.main_thread().name
    assert turned == [True]
    assert [m.title for m in opened.meetings.all()] == ["Kept meeting"]
    opened.close()


def test_a_large_registration_preview_keeps_the_window_answering(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = services.meetings.add("M")
    path = tmp_path / "big.csv"
    rows = ["Name,Organization,Category"] + [f"P {i},Group {i % 40},ngo" for i in range(10_000)]
    path.write_text("\n".join(rows))
    meter = StallMeter()
    ran: list[str] = []
    turned: list[bool] = []
    real_preview = RegistrationService.preview

    def preview(self: RegistrationService, meeting_id: int, source: Path) -> object:
        ran.append(threading.current_thread().name)
        done = real_preview(self, meeting_id, source)
        turned.append(meter.turned(3))
        return done

    monkeypatch.setattr(RegistrationService, "preview", preview)
    dialog = RegistrationDialog(services, meeting.id, path)
    qtbot.addWidget(dialog)
    dialog.show()
    # Shown at once, saying what it does; the buttons that would read again wait.
    assert dialog.reading is not None
    assert dialog.summary.text() == "Reading the file…"
    assert not dialog.reread_button.isEnabled() and not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.reading is None, timeout=60_000)
    meter.stop()
    print(f"longest stall during the preview: {meter.longest * 1000:.0f} ms")
    assert ran and ran[0] != threading.main_thread().name
    assert turned == [True]
    assert dialog.table.model().rowCount() == 10_000
    assert dialog.import_button.isEnabled() and dialog.reread_button.isEnabled()


def test_a_dialog_closed_while_its_file_is_read_leaves_no_error(
    qtbot: QtBot,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    meeting = services.meetings.add("M")
    path = tmp_path / "list.csv"
    path.write_text("Name,Organization\nAnna,Austria\n")
    release = threading.Event()
    finished = threading.Event()
    real_preview = RegistrationService.preview

    def preview(self: RegistrationService, meeting_id: int, source: Path) -> object:
        release.wait(10)
        try:
            return real_preview(self, meeting_id, source)
        finally:
            finished.set()

    monkeypatch.setattr(RegistrationService, "preview", preview)
    dialog = RegistrationDialog(services, meeting.id, path)
    dialog.show()
    dialog.close()
    dialog.deleteLater()
    qtbot.wait(20)
    with caplog.at_level(logging.INFO, logger="rapporteur_app.ui.background"):
        release.set()
        assert finished.wait(10)
        qtbot.waitUntil(lambda: "after its window closed" in caplog.text, timeout=10_000)
    assert "background job failed" not in caplog.text


def test_the_restore_button_asks_first(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The button's "checked" (False) once reached restore_selected as confirm=False:
    # a click put the backup in place without asking.
    services = Services.open(db_path)
    services.meetings.add("M")
    BackupService(str(db_path)).take()
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = BackupsDialog(services)
    qtbot.addWidget(dialog)
    dialog.restore_button.click()
    assert asked and "Put this backup in place" in asked[0]
    assert dialog.restoring is None and not dialog.restored
    services.close()
