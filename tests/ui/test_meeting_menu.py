"""The Meeting menu opens the agenda editor, the registration import and the
participants view for the meeting chosen on the left."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.agenda.agenda_editor import AgendaEditor
from rapporteur_app.ui.agenda.registration_dialog import RegistrationDialog
from rapporteur_app.ui.main_window import MainWindow
from rapporteur_app.ui.participants.participants_view import ParticipantsView

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_meeting_menu_opens_each_view_for_the_chosen_meeting(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.meetings.add("First meeting")
    second = services.meetings.add("Second meeting")
    opened: list[tuple[str, int]] = []

    def record(dialog: QDialog) -> int:
        meeting = getattr(dialog, "meeting_id", None)
        assert isinstance(meeting, int)
        opened.append((type(dialog).__name__, meeting))
        return 0

    for dialog_type in (AgendaEditor, RegistrationDialog, ParticipantsView):
        monkeypatch.setattr(dialog_type, "exec", record)
    registration = tmp_path / "list.csv"
    registration.write_text("Name;Organization\nAnna;Austria\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(registration), ""))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.meetings.setCurrentItem(window.meetings.topLevelItem(1))
    qtbot.keyClick(window, Qt.Key.Key_G, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)
    texts = {action.text(): action for action in window.meeting_menu.actions()}
    texts["&Participants and organizations…"].trigger()
    assert opened == [
        ("AgendaEditor", second.id),
        ("RegistrationDialog", second.id),
        ("ParticipantsView", second.id),
    ]


def test_after_the_agenda_changed_the_meeting_stays_chosen_and_a_deleted_session_is_let_go(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.meetings.add("First meeting")
    second = services.meetings.add("Second meeting")
    session = services.sessions.add(second.id, "Working Session 1", "Tolerance")
    warnings: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )

    def delete_in_the_editor(dialog: AgendaEditor) -> int:
        dialog.tree.setCurrentItem(dialog.tree.session_item(session.id))
        dialog.delete_session()
        return 0

    monkeypatch.setattr(AgendaEditor, "exec", delete_in_the_editor)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.open_session(session.id)
    assert window.session_id == session.id
    qtbot.keyClick(window, Qt.Key.Key_G, CTRL)
    assert services.sessions.of_meeting(second.id) == []
    assert warnings == []
    assert window.session_id is None and window.current_meeting_id() == second.id
