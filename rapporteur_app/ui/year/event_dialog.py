"""A new event of the year: its kind, title, place and dates. A workshop or a country
visit is complete with these; it is never asked for sessions."""

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.agenda import parse_day
from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.model import Meeting
from rapporteur_app.domain.year import EventKind
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.year.words import kind_names


class EventDialog(QDialog):
    def __init__(self, services: Services, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.added: Meeting | None = None
        self.setWindowTitle(self.tr("New event"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("event-kind")
        for kind, name in kind_names().items():
            self.kind.addItem(name, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(EventKind.COUNTRY_VISIT.value))
        self.title = QLineEdit(self)
        self.title.setObjectName("event-title")
        self.place = QLineEdit(self)
        self.place.setObjectName("event-place")
        self.first_day = QLineEdit(self)
        self.first_day.setObjectName("event-first-day")
        self.first_day.setPlaceholderText(f"{year}-06-06")
        self.last_day = QLineEdit(self)
        self.last_day.setObjectName("event-last-day")
        self.problem = QLabel(self)
        self.problem.setObjectName("event-problem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind") + ":", self.kind)
        form.addRow(self.tr("Title") + ":", self.title)
        form.addRow(self.tr("Place") + ":", self.place)
        form.addRow(self.tr("First day") + ":", self.first_day)
        form.addRow(self.tr("Last day") + ":", self.last_day)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def add(self) -> None:
        """Add the event; a wrong value is said below the form and nothing is added."""
        try:
            start: date | None = parse_day(self.first_day.text())
            end = parse_day(self.last_day.text()) or start
            self.added = self._services.meetings.add(
                self.title.text(),
                self.place.text(),
                start,
                end,
                kind=EventKind(str(self.kind.currentData())),
            )
        except RapporteurError as error:
            self.problem.setText(describe(error))
            return
        self.accept()
