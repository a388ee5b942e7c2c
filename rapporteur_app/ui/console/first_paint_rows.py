"""The log's rows as the window's first paint shows them, before the database is open.

Where a model written in Python hands Qt a value of the ``Qt`` namespace, PySide builds
the whole namespace (:mod:`rapporteur_app.ui.qt_namespace`): the log's model does so
twice on every paint, saying which cells can be edited (``flags()``, a
``Qt.ItemFlag``) and giving the columns' titles (``headerData()``, asked with a
``Qt.Orientation``). Until just after the first paint the log shows these rows instead:
the same cells, read from the log's own model, with neither override (every row
selectable, no cell editable yet), and the titles in a header model of Qt's own. Then
:meth:`LogView.make_editable` puts the log's model in their place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QStandardItemModel

from rapporteur_app.ui.qt_values import DISPLAY_ROLE

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from rapporteur_app.ui.console.log_model import LogModel

Index = QModelIndex | QPersistentModelIndex


class FirstPaintRows(QAbstractTableModel):
    """The log's model seen through a model with no override of ``flags()`` or
    ``headerData()``; any change of the log's model shows at once (a reset)."""

    def __init__(self, source: LogModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        # Qt-to-Qt connections: they end with this model (make_editable deletes it).
        for signal in (
            source.modelReset,
            source.rowsInserted,
            source.rowsRemoved,
            source.dataChanged,
            source.layoutChanged,
        ):
            signal.connect(self.follow)

    def follow(self) -> None:
        """The log's model changed: read again (this model lives a few milliseconds)."""
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return self._source.rowCount(parent)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return self._source.columnCount(parent)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        return self._source.data(index, role)


def column_titles(source: LogModel, parent: QObject) -> QStandardItemModel:
    """The log's column titles, for its header while the first paint's rows are shown."""
    titles = QStandardItemModel(0, source.columnCount(), parent)
    titles.setHorizontalHeaderLabels(source.column_titles())
    return titles
