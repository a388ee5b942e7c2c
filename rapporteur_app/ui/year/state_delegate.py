"""The follow-up state edited in its cell: a list of the four states opens on a double
click or F2, and the state chosen is saved at once. One editor at a time, not a
combo box per row (450 of them took a third of a second to build)."""

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from rapporteur_app.ui.qt_namespace import Qt
from rapporteur_app.ui.year.words import state_names

STATE_ROLE = Qt.ItemDataRole.UserRole + 2


class StateDelegate(QStyledItemDelegate):
    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        del option, index
        editor = QComboBox(parent)
        editor.setObjectName("follow-up-state-editor")
        editor.setAccessibleName(self.tr("State"))
        for value, name in state_names().items():
            editor.addItem(name, value.value)
        # Chosen is saved: no need to leave the cell first.
        editor.activated.connect(lambda _index: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(STATE_ROLE))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox) and editor.currentData() != index.data(STATE_ROLE):
            model.setData(index, editor.currentData(), STATE_ROLE)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
