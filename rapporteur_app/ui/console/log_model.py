"""The session's statements as a table, editable in place.

Edits are not written here: the model hands them to the console, which turns
each into an undoable command.
"""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import CATEGORY_ORDER, Category, StatementKind
from rapporteur_app.domain.model import Statement
from rapporteur_app.ui.console.timing import clock
from rapporteur_app.ui.labels import category_label, kind_label

Index = QModelIndex | QPersistentModelIndex
# (statement, field, new value) -> accepted
EditHandler = Callable[[Statement, str, object], bool]

COLUMNS = ("No.", "Time", "Speaker", "On behalf of", "Category", "Kind", "Duration", "Notes")
EDITABLE = {2: "speaker", 3: "on_behalf_of", 4: "category", 5: "kind"}


def _category_from(text: str) -> Category:
    folded = text.strip().casefold()
    if folded.isdigit() and 1 <= int(folded) <= 5:
        return CATEGORY_ORDER[int(folded) - 1]
    for category in CATEGORY_ORDER:
        if folded in (category.value, category_label(category).casefold()):
            return category
    return Category.parse(text)


class LogModel(QAbstractTableModel):
    def __init__(self, on_edit: EditHandler, parent: Any = None) -> None:
        super().__init__(parent)
        self.statements: list[Statement] = []
        self._on_edit = on_edit

    def set_statements(self, statements: Sequence[Statement]) -> None:
        self.beginResetModel()
        self.statements = list(statements)
        self.endResetModel()

    def append(self, statement: Statement) -> None:
        row = len(self.statements)
        self.beginInsertRows(QModelIndex(), row, row)
        self.statements.append(statement)
        self.endInsertRows()

    def replace(self, row: int, statement: Statement) -> None:
        self.statements[row] = statement
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.statements)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        statement = self.statements[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            return {
                2: statement.speaker,
                3: statement.on_behalf_of,
                4: category_label(statement.category),
                5: kind_label(statement.kind),
            }.get(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 7:
            return statement.notes or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return statement.number
        if column == 1:
            return f"{statement.start:%H:%M}" if statement.start else ""
        if column == 2:
            name = statement.speaker
            return f"{name} ({self.tr('not to be named')})" if statement.anonymous else name
        if column == 3:
            return statement.on_behalf_of
        if column == 4:
            return category_label(statement.category)
        if column == 5:
            text = kind_label(statement.kind)
            if statement.replying_to_id is not None:
                answered = self.number_of(statement.replying_to_id)
                text += f" → {answered}" if answered else ""
            return text
        if column == 6:
            if statement.on_the_floor:
                return self.tr("on the floor")
            duration = statement.duration
            return clock(int(duration.total_seconds())) if duration is not None else ""
        first_line = statement.notes.strip().split("\n", 1)[0]
        return first_line[:120]

    def number_of(self, statement_id: int) -> int | None:
        for statement in self.statements:
            if statement.id == statement_id:
                return statement.number
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        statement = self.statements[index.row()]
        field = EDITABLE[index.column()]
        new: object = str(value)
        try:
            if field == "category":
                new = _category_from(str(value))
            elif field == "kind":
                folded = str(value).strip().casefold()
                reply = folded in (
                    "r",
                    "reply",
                    kind_label(StatementKind.RIGHT_OF_REPLY).casefold(),
                )
                new = (
                    StatementKind.RIGHT_OF_REPLY
                    if reply
                    else StatementKind.parse(
                        "statement"
                        if folded in ("s", kind_label(StatementKind.STATEMENT).casefold())
                        else str(value)
                    )
                )
        except InvalidInput:  # a word the model does not know: nothing changes
            return False
        return self._on_edit(statement, field, new)
