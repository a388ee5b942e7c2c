"""A session's statements and its tally, read-only: the plain overview of a session."""

from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableView, QVBoxLayout, QWidget

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.change_hub import ChangeHub, Follower
from rapporteur_app.ui.statement_table_model import StatementTableModel
from rapporteur_app.ui.tally_view import TallyView


class StatementsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id = 0
        self.model = StatementTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("statements")
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
        layout.addWidget(self.tally)

    def follow_changes(self, hub: ChangeHub) -> None:
        """Read the session again whenever it changes, here or in another program."""
        self._follower = Follower(
            self, hub, lambda: self._session_id, lambda: self.show_session(self._session_id)
        )

    def show_session(self, session_id: int) -> None:
        self._session_id = session_id
        try:
            statements = self._services.statements.of_session(session_id)
            tally = self._services.tally.for_session(session_id)
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), str(error))
            return
        self.model.set_statements(statements)
        self.tally.show_tally(tally)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Fit columns to their contents, but no column wider than a third of the view,
        so one long organization name does not push the notes out of sight."""
        self.table.resizeColumnsToContents()
        widest = max(160, self.table.viewport().width() // 3)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column), widest))
