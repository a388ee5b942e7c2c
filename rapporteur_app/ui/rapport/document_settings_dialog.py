"""Document settings: how the meeting's documents are dressed, set by the secretariat.

Every setting of domain/documents/settings.py has its control here, grouped as
the secretariat thinks of them: the header (issuing office, symbol, date,
distribution line, logo, the DOCX template), the titles written by hand, the
highlights' choices, the agenda's choices and annex, and each session's own
(a panel's lead-in, a working group's participants line and title). Long texts
are edited formatted (Ctrl+B, Ctrl+I, Ctrl+K). Save writes every change, the
meeting's and the sessions', in one transaction: a refused template or logo
is said in place and nothing is changed.
"""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.documents.settings import SessionDocumentSettings
from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import SessionKind
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui import settings
from rapporteur_app.ui.accessible import name_controls
from rapporteur_app.ui.colours import problem_style
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.rapport.program_template import ProgramTemplateRow
from rapporteur_app.ui.rich_text_edit import RichTextEdit

Value = str | bool
# How one setting is read from its control and shown in it.
Field = tuple[Callable[[], Value], Callable[[Value], None]]


def _line_field(edit: QLineEdit) -> Field:
    return (edit.text, lambda value: edit.setText(str(value)))


def _lines_field(edit: QPlainTextEdit) -> Field:
    return (edit.toPlainText, lambda value: edit.setPlainText(str(value)))


def _rich_field(edit: RichTextEdit) -> Field:
    return (edit.markup, lambda value: edit.setMarkup(str(value)))


def _lines_rich_field(edit: RichTextEdit) -> Field:
    """Lines stored one a line (the issuing office), edited one paragraph each."""

    def read() -> str:
        return "\n".join(p.strip() for p in edit.markup().split("\n\n") if p.strip())

    def show(value: Value) -> None:
        edit.setMarkup("\n\n".join(str(value).split("\n")))

    return (read, show)


def _check_field(box: QCheckBox) -> Field:
    return (box.isChecked, lambda value: box.setChecked(bool(value)))


