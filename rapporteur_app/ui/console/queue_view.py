"""The speakers' queue: who waits for the floor, in order.

Each speaker takes two lines (name, then delegation and category), cut short
rather than scrolled sideways. Alt+Up / Alt+Down move the chosen speaker, F2
or a double-click corrects them, Delete takes them out of the queue; the
buttons under the list do the same.
"""

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.kinds import StatementKind
from rapporteur_app.domain.model import QueueEntry, joint_name
from rapporteur_app.ui.labels import category_label
from rapporteur_app.ui.qt_namespace import Qt
from rapporteur_app.ui.qt_values import (
    CUSTOM_CONTEXT_MENU,
    ELIDE_RIGHT,
    NO_FOCUS,
    SCROLL_BAR_ALWAYS_OFF,
)


class QueueList(QListWidget):
    # (entry, new position from 1)
    move_requested = Signal(object, int)
    remove_requested = Signal(object)
    edit_requested = Signal(object)
    not_named_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queue")
        self.setAccessibleName(self.tr("Queue of speakers"))
        self.entries: list[QueueEntry] = []
        self._texts: list[str] = []  # each row's text, as shown
        # By name, not the Qt namespace, before the first paint (ui/qt_values.py).
        self.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.setProperty("textElideMode", ELIDE_RIGHT)
        self.setWordWrap(False)
        # Every row is two lines: the view measures one, not each after every change.
        self.setUniformItemSizes(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setProperty("contextMenuPolicy", CUSTOM_CONTEXT_MENU)
        self.customContextMenuRequested.connect(self._context_menu)
        self.itemDoubleClicked.connect(lambda _item: self._request(self.edit_requested))

    def set_entries(self, entries: Sequence[QueueEntry], numbers: dict[int, int]) -> None:
        """Show the queue; ``numbers`` maps statement ids to their numbers (for replies).

        Only the rows whose text changes are written, and rows are added or taken away
        at the end: after a key the list costs what changed in it, not its length (a
        list of sixty speakers is shown again after every Enter and F5)."""
        row = self.currentRow()
        self.entries = list(entries)
        texts = [self._text(number, entry, numbers) for number, entry in enumerate(self.entries, 1)]
        for index, text in enumerate(texts[: len(self._texts)]):
            if self._texts[index] != text:
                item = self.item(index)
                item.setText(text)
                item.setToolTip(text)
        while self.count() > len(texts):
            self.takeItem(self.count() - 1)  # the item goes with its last reference
        for text in texts[self.count() :]:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.addItem(item)
        self._texts = texts
        if self.entries:
            wanted = min(max(row, 0), len(self.entries) - 1)
            if wanted != self.currentRow():
                self.setCurrentRow(wanted)

    def _text(self, number: int, entry: QueueEntry, numbers: dict[int, int]) -> str:
        name = entry.speaker or entry.on_behalf_of
        if entry.anonymous:
            name += " " + self.tr("(not to be named)")
        joint = joint_name(entry.on_behalf_of, entry.cosignatories)
        details = [joint if entry.speaker else "", category_label(entry.category)]
        if entry.kind is StatementKind.RIGHT_OF_REPLY:
            answered = numbers.get(entry.replying_to_id or -1)
            details.append(
                self.tr("right of reply to {0}").format(answered)
                if answered
                else self.tr("right of reply")
            )
        return f"{number}. {name}\n     " + " · ".join(d for d in details if d)

    def current_entry(self) -> QueueEntry | None:
        row = self.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def move_current(self, step: int) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        target = self.currentRow() + 1 + step
        if 1 <= target <= len(self.entries):
            self.move_requested.emit(entry, target)
            self.setCurrentRow(target - 1)

    def _request(self, signal: SignalInstance) -> None:
        entry = self.current_entry()
        if entry is not None:
            signal.emit(entry)

    def remove_current(self) -> None:
        self._request(self.remove_requested)

    def edit_current(self) -> None:
        self._request(self.edit_requested)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_current()
            return
        if event.key() == Qt.Key.Key_F2:
            self.edit_current()
            return
        super().keyPressEvent(event)

    def _context_menu(self, where: QPoint) -> None:
        item = self.itemAt(where)
        if item is None:
            return
        self.setCurrentItem(item)
        entry = self.current_entry()
        menu = QMenu(self)
        menu.addAction(self.tr("Correct…  (F2)"), self.edit_current)
        menu.addAction(self.tr("Move up  (Alt+Up)"), lambda: self.move_current(-1))
        menu.addAction(self.tr("Move down  (Alt+Down)"), lambda: self.move_current(1))
        named = menu.addAction(
            self.tr("Not to be named"), lambda: self._request(self.not_named_requested)
        )
        named.setCheckable(True)
        named.setChecked(bool(entry and entry.anonymous))
        menu.addAction(self.tr("Remove from the queue  (Delete)"), self.remove_current)
        menu.popup(self.viewport().mapToGlobal(where))


class QueueView(QWidget):
    """The queue and its buttons: up, down, correct, remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QueueList(self)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for name, text, tip, slot in (
            ("queue-up", self.tr("▲ Up"), self.tr("Move the chosen speaker up (Alt+Up)"),
             lambda: self.list.move_current(-1)),
            ("queue-down", self.tr("▼ Down"), self.tr("Move the chosen speaker down (Alt+Down)"),
             lambda: self.list.move_current(1)),
            ("queue-edit", self.tr("Correct…"), self.tr("Correct the chosen speaker (F2)"),
             self.list.edit_current),
            ("queue-remove", self.tr("Remove"), self.tr("Take the chosen speaker out (Delete)"),
             self.list.remove_current),
        ):  # fmt: skip
            button = QPushButton(text, parent=self)
            button.setObjectName(name)
            button.setToolTip(tip)
            button.setProperty("focusPolicy", NO_FOCUS)  # the keys stay on the list
            # As narrow as the words allow (the style would make each 80 px at least).
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text) + 16)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    @property
    def entries(self) -> list[QueueEntry]:
        return self.list.entries

    def set_entries(self, entries: Sequence[QueueEntry], numbers: dict[int, int]) -> None:
        self.list.set_entries(entries, numbers)
