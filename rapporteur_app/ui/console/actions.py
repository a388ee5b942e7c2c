"""The console's actions: one QAction each, with its keys.

The same action serves the key, the button or menu entry that shows it, and
the list of keys in the Help menu, so the three never disagree. The keys work
wherever the focus is inside the console (not in the other tabs).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

if TYPE_CHECKING:
    from rapporteur_app.ui.console.console_view import ConsoleView


def _t(text: str) -> str:
    return QCoreApplication.translate("ConsoleKeys", text)


@dataclass(frozen=True, slots=True)
class KeyHelp:
    keys: str
    what: str


# Every key of the console, in the order a session goes: Help > Console keys and
# docs/console.md show this table. Keys that belong to one widget (Enter in the
# quick entry, 1 … 5 after a prompt, the queue's own keys) are listed here too.
def console_keys() -> tuple[KeyHelp, ...]:
    return (
        KeyHelp("Ctrl+L", _t("Go to the quick-entry line")),
        KeyHelp("Enter", _t("Queue who was typed in the quick-entry line")),
        KeyHelp("1 … 5", _t("After Enter on a new organization: its category")),
        KeyHelp("Ctrl+Shift+R", _t(
            "Queue the next speaker as a right of reply to the chosen statement")),
        KeyHelp("F5", _t("Give the floor to the next in the queue; write their notes")),
        KeyHelp("F6", _t("End the statement on the floor")),
        KeyHelp("Ctrl+M, then 1 … 5", _t(
            "Notes' line or selection as a recommendation to: 1 participating States, "
            "2 the OSCE, 3 ODIHR, 4 civil society, 5 the Partners")),
        KeyHelp("Alt+1 … Alt+5", _t(
            "Category of the statement on the floor or chosen: 1 delegation, 2 civil society, "
            "3 OSCE institution, 4 international organization, 5 media")),
        KeyHelp("Ctrl+1 … Ctrl+5", _t("Count a statement of that category, without a name")),
        KeyHelp("Ctrl+Z", _t("Undo")),
        KeyHelp("Ctrl+Shift+Z", _t("Redo")),
        KeyHelp("Ctrl+Shift+N", _t("The chosen speaker asked not to be named (or may be named)")),
        KeyHelp("Delete", _t("Remove the chosen speaker from the queue, or the chosen statement")),
        KeyHelp("F2", _t("Correct the chosen queued speaker, or the chosen cell of the log")),
        KeyHelp("Alt+Up / Alt+Down", _t("Move the chosen speaker in the queue")),
        KeyHelp("Ctrl+P", _t("Show the projector window")),
    )  # fmt: skip


class ConsoleActions:
    """The actions of one console, bound to its slots."""

    def __init__(self, console: "ConsoleView", undo_stack: QUndoStack) -> None:
        self._console = console
        self.menu: list[QAction | None] = []  # None: a separator

        def make(
            text: str, keys: str | list[str], slot: Callable[[], object], tip: str = ""
        ) -> QAction:
            action = QAction(text, console)
            sequences = [keys] if isinstance(keys, str) else keys
            action.setShortcuts([QKeySequence(k) for k in sequences if k])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if tip:
                action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False: slot())
            console.addAction(action)
            self.menu.append(action)
            return action

        c = console
        self.focus_entry = make(_t("Quick entry"), "Ctrl+L", c.focus_entry)
        self.reply = make(
            _t("Right of reply to the chosen statement"), "Ctrl+Shift+R", c.toggle_reply
        )
        self.menu.append(None)
        self.give_floor = make(_t("Give the floor"), "F5", c.give_floor)
        self.end_floor = make(_t("End the statement"), "F6", c.end_floor)
        self.recommend = make(_t("Make a recommendation"), "Ctrl+M", c.start_recommendation)
        self.menu.append(None)
        self.undo = undo_stack.createUndoAction(console, _t("Undo"))
        self.undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo = undo_stack.createRedoAction(console, _t("Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo, self.redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            console.addAction(action)
            self.menu.append(action)
        self.menu.append(None)
        self.not_named = make(_t("Not to be named"), "Ctrl+Shift+N", c.toggle_not_named)
        self.delete_statement = make(_t("Delete the statement"), "", c.delete_statement)
        self.projector = make(_t("Projector window"), "Ctrl+P", c.show_projector)
        self.menu.append(None)
        self.categories: list[QAction] = []
        self.counts: list[QAction] = []

    def add_category_actions(
        self, labels: list[str], set_category: Callable[[int], None], count: Callable[[int], None]
    ) -> None:
        """Alt+1 … Alt+5 set a category; Ctrl+1 … Ctrl+5 count one without a name."""
        for number, label in enumerate(labels, start=1):
            action = QAction(_t("Category: {0}").format(label), self._console)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, n=number: set_category(n))
            self._console.addAction(action)
            self.categories.append(action)
        for number, label in enumerate(labels, start=1):
            action = QAction(_t("Count: {0}").format(label), self._console)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, n=number: count(n))
            self._console.addAction(action)
            self.counts.append(action)
