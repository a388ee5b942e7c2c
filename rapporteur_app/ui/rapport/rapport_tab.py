"""The rapport tab: write the narrative, tidy the recommendations, see the
rapport as it will be sent, and export it.

The narrative is saved as it is typed (half a second after the last key, and
at once when the tab is hidden or another session is chosen). The preview
renders the same laid-out document as the DOCX and PDF writers.
"""

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import SessionKind, SessionList
from rapporteur_app.domain.labels import LANGUAGES
from rapporteur_app.export.formats import DOCUMENT_FORMATS, find
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui import settings
from rapporteur_app.ui.background import FileJob, Report, prepare_writers
from rapporteur_app.ui.error_text import warning_text
from rapporteur_app.ui.export_folder import export_folder, remember_export_folder
from rapporteur_app.ui.rapport.preview_html import document_html
from rapporteur_app.ui.rapport.recommendations_view import RecommendationsView
from rapporteur_app.ui.translation_marks import QT_TRANSLATE_NOOP

_SAVE_DELAY_MS = 500
_LISTS = (
    (SessionList.QUESTIONS_RAISED, QT_TRANSLATE_NOOP("RapportTab", "Questions raised")),
    (SessionList.PRIORITIES, QT_TRANSLATE_NOOP("RapportTab", "Identified priorities")),
    (SessionList.FINDINGS, QT_TRANSLATE_NOOP("RapportTab", "Findings")),
)


class RapportTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id: int | None = None
        self._loading = False
        self._dirty = False
        self._save_timer = QTimer(self, singleShot=True, interval=_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._preview_timer = QTimer(self, singleShot=True, interval=250)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self.narrative = QPlainTextEdit(self)
        self.narrative.setObjectName("narrative")
        self.narrative.setPlaceholderText(
            self.tr("The narrative: paragraphs separated by a blank line. Saved as you type.")
        )
        self.narrative.textChanged.connect(self._narrative_changed)
        self.list_choice = QComboBox(self)
        for which, label in _LISTS:
            self.list_choice.addItem(self.tr(label), which.value)
        self.list_choice.currentIndexChanged.connect(self._load_list)
        self.list_text = QPlainTextEdit(self)
        self.list_text.setObjectName("session-list")
        self.list_text.setPlaceholderText(self.tr("One item per line. Saved as you type."))
        self.list_text.setMaximumHeight(110)
        self.list_text.textChanged.connect(self._narrative_changed)
        self.recommendations = RecommendationsView(services, self)
        self.recommendations.changed.connect(self._schedule_preview)

        self.document_choice = QComboBox(self)
        self.document_choice.setObjectName("document")
        self.document_choice.addItem(self.tr("Session rapport"), "rapport")
        self.document_choice.addItem(self.tr("Working group conclusions"), "working-group")
        self.document_choice.currentIndexChanged.connect(self._schedule_preview)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, labels in LANGUAGES.items():
            self.language.addItem(labels.name, code)
        self.language.currentIndexChanged.connect(self._schedule_preview)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(self.tr("The rapport as it will be sent"))
        remembered = self.language.findData(settings.text(settings.EXPORT_LANGUAGE, "en"))
        self.language.setCurrentIndex(max(0, remembered))
        self.language.currentIndexChanged.connect(
            lambda: settings.put(settings.EXPORT_LANGUAGE, self.language.currentData())
        )
        # One button per document format of the writer registry.
        self.export_buttons: list[QPushButton] = []
        for choice in DOCUMENT_FORMATS:
            button = QPushButton(self.tr("Export {0}…").format(choice.label), self)
            button.setObjectName(f"export-{choice.name}")
            button.clicked.connect(lambda _=False, name=choice.name: self.export(name))
            self.export_buttons.append(button)
        self.job: FileJob | None = None
        self._lay_out()
        prepare_writers()

    def _lay_out(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Narrative</b>"), left))
        left_layout.addWidget(self.narrative, 3)
        left_layout.addWidget(self.list_choice)
        left_layout.addWidget(self.list_text)
        left_layout.addWidget(QLabel(self.tr("<b>Recommendations</b> (tick to include)"), left))
        left_layout.addWidget(self.recommendations, 2)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        choices = QFormLayout()
        choices.addRow(self.tr("Document:"), self.document_choice)
        choices.addRow(self.tr("Labels in:"), self.language)
        right_layout.addLayout(choices)
        right_layout.addWidget(self.warnings)
        right_layout.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in self.export_buttons:
            buttons.addWidget(button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        settings.keep_splitter(splitter, "rapport-tab")

    # -- loading -------------------------------------------------------------

    def show_session(self, session_id: int) -> None:
        self.save_now()
        self._session_id = session_id
        try:
            session = self._services.sessions.get(session_id)
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), str(error))
            return
        self._loading = True
        try:
            self.narrative.setPlainText(session.narrative)
            working_group = 1 if session.kind is SessionKind.WORKING_GROUP else 0
            self.document_choice.setCurrentIndex(working_group)
        finally:
            self._loading = False
        self._load_list()
        self.recommendations.show_session(session_id)
        self.refresh_preview()

    def _load_list(self) -> None:
        if self._session_id is None:
            return
        self.save_now()
        which = SessionList(self.list_choice.currentData())
        self._loading = True
        try:
            items = self._services.sessions.get_list(self._session_id, which)
            self.list_text.setPlainText("\n".join(items))
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), str(error))
        finally:
            self._loading = False

    # -- saving as typed -----------------------------------------------------

    def _narrative_changed(self) -> None:
        if not self._loading:
            self._dirty = True
            self._save_timer.start()

    def save_now(self) -> None:
        """Write what was typed; called by the timer, when hidden and before switching."""
        self._save_timer.stop()
        if not self._dirty or self._session_id is None:
            return
        self._dirty = False
        which = SessionList(self.list_choice.currentData())
        items = [line for line in self.list_text.toPlainText().split("\n") if line.strip()]
        try:
            self._services.sessions.set_narrative(self._session_id, self.narrative.toPlainText())
            self._services.sessions.set_list(self._session_id, which, items)
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), str(error))
            return
        self._schedule_preview()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.save_now()
        super().hideEvent(event)

    # -- preview and export --------------------------------------------------

    def _schedule_preview(self, *_args: object) -> None:
        if not self._loading:
            self._preview_timer.start()

    def refresh_preview(self) -> None:
        if self._session_id is None:
            return
        try:
            document = self._services.documents.session_document(
                self._session_id, self.document_choice.currentData(), self.language.currentData()
            )
            warnings = self._services.documents.checks.before_export(self._session_id)
        except RapporteurError as error:
            self.preview.setPlainText(str(error))
            return
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(document_html(document))
        self.preview.verticalScrollBar().setValue(scroll)
        self.warnings.setText(
            "".join(f"⚠ {escape(warning_text(w.code, w.count, w.message))}<br>" for w in warnings)
        )
        self.warnings.setVisible(bool(warnings))

    def export(self, fmt: str, target: str | None = None) -> FileJob | None:
        """Export the chosen document in a worker; ``target`` skips the file dialog
        (scripts, tests). The job's ``done`` signal carries the written file's path."""
        if self._session_id is None:
            return None
        self.save_now()
        choice = find(DOCUMENT_FORMATS, fmt)
        if target is None:
            suggested = str(export_folder() / f"rapport-{self._session_id}{choice.suffix}")
            target, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the rapport"),
                suggested,
                f"{choice.label} (*{choice.suffix})",
            )
            if not target:
                return None
        remember_export_folder(target)
        documents = self._services.documents
        session_id = self._session_id
        language = self.language.currentData()
        document = self.document_choice.currentData()

        def work(_report: Report) -> Path:
            return documents.export_session(
                session_id, fmt=choice.name, out=target, language=language, document=document
            )

        self.job = FileJob(
            self, self.tr("Export the rapport"), [self.tr("Writing the rapport…")], work
        )
        return self.job
