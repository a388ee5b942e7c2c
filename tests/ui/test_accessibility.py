"""Every control a screen reader can reach has a name: the test walks the widget
tree of the main window (its console, Statements and Rapport tabs), of the
console's key list and projector and of each dialog, and
asks Qt's accessibility layer for each control's name, as a screen reader would."""

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.console.console_view import ConsoleView
from rapporteur_app.ui.main_window import MainWindow

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if any(widget is s or s.isAncestorOf(widget) for s in skip):
            continue
        if not isinstance(widget, CONTROLS):
            continue
        # A combo box's or a spin box's line edit and a scroll area's bars are parts of one control.
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
            continue
        # A line edit's clear button is part of the line edit.
        if isinstance(widget, QAbstractButton) and isinstance(parent, QLineEdit):
            continue
        if isinstance(widget, QAbstractSlider) and not isinstance(parent, QWidget | None):
            continue
        # Parts of a control that Qt names itself or that readers skip: the scroll bars,
        # a table's header and corner button, the menu bar's overflow button.
        if widget.metaObject().className() in ("QScrollBar", "QHeaderView"):
            continue
        if widget.objectName() in ("qt_tableview_cornerbutton", "qt_menubar_ext_button"):
            continue
        # A combo box's drop-down list belongs to the combo box (named by it).
        if parent is not None and parent.metaObject().className() == "QComboBoxPrivateContainer":
            continue
        if not accessible_name(widget):
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(parent).__name__ if parent else '-'}"
            )
    return found


def test_every_control_of_the_main_window_has_a_name(qtbot: QtBot, services: Services) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    services.statements.add(session.id, "Ms A", "France", Category.DELEGATION)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.open_session(session.id)
    missing = unnamed(window)
    print("MISSING", *missing, sep="\n  ")
    assert missing == []


def test_every_control_of_the_console_its_key_list_and_projector_has_a_name(
    qtbot: QtBot, services: Services
) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.open_session(session.id)
    console = window.session_views[0]
    assert isinstance(console, ConsoleView)
    console.quick_entry.setText("Austria")
    console.quick_entry.submit()
    console.give_floor()
    console.show_key_list()
    console.toggle_projector()
    assert console.projector is not None and console.key_list is not None
    missing = unnamed(console) + unnamed(console.projector) + unnamed(console.key_list)
    print("MISSING", *missing, sep="\n  ")
    assert missing == []


@pytest.mark.parametrize(
    "dialog", ["export", "agenda", "participants", "backups", "registration", "documents"]
)
def test_every_control_of_each_dialog_has_a_name(
    qtbot: QtBot, services: Services, dialog: str, tmp_path: Path
) -> None:
    from rapporteur_app.ui.agenda.agenda_editor import AgendaEditor
    from rapporteur_app.ui.agenda.registration_dialog import RegistrationDialog
    from rapporteur_app.ui.backups_dialog import BackupsDialog
    from rapporteur_app.ui.participants.participants_view import ParticipantsView
    from rapporteur_app.ui.rapport.document_settings_dialog import DocumentSettingsDialog
    from rapporteur_app.ui.rapport.meeting_export_dialog import MeetingExportDialog

    meeting = services.meetings.add("Human Dimension Meeting")
    services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    registration = tmp_path / "registration.csv"
    registration.write_text("Name,Organization,Category\nMs A,France,delegation\n")
    made: QWidget
    if dialog == "export":
        made = MeetingExportDialog(services, meeting.id)
    elif dialog == "agenda":
        made = AgendaEditor(services, meeting.id)
    elif dialog == "participants":
        made = ParticipantsView(services, meeting.id)
    elif dialog == "backups":
        made = BackupsDialog(services)
    elif dialog == "documents":
        made = DocumentSettingsDialog(services, meeting.id)
    else:
        made = RegistrationDialog(services, meeting.id, str(registration))
    qtbot.addWidget(made)
    made.show()
    if isinstance(made, RegistrationDialog):
        qtbot.waitUntil(lambda: made.reading is None, timeout=30_000)  # read in a worker
    missing = unnamed(made)
    print("MISSING", *missing, sep="\n  ")
    assert missing == []
