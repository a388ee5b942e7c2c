"""A session's statements and its tally, read-only: the plain overview of a session,
with the statement log's export for a spreadsheet (one button per table format)."""

from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.export.formats import TABLE_FORMATS, find
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.background import FileJob, Report
from rapporteur_app.ui.change_hub import ChangeHub, Follower
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.export_folder import export_folder, remember_export_folder
from rapporteur_app.ui.statement_table_model import StatementTableModel
from rapporteur_app.ui.tally_view import TallyView


class StatementsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id = 0
        self.job: FileJob | None = None
        self.model = StatementTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("statements")
        self.table.setAccessibleName(self.tr("Statements"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.tally = TallyView(self)
        self.tally.setObjectName("tally")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tally, 1)
        for choice in TABLE_FORMATS:
            button = QPushButton(self.tr("Export {0}…").format(choice.label), self)
            button.setObjectName(f"export-{choice.name}")
            button.setToolTip(self.tr("The statement log, for a spreadsheet"))
            button.clicked.connect(lambda _=False, name=choice.name: self.export(name))
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def follow_changes(self, hub: ChangeHub) -> None:
        """Read the session again whenever it changes, here or in another program."""
        self._follower = Follower(
            self, hub, lambda: self._session_id, lambda: self.show_session(self._session_id)
        )

    def show_session(self, session_id: int) -> None:
        """Show the session, now if the tab is on the screen, else when it is shown: a
        hidden overview must not make opening a big session wait for it."""
        self._session_id = session_id
        self._pending: int | None = session_id
        if self.isVisible():
            self._load(session_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        pending = getattr(self, "_pending", None)
        if pending is not None:
            self._load(pending)

    def _load(self, session_id: int) -> None:
        self._pending = None
        try:
            statements = self._services.statements.of_session(session_id)
            tally = self._services.tally.for_session(session_id)
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
            return
        self.model.set_statements(statements)
        self.tally.show_tally(tally)
        self._fit_columns()

    def select_statement(self, statement_id: int) -> bool:
        """Choose the statement's row (a search result opened here); False if it is not
        in the session shown."""
        pending = getattr(self, "_pending", None)
        if pending is not None:
            self._load(pending)
        for row in range(self.model.rowCount()):
            if self.model.statement_at(row).id == statement_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                self.table.setFocus()
                return True
        return False

    def _fit_columns(self) -> None:
        """Fit columns to their contents, but no column wider than a third of the view,
        so one long organization name does not push the notes out of sight."""
        self.table.resizeColumnsToContents()
        widest = max(160, self.table.viewport().width() // 3)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column), widest))

    def export(self, fmt: str, target: str | None = None) -> FileJob | None:
        """The statement log as CSV or XLSX, written in a worker; ``target`` skips the
        file dialog (scripts, tests)."""
        if not self._session_id:
            return None
        choice = find(TABLE_FORMATS, fmt)
        if target is None:
            suggested = str(export_folder() / f"statements-{self._session_id}{choice.suffix}")
            target, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the statements"),
                suggested,
                f"{choice.label} (*{choice.suffix})",
            )
            if not target:
                return None
        remember_export_folder(target)
        documents = self._services.documents
        session_id = self._session_id

        def work(_report: Report) -> Path:
            return documents.export_statements(session_id, fmt=choice.name, out=target)

        self.job = FileJob(
            self, self.tr("Export the statements"), [self.tr("Writing the statements…")], work
        )
        return self.job
