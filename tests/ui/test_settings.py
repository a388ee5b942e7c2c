"""What the program remembers between runs: window geometry and splitters, the last
session, the export options; a damaged or foreign settings file never stops it."""

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot

from rapporteur_app.services.app_services import Services
from rapporteur_app.ui import settings
from rapporteur_app.ui.main_window import MainWindow
from rapporteur_app.ui.rapport.meeting_export_dialog import MeetingExportDialog


def _drag(splitter: QSplitter, dx: int) -> None:
    """Drag the splitter's handle by ``dx`` pixels, as a mouse would."""
    handle = splitter.handle(1)
    start = QPointF(handle.width() / 2, handle.height() / 2)
    end = start + QPointF(dx, 0)

    def send(kind: QEvent.Type, at: QPointF, buttons: Qt.MouseButton) -> None:
        global_at = QPointF(handle.mapToGlobal(at))
        event = QMouseEvent(
            kind, at, global_at, Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(handle, event)

    send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def _window(qtbot: QtBot, services: Services | None) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_geometry_and_splitter_survive_a_new_window(qtbot: QtBot) -> None:
    # The window as it first shows, before the database is open (the offscreen screen is
    # 800x600, and Qt fits a restored window into the screen).
    first = _window(qtbot, None)
    first.resize(700, 520)
    first.move(QPoint(40, 30))
    qtbot.waitUntil(lambda: first.width() == 700)
    splitter = first.centralWidget()
    assert isinstance(splitter, QSplitter)
    before = splitter.sizes()[0]
    _drag(splitter, 60)
    moved = splitter.sizes()[0]
    assert moved > before
    first.close()

    again = _window(qtbot, None)
    assert (again.width(), again.height()) == (700, 520)
    again_splitter = again.centralWidget()
    assert isinstance(again_splitter, QSplitter)
    assert again_splitter.sizes()[0] == moved
    assert settings.settings_path().is_file()


def test_the_last_session_is_opened_again(qtbot: QtBot, services: Services) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    second = services.sessions.add(meeting.id, "Working Session 2", "Freedom of expression")
    first = _window(qtbot, services)
    first.open_session(second.id)
    first.close()
    assert _window(qtbot, services).session_id == second.id
    services.sessions.delete(second.id)
    # A session deleted meanwhile is simply not opened.
    assert _window(qtbot, services).session_id is None


def test_the_last_session_is_not_looked_for_in_another_database(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    _window(qtbot, services).open_session(session.id)
    other = Services.open(tmp_path / "other.sqlite3")
    try:
        other_meeting = other.meetings.add("Another meeting")
        other.sessions.add(other_meeting.id, "Working Session 1", "Tolerance")
        assert _window(qtbot, other).session_id is None
    finally:
        other.close()


def test_export_options_are_remembered(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "rapporteur_app.ui.rapport.meeting_export_dialog.show_saved", lambda *_args: None
    )
    meeting = services.meetings.add("Human Dimension Meeting")
    services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    dialog = MeetingExportDialog(services, meeting.id)
    qtbot.addWidget(dialog)
    dialog.document.setCurrentIndex(dialog.document.findData("agenda"))
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    dialog.path.setText(str(tmp_path / "agenda.docx"))
    with qtbot.waitSignal(dialog.export().done):
        pass
    again = MeetingExportDialog(services, meeting.id)
    qtbot.addWidget(again)
    assert again.document.currentData() == "agenda"
    assert again.language.currentData() == "ru"
    assert again.format.currentData() == "docx"
    # The next export is suggested in the folder the last one went to.
    assert Path(again.path.text()).parent == tmp_path


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff\xfe[[[not settings\n=\n\x00\x01",
        b'{"foreign": ["json", 1]}\n',
        b"[geometry]\nmain-window=not a geometry\n[splitter]\nmain-window=@Variant(\\0\\0)\n"
        b"[main]\nlast-session=twelve\nlast-database=@ByteArray(x)\n[export]\nlanguage=42\n",
    ],
)
def test_a_damaged_or_foreign_settings_file_falls_back_to_defaults(
    qtbot: QtBot, services: Services, caplog: pytest.LogCaptureFixture, content: bytes
) -> None:
    path = settings.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    meeting = services.meetings.add("Human Dimension Meeting")
    services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    with caplog.at_level(logging.WARNING, logger="rapporteur_app.ui.settings"):
        window = _window(qtbot, services)
        dialog = MeetingExportDialog(services, meeting.id, parent=window)
        qtbot.addWidget(dialog)
    assert window.session_id is None
    assert dialog.language.currentData() == "en"
    if b"not a geometry" in content:
        assert any("geometry/main-window" in r.getMessage() for r in caplog.records)
    # And the program goes on remembering from here.
    window.resize(window.width(), 580)
    qtbot.waitUntil(lambda: window.height() == 580)
    window.close()
    assert _window(qtbot, services).height() == 580
