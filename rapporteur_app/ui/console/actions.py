"""The console's actions, one QAction per row of the key table (:mod:`.keys`).

The keys belong to the console's window (``Qt.WindowShortcut``): they work
wherever the focus is in that window while the console is shown — the log, the
queue, the tab bar, a button just clicked — and do nothing while another tab is
shown (the console is hidden then, and Qt ignores the shortcuts of a hidden
widget). The Console menu gets entries of its own that show the key and trigger
the action: the same QAction in the menu bar would make its key live in every
tab.
"""

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from rapporteur_app.ui.console.keys import EACH_CATEGORY, KEYS, ConsoleKey, translated
from rapporteur_app.ui.key_sequences import give_keys
from rapporteur_app.ui.qt_values import WINDOW_SHORTCUT


def key_text(action: QAction) -> str:
    """The first key of an action as the user's platform writes it ("" for none)."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


class ConsoleActions:
    """The actions of one console, bound to its slots.

    ``slots`` maps each action's name in the key table to what it runs;
    ``per_category`` does the same for the rows of five actions (one per
    category, given its number from 1)."""

    def __init__(
        self,
        owner: QWidget,
        undo_stack: QUndoStack,
        slots: Mapping[str, Callable[[], object]],
        per_category: Mapping[str, Callable[[int], object]],
        category_labels: Sequence[str],
        after: Callable[[], object] = lambda: None,
    ) -> None:
        self._owner = owner
        # Run after every action's own slot (the console brings the focus home).
        self._after = after
        self.by_name: dict[str, QAction] = {}
        self.rows: list[tuple[ConsoleKey, list[QAction]]] = []
        for row in KEYS:
            if not row.name:
                continue
            if row.per_category:
                made = [
                    self._make(row, number, label, per_category[row.name])
                    for number, label in enumerate(category_labels, start=1)
                ]
            elif row.name in ("undo", "redo"):
                made = [self._undo_action(row, undo_stack)]
            else:
                made = [self._plain(row, slots[row.name])]
            self.rows.append((row, made))
        self.categories = self._group("category")
        self.counts = self._group("count")

    def _group(self, name: str) -> list[QAction]:
        return next(made for row, made in self.rows if row.name == name)

    def _bind(self, action: QAction, keys: Sequence[str], name: str) -> QAction:
        action.setObjectName(name)
        give_keys(action, keys)  # not setShortcuts(): ui/key_sequences.py
        action.setProperty("shortcutContext", WINDOW_SHORTCUT)  # by name: see ui/qt_values.py
        self._owner.addAction(action)
        self.by_name[name] = action
        return action

    def _plain(self, row: ConsoleKey, slot: Callable[[], object]) -> QAction:
        action = QAction(translated(row.menu) or translated(row.help), parent=self._owner)
        action.triggered.connect(lambda _checked=False: (slot(), self._after()))
        return self._bind(action, row.keys, row.name)

    def _make(
        self, row: ConsoleKey, number: int, label: str, slot: Callable[[int], object]
    ) -> QAction:
        action = QAction(translated(row.menu).format(label), parent=self._owner)
        action.triggered.connect(lambda _checked=False: (slot(number), self._after()))
        keys = [k.replace(EACH_CATEGORY, str(number)) for k in row.keys]
        return self._bind(action, keys, f"{row.name}-{number}")

    def _undo_action(self, row: ConsoleKey, stack: QUndoStack) -> QAction:
        # The stack's own actions: enabled and worded ("Undo queue Austria") by the stack.
        if row.name == "undo":
            action = stack.createUndoAction(self._owner, translated(row.menu))
        else:
            action = stack.createRedoAction(self._owner, translated(row.menu))
        # Connected after the stack's own slot: runs once the undo or redo is done.
        action.triggered.connect(lambda _checked=False: self._after())
        return self._bind(action, row.keys, row.name)

    def __getattr__(self, name: str) -> QAction:
        # console_actions.give_floor and the like: the action of that row.
        try:
            return self.__dict__["by_name"][name]  # type: ignore[no-any-return]
        except KeyError:
            raise AttributeError(name) from None

    def all(self) -> list[QAction]:
        """Every action of the key table (the five of a category row each)."""
        return [action for _row, made in self.rows for action in made]

    def action(self, name: str) -> QAction:
        return self.by_name[name]

    def build_menu(self, parent: QWidget, before: Callable[[], object]) -> QMenu:
        """The Console menu: one entry per action, showing its key; ``before`` runs
        first (the main window shows the console's tab)."""
        menu = QMenu(QCoreApplication.translate("ConsoleActions", "&Console"), parent)
        menu.setObjectName("console-menu")
        for row, made in self.rows:
            if row.name in ("category", "undo", "not_named", "projector"):
                menu.addSeparator()
            for action in made:
                menu.addAction(_MenuEntry(action, menu, before))
        return menu


class _MenuEntry(QAction):
    """A menu entry for an action: its text and key shown, its enabled state followed,
    no shortcut of its own (the key stays the console's, in the console's tab only)."""

    def __init__(self, action: QAction, menu: QMenu, before: Callable[[], object]) -> None:
        super().__init__(menu)
        self._action, self._before = action, before
        self.setObjectName(f"menu-{action.objectName()}")
        self._follow()
        # Slots of this QObject: the connections end when the entry or the action goes.
        action.changed.connect(self._follow)
        self.triggered.connect(self._run)

    def _follow(self) -> None:
        try:
            keys = key_text(self._action)
            text = self._action.text()
        except RuntimeError:  # the console's action is being destroyed with the console
            return
        self.setText(f"{text}\t{keys}" if keys else text)
        self.setEnabled(self._action.isEnabled())

    def _run(self, _checked: bool = False) -> None:
        self._before()
        self._action.trigger()
