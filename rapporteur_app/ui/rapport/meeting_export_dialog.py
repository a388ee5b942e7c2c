"""Exporting a whole meeting's document: the consolidated report, the
conference highlights or the annotated agenda, as DOCX or PDF, in a language."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.labels import LANGUAGES
from rapporteur_app.services.app_services import Services

DOCUMENTS = (
    ("consolidated", "Consolidated report"),
    ("highlights", "Conference highlights"),
    ("agenda", "Annotated agenda"),
)


class MeetingExportDialog(QDialog):
    def __init__(
        self,
        services: Services,
        meeting_id: int,
        document: str = "consolidated",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._meeting_id = meeting_id
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export the meeting's document"))
        self.document = QComboBox(self)
        for code, label in DOCUMENTS:
            self.document.addItem(self.tr(label), code)
        self.document.setCurrentIndex(max(0, self.document.findData(document)))
        self.language = QComboBox(self)
        for code, labels in LANGUAGES.items():
            self.language.addItem(labels.name, code)
        self.format = QComboBox(self)
        self.format.addItem("PDF", "pdf")
        self.format.addItem("DOCX", "docx")
        self.format.currentIndexChanged.connect(self._suggest)
        self.document.currentIndexChanged.connect(self._suggest)
        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Document:"), self.document)
        form.addRow(self.tr("Labels in:"), self.language)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("File:"), where)
        form.addRow(self.error)
        form.addRow(buttons)
        self._suggest()

    def _suggest(self) -> None:
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        self.path.setText(
            str(folder / f"{self.document.currentData()}.{self.format.currentData()}")
        )

    def _browse(self) -> None:
        fmt = self.format.currentData()
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), f"{fmt.upper()} (*.{fmt})"
        )
        if chosen:
            self.path.setText(chosen)

    def export(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.written = self._services.documents.export_meeting(
                self._meeting_id,
                fmt=self.format.currentData(),
                out=self.path.text(),
                language=self.language.currentData(),
                document=self.document.currentData(),
            )
        except RapporteurError as error:
            # Said in place: the user corrects the path and tries again.
            self.error.setText(str(error))
            self.error.show()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
