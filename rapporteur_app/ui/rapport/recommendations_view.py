"""The session's recommendations: edit, reorder (drag or Alt+Up/Down), merge
two, leave one out of the rapport, change the addressee, add, delete.

Every change is saved at once through the services; the list then reloads,
so what is shown is what is stored.
"""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import KNOWN_ADDRESSEES
from rapporteur_app.domain.model import Recommendation
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.labels import addressee_label

_ID = Qt.ItemDataRole.UserRole


_T = TypeVar("_T")


class RecommendationsView(QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id: int | None = None
        self._loading = False
        self.list = QListWidget(self)
        self.list.setObjectName("recommendations")
        self.list.setAccessibleName(self.tr("Recommendations"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.model().rowsMoved.connect(self._save_order)
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(self._show_addressee)
        self.addressee = QComboBox(self)
        self.addressee.setObjectName("addressee")
        self.addressee.setEditable(True)
        self.addressee.setToolTip(self.tr("Addressee of the selected recommendation"))
        for code in KNOWN_ADDRESSEES:
            self.addressee.addItem(addressee_label(code), code)
        self.addressee.activated.connect(self._set_addressee)
        typed = self.addressee.lineEdit()
        if typed is not None:
            typed.editingFinished.connect(self._set_addressee)
        self.new_text = QLineEdit(self)
        self.new_text.setObjectName("new-recommendation")
        self.new_text.setPlaceholderText(self.tr("New recommendation: type it and press Enter"))
        self.new_text.returnPressed.connect(self._add)
        self.merge_button = QPushButton(self.tr("&Merge two"), self)
        self.merge_button.clicked.connect(self._merge)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.clicked.connect(self._delete)
        up = QPushButton(self.tr("Up"), self)
        up.setToolTip(self.tr("Move up (Alt+Up)"))
        up.clicked.connect(lambda: self._move(-1))
        down = QPushButton(self.tr("Down"), self)
        down.setToolTip(self.tr("Move down (Alt+Down)"))
        down.clicked.connect(lambda: self._move(1))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self._move(step))
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete)
        buttons = QHBoxLayout()
        for widget in (self.addressee, up, down, self.merge_button, self.delete_button):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.new_text)

    def show_session(self, session_id: int) -> None:
        self._session_id = session_id
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        if self._session_id is None:
            return
        current = select_id if select_id is not None else self._current_id()
        recommendations = self._call(self._services.recommendations.of_session, self._session_id)
        if recommendations is None:
            return
        self._loading = True
        try:
            self.list.clear()
            for recommendation in recommendations:
                self.list.addItem(self._item(recommendation))
                if recommendation.id == current:
                    self.list.setCurrentRow(self.list.count() - 1)
        finally:
            self._loading = False
        self._show_addressee()

    def _item(self, recommendation: Recommendation) -> QListWidgetItem:
        item = QListWidgetItem(recommendation.text)
        item.setData(_ID, recommendation.id)
        item.setData(Qt.ItemDataRole.ToolTipRole, addressee_label(recommendation.addressee))
        item.setData(Qt.ItemDataRole.UserRole + 1, recommendation.addressee)
        item.setFlags(
            item.flags()
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsDragEnabled
        )
        included = Qt.CheckState.Checked if recommendation.included else Qt.CheckState.Unchecked
        item.setCheckState(included)
        return item

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(_ID)) if item is not None else None

    def _call(self, action: Callable[..., _T], *args: object, **kwargs: object) -> _T | None:
        """Run a service call; a refusal is shown, and the list shows the stored state."""
        try:
            return action(*args, **kwargs)
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), str(error))
            return None

    def _done(self, select_id: int | None = None) -> None:
        self.reload(select_id)
        self.changed.emit()

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        identifier = int(item.data(_ID))
        included = item.checkState() == Qt.CheckState.Checked
        self._call(
            self._services.recommendations.update,
            identifier,
            text=item.text(),
            included=included,
        )
        self._done(identifier)

    def _show_addressee(self, *_args: object) -> None:
        item = self.list.currentItem()
        if item is None:  # Qt gives None with nothing chosen, whatever its stubs say
            return  # type: ignore[unreachable]
        code = str(item.data(Qt.ItemDataRole.UserRole + 1))
        index = self.addressee.findData(code)
        if index >= 0:
            self.addressee.setCurrentIndex(index)
        else:
            self.addressee.setEditText(code)

    def _chosen_addressee(self) -> str:
        text = self.addressee.currentText()
        index = self.addressee.findText(text)
        return str(self.addressee.itemData(index)) if index >= 0 else text

    def _set_addressee(self, *_args: object) -> None:
        identifier = self._current_id()
        if identifier is None or self._loading:
            return
        self._call(
            self._services.recommendations.update, identifier, addressee=self._chosen_addressee()
        )
        self._done(identifier)

    def _add(self) -> None:
        if self._session_id is None:
            return
        added = self._call(
            self._services.recommendations.add,
            self._session_id,
            self._chosen_addressee(),
            self.new_text.text(),
        )
        if added is not None:
            self.new_text.clear()
            self._done(added.id)

    def _ids_in_order(self) -> list[int]:
        return [int(self.list.item(row).data(_ID)) for row in range(self.list.count())]

    def _save_order(self, *_args: object) -> None:
        if self._session_id is None or self._loading:
            return
        self._call(self._services.recommendations.reorder, self._session_id, self._ids_in_order())
        self._done()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if self._session_id is None or row < 0 or not 0 <= target < self.list.count():
            return
        order = self._ids_in_order()
        order[row], order[target] = order[target], order[row]
        self._call(self._services.recommendations.reorder, self._session_id, order)
        self._done(order[target])

    def _merge(self) -> None:
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        if len(rows) != 2:
            QMessageBox.information(
                self, self.tr("Rapporteur"), self.tr("Select two recommendations to merge.")
            )
            return
        keep, other = (int(self.list.item(row).data(_ID)) for row in rows)
        self._call(self._services.recommendations.merge, keep, other)
        self._done(keep)

    def _delete(self) -> None:
        for item in self.list.selectedItems():
            self._call(self._services.recommendations.delete, int(item.data(_ID)))
        self._done()
