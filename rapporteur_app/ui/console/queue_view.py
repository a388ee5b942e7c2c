"""The speakers' queue: who waits for the floor, in order.

Alt+Up / Alt+Down move the chosen speaker, Delete takes them out of the queue.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from rapporteur_app.domain.kinds import StatementKind
from rapporteur_app.domain.model import QueueEntry
from rapporteur_app.ui.labels import category_label


class QueueView(QListWidget):
    # (entry, new position from 1)
    move_requested = Signal(object, int)
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queue")
        self.entries: list[QueueEntry] = []

    def set_entries(self, entries: Sequence[QueueEntry], numbers: dict[int, int]) -> None:
        """Show the queue; ``numbers`` maps statement ids to their numbers (for replies)."""
        row = self.currentRow()
        self.entries = list(entries)
        self.clear()
        for number, entry in enumerate(self.entries, start=1):
            text = f"{number}. {entry.display} — {category_label(entry.category)}"
            if entry.kind is StatementKind.RIGHT_OF_REPLY:
                answered = numbers.get(entry.replying_to_id or -1)
                text += self.tr(" — right of reply") + (f" → {answered}" if answered else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.addItem(item)
        if self.entries:
            self.setCurrentRow(min(max(row, 0), len(self.entries) - 1))

    def current_entry(self) -> QueueEntry | None:
        row = self.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        entry = self.current_entry()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if entry is not None and alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            target = self.currentRow() + 1 + step
            if 1 <= target <= len(self.entries):
                self.move_requested.emit(entry, target)
                self.setCurrentRow(target - 1)
            return
        if entry is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit(entry)
            return
        super().keyPressEvent(event)
