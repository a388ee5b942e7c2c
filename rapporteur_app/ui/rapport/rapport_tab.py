"""The rapport tab: write the narrative, tidy the recommendations, see the
rapport as it will be sent, and export it.

The narrative is saved as it is typed (half a second after the last key, and
at once when the tab is hidden or another session is chosen). The preview
renders the same laid-out document as the DOCX and PDF writers.

"Draft from the log" builds a draft narrative from the session's log (the panel,
the floor by category, the recurring themes) in the chosen document language
and puts it where the cursor is: it fills an empty narrative and never replaces
a word the rapporteur wrote; one Ctrl+Z takes it out again.
"""

from html import escape as html_escape
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.draft.narrative import Draft
from rapporteur_app.domain.errors import RapporteurError, RapportFinal
from rapporteur_app.domain.kinds import SessionKind, SessionList
from rapporteur_app.domain.labels import LANGUAGES
from rapporteur_app.domain.rich_text import escape
from rapporteur_app.export.formats import DOCUMENT_FORMATS, find
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui import settings
from rapporteur_app.ui.background import FileJob, Report, prepare_writers
from rapporteur_app.ui.change_hub import ChangeHub, Follower
from rapporteur_app.ui.error_text import describe, warning_text
from rapporteur_app.ui.export_folder import export_folder, remember_export_folder
from rapporteur_app.ui.qt_namespace import Qt
from rapporteur_app.ui.rapport.draft_job import DraftJob
from rapporteur_app.ui.rapport.notes_view import NotesView
from rapporteur_app.ui.rapport.preview_html import document_html
from rapporteur_app.ui.rapport.recommendations_view import RecommendationsView
from rapporteur_app.ui.rich_text_edit import RichTextEdit
from rapporteur_app.ui.translation_marks import QT_TRANSLATE_NOOP

_SAVE_DELAY_MS = 500
_LISTS = (
    (SessionList.QUESTIONS_RAISED, QT_TRANSLATE_NOOP("RapportTab", "Questions raised")),
    (SessionList.PRIORITIES, QT_TRANSLATE_NOOP("RapportTab", "Identified priorities")),
    (SessionList.FINDINGS, QT_TRANSLATE_NOOP("RapportTab", "Findings")),
)


