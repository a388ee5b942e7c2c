"""The people of a meeting: corrected in place, added, merged, removed."""

from typing import Any, cast

from PySide6.QtCore import QSortFilterProxyModel, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import CATEGORY_ORDER, Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.agenda.field_problem import ProblemLabel
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.labels import category_label
from rapporteur_app.ui.participants import merge_choice
from rapporteur_app.ui.participants.table_models import PeopleModel
from rapporteur_app.ui.qt_namespace import Qt

_FIELDS = {
    PeopleModel.NAME: "name",
    PeopleModel.FUNCTION: "function",
    PeopleModel.ORGANIZATION: "organization",
    PeopleModel.EMAIL: "email",
}


def category_choice(parent: QWidget, empty: str) -> QComboBox:
    """The five categories, after an entry meaning 'none chosen'."""
    combo = QComboBox(parent)
    combo.addItem(empty, "")
    for category in CATEGORY_ORDER:
        combo.addItem(category_label(category), category.value)
    return combo


class PeopleTab(QWidget):
    def __init__(self, services: Services, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.meeting_id = meeting_id
        self.model = PeopleModel()
        self.model.save = self._save_cell
        self.rows = QSortFilterProxyModel(self)
        self.rows.setSourceModel(self.model)
        self.rows.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.rows.setFilterKeyColumn(-1)
        self.search = QLineEdit(self)
        self.search.setObjectName("search-people")
        self.search.setPlaceholderText(self.tr("Find a person or an organization"))
        self.search.textChanged.connect(self.rows.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("people")
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(self.rows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PeopleModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = ProblemLabel(self)
        self.message.setObjectName("people-message")
        self.message.setMaximumWidth(16777215)
        self.merge_button = QPushButton(self.tr("&Merge the two selected…"), self)
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button = QPushButton(self.tr("Remove"), self)
        self.delete_button.setToolTip(self.tr("Their statements stay, under the name logged"))
        self.delete_button.clicked.connect(self.delete_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.search, 1)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(self._add_row())
        self.reload()

    def _add_row(self) -> QHBoxLayout:
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("new-name")
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_function = QLineEdit(self)
        self.new_function.setPlaceholderText(self.tr("Function"))
        self.new_organization = QLineEdit(self)
        self.new_organization.setObjectName("new-organization")
        self.new_organization.setPlaceholderText(self.tr("Organization"))
        names = [o.name for o in self._services.organizations.listing()]
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.new_organization.setCompleter(completer)
        self.new_category = category_choice(self, self.tr("Category (if new)"))
        self.new_email = QLineEdit(self)
        self.new_email.setPlaceholderText(self.tr("E-mail"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_person)
        for line in (self.new_name, self.new_function, self.new_organization, self.new_email):
            line.returnPressed.connect(self.add_person)
        row = QHBoxLayout()
        for widget in (self.new_name, self.new_function, self.new_organization,
                       self.new_category, self.new_email, self.add_button):  # fmt: skip
            row.addWidget(widget)
        return row

    def reload(self) -> None:
        try:
            self.model.set_rows(self._services.participants.of_meeting(self.meeting_id))
        except RapporteurError as error:
            self.message.show_problems([describe(error)])
            return
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))

    def _chosen_category(self) -> Category | None:
        value = self.new_category.currentData()
        return Category(value) if value else None

    def add_person(self) -> None:
        try:
            added = self._services.participants.add(
                self.meeting_id, self.new_name.text(), self.new_function.text(),
                self.new_organization.text(), self._chosen_category(), self.new_email.text(),
            )  # fmt: skip
        except RapporteurError as error:
            self.message.show_problems([describe(error)])
            return
        self.message.show_problems([])
        for line in (self.new_name, self.new_function, self.new_organization, self.new_email):
            line.clear()
        self.new_category.setCurrentIndex(0)
        self.reload()
        self.new_name.setFocus()
        self.select_person(added.id)

    def select_person(self, speaker_id: int) -> None:
        for row, person in enumerate(self.model.rows):
            if person.id == speaker_id:
                index = self.rows.mapFromSource(self.model.index(row, 0))
                self.table.selectRow(index.row())
                self.table.scrollTo(index)

    def _save_cell(self, row: int, column: int, text: str) -> bool:
        person = self.model.rows[row]
        participants = self._services.participants
        try:
            if column == PeopleModel.NOT_NAMED:
                # For the whole meeting: every statement she made and makes.
                participants.set_not_named(person.id, text == PeopleModel.TICKED)
            elif column == PeopleModel.DESCRIBED:
                # Describing her is asking that she not be named.
                participants.set_not_named(person.id, bool(text.strip()) or person.not_named, text)
            else:
                field = _FIELDS[column]
                participants.update(person.id, **cast(dict[str, Any], {field: text}))
        except RapporteurError as error:
            self.message.show_problems([describe(error)])
            return False
        self.message.show_problems([])
        # Not now: the view is still handing the edit over when this returns.
        QTimer.singleShot(0, self.reload)
        return True

    def _selected(self) -> list[int]:
        chosen = self.table.selectionModel().selectedRows()
        return sorted({self.rows.mapToSource(index).row() for index in chosen})

    def merge_selected(self) -> None:
        rows = self._selected()
        if len(rows) != 2:
            self.message.show_problems([self.tr("Select the two spellings of one person.")])
            return
        first, second = (self.model.rows[r] for r in rows)
        choice = merge_choice.ask_which_to_keep(self, first.name, second.name)
        if choice is None:
            return
        keep, other = (first, second) if choice == 0 else (second, first)
        try:
            self._services.participants.merge(keep.id, other.id)
        except RapporteurError as error:
            self.message.show_problems([describe(error)])
            return
        self.message.show_problems([])
        self.reload()
        self.select_person(keep.id)

    def delete_selected(self) -> None:
        for row in self._selected():
            try:
                self._services.participants.delete(self.model.rows[row].id)
            except RapporteurError as error:
                self.message.show_problems([describe(error)])
        self.reload()
