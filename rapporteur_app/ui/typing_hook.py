"""A test hook: type text into the live console's notes, as a person would.

Set RAPPORTEUR_TYPE_NOTES to some text and start the program on a session
whose statement is on the floor: once the console is up, the text is typed
into its notes editor key by key, then "typed" is printed on stdout. The crash
tests use it to kill a real process right after typing and to check that the
notes survived. Nothing happens when the variable is not set.
"""

import os
import sys

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

VARIABLE = "RAPPORTEUR_TYPE_NOTES"


def type_into(widget: QWidget, text: str) -> None:
    for char in text:
        code, sent = (Qt.Key.Key_Return, "\r") if char == "\n" else (0, char)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, sent)
            )


def install(notes_editor: QWidget) -> None:
    text = os.environ.get(VARIABLE)
    if not text:
        return

    def run() -> None:
        notes_editor.setFocus()
        type_into(notes_editor, text)
        print("typed", flush=True, file=sys.stdout)

    QTimer.singleShot(200, run)
