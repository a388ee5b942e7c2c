"""The form of one session of the agenda, saved field by field as it is edited.

Each field has its problems written beside it: a time that is not one, a
session ending before it starts, a room taken twice, a working session
without a rapporteur. Nothing here talks to the database: the form says what
was edited (:attr:`SessionForm.edited`) and the editor saves it.
"""

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from rapporteur_app.domain.agenda import clock_text, parse_clock
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import SessionKind
from rapporteur_app.domain.model import Session
from rapporteur_app.ui.agenda.field_problem import ProblemLabel, beside
from rapporteur_app.ui.agenda.introducers_table import IntroducersTable
from rapporteur_app.ui.dates import short_day
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.rich_text_edit import RichTextEdit
from rapporteur_app.ui.translation_marks import QT_TRANSLATE_NOOP

KIND_LABELS = {
    SessionKind.OPENING: QT_TRANSLATE_NOOP("SessionForm", "Opening session"),
    SessionKind.WORKING_SESSION: QT_TRANSLATE_NOOP("SessionForm", "Working session"),
    SessionKind.PANEL: QT_TRANSLATE_NOOP("SessionForm", "Panel"),
    SessionKind.WORKING_GROUP: QT_TRANSLATE_NOOP("SessionForm", "Working group"),
    SessionKind.SIDE_EVENT: QT_TRANSLATE_NOOP("SessionForm", "Side event"),
    SessionKind.CLOSING: QT_TRANSLATE_NOOP("SessionForm", "Closing session"),
    SessionKind.ITEM: QT_TRANSLATE_NOOP("SessionForm", "Agenda item (no rapport)"),
}
FIELDS = ("kind", "label", "title", "day", "start", "end", "room", "moderator", "rapporteur",
          "introducers", "background", "questions")  # fmt: skip
# Long texts are saved when typing pauses, not at every key.
TYPING_PAUSE_MS = 600


