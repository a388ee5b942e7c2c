"""The database is opened off the GUI thread: while it opens, the window repaints and
timers fire; a damaged file still gets its dialog on the GUI thread."""

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from rapporteur_app.app import _open_for_gui
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.main_window import MainWindow
from rapporteur_app.ui.off_thread import call_off_gui_thread


def test_the_window_keeps_working_while_the_database_opens(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Services.open(db_path).close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    real_open = Services.open.__func__  # type: ignore[attr-defined]
    opened_in: list[threading.Thread] = []

    def slow_open(cls: type[Services], *args: object, **kwargs: object) -> Services:
        opened_in.append(threading.current_thread())
        time.sleep(0.4)  # a big file on a slow disk
        return real_open(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Services, "open", classmethod(slow_open))
    ticks: list[float] = []
    timer = QTimer(window, interval=20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    painted = []
    window.heading.repaint()
    QTimer.singleShot(100, lambda: painted.append(window.grab().width()))
    services = _open_for_gui(str(db_path), demo=False)
    timer.stop()
    assert services is not None
    try:
        assert opened_in and opened_in[0] is not threading.main_thread()
        # The GUI thread ran its event loop all along: timers fired, the window painted.
        assert len(ticks) >= 5
        assert painted and painted[0] > 0
        assert window.heading.text() == "Opening the database…"
        window.attach(services)
        assert window.meetings.topLevelItemCount() == 0
    finally:
        services.close()


def test_an_error_comes_back_on_the_gui_thread() -> None:
    def refuse() -> None:
        raise InvalidInput("no")

    with pytest.raises(InvalidInput, match="no"):
        call_off_gui_thread(refuse)
    assert call_off_gui_thread(lambda: threading.current_thread().name) == "rapporteur-open"
