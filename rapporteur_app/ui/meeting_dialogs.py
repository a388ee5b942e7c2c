"""The main window's dialogs about a meeting (the Meeting menu): a new meeting, its
agenda, its registration list, its participants and organizations, its documents'
settings and its exports. Each acts on the meeting chosen on the left, and the
meetings list is read again after a dialog that may change it.

The strings keep the translation context of the window they were written in
("MainWindow"), so the translations stay where they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# QMessageBox is imported in the functions that show a message: making its class
# costs the window's first paint 2.5 ms (docs/architecture.md, "Qt").
from PySide6.QtCore import QCoreApplication, QTimer

if TYPE_CHECKING:
    from rapporteur_app.ui.main_window import MainWindow


class MeetingDialogs:
    """The Meeting menu's dialogs, opened over the window."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def export_meeting(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from rapporteur_app.ui.rapport.meeting_export_dialog import MeetingExportDialog

        meeting_id = self._window.current_meeting_id()
        if meeting_id is None:
            QMessageBox.information(
                self._window,
                QCoreApplication.translate("MainWindow", "Rapporteur"),
                QCoreApplication.translate("MainWindow", "Choose a meeting on the left first."),
            )
            return
        MeetingExportDialog(self._window.services, meeting_id, parent=self._window).exec()

    def document_settings(self) -> None:
        from rapporteur_app.ui.rapport.document_settings_dialog import DocumentSettingsDialog

        meeting_id = self.chosen_meeting()
        if meeting_id is not None:
            DocumentSettingsDialog(
                self._window.services, meeting_id, self._window.session_id, self._window
            ).exec()

    def chosen_meeting(self) -> int | None:
        from PySide6.QtWidgets import QMessageBox

        meeting_id = self._window.current_meeting_id()
        if meeting_id is None:
            QMessageBox.information(
                self._window,
                QCoreApplication.translate("MainWindow", "Rapporteur"),
                QCoreApplication.translate("MainWindow", "Choose a meeting on the left first."),
            )
        return meeting_id

    def new_meeting(self) -> None:
        from rapporteur_app.ui.agenda.agenda_editor import AgendaEditor

        meeting = self._window.services.meetings.add(
            QCoreApplication.translate("MainWindow", "New meeting")
        )
        editor = AgendaEditor(self._window.services, meeting.id, self._window)
        # A new meeting is named first: the cursor on its title, the placeholder chosen.
        title = editor.meeting_form.title
        QTimer.singleShot(0, title.setFocus)
        QTimer.singleShot(0, title.selectAll)
        editor.exec()
        self._window.refresh()
        # The rapporteur made the meeting to log it: its first session is chosen,
        # ready for the console (the meeting itself if it has none yet).
        sessions = self._window.services.sessions.of_meeting(meeting.id)
        if sessions:
            self._window.open_session(sessions[0].id)
            self._window.show_console()  # the keys go to its quick entry
        else:
            self._window.select_meeting(meeting.id)

    def edit_agenda(self) -> None:
        from rapporteur_app.ui.agenda.agenda_editor import AgendaEditor

        meeting_id = self.chosen_meeting()
        if meeting_id is not None:
            AgendaEditor(self._window.services, meeting_id, self._window).exec()
            self._window.refresh()

    def import_registration(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from rapporteur_app.ui.agenda.registration_dialog import FILE_FILTER, RegistrationDialog

        meeting_id = self.chosen_meeting()
        if meeting_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            QCoreApplication.translate("MainWindow", "Registration list"),
            "",
            QCoreApplication.translate("RegistrationDialog", FILE_FILTER),
        )
        if path:
            RegistrationDialog(self._window.services, meeting_id, path, self._window).exec()

    def participants(self) -> None:
        meeting_id = self.chosen_meeting()
        if meeting_id is not None:
            self.show_participants(meeting_id)

    def show_participants(
        self, meeting_id: int, *, person_id: int | None = None, organizations: bool = False
    ) -> None:
        """The meeting's participants and organizations (a person or the organizations
        tab chosen, for a search result), then the meetings list read again."""
        from rapporteur_app.ui.participants.participants_view import ParticipantsView

        view = ParticipantsView(self._window.services, meeting_id, self._window)
        if person_id is not None:
            view.people.select_person(person_id)
        if organizations:
            view.tabs.setCurrentWidget(view.organizations)
        view.exec()
        self._window.refresh()
