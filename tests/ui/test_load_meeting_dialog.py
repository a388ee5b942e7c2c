"""Meeting › Load a meeting from a file…: the file is loaded in a worker thread while
the window goes on answering, with its progress in a dialog; Cancel leaves nothing
written, and a malformed file is refused in the user's words, nothing written."""

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from rapporteur_app.services import exchange_load
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import add_demo_meeting
from rapporteur_app.ui.load_meeting import LoadMeetingJob
from rapporteur_app.ui.main_window import MainWindow


def _file(services: Services, tmp_path: Path) -> tuple[int, Path]:
    meeting = add_demo_meeting(
        services, sessions=2, statements_per_session=30, recommendations_per_session=3,
        frame=False,
    )  # fmt: skip
    path = tmp_path / "meeting.json"
    services.exchange.dump_file(meeting.id, path)
    return meeting.id, path


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window


def _ended(qtbot: QtBot, job: LoadMeetingJob) -> list[str]:
    how: list[str] = []
    job.finished.connect(how.append)  # emitted on the GUI thread, by the job itself
    return how


def test_a_meeting_is_loaded_off_the_gui_thread_with_its_progress(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exchange_load, "BATCH", 10)
    meeting_id, path = _file(services, tmp_path)
    before = {m.id for m in services.meetings.all()}
    threads: list[str] = []
    real = services.exchange.load_file

    def noted(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services.exchange, "load_file", noted)
    window = _window(qtbot, services)
    action = window.findChild(type(window.meeting_menu.actions()[0]), "load_meeting_action")
    assert action is not None and action in window.meeting_menu.actions()
    job = window.load_meeting_file(path)
    assert isinstance(job, LoadMeetingJob)
    seen: list[int] = []
    job.dialog.canceled.connect(lambda: seen.append(-1))
    job.signals.progressed.connect(lambda done, share: seen.append(share))
    how = _ended(qtbot, job)
    qtbot.waitUntil(lambda: how == ["loaded"], timeout=30_000)
    assert threads and threads[0] != threading.current_thread().name
    new = {m.id for m in services.meetings.all()} - before
    assert new == {job.meeting_id}
    assert seen and -1 not in seen and seen == sorted(seen) and seen[-1] == 100
    assert window.current_meeting_id() == job.meeting_id
    loaded = services.tally.for_meeting(job.meeting_id)  # type: ignore[arg-type]
    assert loaded == services.tally.for_meeting(meeting_id)


def test_cancel_writes_nothing(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exchange_load, "BATCH", 5)
    _, path = _file(services, tmp_path)
    before = {m.id for m in services.meetings.all()}
    clicked = threading.Event()
    real_tell = exchange_load._Load._tell

    def held(self: exchange_load._Load) -> None:
        real_tell(self)  # reports, or stops if Cancel was pressed
        clicked.wait(20)  # the worker waits here until the test has pressed Cancel

    monkeypatch.setattr(exchange_load._Load, "_tell", held)
    window = _window(qtbot, services)
    job = window.load_meeting_file(path)
    assert isinstance(job, LoadMeetingJob)
    how = _ended(qtbot, job)
    shown: list[int] = []
    job.signals.progressed.connect(lambda done, share: shown.append(done))
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    cancel = job.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    clicked.set()
    qtbot.waitUntil(lambda: how == ["cancelled"], timeout=20_000)
    assert {m.id for m in services.meetings.all()} == before
    assert "nothing was written" in window.statusBar().currentMessage()


def test_a_malformed_file_is_refused_in_words_and_nothing_is_written(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, path = _file(services, tmp_path)
    data = json.loads(path.read_text("utf-8"))
    data["meeting"]["sessions"][-1]["statements"][-1]["category"] = "aliens"
    path.write_text(json.dumps(data), "utf-8")
    before = {m.id for m in services.meetings.all()}
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    window = _window(qtbot, services)
    job = window.load_meeting_file(path)
    assert isinstance(job, LoadMeetingJob)
    how = _ended(qtbot, job)
    qtbot.waitUntil(lambda: how == ["refused"], timeout=30_000)
    assert {m.id for m in services.meetings.all()} == before
    assert len(warned) == 1 and "category" in warned[0] and "aliens" in warned[0]
