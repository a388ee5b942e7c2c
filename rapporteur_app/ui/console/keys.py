"""The one table of the console's keys.

Each row says once: the action's name, its keys, the text of its button, its
entry in the Console menu and its line in the key list. The shortcuts
(:mod:`.actions`), the buttons (:mod:`.layout`), the Console menu, the key list
(F1) and the key table of ``docs/console.md`` are all made from it, and a test
holds them equal. A row without an action is a key that one widget handles
(Enter in the quick entry, Delete in the queue ...): it is listed, never bound
window-wide.

The texts are marked for translation here (``QT_TRANSLATE_NOOP``, context
"ConsoleKeys", which returns them as they are; ``str()`` only tells the type
checker so) and translated where they are shown.
"""

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ConsoleKeys"
# A row whose keys end with this digit placeholder stands for five actions, one per
# category (1 … 5): "Alt+{n}" binds Alt+1 … Alt+5.
EACH_CATEGORY = "{n}"


class ConsoleKey(NamedTuple):
    # A NamedTuple: made at import, on the first paint's path, at a seventh of a frozen
    # dataclass's cost (docs/performance.md, round 10).
    # The action's name (also the objectName of its QAction and its button);
    # "" for a key one widget handles.
    name: str
    # The key sequences, as QKeySequence reads them (portable text); the first one
    # is the one shown on the button and in the menu.
    keys: tuple[str, ...]
    # The keys as the key list writes them ("Ctrl+1 … Ctrl+5"); marked for translation
    # where words go with them ("Delete (in the log)").
    shown: str
    # What the key does, one line of the key list and of docs/console.md.
    help: str
    # The entry in the Console menu ("" when it has none).
    menu: str = ""
    # The text on its button ("" when it has none): the key is added to it.
    button: str = ""

    @property
    def per_category(self) -> bool:
        return any(EACH_CATEGORY in k for k in self.keys)