class SessionForm(QWidget):
    # (field, value): the editor saves it and says what the services answered.
    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._days: list[date] = []
        self.kind = QComboBox(self)
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind.value)
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("e.g. Working Session 14, SESSION II, Panel 3"))
        self.title = QLineEdit(self)
        self.day = QComboBox(self)
        self.start = QLineEdit(self)
        self.end = QLineEdit(self)
        for clock in (self.start, self.end):
            clock.setPlaceholderText(self.tr("10.30"))
            clock.setMaximumWidth(90)
        # One form row holds both: each needs its own name for a screen reader.
        self.start.setAccessibleName(self.tr("Starts at"))
        self.end.setAccessibleName(self.tr("Ends at"))
        self.room = QLineEdit(self)
        self.moderator = QLineEdit(self)
        self.moderator.setPlaceholderText(self.tr("Name, function"))
        self.rapporteur = QLineEdit(self)
        self.rapporteur.setPlaceholderText(self.tr("Name, function"))
        self.introducers = IntroducersTable(self)
        self.background = RichTextEdit(self)
        self.background.setMinimumHeight(90)
        # Each paragraph or list item one question, with its emphasis and links.
        self.questions = RichTextEdit(self)
        self.questions.setPlaceholderText(self.tr("One question per line"))
        self.questions.setMinimumHeight(80)
        for name, widget in (
            ("kind", self.kind), ("label", self.label), ("title", self.title), ("day", self.day),
            ("start", self.start), ("end", self.end), ("room", self.room),
            ("moderator", self.moderator), ("rapporteur", self.rapporteur),
            ("background", self.background), ("questions", self.questions),
        ):  # fmt: skip
            widget.setObjectName(name)
        self.problems = {name: ProblemLabel(self) for name in FIELDS}
        for name, problem in self.problems.items():
            problem.setObjectName(f"{name}-problem")
        self._pending: dict[str, Callable[[], object]] = {}
        # Problems found while editing (a time unreadable, an edit refused), kept until the
        # field is saved, and the agenda's problems as the editor last computed them.
        self._own: dict[str, list[str]] = {}
        self._agenda: dict[str, list[str]] = {}
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.flush)
        self._layout()
        self._connect()

    def _layout(self) -> None:
        form = QFormLayout(self)
        times = QWidget(self)
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.start, QLabel("–", self), self.end, self.problems["start"]):
            row.addWidget(widget)
        row.addWidget(self.problems["end"])
        row.addStretch(1)
        captions = {
            "kind": QT_TRANSLATE_NOOP("SessionForm", "Kind"),
            "label": QT_TRANSLATE_NOOP("SessionForm", "Label"),
            "title": QT_TRANSLATE_NOOP("SessionForm", "Title"),
            "day": QT_TRANSLATE_NOOP("SessionForm", "Day"),
            "room": QT_TRANSLATE_NOOP("SessionForm", "Room"),
            "moderator": QT_TRANSLATE_NOOP("SessionForm", "Moderator"),
            "rapporteur": QT_TRANSLATE_NOOP("SessionForm", "Rapporteur"),
            "introducers": QT_TRANSLATE_NOOP("SessionForm", "Introducers"),
            "background": QT_TRANSLATE_NOOP("SessionForm", "Background"),
            "questions": QT_TRANSLATE_NOOP("SessionForm", "Questions for discussion"),
        }
        editors: dict[str, QWidget] = {
            "kind": self.kind,
            "label": self.label,
            "title": self.title,
            "day": self.day,
            "room": self.room,
            "moderator": self.moderator,
            "rapporteur": self.rapporteur,
            "introducers": self.introducers,
            "background": self.background,
            "questions": self.questions,
        }
        for name, editor in editors.items():
            form.addRow(self.tr(captions[name]) + ":", beside(editor, self.problems[name], self))
            if name == "day":
                form.addRow(self.tr("Time") + ":", times)

    def _connect(self) -> None:
        def emit(field: str, read: Callable[[], object]) -> Callable[..., None]:
            def send(*_args: object) -> None:
                if not self._loading:
                    self._send(field, read)

            return send

        def later(field: str, read: Callable[[], object]) -> Callable[..., None]:
            def wait(*_args: object) -> None:
                if not self._loading:
                    self._pending[field] = read
                    self._typing.start()

            return wait

        self.kind.activated.connect(emit("kind", lambda: SessionKind(self.kind.currentData())))
        lines = {"label": self.label, "title": self.title, "room": self.room,
                 "moderator": self.moderator, "rapporteur": self.rapporteur}  # fmt: skip
        for field, line in lines.items():
            line.editingFinished.connect(emit(field, line.text))
        self.day.activated.connect(emit("day", self.chosen_day))
        self.start.editingFinished.connect(self._times_edited)
        self.end.editingFinished.connect(self._times_edited)
        self.introducers.changed.connect(self._introducers_edited)
        self.background.textChanged.connect(later("background", self.background.markup))
        self.questions.textChanged.connect(later("questions", self.question_list))

    def _send(self, field: str, read: Callable[[], object]) -> None:
        self.edited.emit(field, read())

    def _times_edited(self) -> None:
        """Both times are saved together, so that moving a session later is one edit."""
        if self._loading:
            return
        times = []
        for field, line in (("start", self.start), ("end", self.end)):
            try:
                value = parse_clock(line.text())
            except InvalidInput as error:
                self._own[field] = [describe(error)]
                self._render()
                return
            self._own.pop(field, None)
            line.setText(clock_text(value))
            times.append(value)
        self._render()
        self.edited.emit("times", (times[0], times[1]))

    def _introducers_edited(self, people: list[object]) -> None:
        if self.introducers.unnamed_rows():
            self._own["introducers"] = [self.tr("A row without a name is not saved.")]
        else:
            self._own.pop("introducers", None)
        self._render()
        if not self._loading:
            self.edited.emit("introducers", people)

    def flush(self) -> None:
        """Save what is still being typed (called before another session is shown)."""
        self._typing.stop()
        pending, self._pending = self._pending, {}
        for field, read in pending.items():
            self.edited.emit(field, read())

    def question_list(self) -> list[str]:
        return self.questions.items()

    def chosen_day(self) -> date | None:
        value = self.day.currentData()
        return date.fromisoformat(value) if value else None

    def set_days(self, days: Sequence[date]) -> None:
        """The meeting's days, offered for each session (refreshed when they change)."""
        if list(days) == self._days:
            return
        current = self.chosen_day() if self.day.count() else None
        self._days = list(days)
        if self.day.count():
            self._loading = True
            try:
                self._fill_days(current)
            finally:
                self._loading = False

    def _fill_days(self, current: date | None) -> None:
        self.day.clear()
        days = sorted({*self._days, *([current] if current else [])})
        for day in days:
            text = short_day(day)
            if day in self._days:
                text = self.tr("Day {0} — {1}").format(self._days.index(day) + 1, text)
            self.day.addItem(text, day.isoformat())
        self.day.addItem(self.tr("No day yet"), "")
        self.day.setCurrentIndex(self.day.findData(current.isoformat() if current else ""))

    def show_session(self, session: Session) -> None:
        self._loading = True
        try:
            self.kind.setCurrentIndex(self.kind.findData(session.kind.value))
            self.label.setText(session.label)
            self.title.setText(session.title)
            self._fill_days(session.day)
            self.start.setText(clock_text(session.start))
            self.end.setText(clock_text(session.end))
            self.room.setText(session.room)
            self.moderator.setText(session.moderator)
            self.rapporteur.setText(session.rapporteur)
            self.introducers.set_introducers(session.introducers)
            self.background.setMarkup(session.background)
            self.questions.setItems(list(session.questions))
        finally:
            self._loading = False
        self._own.clear()
        self._agenda = {}
        self._render()

    def show_problems(self, by_field: dict[str, list[str]]) -> None:
        """The agenda's problems for this session, each beside its field."""
        self._agenda = by_field
        self._render()

    def show_refusal(self, field: str, message: str) -> None:
        """The services refused an edit: say why beside the field, keep what was typed."""
        target = "end" if field == "times" else field
        self._own[target if target in self.problems else "title"] = [message]
        self._render()

    def accept(self, field: str) -> None:
        """An edit was saved: what was said about that field no longer holds."""
        for name in ("start", "end") if field == "times" else (field,):
            self._own.pop(name, None)
        self._render()

    def _render(self) -> None:
        for name, label in self.problems.items():
            label.show_problems(self._own.get(name, []) + self._agenda.get(name, []))
