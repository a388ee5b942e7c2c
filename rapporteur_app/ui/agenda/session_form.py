"""The form of one session of the agenda; saved field by field as it is edited."""

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from rapporteur_app.domain.kinds import SessionKind
from rapporteur_app.domain.model import Introducer, Session

KIND_LABELS = {
    SessionKind.OPENING: "Opening session",
    SessionKind.WORKING_SESSION: "Working session",
    SessionKind.PANEL: "Panel",
    SessionKind.WORKING_GROUP: "Working group",
    SessionKind.SIDE_EVENT: "Side event",
    SessionKind.CLOSING: "Closing session",
}


def parse_introducers(text: str) -> list[Introducer]:
    """One per line: 'Name, function, organization' (function and organization optional)."""
    introducers = []
    for line in text.split("\n"):
        parts = [part.strip() for part in line.split(",")]
        if not parts[0]:
            continue
        organization = parts[-1] if len(parts) > 2 else ""
        function = (
            ", ".join(parts[1:-1]) if len(parts) > 2 else (parts[1] if len(parts) == 2 else "")
        )
        introducers.append(Introducer(parts[0], function, organization))
    return introducers


def introducers_text(introducers: tuple[Introducer, ...]) -> str:
    return "\n".join(
        ", ".join(part for part in (i.name, i.function, i.organization) if part)
        for i in introducers
    )


class SessionForm(QWidget):
    # (field, value): the editor saves it and shows what the services say.
    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.kind = QComboBox(self)
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind.value)
        self.label = QLineEdit(self)
        self.label.setObjectName("label")
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start = QTimeEdit(self)
        self.start.setObjectName("start")
        self.end = QTimeEdit(self)
        self.end.setObjectName("end")
        for editor in (self.start, self.end):
            editor.setDisplayFormat("HH:mm")
        self.room = QLineEdit(self)
        self.room.setObjectName("room")
        self.moderator = QLineEdit(self)
        self.moderator.setPlaceholderText(self.tr("Name, function"))
        self.rapporteur = QLineEdit(self)
        self.rapporteur.setObjectName("rapporteur")
        self.rapporteur.setPlaceholderText(self.tr("Name, function"))
        self.introducers = QPlainTextEdit(self)
        self.introducers.setPlaceholderText(self.tr("One per line: name, function, organization"))
        self.introducers.setMaximumHeight(80)
        self.background = QPlainTextEdit(self)
        self.background.setMaximumHeight(110)
        self.questions = QPlainTextEdit(self)
        self.questions.setPlaceholderText(self.tr("One question per line"))
        self.questions.setMaximumHeight(90)
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.problems)
        for caption, widget in (
            ("Kind", self.kind), ("Label", self.label), ("Title", self.title),
            ("Day", self.day), ("Starts", self.start), ("Ends", self.end), ("Room", self.room),
            ("Moderator", self.moderator), ("Rapporteur", self.rapporteur),
            ("Introducers", self.introducers), ("Background", self.background),
            ("Questions for discussion", self.questions),
        ):  # fmt: skip
            form.addRow(self.tr(caption) + ":", widget)
        self._connect()

    def _connect(self) -> None:
        def emit(field: str, read: Callable[[], object]) -> Callable[..., None]:
            def send(*_args: object) -> None:
                if not self._loading:
                    self.edited.emit(field, read())

            return send

        self.kind.activated.connect(emit("kind", lambda: SessionKind(self.kind.currentData())))
        lines = {
            "label": self.label,
            "title": self.title,
            "room": self.room,
            "moderator": self.moderator,
            "rapporteur": self.rapporteur,
        }
        for field, line in lines.items():
            line.editingFinished.connect(emit(field, line.text))
        self.day.editingFinished.connect(emit("day", lambda: self.day.date().toPython()))
        self.start.editingFinished.connect(emit("start", lambda: self.start.time().toPython()))
        self.end.editingFinished.connect(emit("end", lambda: self.end.time().toPython()))
        self.introducers.textChanged.connect(
            emit("introducers", lambda: parse_introducers(self.introducers.toPlainText()))
        )
        self.background.textChanged.connect(emit("background", self.background.toPlainText))
        self.questions.textChanged.connect(
            emit(
                "questions",
                lambda: [q for q in self.questions.toPlainText().split("\n") if q.strip()],
            )
        )

    def show_session(self, session: Session) -> None:
        self._loading = True
        try:
            self.kind.setCurrentIndex(self.kind.findData(session.kind.value))
            self.label.setText(session.label)
            self.title.setText(session.title)
            self.day.setDate(QDate(session.day or date.today()))
            self.start.setTime(QTime(session.start or time(9, 0)))
            self.end.setTime(QTime(session.end or time(10, 0)))
            self.room.setText(session.room)
            self.moderator.setText(session.moderator)
            self.rapporteur.setText(session.rapporteur)
            self.introducers.setPlainText(introducers_text(session.introducers))
            self.background.setPlainText(session.background)
            self.questions.setPlainText("\n".join(session.questions))
        finally:
            self._loading = False

    def show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(f"⚠ {p}" for p in problems))
        self.problems.setVisible(bool(problems))
