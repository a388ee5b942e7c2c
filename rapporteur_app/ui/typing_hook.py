"""Test hooks for the crash tests, which kill a real console process.

RAPPORTEUR_TYPE_NOTES=text: once the console is up, the text is typed into
its notes editor key by key, then "typed" is printed on stdout.
RAPPORTEUR_LOG_STATEMENTS=N: the console logs N statements one after the
other as the one-key count does, printing "logged <id>" after each has been
committed.
RAPPORTEUR_EXIT_WHEN_SHOWN=1 (or =data): as soon as the main window is on the
screen (or once it lists the meetings), "shown" (or "data") is printed and the
program stops (the start-up benchmark times the whole process to that line).
Nothing happens when the variables are not set.
"""

import os
import sys

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

VARIABLE = "RAPPORTEUR_TYPE_NOTES"
LOG_VARIABLE = "RAPPORTEUR_LOG_STATEMENTS"


def type_into(widget: QWidget, text: str) -> None:
    for char in text:
        code, sent = (Qt.Key.Key_Return, "\r") if char == "\n" else (0, char)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, sent)
            )


def install_logging(console: QWidget) -> None:
    count = int(os.environ.get(LOG_VARIABLE) or 0)
    if count <= 0:
        return
    remaining = [count]

    def log_one() -> None:
        count_only = getattr(console, "count_only")  # noqa: B009 - the console is passed as a QWidget
        from rapporteur_app.domain.kinds import Category

        count_only(Category.DELEGATION)
        statements = getattr(console, "log_model").statements  # noqa: B009
        print(f"logged {statements[-1].id}", flush=True)
        remaining[0] -= 1
        if remaining[0] > 0:
            QTimer.singleShot(5, log_one)

    QTimer.singleShot(100, log_one)


def install(notes_editor: QWidget) -> None:
    text = os.environ.get(VARIABLE)
    if not text:
        return

    def run() -> None:
        notes_editor.setFocus()
        type_into(notes_editor, text)
        print("typed", flush=True, file=sys.stdout)

    QTimer.singleShot(200, run)


def exit_when_shown(stage: str, window: QWidget | None = None) -> bool:
    """For the start-up benchmark: say "shown" (or "data") on stdout at that stage
    and tell the caller to stop there. RAPPORTEUR_EXIT_WHEN_SHOWN=1 stops as soon
    as the window is on the screen; =data once the meetings are listed in it (and
    the chosen session's console filled). ``window`` is painted first, as the bare
    window the benchmark compares with is: the line means "painted"."""
    wanted = os.environ.get("RAPPORTEUR_EXIT_WHEN_SHOWN")
    if not wanted or (wanted == "data") != (stage == "data"):
        return False
    if window is not None:
        QApplication.processEvents()
        window.repaint()
    print(stage, flush=True)
    return True
