"""The meeting's own details at the top of the agenda editor, saved as edited."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from rapporteur_app.domain.agenda import parse_day
from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.model import Meeting
from rapporteur_app.domain.year import EventKind
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.agenda.field_problem import ProblemLabel, beside
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.rich_text_edit import RichTextEdit
from rapporteur_app.ui.year.words import kind_names

TYPING_PAUSE_MS = 600


class MeetingForm(QWidget):
    # The meeting as saved, each time it changes (the editor refreshes the days).
    saved = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.meeting: Meeting | None = None
        self._loading = False
        self.title = QLineEdit(self)
        self.title.setObjectName("meeting-title")
        self.kind = QComboBox(self)
        self.kind.setObjectName("meeting-kind")
        for kind, name in kind_names().items():
            self.kind.addItem(name, kind.value)
        self.venue = QLineEdit(self)
        self.venue.setObjectName("venue")
        self.venue.setPlaceholderText(self.tr("e.g. Vienna, Hofburg, Neuer Saal"))
        self.first_day = QLineEdit(self)
        self.first_day.setObjectName("first-day")
        self.last_day = QLineEdit(self)
        self.last_day.setObjectName("last-day")
        for day in (self.first_day, self.last_day):
            day.setPlaceholderText(self.tr("2022-07-18"))
            day.setMaximumWidth(120)
        self.background = RichTextEdit(self)
        self.background.setObjectName("meeting-background")
        self.background.setMaximumHeight(70)
        self.title_problem = ProblemLabel(self)
        self.dates_problem = ProblemLabel(self)
        self.dates_problem.setObjectName("dates-problem")
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._save_background)
        dates = QWidget(self)
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.first_day, QLabel("–", self), self.last_day):
            row.addWidget(widget)
        row.addWidget(self.dates_problem)
        row.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Title") + ":", beside(self.title, self.title_problem, self))
        form.addRow(self.tr("Kind") + ":", self.kind)
        form.addRow(self.tr("Venue") + ":", self.venue)
        form.addRow(self.tr("Dates") + ":", dates)
        form.addRow(self.tr("Background") + ":", self.background)
        self.title.editingFinished.connect(self._save_title_and_venue)
        self.venue.editingFinished.connect(self._save_title_and_venue)
        self.kind.currentIndexChanged.connect(lambda _index: self._save_kind())
        self.first_day.editingFinished.connect(self._save_dates)
        self.last_day.editingFinished.connect(self._save_dates)
        self.background.textChanged.connect(lambda: None if self._loading else self._typing.start())

    def show_meeting(self, meeting: Meeting) -> None:
        self.flush()
        self.meeting = meeting
        self._loading = True
        try:
            self.title.setText(meeting.title)
            self.venue.setText(meeting.venue)
            self.kind.setCurrentIndex(self.kind.findData(meeting.kind.value))
            self.first_day.setText(meeting.start.isoformat() if meeting.start else "")
            self.last_day.setText(meeting.end.isoformat() if meeting.end else "")
            self.background.setMarkup(meeting.background)
        finally:
            self._loading = False
        self.title_problem.show_problems([])
        self.dates_problem.show_problems([])

    def flush(self) -> None:
        if self._typing.isActive():
            self._save_background()

    def _save_title_and_venue(self) -> None:
        if self.meeting is None or self._loading:
            return
        try:
            changed = self._services.meetings.update(
                self.meeting.id, title=self.title.text(), venue=self.venue.text()
            )
        except RapporteurError as error:
            self.title_problem.show_problems([describe(error)])
            return
        self.title_problem.show_problems([])
        self._saved(changed)

    def _save_kind(self) -> None:
        if self.meeting is None or self._loading:
            return
        kind = EventKind(str(self.kind.currentData()))
        self._saved(self._services.meetings.update(self.meeting.id, kind=kind))

    def _save_dates(self) -> None:
        if self.meeting is None or self._loading:
            return
        try:
            start = parse_day(self.first_day.text())
            end = parse_day(self.last_day.text()) or start
            changed = self._services.meetings.set_dates(self.meeting.id, start, end)
        except RapporteurError as error:
            self.dates_problem.show_problems([describe(error)])
            return
        self.dates_problem.show_problems([])
        self._loading = True
        try:
            self.last_day.setText(changed.end.isoformat() if changed.end else "")
            self.first_day.setText(changed.start.isoformat() if changed.start else "")
        finally:
            self._loading = False
        self._saved(changed)

    def _save_background(self) -> None:
        self._typing.stop()
        if self.meeting is None:
            return
        try:
            changed = self._services.meetings.update(
                self.meeting.id, background=self.background.markup()
            )
        except RapporteurError as error:
            self.title_problem.show_problems([describe(error)])
            return
        self._saved(changed)

    def _saved(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.saved.emit(meeting)
