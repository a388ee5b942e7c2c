"""Exporting a whole meeting's document: the consolidated report, the
conference highlights or the annotated agenda, as DOCX or PDF, in a language."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
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

from rapporteur_app.domain.labels import LANGUAGES
from rapporteur_app.export.formats import DOCUMENT_FORMATS, find
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.document_files import write_document
from rapporteur_app.ui import settings
from rapporteur_app.ui.accessible import name_controls
from rapporteur_app.ui.background import FileJob, Report, prepare_writers, show_saved
from rapporteur_app.ui.colours import problem_style
from rapporteur_app.ui.export_folder import export_folder, remember_export_folder


def _documents() -> tuple[tuple[str, str], ...]:
    translate = QCoreApplication.translate
    return (
        ("consolidated", translate("MeetingExportDialog", "Consolidated report")),
        ("highlights", translate("MeetingExportDialog", "Conference highlights")),
        ("agenda", translate("MeetingExportDialog", "Annotated agenda")),
    )


class MeetingExportDialog(QDialog):
    def __init__(
        self,
        services: Services,
        meeting_id: int,
        document: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._meeting_id = meeting_id
        self.written: Path | None = None
        self.job: FileJob | None = None
        self.setWindowTitle(self.tr("Export the meeting's document"))
        self._make_choices(document)
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
        self.error.setStyleSheet(problem_style())
        self.error.hide()
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        dress = buttons.addButton(
            self.tr("Document &settings…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        dress.setObjectName("document-settings")
        dress.clicked.connect(self.edit_settings)
        form = QFormLayout(self)
        form.addRow(self.tr("Document:"), self.document)
        form.addRow(self.tr("Labels in:"), self.language)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("File:"), where)
        form.addRow(self.error)
        form.addRow(buttons)
        self._suggest()
        settings.keep_geometry(self, "meeting-export-dialog")
        name_controls(self)
        prepare_writers()

    def _make_choices(self, document: str | None) -> None:
        """The document, labels language and format lists, set as they were last time."""
        self.document = QComboBox(self)
        self.document.setObjectName("document")
        for code, label in _documents():
            self.document.addItem(label, code)
        if document is None:
            document = settings.text(settings.MEETING_DOCUMENT, "consolidated")
        self.document.setCurrentIndex(max(0, self.document.findData(document)))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, labels in LANGUAGES.items():
            self.language.addItem(labels.name, code)
        remembered = settings.text(settings.EXPORT_LANGUAGE, "en")
        self.language.setCurrentIndex(max(0, self.language.findData(remembered)))
        self.format = QComboBox(self)
        self.format.setObjectName("format")
        # The formats of the writer registry, PDF (to publish) first.
        for choice in sorted(DOCUMENT_FORMATS, key=lambda f: f.name != "pdf"):
            self.format.addItem(choice.label, choice.name)
        remembered = settings.text(settings.EXPORT_FORMAT, "pdf")
        self.format.setCurrentIndex(max(0, self.format.findData(remembered)))

    def edit_settings(self) -> None:
        """The header, titles, annex and choices the exported document is dressed with."""
        from rapporteur_app.ui.rapport.document_settings_dialog import DocumentSettingsDialog

        DocumentSettingsDialog(self._services, self._meeting_id, parent=self).exec()

    def _suggest(self) -> None:
        choice = find(DOCUMENT_FORMATS, self.format.currentData())
        self.path.setText(str(export_folder() / f"{self.document.currentData()}{choice.suffix}"))

    def _browse(self) -> None:
        choice = find(DOCUMENT_FORMATS, self.format.currentData())
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), f"{choice.label} (*{choice.suffix})"
        )
        if chosen:
            self.path.setText(chosen)

    def export(self) -> FileJob:
        """Write the document in a worker; the dialog closes when the file is there
        and the window says where it went. A refusal is said in place."""
        documents = self._services.documents
        meeting_id = self._meeting_id
        fmt = self.format.currentData()
        out = self.path.text()
        language = self.language.currentData()
        document = self.document.currentData()
        settings.put_all(
            {
                settings.MEETING_DOCUMENT: document,
                settings.EXPORT_LANGUAGE: language,
                settings.EXPORT_FORMAT: fmt,
            }
        )
        self.error.hide()
        self.buttons.setEnabled(False)

        def work(report: Report) -> Path:
            find(DOCUMENT_FORMATS, fmt)  # a wrong format is said before the long part
            value = documents.meeting_document(meeting_id, document, language)
            report(1)
            return write_document(value, fmt, out, documents.dressing(meeting_id))

        steps = [self.tr("Reading the meeting…"), self.tr("Writing the file…")]
        job = FileJob(self, self.tr("Export the meeting's document"), steps, work, tell=False)
        job.done.connect(self._written)
        job.failed.connect(self._refused)
        self.job = job
        return job

    def _written(self, path: Path) -> None:
        self.written = path
        remember_export_folder(str(path))
        parent = self.parentWidget()
        if parent is not None:
            show_saved(parent, path)
        self.accept()

    def _refused(self, message: str) -> None:
        # Said in place: the user corrects the path and tries again.
        self.buttons.setEnabled(True)
        self.error.setText(message)
        self.error.show()
