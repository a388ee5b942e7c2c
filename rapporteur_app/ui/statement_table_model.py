"""A read-only table of a session's statements, over the statement service."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex

from rapporteur_app.domain.model import Statement, joint_name
from rapporteur_app.ui.labels import category_label, kind_label
from rapporteur_app.ui.qt_namespace import Qt

_Index = QModelIndex | QPersistentModelIndex


def _duration(statement: Statement) -> str:
    if statement.duration is None:
        return ""
    seconds = int(statement.duration.total_seconds())
    return f"{seconds // 60}:{seconds % 60:02d}"


class StatementTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Statement] = []
        self._headers = [
            self.tr("No."),
            self.tr("Time"),
            self.tr("Speaker"),
            self.tr("On behalf of"),
            self.tr("Category"),
            self.tr("Kind"),
            self.tr("Duration"),
            self.tr("Notes"),
        ]

    def set_statements(self, statements: list[Statement]) -> None:
        self.beginResetModel()
        self._rows = list(statements)
        self.endResetModel()

    def statement_at(self, row: int) -> Statement:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        s = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return s.number
        if column == 1:
            return s.start.strftime("%H:%M:%S") if s.start else ""
        if column == 2:
            if s.anonymous:
                return self.tr("{0} (not to be named)").format(s.speaker)
            return s.speaker
        if column == 3:
            return joint_name(s.on_behalf_of, s.cosignatories)
        if column == 4:
            return category_label(s.category)
        if column == 5:
            return kind_label(s.kind)
        if column == 6:
            return _duration(s)
        return s.notes.split("\n", 1)[0][:120]
