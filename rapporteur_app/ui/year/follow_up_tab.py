"""The follow-up of the year's recommendations, by addressee: each one's state and
responsible office (changed in place), its dated notes, the meeting it was heard at
before; the links a fuzzy match proposes, confirmed or refused here. The rapports
are not touched: they report what was said."""

from datetime import date

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.agenda import parse_day
from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.year import FollowUpRow, FollowUpState, LinkProposal
from rapporteur_app.services import year_tables
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.dates import short_day
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.qt_namespace import Qt
from rapporteur_app.ui.year.state_delegate import STATE_ROLE, StateDelegate
from rapporteur_app.ui.year.table_export import save_table
from rapporteur_app.ui.year.words import addressee_name, state_names

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_COLUMN = 3
OFFICE_COLUMN = 4


class FollowUpTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._year: int | None = None
        self._loading = False
        self.rows: list[FollowUpRow] = []
        self.proposals: list[LinkProposal] = []
        self._year_rows: list[FollowUpRow] = []
        self._proposals_due = True
        self.addressee = QComboBox(self)
        self.addressee.setObjectName("follow-up-addressee")
        self.addressee.setAccessibleName(self.tr("Addressee"))
        self.addressee.currentIndexChanged.connect(lambda _index: self.reload())
        self.export_button = QPushButton(self.tr("E&xport the table…"), self)
        self.export_button.setObjectName("follow-up-export")
        self.export_button.clicked.connect(self.export)
        self.table = self._make_table()
        self.notes = QListWidget(self)
        self.notes.setObjectName("follow-up-notes")
        self.notes.setAccessibleName(self.tr("Follow-up notes"))
        self.note_day = QLineEdit(self)
        self.note_day.setObjectName("follow-up-note-day")
        self.note_day.setPlaceholderText(date.today().isoformat())
        self.note_day.setMaximumWidth(120)
        self.note_text = QLineEdit(self)
        self.note_text.setObjectName("follow-up-note-text")
        self.note_text.setPlaceholderText(self.tr("What was done, who replied …"))
        self.note_text.returnPressed.connect(self.add_note)
        self.add_note_button = QPushButton(self.tr("Add &note"), self)
        self.add_note_button.clicked.connect(self.add_note)
        self.problem = QLabel(self)
        self.problem.setObjectName("follow-up-problem")
        self.problem.setWordWrap(True)
        self.proposal_list = QListWidget(self)
        self.proposal_list.setObjectName("follow-up-proposals")
        self.proposal_list.setAccessibleName(self.tr("Proposed links"))
        self.proposal_list.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("&Same recommendation"), self)
        self.confirm_button.setObjectName("follow-up-confirm")
        self.confirm_button.clicked.connect(lambda: self._decide(True))
        self.refuse_button = QPushButton(self.tr("&Different"), self)
        self.refuse_button.setObjectName("follow-up-refuse")
        self.refuse_button.clicked.connect(lambda: self._decide(False))

        self._lay_out()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 7, self)
        table.setObjectName("follow-up-table")
        table.setHorizontalHeaderLabels(
            [self.tr("Recommendation"), self.tr("Addressee"), self.tr("Meeting"),
             self.tr("State"), self.tr("Office"), self.tr("Latest note"),
             self.tr("Heard before at")]
        )  # fmt: skip
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        table.setItemDelegateForColumn(STATE_COLUMN, StateDelegate(table))
        table.itemChanged.connect(self._office_changed)
        table.currentCellChanged.connect(lambda *_cells: self._show_notes())
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Addressee") + ":", self))
        top.addWidget(self.addressee)
        top.addStretch(1)
        top.addWidget(self.export_button)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Notes of the chosen recommendation") + ":", self))
        side_layout.addWidget(self.notes, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_day)
        note_row.addWidget(self.note_text, 1)
        note_row.addWidget(self.add_note_button)
        side_layout.addLayout(note_row)
        side_layout.addWidget(self.problem)
        side_layout.addWidget(
            QLabel(self.tr("Heard at an earlier meeting? (proposed by their words)") + ":", self)
        )
        side_layout.addWidget(self.proposal_list, 1)
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.confirm_button)
        decide_row.addWidget(self.refuse_button)
        decide_row.addStretch(1)
        side_layout.addLayout(decide_row)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        letter = self.fontMetrics().averageCharWidth()
        splitter.setSizes([110 * letter, 70 * letter])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def show_year(self, year: int) -> None:
        self._year = year
        # The year's table is read once; choosing an addressee filters it.
        self._year_rows = self._services.follow_up.table(year)
        addressees = sorted({r.addressee for r in self._year_rows})
        self.addressee.blockSignals(True)
        self.addressee.clear()
        self.addressee.addItem(self.tr("Every addressee"), "")
        for addressee in addressees:
            self.addressee.addItem(addressee_name(addressee), addressee)
        self.addressee.blockSignals(False)
        self.reload()

    def refresh(self) -> None:
        """Read the year's table again (after a note or a link) and show it."""
        if self._year is not None:
            self._year_rows = self._services.follow_up.table(self._year)
        self.reload()

    def is_editing(self) -> bool:
        """A cell's editor is open (the office, the state): reading the table now would
        close it under the user's fingers."""
        return self.table.state() == QAbstractItemView.State.EditingState

    def chosen_addressee(self) -> str | None:
        value = str(self.addressee.currentData() or "")
        return value or None

    def reload(self) -> None:
        if self._year is None:
            return
        keep = self.chosen_recommendation()
        chosen = self.chosen_addressee()
        self.rows = [r for r in self._year_rows if chosen is None or r.addressee == chosen]
        states = state_names()
        self._loading = True
        try:
            self.table.setRowCount(len(self.rows))
            for row, line in enumerate(self.rows):
                note = (
                    f"{short_day(line.last_note_day)}: {line.last_note}"
                    if line.last_note_day
                    else ""
                )
                cells = [line.text, addressee_name(line.addressee), line.meeting,
                         states[line.state], line.office, note, line.earlier_meeting]  # fmt: skip
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, line.recommendation_id)
                    item.setToolTip(text)
                    if column == STATE_COLUMN:
                        item.setData(STATE_ROLE, line.state.value)
                    elif column != OFFICE_COLUMN:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table.setItem(row, column, item)
        finally:
            self._loading = False
        self.table.resizeColumnsToContents()
        # The recommendation's words wrap in a column of a readable width; the others
        # are as wide as what they hold.
        letter = self.fontMetrics().averageCharWidth()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 48 * letter))
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 28 * letter))
        self.table.resizeRowsToContents()
        ids = [r.recommendation_id for r in self.rows]
        if ids:
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._show_notes()
        self._load_proposals()

    def chosen_recommendation(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0)
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, int) else None

    def set_state(self, recommendation_id: int, state: FollowUpState) -> None:
        if not self._loading:
            self._services.follow_up.set_state(recommendation_id, state)

    def _office_changed(self, item: QTableWidgetItem) -> None:
        """An office typed or a state chosen in the table: saved at once."""
        if self._loading:
            return
        recommendation_id = int(item.data(ID_ROLE))
        if item.column() == OFFICE_COLUMN:
            self._services.follow_up.set_office(recommendation_id, item.text())
        elif item.column() == STATE_COLUMN:
            self.set_state(recommendation_id, FollowUpState(str(item.data(STATE_ROLE))))
        else:
            return
        self._year_rows = self._services.follow_up.table(self._year or 0)

    def _show_notes(self) -> None:
        self.notes.clear()
        chosen = self.chosen_recommendation()
        if chosen is None:
            return
        for note in self._services.follow_up.get(chosen).notes:
            QListWidgetItem(f"{short_day(note.day)} — {note.text}", self.notes)

    def add_note(self) -> None:
        chosen = self.chosen_recommendation()
        if chosen is None:
            return
        try:
            day = parse_day(self.note_day.text()) or date.today()
            self._services.follow_up.add_note(chosen, day, self.note_text.text())
        except RapporteurError as error:
            self.problem.setText(describe(error))
            return
        self.problem.clear()
        self.note_text.clear()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._proposals_due:
            self._load_proposals()

    def _load_proposals(self) -> None:
        """The proposed links, looked for when the tab is on screen (matching a year's
        recommendations against every earlier one's is not for the view's opening)."""
        self.proposal_list.clear()
        self.proposals = []
        self._proposals_due = not self.isVisible()
        if self._year is None or self._proposals_due:
            return
        self.proposals = self._services.follow_up.proposals_for_year(self._year)
        for proposal in self.proposals:
            QListWidgetItem(
                self.tr(
                    "“{later}” ({later_meeting}) — heard before: “{earlier}” ({earlier_meeting})"
                )
                .format(later=proposal.later_text, later_meeting=proposal.later_meeting,
                        earlier=proposal.earlier_text, earlier_meeting=proposal.earlier_meeting),
                self.proposal_list,
            )  # fmt: skip
        if self.proposals:
            self.proposal_list.setCurrentRow(0)

    def _decide(self, same: bool) -> None:
        row = self.proposal_list.currentRow()
        if not 0 <= row < len(self.proposals):
            return
        proposal = self.proposals[row]
        try:
            if same:
                self._services.follow_up.confirm_link(proposal.later_id, proposal.earlier_id)
            else:
                self._services.follow_up.refuse_link(proposal.later_id, proposal.earlier_id)
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Follow-up"), describe(error))
        self.refresh()

    def export(self) -> str | None:
        if self._year is None:
            return None
        # Read again: a state or an office changed in the table since it was filled.
        rows = self._services.follow_up.table(self._year, self.chosen_addressee())
        return save_table(self, year_tables.follow_up_table(rows), f"follow-up-{self._year}")
