"""Test hooks for the crash tests, which kill a real console process.

RAPPORTEUR_TYPE_NOTES=text: once the console is up, the text is typed into
its notes editor key by key, then "typed" is printed on stdout. With
RAPPORTEUR_TYPE_EVERY_MS=N as well, one key is typed every N ms, as a person
types, and "key K" is printed once the K-th key has been handled.
RAPPORTEUR_LOG_STATEMENTS=N: the console logs N statements one after the
other as the one-key count does, printing "logged <id>" after each has been
committed.
RAPPORTEUR_EXIT_WHEN_SHOWN=1 (or =data, or =ready): as soon as the main window is
on the screen (or once it lists the meetings and the chosen session's console,
which a SQLite file's first fill does before the services are made; or once the
services are attached and the session read through them), "shown" (or "data", or
"ready") is printed and the program stops (the start-up benchmark times the whole
process to that line).
RAPPORTEUR_VIEW_REPORT=path: on SIGUSR1 the program writes what its views
show (the console's log and tally, the Statements tab, the Rapport tab's
preview and recommendations, the projector) as JSON to that path, for the
real-window test, which cannot look inside the process otherwise.
Nothing happens when the variables are not set.
"""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from rapporteur_app.ui.qt_namespace import Qt

VARIABLE = "RAPPORTEUR_TYPE_NOTES"
PACE_VARIABLE = "RAPPORTEUR_TYPE_EVERY_MS"
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

    pace_ms = int(os.environ.get(PACE_VARIABLE) or 0)
    if pace_ms > 0:
        _type_paced(notes_editor, text, pace_ms)
        return

    def run() -> None:
        notes_editor.setFocus()
        type_into(notes_editor, text)
        print("typed", flush=True, file=sys.stdout)

    QTimer.singleShot(200, run)


def _type_paced(notes_editor: QWidget, text: str, pace_ms: int) -> None:
    """One key every ``pace_ms``, through the event loop, as a person types."""
    typed = [0]
    timer = QTimer(notes_editor, interval=pace_ms)

    def one_key() -> None:
        if typed[0] == 0:
            notes_editor.setFocus()
        if typed[0] >= len(text):
            timer.stop()
            print("typed", flush=True)
            return
        type_into(notes_editor, text[typed[0]])
        typed[0] += 1
        print(f"key {typed[0]}", flush=True)

    timer.timeout.connect(one_key)
    QTimer.singleShot(200, timer.start)


def exit_when_shown(stage: str, window: QWidget | None = None) -> bool:
    """For the start-up benchmark: say "shown" ("data", "ready") on stdout at that stage
    and tell the caller to stop there. RAPPORTEUR_EXIT_WHEN_SHOWN=1 stops as soon
    as the window is on the screen; =data once the meetings are listed in it (and
    the chosen session's console filled). ``window`` is painted first, as the bare
    window the benchmark compares with is: the line means "painted"."""
    wanted = os.environ.get("RAPPORTEUR_EXIT_WHEN_SHOWN")
    if not wanted or (wanted if wanted in ("data", "ready") else "shown") != stage:
        return False
    if window is not None:
        QApplication.processEvents()
        window.repaint()
    print(stage, flush=True)
    return True


REPORT_VARIABLE = "RAPPORTEUR_VIEW_REPORT"


def install_view_report(window: QWidget) -> None:
    target = os.environ.get(REPORT_VARIABLE)
    if not target:
        return
    # Here, not at the top: the window imports this module before its first paint.
    import json
    import signal

    asked = [False]

    def on_signal(_number: int, _frame: object) -> None:
        asked[0] = True  # written from the event loop, not from inside the handler

    def write_if_asked() -> None:
        if asked[0]:
            asked[0] = False
            temporary = Path(target + ".part")
            temporary.write_text(json.dumps(view_report(window)), encoding="utf-8")
            temporary.replace(target)

    signal.signal(signal.SIGUSR1, on_signal)
    # Python runs signal handlers between bytecodes: a timer keeps it looking.
    timer = QTimer(window, interval=100)
    timer.timeout.connect(write_if_asked)
    timer.start()


def view_report(window: QWidget) -> dict[str, object]:
    """What the views show, read from the widgets themselves."""
    from rapporteur_app.ui.console.console_view import ConsoleView
    from rapporteur_app.ui.rapport.rapport_tab import RapportTab
    from rapporteur_app.ui.statements_tab import StatementsTab

    views = getattr(window, "session_views", [])
    report: dict[str, object] = {"tab": getattr(window, "tabs").currentIndex()}  # noqa: B009
    report["keyboard"] = keyboard_report()
    for view in views:
        if isinstance(view, ConsoleView):
            report["console"] = {
                "log": [
                    [s.number, s.speaker, s.on_behalf_of, s.category.value, s.kind.value,
                     s.replying_to_id, s.notes, s.id]
                    for s in view.log_model.statements
                ],
                "tally": {k: view.tally.value(k) for k in _TALLY},
                "focus": (QApplication.focusWidget() or view).objectName(),
                "notes_of": view.notes.statement_id,
                "notes_text": view.notes.toPlainText(),
                "where": {
                    name: _on_screen(widget)
                    for name, widget in (
                        ("notes", view.notes), ("log", view.log), ("queue", view.queue.list),
                        ("quick-entry", view.quick_entry), ("tally", view.tally),
                        ("meetings", getattr(window, "meetings", view)),
                    )
                },
            }  # fmt: skip
            projector = view.projector
            if projector is not None:
                report["projector"] = {
                    "visible": projector.isVisible(),
                    "speaker": projector.speaker.text(),
                    "tally": {k: int(projector.counts[k].text()) for k in _TALLY},
                }
        elif isinstance(view, StatementsTab):
            model = view.model
            report["statements_tab"] = {
                "rows": model.rowCount(),
                "tally": {k: view.tally.value(k) for k in _TALLY},
            }
        elif isinstance(view, RapportTab):
            items = view.recommendations.list
            report["rapport_tab"] = {
                "preview": view.preview.toPlainText(),
                "warnings": view.warnings.text(),
                "recommendations": [items.item(i).text() for i in range(items.count())],
            }
    return report


def _on_screen(widget: QWidget) -> list[int]:
    """Where a widget is on the screen (x, y, width, height), for a test to click it."""
    corner = widget.mapToGlobal(widget.rect().topLeft())
    return [corner.x(), corner.y(), widget.width(), widget.height()]


def keyboard_report() -> dict[str, str]:
    """Where the keys go now: the focused widget (its class and name), the active window
    and any open popup (a menu): what a real-window test needs to say why a key went
    astray."""
    focus = QApplication.focusWidget()
    active = QApplication.activeWindow()
    popup = QApplication.activePopupWidget()
    return {
        "focus_class": type(focus).__name__ if focus is not None else "",
        "focus_name": focus.objectName() if focus is not None else "",
        "active_window": (active.objectName() or type(active).__name__) if active else "",
        "popup": type(popup).__name__ if popup is not None else "",
    }


_TALLY = (
    "statements", "delegations", "civil_society", "osce_institutions",
    "international_organizations", "media", "rights_of_reply",
)  # fmt: skip
