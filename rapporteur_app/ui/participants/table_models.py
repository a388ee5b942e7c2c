"""Table models over the people and the organizations: shown as the services give
them; an edit in a cell asks the view to save it (the view says if it was refused)."""

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtGui import QBrush

from rapporteur_app.domain.model import Speaker
from rapporteur_app.services.organizations import OrganizationListing
from rapporteur_app.ui.colours import quiet_text
from rapporteur_app.ui.labels import category_label
from rapporteur_app.ui.qt_namespace import Qt
from rapporteur_app.ui.translation_marks import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
_Row = TypeVar("_Row")
# (row, column, new text) -> True when saved; the model then reloads from the services.
Saver = Callable[[int, int, str], bool]


def _t(text: str) -> str:
    return QCoreApplication.translate("ParticipantsView", text)


class _ListModel(QAbstractTableModel, Generic[_Row]):
    COLUMNS: tuple[str, ...] = ()
    EDITABLE: frozenset[int] = frozenset()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[_Row] = []
        self.save: Saver | None = None

    def set_rows(self, rows: Sequence[_Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(self.COLUMNS[section]) if 0 <= section < len(self.COLUMNS) else None
        return None

    def editable(self, row: int, column: int) -> bool:
        return column in self.EDITABLE

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def text(self, row: _Row, column: int) -> str:
        raise NotImplementedError

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(self.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(self.rows[index.row()])
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(self.rows[index.row()])
        return None

    def tooltip(self, row: _Row) -> str | None:
        return None

    def foreground(self, row: _Row) -> QBrush | None:
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.save is None:
            return False
        if not self.editable(index.row(), index.column()):
            return False
        if str(value) == self.text(self.rows[index.row()], index.column()):
            return False
        return self.save(index.row(), index.column(), str(value))


class PeopleModel(_ListModel[Speaker]):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ParticipantsView", "Name"),
        QT_TRANSLATE_NOOP("ParticipantsView", "Function"),
        QT_TRANSLATE_NOOP("ParticipantsView", "Organization"),
        QT_TRANSLATE_NOOP("ParticipantsView", "Category"),
        QT_TRANSLATE_NOOP("ParticipantsView", "E-mail"),
        QT_TRANSLATE_NOOP("ParticipantsView", "Not to be named"),
        QT_TRANSLATE_NOOP("ParticipantsView", "Described as"),
    )
    NAME, FUNCTION, ORGANIZATION, CATEGORY, EMAIL, NOT_NAMED, DESCRIBED = range(7)
    EDITABLE = frozenset({NAME, FUNCTION, ORGANIZATION, EMAIL, DESCRIBED})
    # What the not-to-be-named box hands the saver: ticked, or not.
    TICKED, CLEARED = "yes", ""

    def text(self, row: Speaker, column: int) -> str:
        if column == self.CATEGORY:
            return category_label(row.category) if row.category else ""
        if column == self.NOT_NAMED:
            return ""
        if column == self.DESCRIBED:
            return row.anonymous_description if row.not_named else ""
        return (row.name, row.function, row.organization, "", row.email)[column]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.NOT_NAMED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and index.isValid()
            and index.column() == self.NOT_NAMED
            and 0 <= index.row() < len(self.rows)
        ):
            ticked = self.rows[index.row()].not_named
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.NOT_NAMED:
            if self.save is None or not index.isValid():
                return False
            ticked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
            return self.save(index.row(), index.column(), self.TICKED if ticked else self.CLEARED)
        return super().setData(index, value, role)


class OrganizationsModel(_ListModel[OrganizationListing]):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ParticipantsView", "Name"),
        QT_TRANSLATE_NOOP("ParticipantsView", "Acronym"),
        QT_TRANSLATE_NOOP("ParticipantsView", "Category"),
        QT_TRANSLATE_NOOP("ParticipantsView", "Group"),
        QT_TRANSLATE_NOOP("ParticipantsView", "In use"),
    )
    NAME, ACRONYM, CATEGORY, GROUP, IN_USE = range(5)

    def editable(self, row: int, column: int) -> bool:
        # Only what the database holds can be renamed; a reference entry is as shipped.
        listing = self.rows[row]
        return column in (self.NAME, self.CATEGORY) and listing.id is not None

    def text(self, row: OrganizationListing, column: int) -> str:
        if column == self.CATEGORY:
            return category_label(row.category)
        if column == self.GROUP:
            return group_label(row.group)
        if column == self.IN_USE:
            return (
                QCoreApplication.translate("ParticipantsView", "yes") if row.id is not None else ""
            )
        # What the database holds is what statements say: show that spelling.
        return (row.stored_name or row.name, row.acronym)[column]

    def tooltip(self, row: OrganizationListing) -> str | None:
        shown = row.stored_name or row.name
        names = [f"{code}: {name}" for code, name in row.names.items() if name != shown]
        return "\n".join(names) or None

    def foreground(self, row: OrganizationListing) -> QBrush | None:
        # Reference entries nobody has spoken for yet: listed, but quieter.
        return QBrush(quiet_text()) if row.id is None else None


def group_label(group: str) -> str:
    return {
        "participating-state": QCoreApplication.translate(
            "ParticipantsView", "participating State"
        ),
        "partner-asian": QCoreApplication.translate(
            "ParticipantsView", "Asian Partner for Co-operation"
        ),
        "partner-mediterranean": QCoreApplication.translate(
            "ParticipantsView", "Mediterranean Partner for Co-operation"
        ),
        "eu-delegation": QCoreApplication.translate("ParticipantsView", "European Union"),
        "osce": QCoreApplication.translate("ParticipantsView", "OSCE"),
        "osce-institution": QCoreApplication.translate("ParticipantsView", "OSCE institution"),
        "osce-secretariat": QCoreApplication.translate("ParticipantsView", "OSCE Secretariat"),
        "osce-field-operation": QCoreApplication.translate(
            "ParticipantsView", "OSCE field operation"
        ),
        "un": QCoreApplication.translate("ParticipantsView", "United Nations"),
        "council-of-europe": QCoreApplication.translate("ParticipantsView", "Council of Europe"),
        "eu": QCoreApplication.translate("ParticipantsView", "European Union body"),
        "other-io": QCoreApplication.translate("ParticipantsView", "international organization"),
    }.get(group, group)