def _rich(parent: QWidget, name: str, lines: int) -> RichTextEdit:
    edit = RichTextEdit(parent)
    edit.setObjectName(name)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def _line(parent: QWidget, name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class DocumentSettingsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        meeting_id: int,
        session_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._meeting_id = meeting_id
        self.setWindowTitle(self.tr("Document settings"))
        self.fields: dict[str, Field] = {}
        self.session_fields: dict[str, Field] = {}
        self.pages = QTabWidget(self)
        self.pages.setObjectName("document-settings-pages")
        self.pages.addTab(self._header_page(), self.tr("Header"))
        self.pages.addTab(self._titles_page(), self.tr("Titles"))
        self.pages.addTab(self._highlights_page(), self.tr("Highlights"))
        self.pages.addTab(self._agenda_page(), self.tr("Agenda"))
        self.pages.addTab(self._sessions_page(), self.tr("Sessions"))
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(problem_style())
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._load(session_id)
        settings.keep_geometry(self, "document-settings-dialog")
        name_controls(self)
        # The cursor in the first field, so that the secretariat can type at once.
        self.issuer.setFocus()

    # -- the pages -----------------------------------------------------------------

    def _form_page(self) -> tuple[QWidget, QFormLayout]:
        """A page of labelled rows, kept together at its top."""
        page = QWidget(self)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        return page, form

    def _file_row(self, page: QWidget, edit: QLineEdit, title: str, kinds: str) -> QWidget:
        """A file's path with a Browse button beside it."""
        row = QWidget(page)
        row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        edit.setParent(row)
        layout.addWidget(edit, 1)
        browse = QPushButton(self.tr("Browse…"), row)
        browse.setObjectName(f"browse-{edit.objectName()}")
        browse.setAccessibleName(self.tr("Browse for: {0}").format(title))

        def choose() -> None:
            chosen, _ = QFileDialog.getOpenFileName(self, title, edit.text(), kinds)
            if chosen:
                edit.setText(chosen)

        browse.clicked.connect(choose)
        layout.addWidget(browse)
        return row

    def _header_page(self) -> QWidget:
        page, form = self._form_page()
        self.issuer = issuer = _rich(page, "issuer", 3)
        issuer.setPlaceholderText(
            self.tr(
                "One line each, e.g. Organization for Security and Co-operation in Europe /"
                " Office of the Special Representative"
            )
        )
        symbol = _line(page, "symbol", self.tr("e.g. PC.SHDM.GAL/3/22"))
        issued = _line(page, "issued", self.tr("e.g. 19 July 2022"))
        distribution = _line(page, "distribution", self.tr("e.g. ENGLISH only"))
        logo = _line(page, "logo", self.tr("A PNG, JPEG or GIF image"))
        template = _line(
            page, "template", self.tr("Empty: the template for every meeting, or the program's own")
        )
        form.addRow(self.tr("Issuing office:"), issuer)
        form.addRow(self.tr("Document symbol:"), symbol)
        form.addRow(self.tr("Date on the document:"), issued)
        form.addRow(self.tr("Distribution:"), distribution)
        images = self.tr("Images (*.png *.jpg *.jpeg *.gif)")
        form.addRow(self.tr("Logo:"), self._file_row(page, logo, self.tr("Logo"), images))
        words = self.tr("Word documents and templates (*.docx *.dotx)")
        form.addRow(
            self.tr("DOCX template of this meeting:"),
            self._file_row(page, template, self.tr("DOCX template"), words),
        )
        self.program_template = ProgramTemplateRow(self._services, page)
        self.program_template.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("DOCX template for every meeting:"), self.program_template)
        self.fields.update(
            issuer=_lines_rich_field(issuer),
            symbol=_line_field(symbol),
            issued=_line_field(issued),
            distribution=_line_field(distribution),
            logo=_line_field(logo),
            template=_line_field(template),
        )
        return page

    def _titles_page(self) -> QWidget:
        page, form = self._form_page()
        form.addRow(
            QLabel(self.tr("Titles written by hand, one line each; empty: the usual title."), page)
        )
        for name, label, usual in (
            ("highlights_title", self.tr("Highlights:"), self.tr("Highlights from the …")),
            ("agenda_title", self.tr("Annotated agenda:"), self.tr("The meeting's title")),
            ("consolidated_title", self.tr("Consolidated report:"), self.tr("The meeting's title")),
        ):
            edit = QPlainTextEdit(page)
            edit.setObjectName(name)
            edit.setPlaceholderText(usual)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            form.addRow(label, edit)
            self.fields[name] = _lines_field(edit)
        return page

    def _highlights_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        speaker_lines = QCheckBox(
            self.tr(
                "Write the Moderator: and Speakers: lines of each panel (leave off when the"
                " synthesis names the speakers in bold itself)"
            ),
            page,
        )
        speaker_lines.setObjectName("speaker_lines")
        italic_findings = QCheckBox(self.tr("Findings in italic"), page)
        italic_findings.setObjectName("italic_findings")
        layout.addWidget(speaker_lines)
        layout.addWidget(italic_findings)
        layout.addWidget(
            QLabel(self.tr("Each panel's lead-in before its findings is on the Sessions page."))
        )
        layout.addStretch(1)
        self.fields.update(
            speaker_lines=_check_field(speaker_lines),
            italic_findings=_check_field(italic_findings),
        )
        return page

    def _agenda_page(self) -> QWidget:
        page, form = self._form_page()
        upper = QCheckBox(self.tr("BACKGROUND in capitals"), page)
        upper.setObjectName("upper_headings")
        day_dates = QCheckBox(self.tr("Each day's date beside its number (Day 1 – Monday, …)"))
        day_dates.setObjectName("day_dates")
        annex_title = _line(page, "annex_title", self.tr("Annex"))
        annex = _rich(page, "annex", 8)
        form.addRow(upper)
        form.addRow(day_dates)
        form.addRow(self.tr("Title of the annex:"), annex_title)
        form.addRow(self.tr("Annex:"), annex)
        self.fields.update(
            upper_headings=_check_field(upper),
            day_dates=_check_field(day_dates),
            annex_title=_line_field(annex_title),
            annex=_rich_field(annex),
        )
        return page

    def _sessions_page(self) -> QWidget:
        page, form = self._form_page()
        self.session_choice = QComboBox(page)
        self.session_choice.setObjectName("session")
        lead_in = _rich(page, "findings_lead_in", 2)
        lead_in.setPlaceholderText(self.tr("e.g. Concrete findings of the panel included:"))
        participants = _rich(page, "participants", 3)
        participants.setPlaceholderText(self.tr("Empty: the organizations that spoke"))
        title = _line(page, "conclusions_title", self.tr("Empty: the usual title"))
        form.addRow(self.tr("Session:"), self.session_choice)
        form.addRow(self.tr("Lead-in before the findings (highlights):"), lead_in)
        form.addRow(self.tr("Participants (working group conclusions):"), participants)
        form.addRow(self.tr("Title of the conclusions:"), title)
        self.session_fields.update(
            findings_lead_in=_rich_field(lead_in),
            participants=_rich_field(participants),
            conclusions_title=_line_field(title),
        )
        return page

    # -- loading and saving ------------------------------------------------------------

    def _load(self, session_id: int | None) -> None:
        try:
            meeting, sessions = self._services.document_settings.of_meeting(self._meeting_id)
            listed = self._services.sessions.of_meeting(self._meeting_id)
        except RapporteurError as error:
            self._refused(describe(error))
            return
        for name, (_, show) in self.fields.items():
            show(getattr(meeting, name))
        # As the controls read them back (an editor writes the markup in its own way):
        # a setting left alone is not written again.
        self._loaded: dict[str, Value] = {name: read() for name, (read, _) in self.fields.items()}
        # Each session's values as loaded and as edited here (kept while another is shown).
        self._sessions_loaded = {
            sid: {name: getattr(s, name) for name in self.session_fields}
            for sid, s in sessions.items()
        }
        self._sessions_edited = {sid: dict(v) for sid, v in self._sessions_loaded.items()}
        self._shown_session: int | None = None
        self._shown_as: dict[str, Value] = {}
        for session in listed:
            if session.kind is SessionKind.ITEM:
                continue  # "Closing of the meeting" has no document of its own
            self.session_choice.addItem(session.heading, session.id)
        self.session_choice.currentIndexChanged.connect(self._show_session)
        if session_id is not None:
            self.session_choice.setCurrentIndex(max(0, self.session_choice.findData(session_id)))
        self._show_session()

    def _keep_shown_session(self) -> None:
        """Keep what was changed in the shown session's controls (only that: a value
        left alone stays as stored)."""
        edited = self._sessions_edited.get(self._shown_session or -1)
        if edited is None:
            return
        for name, (read, _) in self.session_fields.items():
            if read() != self._shown_as.get(name):
                edited[name] = read()

    def _show_session(self) -> None:
        self._keep_shown_session()
        chosen = self.session_choice.currentData()
        self._shown_session = chosen if isinstance(chosen, int) else None
        values = self._sessions_edited.get(self._shown_session or -1)
        empty = SessionDocumentSettings()
        for name, (_, show) in self.session_fields.items():
            show(values[name] if values else getattr(empty, name))
        self._shown_as = {name: read() for name, (read, _) in self.session_fields.items()}

    def changes(self) -> tuple[dict[str, Value], dict[int, dict[str, Value]]]:
        """What was changed here: the meeting's settings, and each session's."""
        self._keep_shown_session()
        meeting = {
            name: read()
            for name, (read, _) in self.fields.items()
            if read() != self._loaded.get(name)
        }
        sessions: dict[int, dict[str, Value]] = {}
        for sid, edited in self._sessions_edited.items():
            loaded = self._sessions_loaded.get(sid, {})
            changed = {k: v for k, v in edited.items() if v != loaded.get(k)}
            if changed:
                sessions[sid] = changed
        return meeting, sessions

    def save(self) -> bool:
        """Save every change in one transaction; a refusal is said here, nothing changed."""
        meeting, sessions = self.changes()
        try:
            if meeting or sessions:
                self._services.document_settings.save(self._meeting_id, meeting, sessions)
        except RapporteurError as error:
            self._refused(describe(error))
            return False
        self.accept()
        return True

    def _refused(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