class RapportTab(QWidget):
    # A draft from the log was put into the narrative.
    draft_inserted = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._draft_job: DraftJob | None = None
        self._session_id: int | None = None
        self._loading = False
        self._dirty = False
        self._save_timer = QTimer(self, singleShot=True, interval=_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._preview_timer = QTimer(self, singleShot=True, interval=250)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self.narrative = RichTextEdit(self)
        self.narrative.setObjectName("narrative")
        self.narrative.setPlaceholderText(
            self.tr(
                "The narrative, saved as you type. Ctrl+B bold, Ctrl+I italic, Ctrl+K a link,"
                " Ctrl+Shift+L a bulleted list, Ctrl+Shift+N a numbered list."
            )
        )
        self.narrative.textChanged.connect(self._narrative_changed)
        self.draft_button = QPushButton(self.tr("Draft from the &log"), self)
        self.draft_button.setObjectName("draft-from-log")
        self.draft_button.setToolTip(
            self.tr(
                "Write a draft from the log where the cursor is: the moderator and "
                "introducers with their notes, the floor by category with its counts, and "
                "the themes raised. Nothing you wrote is replaced; Ctrl+Z takes it out."
            )
        )
        self.draft_button.clicked.connect(self.insert_draft)
        self.list_choice = QComboBox(self)
        for which, label in _LISTS:
            self.list_choice.addItem(self.tr(label), which.value)
        self.list_choice.currentIndexChanged.connect(self._load_list)
        # Each paragraph or list item one item, with its emphasis and links.
        self.list_text = RichTextEdit(self)
        self.list_text.setObjectName("session-list")
        self.list_text.setPlaceholderText(
            self.tr(
                "One item per line, saved as you type. Ctrl+B bold, Ctrl+I italic, Ctrl+K a link."
            )
        )
        self.list_text.setMaximumHeight(110)
        self.list_text.textChanged.connect(self._narrative_changed)
        self.recommendations = RecommendationsView(services, self)
        self.recommendations.changed.connect(self._schedule_preview)
        self.notes = NotesView(services, self)
        self.notes.insert_requested.connect(self.insert_text)
        self.notes.recommendation_added.connect(self._recommendation_from_notes)

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
        self._export_choices()
        self.job: FileJob | None = None
        self._lay_out()
        # The session to read when the tab is next on the screen (see show_session).
        self._pending: int | None = None

    def _export_choices(self) -> None:
        """The labels language as last time, the document settings, and one button
        per document format."""
        remembered = self.language.findData(settings.text(settings.EXPORT_LANGUAGE, "en"))
        self.language.setCurrentIndex(max(0, remembered))
        self.language.currentIndexChanged.connect(
            lambda: settings.put(settings.EXPORT_LANGUAGE, self.language.currentData())
        )
        # This session's own document settings (a panel's lead-in, a working group's
        # participants line and title), on the Sessions page of the meeting's dialog.
        self.settings_button = QPushButton(self.tr("Document se&ttings…"), self)
        self.settings_button.setObjectName("document-settings")
        self.settings_button.clicked.connect(self.edit_document_settings)
        # One button per document format of the writer registry.
        self.export_buttons: list[QPushButton] = []
        for choice in DOCUMENT_FORMATS:
            button = QPushButton(self.tr("Export {0}…").format(choice.label), self)
            button.setObjectName(f"export-{choice.name}")
            button.clicked.connect(lambda _=False, name=choice.name: self.export(name))
            self.export_buttons.append(button)

    def _lay_out(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("<b>Narrative</b>"), left))
        heading.addStretch(1)
        heading.addWidget(self.draft_button)
        left_layout.addLayout(heading)
        left_layout.addWidget(self.narrative, 3)
        left_layout.addWidget(self.list_choice)
        left_layout.addWidget(self.list_text)
        self.lower_tabs = QTabWidget(left)
        self.lower_tabs.addTab(self.recommendations, self.tr("Recommendations (tick to include)"))
        self.lower_tabs.addTab(self.notes, self.tr("All the notes"))
        left_layout.addWidget(self.lower_tabs, 2)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        choices = QFormLayout()
        choices.addRow(self.tr("Document:"), self.document_choice)
        choices.addRow(self.tr("Labels in:"), self.language)
        choices.addRow("", self.settings_button)
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

    def edit_document_settings(self) -> None:
        from rapporteur_app.ui.rapport.document_settings_dialog import DocumentSettingsDialog

        if self._session_id is None:
            return
        self.save_now()
        try:
            meeting_id = self._services.sessions.get(self._session_id).meeting_id
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
            return
        dialog = DocumentSettingsDialog(self._services, meeting_id, self._session_id, self)
        dialog.pages.setCurrentIndex(dialog.pages.count() - 1)  # the Sessions page
        dialog.exec()
        self.refresh_preview()

    # -- following the session's changes -------------------------------------

    def follow_changes(self, hub: ChangeHub) -> None:
        """What the console (or another program) changes shows here; what is changed
        here (recommendations, the narrative) is said to the others."""
        self._hub: ChangeHub | None = hub
        self._follower = Follower(self, hub, lambda: self._session_id, self.reload)
        self.recommendations.changed.connect(lambda *_: self._tell_others())

    def _tell_others(self) -> None:
        hub = getattr(self, "_hub", None)
        if hub is not None and self._session_id is not None:
            hub.notify(self._session_id, self)

    def reload(self) -> None:
        """The session changed elsewhere: recommendations, warnings and preview again;
        the narrative and the list too unless the rapporteur is typing in them."""
        if self._session_id is None or self._pending is not None:
            return  # not read yet: it is read whole when the tab is shown
        typing = self._dirty or self.narrative.hasFocus() or self.list_text.hasFocus()
        if not typing:
            try:
                session = self._services.sessions.get(self._session_id)
            except RapporteurError as error:
                QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
                return
            if session.narrative != self.narrative.markup():
                self._loading = True
                try:
                    self.narrative.setMarkup(session.narrative)
                finally:
                    self._loading = False
            self._load_list()
        self.recommendations.show_session(self._session_id)
        self.notes.show_session(self._session_id)
        self.refresh_preview()

    # -- loading -------------------------------------------------------------

    def show_session(self, session_id: int) -> None:
        """Show the session, now if the tab is on the screen, else when it is shown: the
        recommendations' review, every note of the log and the preview are read for a
        tab someone looks at, so opening a big session does not wait for a hidden tab."""
        self.save_now()
        self._session_id = session_id
        self._pending = session_id
        if self.isVisible():
            self._load_pending()

    def _load_pending(self) -> None:
        session_id = self._pending
        if session_id is None:
            return
        self._pending = None
        try:
            session = self._services.sessions.get(session_id)
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
            return
        self._loading = True
        try:
            self.narrative.setMarkup(session.narrative)
            working_group = 1 if session.kind is SessionKind.WORKING_GROUP else 0
            self.document_choice.setCurrentIndex(working_group)
        finally:
            self._loading = False
        self._load_list()
        self.recommendations.show_session(session_id)
        self.notes.show_session(session_id)
        self.refresh_preview()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_pending()

    def _load_list(self) -> None:
        if self._session_id is None:
            return
        self.save_now()
        which = SessionList(self.list_choice.currentData())
        self._loading = True
        try:
            items = self._services.sessions.get_list(self._session_id, which)
            self.list_text.setItems(items)
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
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
        items = self.list_text.items()
        try:
            self._services.sessions.set_narrative(self._session_id, self.narrative.markup())
            self._services.sessions.set_list(self._session_id, which, items)
        except RapportFinal as error:
            # A final rapport is locked: said once, and what is kept shows again.
            QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
            self._show_kept()
            return
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
            return
        self._schedule_preview()
        self._tell_others()

    def _show_kept(self) -> None:
        if self._session_id is None:
            return
        try:
            session = self._services.sessions.get(self._session_id)
        except RapporteurError:
            return
        self._loading = True
        try:
            self.narrative.setMarkup(session.narrative)
        finally:
            self._loading = False
        self._load_list()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.save_now()
        super().hideEvent(event)

    # -- the draft from the log -----------------------------------------------

    def insert_draft(self) -> bool:
        """Start drafting from the log (off the GUI thread); the draft goes where the
        cursor is when it is ready, as one undoable step. False if it cannot start."""
        if self._session_id is None or self._draft_job is not None:
            return False
        self._load_pending()  # the draft goes into the session's own narrative
        self.save_now()
        job = DraftJob(self._services, self._session_id, str(self.language.currentData()))
        job.finished.connect(self._draft_ready)
        self._draft_job = job
        self.draft_button.setEnabled(False)
        self.draft_button.setText(self.tr("Drafting…"))
        job.start()
        return True

    def _draft_ready(self, draft: Draft | None, message: str) -> None:
        job, self._draft_job = self._draft_job, None
        self.draft_button.setEnabled(True)
        self.draft_button.setText(self.tr("Draft from the &log"))
        if job is None or job.session_id != self._session_id:
            return  # another session was chosen meanwhile: this draft is not its own
        if draft is None:
            QMessageBox.warning(self, self.tr("Rapporteur"), message)
            return
        self.narrative.insertMarkup(draft.markup)
        self.narrative.setFocus()
        self.draft_inserted.emit()

    def insert_text(self, text: str) -> None:
        """Put plain ``text`` into the narrative where the cursor is, as its own
        paragraph and one undoable step, replacing nothing; its characters mean what
        they say (escaped for the markup)."""
        self._load_pending()
        self.narrative.insertMarkup(escape(text))

    def _recommendation_from_notes(self) -> None:
        self.recommendations.reload()
        self._schedule_preview()

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
            self.preview.setPlainText(describe(error))
            return
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(document_html(document))
        self.preview.verticalScrollBar().setValue(scroll)
        self.warnings.setText(
            "".join(
                f"⚠ {html_escape(warning_text(w.code, w.count, w.message))}<br>" for w in warnings
            )
        )
        self.warnings.setVisible(bool(warnings))

    def export(self, fmt: str, target: str | None = None) -> FileJob | None:
        """Export the chosen document in a worker; ``target`` skips the file dialog
        (scripts, tests). The job's ``done`` signal carries the written file's path."""
        if self._session_id is None:
            return None
        self.save_now()
        # The writers (python-docx, lxml, reportlab and its fonts: some 30 MiB) are
        # imported in a worker, once, when an export is asked for, while the file is
        # being named; not when the tab is merely looked at.
        prepare_writers()
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


def _between_paragraphs(cursor: QTextCursor, text: str) -> str:
    """The draft with a blank line wherever it meets the rapporteur's own text."""
    whole = cursor.document().toPlainText()
    before, after = whole[: cursor.position()], whole[cursor.position() :]
    if before.strip():
        text = "\n" * max(0, 2 - (len(before) - len(before.rstrip("\n")))) + text
    if after.strip():
        text += "\n" * max(0, 2 - (len(after) - len(after.lstrip("\n"))))
    return text
