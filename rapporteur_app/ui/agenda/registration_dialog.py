"""The registration import: what the file holds, row by row, before anything is added."""

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.registration import RegistrationPreview, RowAction
from rapporteur_app.ui.labels import category_label

_STATUS = {
    RowAction.ADD: ("to add", None),
    RowAction.EXISTING: ("already registered", "#eef2f6"),
    RowAction.DUPLICATE: ("repeated in the file", "#eef2f6"),
    RowAction.ERROR: ("error", "#fde2e4"),
}
COLUMNS = ("Row", "Status", "Name", "Function", "Organization", "Category", "E-mail", "Note")


class RegistrationDialog(QDialog):
    def __init__(
        self, services: Services, meeting_id: int, path: str | Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.added: int | None = None
        self.setWindowTitle(self.tr("Import the registration list"))
        self.resize(1100, 600)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("preview")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.preview: RegistrationPreview | None = None
        try:
            self.preview = services.registration.preview(meeting_id, path)
        except RapporteurError as error:
            self.summary.setText(f"⚠ {error}")
            self.import_button.setEnabled(False)
            return
        self._fill(self.preview)

    def _fill(self, preview: RegistrationPreview) -> None:
        self.table.setRowCount(len(preview.rows))
        for index, row in enumerate(preview.rows):
            status, colour = _STATUS[row.action]
            category = category_label(row.category) if row.category else ""
            note = row.note or (self.tr("new organization") if row.new_organization else "")
            values = (str(row.row), self.tr(status), row.name, row.function, row.organization,
                      category, row.email, note)  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if colour:
                    item.setBackground(QColor(colour))
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        errors = len(preview.errors)
        text = self.tr("{0}.").format(preview.summary())
        if errors:
            text += " " + self.tr(
                "Correct the file and import it again: nothing is imported while it has errors."
            )
        self.summary.setText(text)
        self.import_button.setEnabled(errors == 0 and preview.count(RowAction.ADD) > 0)

    def confirm(self) -> None:
        if self.preview is None:
            return
        try:
            self.added = self._services.registration.apply(self.preview)
        except RapporteurError as error:
            self.summary.setText(f"⚠ {error}")
            return
        self.accept()
