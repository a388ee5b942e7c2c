"""Keys given to actions and shortcuts without building the ``Qt`` namespace before the
window's first paint (:mod:`rapporteur_app.ui.qt_namespace`).

``QKeySequence("Ctrl+R")``, ``QAction.setShortcut()`` and ``QShortcut(keys, parent)``
make PySide weigh overloads taking a ``Qt.Key``, which builds the whole namespace;
``QKeySequence.fromString`` and the ``shortcut`` and ``key`` properties do not. An
action's first key is given at once, so its button and menu entry show it; any other
(Redo's Ctrl+Y beside Ctrl+Shift+Z, a platform's second binding) once the namespace is
built, right after the paint.
"""

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from rapporteur_app.ui.qt_namespace import once_built


def sequence(keys: str) -> QKeySequence:
    """A key sequence from the portable text the key tables write ("Ctrl+Shift+F")."""
    return QKeySequence.fromString(keys)


def give_keys(action: QAction, keys: Sequence[str]) -> None:
    """``action.setShortcuts(keys)``, the first key at once."""
    give_sequences(action, [sequence(k) for k in keys])


def give_standard_key(action: QAction, key: QKeySequence.StandardKey) -> None:
    """``action.setShortcut(key)``: the platform's bindings of a standard key (Quit …)."""
    give_sequences(action, QKeySequence.keyBindings(key))


def give_sequences(action: QAction, sequences: Sequence[QKeySequence]) -> None:
    if not sequences:
        return
    action.setProperty("shortcut", sequences[0])
    if len(sequences) > 1:
        every = list(sequences)
        once_built(lambda: action.setShortcuts(every))


def shortcut(keys: str, parent: QObject) -> QShortcut:
    """``QShortcut(keys, parent)``."""
    made = QShortcut(parent)
    made.setProperty("key", sequence(keys))
    return made
