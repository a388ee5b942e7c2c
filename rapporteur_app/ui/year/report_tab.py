"""The annual report of the year: its header (author, function, addressee, place, date,
symbol), its sections written here in rich text (notes typed as ^[the note]), which
tables to add, and the export to DOCX or PDF. Everything is saved as it is typed."""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.agenda import parse_day
from rapporteur_app.domain.documents.annual_report import AnnualReportSettings, ReportSection
from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.background import FileJob, Report
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.export_folder import export_folder, remember_export_folder
from rapporteur_app.ui.rich_text_edit import RichTextEdit

TYPING_PAUSE_MS = 600


class ReportTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._year: int | None = None
        self._loading = False
        self.settings: AnnualReportSettings | None = None
        self.sections: list[ReportSection] = []
        self.job: FileJob | None = None
        self.written: Path | None = None
        self.fields: dict[str, QLineEdit] = {}
        self.form = self._header_form()
        self.checks_row = self._table_choices()
        self.section_list = QListWidget(self)
        self.section_list.setObjectName("report-sections")
        self.section_list.setAccessibleName(self.tr("Sections"))
        self.section_list.currentRowChanged.connect(self._show_section)
        self.add_section = QPushButton(self.tr("Add &section"), self)
        self.add_section.clicked.connect(self.new_section)
        self.remove_section = QPushButton(self.tr("Remove section"), self)
        self.remove_section.clicked.connect(self.drop_section)
        self.heading = QLineEdit(self)
        self.heading.setObjectName("report-section-heading")
        self.heading.setPlaceholderText(self.tr("Heading (may stay empty)"))
        self.text = RichTextEdit(self)
        self.text.setObjectName("report-section-text")
        self.text.setAccessibleName(self.tr("Section text"))
        self.hint = QLabel(self.tr("Ctrl+B bold, Ctrl+I italic, Ctrl+K link, Ctrl+Shift+L list;"
                              " a footnote is typed as ^[the note's text]."), self)  # fmt: skip
        self.hint.setWordWrap(True)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.save)
        self.heading.textEdited.connect(lambda _t: self._typing.start())
        self.text.textChanged.connect(lambda: None if self._loading else self._typing.start())
        self.function.textChanged.connect(lambda: None if self._loading else self._typing.start())

        self.export_docx = QPushButton(self.tr("Export &DOCX…"), self)
        self.export_docx.setObjectName("report-export-docx")
        self.export_docx.clicked.connect(lambda: self.export("docx"))
        self.export_pdf = QPushButton(self.tr("Export &PDF…"), self)
        self.export_pdf.setObjectName("report-export-pdf")
        self.export_pdf.clicked.connect(lambda: self.export("pdf"))
        self.problem = QLabel(self)
        self.problem.setObjectName("report-problem")
        self.problem.setWordWrap(True)

        self._lay_out()

    def _header_form(self) -> QFormLayout:
        form = QFormLayout()
        for name, label in (
            ("organization", self.tr("Organization")),
            ("office", self.tr("Issuing office")),
            ("author", self.tr("Author")),
            ("title", self.tr("Title")),
            ("addressee", self.tr("Addressee")),
            ("place", self.tr("Place of issue")),
            ("issued", self.tr("Date of issue")),
            ("symbol", self.tr("Document symbol")),
        ):
            edit = QLineEdit(self)
            edit.setObjectName(f"report-{name}")
            edit.editingFinished.connect(self.save)
            self.fields[name] = edit
            form.addRow(label + ":", edit)
        self.fields["issued"].setPlaceholderText("2016-12-15")
        self.function = QPlainTextEdit(self)
        self.function.setObjectName("report-function")
        self.function.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.function.setTabChangesFocus(True)
        form.insertRow(3, self.tr("Function") + ":", self.function)
        return form

    def _table_choices(self) -> QHBoxLayout:
        self.checks: dict[str, QCheckBox] = {}
        checks_row = QHBoxLayout()
        for name, label in (
            ("events_table", self.tr("Table of the year's events")),
            ("statistics_tables", self.tr("Statistics")),
            ("chart", self.tr("Chart")),
            ("follow_up_table", self.tr("Follow-up of recommendations")),
        ):
            box = QCheckBox(label, self)
            box.setObjectName(f"report-{name}")
            box.toggled.connect(lambda _on: self.save())
            self.checks[name] = box
            checks_row.addWidget(box)
        checks_row.addStretch(1)

        return checks_row

    def _lay_out(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.section_list, 1)
        left_layout.addWidget(self.add_section)
        left_layout.addWidget(self.remove_section)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.text, 1)
        right_layout.addWidget(self.hint)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        exports = QHBoxLayout()
        exports.addWidget(self.problem, 1)
        exports.addWidget(self.export_docx)
        exports.addWidget(self.export_pdf)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(self.checks_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(exports)

    # -- loading and saving ----------------------------------------------------------------

    def show_year(self, year: int) -> None:
        self.flush()
        self._year = year
        settings = self._services.annual_reports.settings(year)
        self.settings = settings
        self._loading = True
        try:
            for name, edit in self.fields.items():
                value = getattr(settings, name)
                edit.setText(value.isoformat() if name == "issued" and value else value or "")
            self.function.setPlainText(settings.function)
            for name, box in self.checks.items():
                box.setChecked(bool(getattr(settings, name)))
            self.sections = list(settings.sections) or [ReportSection()]
            self._fill_sections(0)
        finally:
            self._loading = False

    def _fill_sections(self, current: int) -> None:
        was = self._loading
        self._loading = True
        try:
            self.section_list.clear()
            for number, section in enumerate(self.sections, start=1):
                self.section_list.addItem(self._section_label(number, section))
            self.section_list.setCurrentRow(current)
            self._show_section(current)
        finally:
            self._loading = was

    def _section_label(self, number: int, section: ReportSection) -> str:
        words = section.heading or " ".join(section.text.split()[:6])
        return f"{number}. {words}" if words else self.tr("{number}. (empty)").format(number=number)

    def _show_section(self, row: int) -> None:
        if not 0 <= row < len(self.sections):
            return
        was = self._loading
        self._loading = True
        try:
            self.heading.setText(self.sections[row].heading)
            self.text.setMarkup(self.sections[row].text)
        finally:
            self._loading = was

    def new_section(self) -> None:
        self.flush()
        self.sections.append(ReportSection())
        self._fill_sections(len(self.sections) - 1)
        self.save()
        self.text.setFocus()

    def drop_section(self) -> None:
        row = self.section_list.currentRow()
        if 0 <= row < len(self.sections) and len(self.sections) > 1:
            self._typing.stop()
            del self.sections[row]
            self._fill_sections(max(row - 1, 0))
            self.save()

    def flush(self) -> None:
        if self._typing.isActive():
            self.save()

    def save(self) -> None:
        """Save what is in the form (a wrong date is said, the rest is kept)."""
        self._typing.stop()
        if self._year is None or self._loading:
            return
        row = self.section_list.currentRow()
        if 0 <= row < len(self.sections):
            self.sections[row] = replace(
                self.sections[row], heading=self.heading.text(), text=self.text.markup()
            )
            item = self.section_list.item(row)
            if item is not None:
                item.setText(self._section_label(row + 1, self.sections[row]))
        values: dict[str, object] = {n: e.text() for n, e in self.fields.items() if n != "issued"}
        values["function"] = self.function.toPlainText()
        values.update({n: b.isChecked() for n, b in self.checks.items()})
        values["sections"] = [{"heading": s.heading, "text": s.text} for s in self.sections]
        try:
            issued = parse_day(self.fields["issued"].text())
        except RapporteurError as error:
            self.problem.setText(describe(error))
            issued = self.settings.issued if self.settings else None
        else:
            self.problem.clear()
        values["issued"] = issued
        self.settings = self._services.annual_reports.set_settings(self._year, **values)

    # -- export -----------------------------------------------------------------------------

    def export(self, fmt: str) -> str | None:
        if self._year is None:
            return None
        self.save()
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the annual report"),
            str(export_folder() / f"annual-report-{self._year}.{fmt}"),
            f"{fmt.upper()} (*.{fmt})",
        )
        if not target:
            return None
        if not target.casefold().endswith(f".{fmt}"):
            target += f".{fmt}"
        year, services = self._year, self._services

        def work(step: Report) -> Path:
            # In a worker: the year's tables are read and the file written off the
            # GUI thread (a year of follow-up runs to many pages).
            step(0)
            return services.annual_reports.export(year, fmt, target)

        job = FileJob(self, self.tr("Export the annual report"), [self.tr("Writing the report…")],
                      work, tell=False)  # fmt: skip
        job.done.connect(self._written)
        job.failed.connect(self.problem.setText)
        self.job = job
        self.problem.setText(self.tr("Writing {path}…").format(path=target))
        return target

    def _written(self, path: Path) -> None:
        remember_export_folder(str(path))
        self.written = path
        self.problem.setText(self.tr("Written: {path}").format(path=path))
