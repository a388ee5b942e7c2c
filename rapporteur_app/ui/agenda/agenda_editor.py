"""The agenda editor: a meeting's details, then its days and sessions, each session
edited in the form beside the list. Everything is saved as it is edited; what a
secretariat would want pointed out is written beside the field concerned."""

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import cast

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.agenda import agenda_problems, meeting_days, problems_by_field
from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import SessionKind, SessionList
from rapporteur_app.domain.model import Meeting, Session
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui import settings
from rapporteur_app.ui.accessible import name_controls
from rapporteur_app.ui.agenda.agenda_tree import AgendaTree
from rapporteur_app.ui.agenda.meeting_form import MeetingForm
from rapporteur_app.ui.agenda.session_form import SessionForm
from rapporteur_app.ui.error_text import describe, problem_text
from rapporteur_app.ui.qt_namespace import Qt

# The label a new session gets, by kind; the number follows those already there.
NEW_LABELS = {
    SessionKind.WORKING_SESSION: "Working Session {0}",
    SessionKind.PANEL: "Panel {0}",
    SessionKind.WORKING_GROUP: "Working Group {0}",
}


class AgendaEditor(QDialog):
    def __init__(self, services: Services, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.meeting_id = meeting_id
        self.sessions: list[Session] = []
        self.shown_session_id: int | None = None
        self.setWindowTitle(self.tr("Agenda"))
        self.resize(1180, 800)
        self.meeting_choice = QComboBox(self)
        self.meeting_choice.setObjectName("meeting-choice")
        self.meeting_choice.setObjectName("meeting-choice")
        self.meeting_choice.activated.connect(self._meeting_chosen)
        self.new_meeting_button = QPushButton(self.tr("New meeting"), self)
        self.new_meeting_button.clicked.connect(self.new_meeting)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Meeting:"), self))
        chooser.addWidget(self.meeting_choice, 1)
        chooser.addWidget(self.new_meeting_button)
        self.meeting_form = MeetingForm(services, self)
        self.meeting_form.saved.connect(self._meeting_saved)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.meeting_form)
        layout.addWidget(self._sessions_part(), 1)
        for button in self.findChildren(QPushButton):
            # Enter in a field saves that field; it must not press a button of the dialog.
            button.setAutoDefault(False)
        settings.keep_geometry(self, "agenda-editor")
        name_controls(self)
        self._fill_meetings()
        self.show_meeting(meeting_id)

    def _sessions_part(self) -> QSplitter:
        self.tree = AgendaTree(self)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.form = SessionForm(self)
        self.form.edited.connect(self._save_field)
        self.add_button = QPushButton(self.tr("&Add session"), self)
        self.add_button.clicked.connect(self.add_session)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.clicked.connect(self.delete_session)
        self.earlier_button = QPushButton(self.tr("Earlier"), self)
        self.earlier_button.setToolTip(self.tr("Exchange places with the session before (Alt+Up)"))
        self.earlier_button.clicked.connect(lambda: self.move_session(-1))
        self.later_button = QPushButton(self.tr("Later"), self)
        self.later_button.setToolTip(self.tr("Exchange places with the session after (Alt+Down)"))
        self.later_button.clicked.connect(lambda: self.move_session(1))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.activated.connect(lambda step=step: self.move_session(step))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.earlier_button, self.later_button):
            buttons.addWidget(button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(buttons)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.hint = QLabel(self.tr("Choose a session on the left, or add one."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.hint)
        self.right.addWidget(scroll)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        letter = self.fontMetrics().averageCharWidth()
        splitter.setSizes([50 * letter, 100 * letter])
        settings.keep_splitter(splitter, "agenda-editor")
        return splitter

    # Meetings

    def _fill_meetings(self) -> None:
        self.meeting_choice.clear()
        for meeting in self._services.meetings.all():
            self.meeting_choice.addItem(meeting.title, meeting.id)

    def _meeting_chosen(self, index: int) -> None:
        meeting_id = self.meeting_choice.itemData(index)
        if isinstance(meeting_id, int) and meeting_id != self.meeting_id:
            self.show_meeting(meeting_id)

    def new_meeting(self) -> None:
        self._flush()
        meeting = self._services.meetings.add(self.tr("New meeting"))
        self._fill_meetings()
        self.show_meeting(meeting.id)
        self.meeting_form.title.setFocus()
        self.meeting_form.title.selectAll()

    def show_meeting(self, meeting_id: int) -> None:
        self._flush()
        self.meeting_id = meeting_id
        self.meeting_choice.setCurrentIndex(self.meeting_choice.findData(meeting_id))
        meeting = self._services.meetings.get(meeting_id)
        self.meeting_form.show_meeting(meeting)
        self.shown_session_id = None
        self.reload(meeting=meeting)

    def _meeting_saved(self, meeting: Meeting) -> None:
        index = self.meeting_choice.findData(meeting.id)
        if index >= 0:
            self.meeting_choice.setItemText(index, meeting.title)
        self.reload(meeting=meeting)

    # Sessions

    def reload(self, select_id: int | None = None, meeting: Meeting | None = None) -> None:
        """Read the agenda again and show it, with every problem in place."""
        meeting = meeting or self._services.meetings.get(self.meeting_id)
        keep = select_id if select_id is not None else self.shown_session_id
        self.sessions = self._services.sessions.of_meeting(self.meeting_id)
        days = meeting_days(meeting)
        self.form.set_days(days)
        self.problems = agenda_problems(self.sessions, meeting)
        self.tree.show_agenda(self.sessions, days, self.problems, keep)
        self._current_changed()

    def current_id(self) -> int | None:
        return self.tree.current_session_id()

    def _current_changed(self, *_args: object) -> None:
        session_id = self.current_id()
        if session_id != self.shown_session_id:
            self._flush()
        session = next((s for s in self.sessions if s.id == session_id), None)
        if session is None:
            self.shown_session_id = None
            self.right.setCurrentWidget(self.hint)
            return
        if session.id != self.shown_session_id:
            self.form.show_session(session)
            self.shown_session_id = session.id
        self.right.setCurrentIndex(1)
        worded = [replace(p, text=problem_text(p)) for p in self.problems]
        self.form.show_problems(problems_by_field(worded, session.id))

    def _flush(self) -> None:
        """Save what is still being typed in the form before anything else is shown."""
        self.form.flush()
        self.meeting_form.flush()

    def _save_field(self, field: str, value: object) -> None:
        session_id = self.shown_session_id
        if session_id is None:
            return
        sessions = self._services.sessions
        try:
            if field == "introducers":
                sessions.set_introducers(session_id, value)  # type: ignore[arg-type]
            elif field == "questions":
                sessions.set_list(session_id, SessionList.QUESTIONS_FOR_DISCUSSION, value)  # type: ignore[arg-type]
            elif field == "times":
                start, end = cast(tuple[time | None, time | None], value)
                sessions.update(session_id, start=start, end=end)
            else:
                sessions.update(session_id, **{field: value})
        except RapporteurError as error:
            self.form.show_refusal(field, describe(error))
            return
        self.form.accept(field)
        self.reload(session_id)

    def _next_label(self, kind: SessionKind) -> str:
        shape = NEW_LABELS.get(kind, "Session {0}")
        count = sum(s.kind is kind for s in self.sessions) + 1
        # Not translated: the label is data, and the agenda documents print it as typed.
        return shape.format(count)

    def add_session(self) -> None:
        """A working session on the chosen day, starting when that day's last one ends."""
        self._flush()
        meeting = self._services.meetings.get(self.meeting_id)
        days = meeting_days(meeting)
        day = self.tree.current_day() or (days[0] if days else None)
        same_day = [s for s in self.sessions if s.day == day and s.end is not None]
        start: time | None = max((s.end for s in same_day if s.end), default=None)
        end = None
        if start is not None and start < time(22, 0):
            end = (datetime.combine(date.min, start) + timedelta(hours=2)).time()
        try:
            added = self._services.sessions.add(
                self.meeting_id, self._next_label(SessionKind.WORKING_SESSION),
                self.tr("New session"), day=day, start=start, end=end,
            )  # fmt: skip
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Agenda"), describe(error))
            return
        self.reload(added.id)
        self.form.title.setFocus()
        self.form.title.selectAll()

    def delete_session(self) -> None:
        session_id = self.current_id()
        if session_id is None:
            return
        session = next(s for s in self.sessions if s.id == session_id)
        logged = self._services.tally.for_session(session_id)
        if logged.statements or logged.rights_of_reply:
            answer = QMessageBox.question(
                self,
                self.tr("Delete the session"),
                self.tr(
                    "{0} has {1} statements logged. Delete it with everything logged in it?"
                ).format(session.heading, logged.statements + logged.rights_of_reply),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.form.flush()
        self._services.sessions.delete(session_id)
        self.shown_session_id = None
        index = self.sessions.index(session)
        rest = [s for s in self.sessions if s.id != session_id]
        self.reload(rest[min(index, len(rest) - 1)].id if rest else None)

    def move_session(self, step: int) -> None:
        """Exchange the chosen session's place (day, times, room) with its neighbour's."""
        session_id = self.current_id()
        ids = [s.id for s in self.sessions]
        if session_id is None:
            return
        index = ids.index(session_id)
        other = index + step
        if not 0 <= other < len(ids):
            return
        self._flush()
        self._services.sessions.swap_slots(session_id, ids[other])
        self.reload(session_id)

    def done(self, result: int) -> None:
        self._flush()
        super().done(result)
