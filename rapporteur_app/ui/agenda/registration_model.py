"""The registration preview as a table model: 10,000 rows shown without 80,000 widgets."""

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtGui import QBrush

from rapporteur_app.services.registration import PreviewRow, RegistrationPreview, RowAction
from rapporteur_app.ui.colours import marked_row
from rapporteur_app.ui.error_text import said_text
from rapporteur_app.ui.labels import category_label
from rapporteur_app.ui.qt_namespace import Qt
from rapporteur_app.ui.translation_marks import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    return QCoreApplication.translate("RegistrationModel", text)


def status_label(action: RowAction) -> str:
    return {
        RowAction.ADD: QCoreApplication.translate("RegistrationModel", "to add"),
        RowAction.EXISTING: QCoreApplication.translate("RegistrationModel", "already registered"),
        RowAction.DUPLICATE: QCoreApplication.translate(
            "RegistrationModel", "repeated in the file"
        ),
        RowAction.ERROR: QCoreApplication.translate("RegistrationModel", "error"),
    }[action]


def row_note(row: PreviewRow) -> str:
    """What the preview says of the row, in the user's words."""
    notes = [said_text(note) for note in row.notes]
    if row.new_organization and row.action is RowAction.ADD:
        notes.insert(0, QCoreApplication.translate("RegistrationModel", "new organization"))
    return "; ".join(notes)


# (on a light palette, on a dark one): pale grey for rows left as they are, pink for errors.
_COLOURS = {
    RowAction.EXISTING: ("#eef2f6", "#2b3036"),
    RowAction.DUPLICATE: ("#eef2f6", "#2b3036"),
    RowAction.ERROR: ("#fde2e4", "#5c1a22"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("RegistrationModel", "Row"),
    QT_TRANSLATE_NOOP("RegistrationModel", "Status"),
    QT_TRANSLATE_NOOP("RegistrationModel", "Name"),
    QT_TRANSLATE_NOOP("RegistrationModel", "Function"),
    QT_TRANSLATE_NOOP("RegistrationModel", "Organization"),
    QT_TRANSLATE_NOOP("RegistrationModel", "Category"),
    QT_TRANSLATE_NOOP("RegistrationModel", "E-mail"),
    QT_TRANSLATE_NOOP("RegistrationModel", "Note"),
)
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1


class RegistrationModel(QAbstractTableModel):
    def __init__(self, preview: RegistrationPreview | None = None) -> None:
        super().__init__()
        self._rows: tuple[PreviewRow, ...] = preview.rows if preview else ()
        self._notes: dict[int, str] = {}  # by the row's number in the file
        self._brushes = {
            action: QBrush(marked_row(*colours)) for action, colours in _COLOURS.items()
        }

    def set_preview(self, preview: RegistrationPreview | None) -> None:
        self.beginResetModel()
        self._rows = preview.rows if preview else ()
        self._notes = {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes.get(row.action)
        if role == ACTION_ROLE:
            return row.action.value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: PreviewRow, column: int) -> str:
        if column == 0:
            return str(row.row)
        if column == 1:
            return status_label(row.action)
        if column == 5:
            return category_label(row.category) if row.category else ""
        if column == 7:
            # Worded once per row shown (the wording reads the whole translated table).
            note = self._notes.get(row.row)
            if note is None:
                note = self._notes[row.row] = row_note(row)
            return note
        return (row.name, row.function, row.organization, row.email)[
            {2: 0, 3: 1, 4: 2, 6: 3}[column]
        ]
