"""The organizations: the reference lists and those met so far, by category;
added, renamed, re-categorised and merged."""

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import CATEGORY_ORDER, Category
from rapporteur_app.domain.reference import reference_source
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.agenda.field_problem import ProblemLabel
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.labels import category_label
from rapporteur_app.ui.participants import merge_choice
from rapporteur_app.ui.participants.people_tab import category_choice
from rapporteur_app.ui.participants.table_models import OrganizationsModel
from rapporteur_app.ui.qt_namespace import Qt

_Index = QModelIndex | QPersistentModelIndex


class CategoryDelegate(QStyledItemDelegate):
    """The category cell is edited with the five categories to choose from."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        for category in CATEGORY_ORDER:
            combo.addItem(category_label(category), category.value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findText(str(index.data()))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class OrganizationsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = OrganizationsModel()
        self.model.save = self._save_cell
        self.rows = QSortFilterProxyModel(self)
        self.rows.setSourceModel(self.model)
        self.rows.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.rows.setFilterKeyColumn(-1)
        self.category = category_choice(self, self.tr("All categories"))
        self.category.setObjectName("category-filter")
        self.category.currentIndexChanged.connect(self.reload)
        self.with_reference = QCheckBox(self.tr("With the reference lists"), self)
        self.with_reference.setObjectName("with-reference")
        source, written = reference_source()
        self.with_reference.setToolTip(f"{source}\n({written})")
        self.with_reference.toggled.connect(self.reload)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find"))
        self.search.textChanged.connect(self.rows.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("organizations")
        self.table.setAccessibleName(self.tr("Organizations"))
        self.table.setModel(self.rows)
        self.table.setItemDelegateForColumn(OrganizationsModel.CATEGORY, CategoryDelegate(self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = ProblemLabel(self)
        self.message.setObjectName("organizations-message")
        self.message.setMaximumWidth(16777215)
        self.merge_button = QPushButton(self.tr("&Merge the two selected…"), self)
        self.merge_button.clicked.connect(self.merge_selected)
        top = QHBoxLayout()
        for widget in (self.category, self.with_reference, self.search, self.merge_button):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(self._add_row())
        self.reload()

    def _add_row(self) -> QHBoxLayout:
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("new-organization-name")
        self.new_name.setPlaceholderText(self.tr("Name of a new organization"))
        self.new_acronym = QLineEdit(self)
        self.new_acronym.setPlaceholderText(self.tr("Acronym"))
        self.new_acronym.setMaximumWidth(120)
        self.new_category = category_choice(self, self.tr("Category"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_organization)
        self.new_name.returnPressed.connect(self.add_organization)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("New:"), self))
        for widget in (self.new_name, self.new_acronym, self.new_category, self.add_button):
            row.addWidget(widget)
        return row

    def reload(self) -> None:
        value = self.category.currentData()
        category = Category(value) if value else None
        try:
            if self.with_reference.isChecked():
                rows = self._services.organizations.listing(category)
            else:
                rows = [
                    listing
                    for listing in self._services.organizations.listing(category)
                    if listing.id is not None
                ]
        except RapporteurError as error:
            self.message.show_problems([describe(error)])
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 420))

    def _save_cell(self, row: int, column: int, text: str) -> bool:
        listing = self.model.rows[row]
        if listing.id is None:
            return False
        try:
            if column == OrganizationsModel.NAME:
                self._services.organizations.rename(listing.id, text)
            else:
                self._services.organizations.set_category(listing.id, Category(text))
        except RapporteurError as error:
            self.message.show_problems([describe(error)])
            return False
        self.message.show_problems([])
        QTimer.singleShot(0, self.reload)
        return True

    def add_organization(self) -> None:
        value = self.new_category.currentData()
        try:
            self._services.organizations.add(
                self.new_name.text(), Category(value) if value else None, self.new_acronym.text()
            )
        except RapporteurError as error:
            self.message.show_problems([describe(error)])
            return
        self.message.show_problems([])
        self.new_name.clear()
        self.new_acronym.clear()
        self.new_category.setCurrentIndex(0)
        self.reload()

    def merge_selected(self) -> None:
        chosen = self.table.selectionModel().selectedRows()
        rows = sorted({self.rows.mapToSource(index).row() for index in chosen})
        picked = [self.model.rows[r] for r in rows]
        if len(picked) != 2 or any(p.id is None for p in picked):
            self.message.show_problems(
                [self.tr("Select two organizations in use: two spellings of one.")]
            )
            return
        first, second = picked
        choice = merge_choice.ask_which_to_keep(self, first.name, second.name)
        if choice is None:
            return
        keep, other = (first, second) if choice == 0 else (second, first)
        assert keep.id is not None and other.id is not None
        try:
            self._services.organizations.merge(keep.id, other.id)
        except RapporteurError as error:
            self.message.show_problems([describe(error)])
            return
        self.message.show_problems([])
        self.reload()
