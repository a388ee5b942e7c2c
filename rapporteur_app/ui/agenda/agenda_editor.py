"""The agenda of a meeting: its own details, then its sessions, each edited in a
form beside the list. Everything is saved as it is edited; what a secretariat
would want pointed out (a session ending before it starts, two sessions in one
room at once, a working session without a rapporteur) is shown in place."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import SessionList
from rapporteur_app.domain.model import Session
from rapporteur_app.services.agenda_checks import agenda_problems
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.agenda.session_form import SessionForm


class AgendaEditor(QDialog):
    def __init__(self, services: Services, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.meeting_id = meeting_id
        self.sessions: list[Session] = []
        self.setWindowTitle(self.tr("Agenda"))
        self.resize(1100, 760)
        top = self._meeting_form()
        splitter = self._sessions_part()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.reload()

    def _meeting_form(self) -> QFormLayout:
        meeting = self._services.meetings.get(self.meeting_id)
        self.meeting_title = QLineEdit(meeting.title, self)
        self.meeting_title.setObjectName("meeting-title")
        self.venue = QLineEdit(meeting.venue, self)
        self.first_day = QDateEdit(QDate(meeting.start or date.today()), self)
        self.last_day = QDateEdit(QDate(meeting.end or meeting.start or date.today()), self)
        for editor in (self.first_day, self.last_day):
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("yyyy-MM-dd")
            editor.editingFinished.connect(self._save_meeting)
        self.meeting_background = QPlainTextEdit(meeting.background, self)
        self.meeting_background.setMaximumHeight(80)
        self.meeting_problem = QLabel(self)
        self.meeting_problem.setStyleSheet("color: #b00020;")
        self.meeting_title.editingFinished.connect(self._save_meeting)
        self.venue.editingFinished.connect(self._save_meeting)
        self.meeting_background.textChanged.connect(self._save_meeting)
        top = QFormLayout()
        top.addRow(self.tr("Meeting:"), self.meeting_title)
        top.addRow(self.tr("Venue:"), self.venue)
        days = QHBoxLayout()
        days.addWidget(self.first_day)
        days.addWidget(QLabel("–", self))
        days.addWidget(self.last_day)
        top.addRow(self.tr("Dates:"), days)
        top.addRow(self.tr("Background:"), self.meeting_background)
        top.addRow(self.meeting_problem)
        return top

    def _sessions_part(self) -> QSplitter:
        self.list = QListWidget(self)
        self.list.setObjectName("sessions")
        self.list.currentRowChanged.connect(self._show_current)
        self.form = SessionForm(self)
        self.form.edited.connect(self._save_field)
        add = QPushButton(self.tr("&Add session"), self)
        add.clicked.connect(self.add_session)
        self.add_button = add
        delete = QPushButton(self.tr("&Delete"), self)
        delete.clicked.connect(self.delete_session)
        up = QPushButton(self.tr("Earlier"), self)
        up.setToolTip(self.tr("Exchange day, time and room with the session before"))
        up.clicked.connect(lambda: self.move(-1))
        down = QPushButton(self.tr("Later"), self)
        down.setToolTip(self.tr("Exchange day, time and room with the session after"))
        down.clicked.connect(lambda: self.move(1))
        buttons = QHBoxLayout()
        for button in (add, delete, up, down):
            # Enter in a field saves that field; it must not press a button of the dialog.
            button.setAutoDefault(False)
            buttons.addWidget(button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setSizes([380, 700])
        return splitter

    def _save_meeting(self) -> None:
        try:
            self._services.meetings.update(
                self.meeting_id,
                title=self.meeting_title.text(),
                venue=self.venue.text(),
                start=self.first_day.date().toPython(),
                end=self.last_day.date().toPython(),
                background=self.meeting_background.toPlainText(),
            )
        except RapporteurError as error:
            self.meeting_problem.setText(f"⚠ {error}")
            return
        self.meeting_problem.setText("")

    def reload(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.current_id()
        self.sessions = self._services.sessions.of_meeting(self.meeting_id)
        problems = agenda_problems(self.sessions)
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for session in self.sessions:
                when = (
                    f"{session.day:%d %b} {session.start:%H:%M}  "
                    if session.day and session.start
                    else ""
                )
                warn = "⚠ " if session.id in problems else ""
                item = QListWidgetItem(f"{warn}{when}{session.heading}")
                item.setData(Qt.ItemDataRole.UserRole, session.id)
                self.list.addItem(item)
        finally:
            self.list.blockSignals(False)
        ids = [s.id for s in self.sessions]
        if ids:
            self.list.setCurrentRow(ids.index(current) if current in ids else 0)
            self._show_current()
        self._problems = problems

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _show_current(self, *_args: object) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.sessions):
            session = self.sessions[row]
            self.form.show_session(session)
            self.form.show_problems(agenda_problems(self.sessions).get(session.id, []))

    def _save_field(self, field: str, value: object) -> None:
        session_id = self.current_id()
        if session_id is None:
            return
        sessions = self._services.sessions
        try:
            if field == "introducers":
                sessions.set_introducers(session_id, value)  # type: ignore[arg-type]
            elif field == "questions":
                sessions.set_list(session_id, SessionList.QUESTIONS_FOR_DISCUSSION, value)  # type: ignore[arg-type]
            else:
                sessions.update(session_id, **{field: value})
        except RapporteurError as error:
            # Shown beside the form; the field keeps what was typed so it can be corrected.
            self.form.show_problems([str(error)])
            return
        if field in ("introducers", "questions", "background"):
            self.sessions = self._services.sessions.of_meeting(self.meeting_id)
            return
        self.reload(session_id)

    def add_session(self) -> None:
        number = len(self.sessions) + 1
        added = self._services.sessions.add(
            self.meeting_id, f"Session {number}", self.tr("New session")
        )
        self.reload(added.id)
        self.form.title.setFocus()
        self.form.title.selectAll()

    def delete_session(self) -> None:
        session_id = self.current_id()
        if session_id is not None:
            self._services.sessions.delete(session_id)
            self.reload()

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        other = row + step
        if not (0 <= row < len(self.sessions) and 0 <= other < len(self.sessions)):
            return
        moved = self.sessions[row].id
        self._services.sessions.swap_slots(moved, self.sessions[other].id)
        self.reload(moved)
