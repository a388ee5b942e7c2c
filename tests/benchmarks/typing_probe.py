"""The console while the rapporteur types notes without a pause: does the save that
now comes at least every 0.8 s (not only after a pause) make the typing lag?

A real ConsoleView on the crowded database (100,000 statements at full size),
someone on the floor, the notes focused; a key every 200 ms from a timer, each
sent as a real key event through the event loop, for 10 s (1.5 s at smoke size).
The figure is the gap between consecutive keys as the notes editor handled them:
200 ms when nothing is in the way, more by however long a save (or anything
else) held the event loop. Its own probe, so the benchmark's other figures stay
as they are.
"""

import time
from itertools import pairwise

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from tests.benchmarks.data import Size
from tests.benchmarks.stats import Figure

PACE_MS = 200
TEXT = "The delegation called for national referral mechanisms in every State. "


def typing_gaps(services: Services, session_id: int, size: Size) -> Figure:
    from rapporteur_app.ui.console.console_view import ConsoleView

    seconds = 10.0 if size.logged >= 100 else 1.5
    figure = Figure(
        "longest gap between keys while typing notes",
        f"a key every {PACE_MS} ms for {seconds:g} s into the notes of the statement on the "
        "floor, saved at least every 0.8 s as it is typed; gaps between keys as handled",
        f"at most {PACE_MS + 50} ms (no visible lag)",
    )
    app = QApplication.instance()
    assert app is not None
    services.queue.add(session_id, "", "Austria", Category.DELEGATION)
    console = ConsoleView(services)
    console.resize(1280, 800)
    console.show()
    console.show_session(session_id)
    console.give_floor()
    app.processEvents()
    notes = console.notes
    handled: list[float] = []
    saves: list[float] = []
    notes.textChanged.connect(lambda: handled.append(time.perf_counter()))
    notes.saved.connect(lambda _id, _text: saves.append(time.perf_counter()))
    count = int(seconds * 1000 / PACE_MS)
    sent = [0]
    loop = QEventLoop()
    timer = QTimer(interval=PACE_MS)

    def one_key() -> None:
        if sent[0] >= count:
            timer.stop()
            loop.quit()
            return
        char = TEXT[sent[0] % len(TEXT)]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.postEvent(notes, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        sent[0] += 1

    timer.timeout.connect(one_key)
    timer.start()
    loop.exec()
    app.processEvents()
    console.close()
    gaps = [later - earlier for earlier, later in pairwise(handled)]
    figure.samples = gaps
    longest = max(gaps) if gaps else 0.0
    figure.beside = [
        ("longest gap ms", f"{longest * 1000:.1f}"),
        ("saves while typing", str(len(saves))),
        ("keys", str(len(handled))),
    ]
    figure.passed = bool(gaps) and longest <= (PACE_MS + 50) / 1000 and len(saves) >= 1
    return figure
