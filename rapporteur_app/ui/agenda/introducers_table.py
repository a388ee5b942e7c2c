"""A session's introducers, panellists and keynote speakers: one row each, in order."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.kinds import IntroducerRole
from rapporteur_app.domain.model import Introducer
from rapporteur_app.ui.translation_marks import QT_TRANSLATE_NOOP

ROLE_LABELS = {
    IntroducerRole.INTRODUCER: QT_TRANSLATE_NOOP("IntroducersTable", "Introducer"),
    IntroducerRole.PANELLIST: QT_TRANSLATE_NOOP("IntroducersTable", "Panellist"),
    IntroducerRole.KEYNOTE: QT_TRANSLATE_NOOP("IntroducersTable", "Keynote speaker"),
}
NAME, FUNCTION, ORGANIZATION, ROLE = range(4)


class IntroducersTable(QWidget):
    # The whole list, each time a row is finished, added, removed or moved.
    changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("introducers")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Function"), self.tr("Organization"), self.tr("Role")]
        )
        header = self.table.horizontalHeader()
        for column in (NAME, FUNCTION, ORGANIZATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(170)
        self.table.itemChanged.connect(self._emit)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_introducers(self, introducers: tuple[Introducer, ...]) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for person in introducers:
                self._append(person)
        finally:
            self._loading = False

    def introducers(self) -> list[Introducer]:
        """The rows that have a name (a row being typed is left out until it has one)."""
        people = []
        for row in range(self.table.rowCount()):
            name = self._text(row, NAME)
            if name:
                people.append(
                    Introducer(
                        name, self._text(row, FUNCTION), self._text(row, ORGANIZATION),
                        IntroducerRole(self._role(row).currentData()),
                    )
                )  # fmt: skip
        return people

    def unnamed_rows(self) -> int:
        """Rows with a function or organization but no name: worth pointing out."""
        return sum(
            1
            for row in range(self.table.rowCount())
            if not self._text(row, NAME)
            and (self._text(row, FUNCTION) or self._text(row, ORGANIZATION))
        )

    def add_row(self) -> None:
        self._append(Introducer(""))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, NAME)
        item = self.table.item(row, NAME)
        if item is not None:
            self.table.editItem(item)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._emit()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        people = self._rows()
        people[row], people[target] = people[target], people[row]
        self._loading = True
        try:
            self.table.setRowCount(0)
            for person in people:
                self._append(person)
        finally:
            self._loading = False
        self.table.setCurrentCell(
            target, self.table.currentColumn() if self.table.currentColumn() >= 0 else NAME
        )
        self._emit()

    def _rows(self) -> list[Introducer]:
        return [
            Introducer(
                self._text(row, NAME), self._text(row, FUNCTION), self._text(row, ORGANIZATION),
                IntroducerRole(self._role(row).currentData()),
            )
            for row in range(self.table.rowCount())
        ]  # fmt: skip

    def _append(self, person: Introducer) -> None:
        loading, self._loading = self._loading, True
        try:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in ((NAME, person.name), (FUNCTION, person.function),
                                 (ORGANIZATION, person.organization)):  # fmt: skip
                self.table.setItem(row, column, QTableWidgetItem(text))
            role = QComboBox(self.table)
            for value, label in ROLE_LABELS.items():
                role.addItem(self.tr(label), value.value)
            role.setCurrentIndex(role.findData(person.role.value))
            role.activated.connect(self._emit)
            self.table.setCellWidget(row, ROLE, role)
        finally:
            self._loading = loading

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _role(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, ROLE)
        assert isinstance(widget, QComboBox)
        return widget

    def _emit(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit(self.introducers())
