"""Ctrl+Z in a text field of the console: the field's own undo while it has typing to
undo, then the console's.

Qt gives a focused text field every Ctrl+Z, even with nothing left to undo in it,
and the rapporteur's last F6 or Enter would then be out of reach of Ctrl+Z from
where she types. A field that has nothing of its own to undo (or redo) lets the
key go on to the console's Undo (or Redo) instead.
"""

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence


def leaves_to_console(event: QEvent, can_undo: bool, can_redo: bool) -> bool:
    """True when ``event`` is the shortcut check of an undo or redo key that the field
    cannot use; the event is then ignored, so the console's action takes the key."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    undo = event.matches(QKeySequence.StandardKey.Undo) and not can_undo
    redo = event.matches(QKeySequence.StandardKey.Redo) and not can_redo
    if undo or redo:
        event.ignore()
        return True
    return False
