"""What the console's key-home filter (ui/console/key_home.py) costs a key typed into
the notes during a speech.

Offscreen, a main window with a console and a speaker on the floor; keys sent by
``QTest.keyClick`` to the focused notes (through Qt's shortcut check, as a real key).
Blocks of the same text are typed alternately with the filter on the window and
with it taken off (the reference), in the same process and minutes; the median
time a key of each, their ratio, and the filter's own calls and time are printed.

    python tools/measure_key_home.py [blocks]
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HOME = Path(tempfile.mkdtemp(prefix="key-home-"))
for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = str(HOME / variable)

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from rapporteur_app.services.app_services import Services  # noqa: E402
from rapporteur_app.ui.console.console_view import ConsoleView  # noqa: E402
from rapporteur_app.ui.console.key_home import KeyHome  # noqa: E402
from rapporteur_app.ui.main_window import MainWindow  # noqa: E402

TEXT = "The delegation called for national referral mechanisms in every State. " * 3
calls = [0, 0.0]
_filter = KeyHome.eventFilter


def _counted(self: KeyHome, watched: QObject, event: QEvent) -> bool:
    started = time.perf_counter()
    try:
        return _filter(self, watched, event)
    finally:
        calls[0] += 1
        calls[1] += time.perf_counter() - started


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def main(blocks: int) -> None:
    app = QApplication([])
    KeyHome.eventFilter = _counted  # type: ignore[method-assign]
    services = Services.open(HOME / "measure.sqlite3")
    meeting = services.meetings.add("Alliance against Trafficking in Persons")
    session = services.sessions.add(meeting.id, "Working Session 1", "Prevention")
    window = MainWindow(services)
    window.show()
    window.activateWindow()
    app.processEvents()
    window.open_session(session.id)
    window.show_console()
    console = window.session_views[0]
    assert isinstance(console, ConsoleView)
    QTest.keyClick(_focus(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(_focus(), "Austria")
    QTest.keyClick(_focus(), Qt.Key.Key_Return)
    QTest.keyClick(_focus(), Qt.Key.Key_F5)
    assert _focus() is console.notes
    times: dict[str, list[float]] = {"with the filter": [], "without (reference)": []}
    for block in range(2 * blocks + 1):
        on = block % 2 == 1
        if on:
            window.installEventFilter(console.keys_home)
        else:
            window.removeEventFilter(console.keys_home)
        console.notes.clear()  # each block types into notes of the same length
        console.notes.save_now()
        calls[0], calls[1] = 0, 0.0
        started = time.perf_counter()
        for char in TEXT:
            QTest.keyClick(_focus(), char)
        spent = (time.perf_counter() - started) / len(TEXT)
        if block == 0:
            continue  # warming up
        times["with the filter" if on else "without (reference)"].append(spent)
        if on:
            per_key = calls[1] / len(TEXT) * 1e6
            print(f"  filter: {calls[0] / len(TEXT):.2f} calls a key, {per_key:.1f} µs a key")
    console.notes.save_now()
    services.close()
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        print(f"{name}: {value * 1000:.3f} ms a key (median of {len(times[name])} blocks)")
    ratio = medians["with the filter"] / medians["without (reference)"]
    print(f"ratio: {ratio:.3f}; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6)