KEYS: tuple[ConsoleKey, ...] = (
    ConsoleKey(
        "focus_entry", ("Ctrl+L",), "Ctrl+L",
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Go to the quick-entry line")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Quick entry")),
    ),
    ConsoleKey(
        "queue", (), "Enter",
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "In the quick-entry line: queue who was typed")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Queue who was typed")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Queue")),
    ),
    ConsoleKey(
        "", (), "1 … 5",
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "After Enter on a new organization: its category")),
    ),
    ConsoleKey(
        "reply", ("Ctrl+Shift+R",), "Ctrl+Shift+R",
        str(QT_TRANSLATE_NOOP(
            "ConsoleKeys", "Queue the next speaker as a right of reply to the chosen statement"
        )),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Right of reply to the chosen statement")),
    ),
    ConsoleKey(
        "give_floor", ("F5",), "F5",
        str(QT_TRANSLATE_NOOP(
            "ConsoleKeys", "Give the floor to the next in the queue; write their notes"
        )),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Give the floor")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Give the floor")),
    ),
    ConsoleKey(
        "panel_floor", ("Ctrl+F5",), str(QT_TRANSLATE_NOOP("ConsoleKeys", "Ctrl+F5, then 1 … 9")),
        str(QT_TRANSLATE_NOOP(
            "ConsoleKeys",
            "Give the floor to a speaker of the panel (the moderator, an introducer): "
            "logged and timed, never counted",
        )),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Give the floor to the panel…")),
    ),
    ConsoleKey(
        "end_floor", ("F6",), "F6",
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "End the statement on the floor")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "End the statement")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "End")),
    ),
    ConsoleKey(
        "back_to_floor", ("Esc",), "Esc",
        str(QT_TRANSLATE_NOOP(
            "ConsoleKeys",
            "Back to the notes of the statement on the floor (the quick entry when nobody speaks)",
        )),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Back to the notes on the floor")),
    ),
    ConsoleKey(
        "", (), str(QT_TRANSLATE_NOOP("ConsoleKeys", "Enter (in the log)")),
        str(QT_TRANSLATE_NOOP(
            "ConsoleKeys", "Open the notes of the chosen statement, even while another one speaks"
        )),
    ),
    ConsoleKey(
        "recommend", ("Ctrl+M",), str(QT_TRANSLATE_NOOP("ConsoleKeys", "Ctrl+M, then 1 … 5")),
        str(QT_TRANSLATE_NOOP(
            "ConsoleKeys",
            "The notes' line or selection as a recommendation to: 1 participating States, "
            "2 the OSCE, 3 ODIHR, 4 civil society, 5 the Partners",
        )),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Make a recommendation")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Make a recommendation")),
    ),
    ConsoleKey(
        "category", ("Alt+{n}",), "Alt+1 … Alt+5",
        str(QT_TRANSLATE_NOOP(
            "ConsoleKeys",
            "Category of the statement on the floor or chosen: 1 delegation, 2 civil society, "
            "3 OSCE institution, 4 international organization, 5 media",
        )),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Category: {0}")),
    ),
    ConsoleKey(
        "count", ("Ctrl+{n}",), "Ctrl+1 … Ctrl+5",
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Count a statement of that category, without a name")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Count: {0}")),
        "+1",
    ),
    ConsoleKey(
        "undo", ("Ctrl+Z",), "Ctrl+Z",
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Undo the last action of the console")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Undo")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "↶ Undo")),
    ),
    ConsoleKey(
        "redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Ctrl+Shift+Z / Ctrl+Y",
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Redo")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Redo")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "↷ Redo")),
    ),
    ConsoleKey(
        "not_named", ("Ctrl+Shift+N",), "Ctrl+Shift+N",
        str(QT_TRANSLATE_NOOP(
            "ConsoleKeys", "The chosen speaker asked not to be named (or may be named)"
        )),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Not to be named")),
    ),
    ConsoleKey(
        "", (), str(QT_TRANSLATE_NOOP("ConsoleKeys", "Delete (in the queue)")),
        str(QT_TRANSLATE_NOOP(
            "ConsoleKeys", "In the queue: remove the chosen speaker from the queue"
        )),
    ),
    ConsoleKey(
        "delete_statement", (), str(QT_TRANSLATE_NOOP("ConsoleKeys", "Delete (in the log)")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Delete the chosen statement")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Delete the statement")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Delete")),
    ),
    ConsoleKey(
        "", (), "F2",
        str(QT_TRANSLATE_NOOP(
            "ConsoleKeys", "Correct the chosen queued speaker, or the chosen cell of the log"
        )),
    ),
    ConsoleKey(
        "", (), str(QT_TRANSLATE_NOOP("ConsoleKeys", "Alt+Up / Alt+Down")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Move the chosen speaker in the queue")),
    ),
    ConsoleKey(
        "", (), str(QT_TRANSLATE_NOOP("ConsoleKeys", "Tab / Shift+Tab")),
        str(QT_TRANSLATE_NOOP(
            "ConsoleKeys", "Next or previous place: quick entry, queue, log, notes (and round)"
        )),
    ),
    ConsoleKey(
        "projector", ("Ctrl+P",), "Ctrl+P",
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Show or close the projector window")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Projector window")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Projector")),
    ),
    ConsoleKey(
        "key_list", ("F1",), "F1",
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "This list of keys, beside the console")),
        str(QT_TRANSLATE_NOOP("ConsoleKeys", "Console keys")),
    ),
)  # fmt: skip


def translated(text: str) -> str:
    """A text of the table in the user's language."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def bound_keys() -> tuple[ConsoleKey, ...]:
    """The rows that are actions of the console (bound window-wide)."""
    return tuple(k for k in KEYS if k.name)


def markdown_table() -> str:
    """The key table of docs/console.md (in English), made from the same rows."""
    lines = ["| keys | action |", "| --- | --- |"]
    lines += [f"| {k.shown} | {k.help} |" for k in KEYS]
    return "\n".join(lines) + "\n"
