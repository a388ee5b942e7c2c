"""The window filled before the services (store/first_fill.py): keys typed meanwhile
wait visibly and are done, in order, once the database is open; a file the full
open refuses has its first fill taken away, with what was typed shown to copy.

SQLite only: a team server takes the normal path (tests/store/test_first_fill.py)."""

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rapporteur_app.app import _open_for_gui
from rapporteur_app.domain.errors import StoreError
from rapporteur_app.domain.first_fill import FirstFill
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.store.first_fill import first_fill
from rapporteur_app.ui.console.console_view import LOG_PAGE, ConsoleView
from rapporteur_app.ui.main_window import MainWindow
from tests.ui.console_driver import CTRL, focused, key, queue, type_text, wait_mark_text


def _norway_on_the_floor(path: Path) -> int:
    services = Services.open(path, backup=False)
    try:
        meeting = services.meetings.add("Human Dimension Meeting")
        session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
        services.queue.add(session.id, "", "Norway", Category.DELEGATION)
        services.floor.give_floor(session.id)
        return session.id
    finally:
        services.close()


def _filled(qtbot: QtBot, path: Path, session_id: int) -> tuple[MainWindow, ConsoleView]:
    fill = first_fill(path, session_id, LOG_PAGE)
    assert isinstance(fill, FirstFill)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.show_first_fill(fill)
    view = window.session_views[0]
    assert isinstance(view, ConsoleView) and not view.has_services
    return window, view


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_keys_typed_before_the_services_wait_then_are_done_in_order(
    qtbot: QtBot, db_path: Path
) -> None:
    session_id = _norway_on_the_floor(db_path)
    window, view = _filled(qtbot, db_path, session_id)
    assert window.meetings.topLevelItemCount() == 1
    assert view.floor.speaker.text() == "Norway"
    assert view.log_model.rowCount() == 1
    view.notes.setFocus()
    type_text("Typed while the database opened. Закон.")
    queue(qtbot, "Austria")  # Ctrl+L, the name, Enter
    assert view.quick_entry.text() == ""  # free for the next one at once
    key(qtbot, Qt.Key.Key_F5)  # the floor to Austria
    key(qtbot, Qt.Key.Key_1, CTRL)  # a delegation, counted only
    waiting = wait_mark_text(view)
    assert "Opening the database" in waiting
    assert "Austria" in waiting and "give the floor" in waiting
    # Nothing is written before the services are there.
    assert _rows(db_path, "SELECT on_behalf_of, notes FROM statements") == [("Norway", "")]
    services = Services.open(db_path)
    try:
        window.attach(services)
        assert view.has_services and window.session_views[0] is view
        logged = services.statements.of_session(session_id)
        assert [(s.on_behalf_of, s.notes) for s in logged] == [
            ("Norway", "Typed while the database opened. Закон."),
            ("Austria", ""),
            ("", ""),
        ]
        assert logged[1].on_the_floor and not logged[0].on_the_floor
        assert logged[2].category is Category.DELEGATION
        assert services.queue.of_session(session_id) == []
        assert view.log_model.rowCount() == 3
        assert view.floor.speaker.text() == "Austria"
        assert focused() is view.notes  # F5's own move, done with it
        assert wait_mark_text(view) == ""
        assert len(window.session_views) == 3
    finally:
        window.close()
        services.close()


def test_a_refused_file_has_its_first_fill_taken_away(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id = _norway_on_the_floor(db_path)
    window, view = _filled(qtbot, db_path, session_id)
    view.notes.setFocus()
    type_text("Words to keep.")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()))

    def refuse(*_args: object, **_kwargs: object) -> Services:
        raise StoreError.coded("database-may-be-damaged", path=db_path, problem="a test")

    state_at_refusal: list[int] = []
    monkeypatch.setattr(Services, "open", refuse)
    monkeypatch.setattr(
        QMessageBox,
        "critical",
        lambda *_args: state_at_refusal.append(window.meetings.topLevelItemCount()),
    )
    assert _open_for_gui(str(db_path), False, window.forget_first_fill) is None
    # Taken away before the refusal is said.
    assert state_at_refusal == [0]
    assert window.tabs.count() == 0 and window.session_views == []
    assert "could not be opened" in window.heading.text()
    assert shown and "Words to keep." in shown[0]


def test_a_new_name_queued_before_the_services_asks_its_category_after(
    qtbot: QtBot, db_path: Path
) -> None:
    session_id = _norway_on_the_floor(db_path)
    window, view = _filled(qtbot, db_path, session_id)
    queue(qtbot, "Jean Dupont, La Strada")  # never seen: its category is asked
    type_text("Aus")  # the next one, begun before the database is open
    services = Services.open(db_path)
    try:
        window.attach(services)
        assert "category" in view.prompt.text()
        assert view.quick_entry.text() == "Jean Dupont, La Strada"
        key(qtbot, Qt.Key.Key_2)  # civil society
        assert [e.display for e in services.queue.of_session(session_id)] == [
            "Jean Dupont (La Strada)"
        ]
        assert view.quick_entry.text() == "Aus"  # given back, nothing lost
    finally:
        window.close()
        services.close()


def test_notes_typed_after_f5_before_the_services_are_the_new_speakers(
    qtbot: QtBot, db_path: Path
) -> None:
    """F5 taken while the database opens, then the rapporteur types on at once: the
    notes box is the next speaker's, and what she typed is in that statement's notes
    (not in the quick entry, not in the speaker's before)."""
    session_id = _norway_on_the_floor(db_path)
    window, view = _filled(qtbot, db_path, session_id)
    queue(qtbot, "Austria")
    queue(qtbot, "France")
    key(qtbot, Qt.Key.Key_F5)  # the floor to Austria
    assert focused() is view.notes and view.notes.toPlainText() == ""
    type_text("Austria begins. Закон.")
    key(qtbot, Qt.Key.Key_F5)  # France next, before the database answered
    type_text("France replies.")
    assert view.quick_entry.text() == ""
    services = Services.open(db_path)
    try:
        window.attach(services)
        logged = services.statements.of_session(session_id)
        assert [(s.on_behalf_of, s.notes) for s in logged] == [
            ("Norway", ""),
            ("Austria", "Austria begins. Закон."),
            ("France", "France replies."),
        ]
        assert view.floor.speaker.text() == "France"
        assert focused() is view.notes and view.notes.statement_id == logged[2].id
        type_text(" And goes on.")
        view.notes.save_now()
        assert services.statements.get(logged[2].id).notes == "France replies. And goes on."
    finally:
        window.close()
        services.close()


def test_notes_typed_after_an_f5_refused_later_wait_for_the_next_f5(
    qtbot: QtBot, db_path: Path
) -> None:
    """F5 taken before the services with nobody queued: refused once the database is
    open, and the notes typed after it wait in the box for the F5 that gives the floor."""
    session_id = _norway_on_the_floor(db_path)
    services = Services.open(db_path, backup=False)
    try:
        services.floor.end_floor(session_id)
    finally:
        services.close()
    window, view = _filled(qtbot, db_path, session_id)
    key(qtbot, Qt.Key.Key_F5)  # nobody is queued: refused once it is done
    type_text("Words before a name.")
    services = Services.open(db_path)
    try:
        window.attach(services)
        assert "Nobody is waiting for the floor" in view.prompt.text()
        assert view.notes.toPlainText() == "Words before a name."
        assert [s.on_behalf_of for s in services.statements.of_session(session_id)] == ["Norway"]
        queue(qtbot, "Austria")
        key(qtbot, Qt.Key.Key_F5)
        logged = services.statements.of_session(session_id)
        assert [(s.on_behalf_of, s.notes) for s in logged] == [
            ("Norway", ""),
            ("Austria", "Words before a name."),
        ]
    finally:
        window.close()
        services.close()


def test_the_window_wide_keys_wait_for_the_database_then_work(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Shift+Y (the year) and Ctrl+Shift+F (search) act wherever the focus is:
    before the database is open they do nothing (they used to raise, the year view
    reaching for services not there yet), like the menus; then they work."""
    session_id = _norway_on_the_floor(db_path)
    opened: list[str] = []
    monkeypatch.setattr(MainWindow, "show_year", lambda self: opened.append("year"))
    monkeypatch.setattr(MainWindow, "open_search", lambda self: opened.append("search"))
    window, view = _filled(qtbot, db_path, session_id)
    titles = [menu.title() for menu in (window.file_menu, window.meeting_menu)]
    assert titles == ["&File", "&Meeting"] and window.file_menu.actions() == []
    for _ in range(2):  # before the menus' entries are made, then after (the paint's)
        view.notes.setFocus()
        key(qtbot, Qt.Key.Key_Y, CTRL | Qt.KeyboardModifier.ShiftModifier)
        key(qtbot, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert opened == []
        assert not window.menuBar().isEnabled()
        window.early.after_first_paint()
    assert window.file_menu.actions()
    services = Services.open(db_path)
    try:
        window.attach(services)
        assert window.menuBar().isEnabled()
        view.notes.setFocus()
        key(qtbot, Qt.Key.Key_Y, CTRL | Qt.KeyboardModifier.ShiftModifier)
        key(qtbot, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert opened == ["year", "search"]
    finally:
        window.close()
        services.close()


def test_the_log_is_painted_through_rows_of_its_own_then_made_editable(
    qtbot: QtBot, db_path: Path
) -> None:
    """Before the services, the log shows the first paint's rows (no override handing Qt
    a value of the Qt namespace: ui/console/first_paint_rows.py); right after the paint
    it shows its own model, editable, on the same row."""
    from rapporteur_app.ui.console.first_paint_rows import FirstPaintRows
    from rapporteur_app.ui.console.log_model import COLUMNS

    session_id = _norway_on_the_floor(db_path)
    window, view = _filled(qtbot, db_path, session_id)
    log = view.log
    rows = log.model()
    assert isinstance(rows, FirstPaintRows)
    header = log.horizontalHeader().model()
    titles = [
        header.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(len(COLUMNS))
    ]
    assert titles == view.log_model.column_titles()
    for column in range(len(COLUMNS)):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole):
            assert rows.data(rows.index(0, column), role) == view.log_model.data(
                view.log_model.index(0, column), role
            )
    assert not rows.flags(rows.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert log.currentIndex().row() == 0  # the statement on the floor
    window.early.after_first_paint()
    assert log.model() is view.log_model
    assert log.horizontalHeader().model() is view.log_model
    assert log.model().flags(log.model().index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert log.currentIndex().row() == 0
    redo = view.console_actions.action("redo")
    assert [k.toString() for k in redo.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    window.early.after_first_paint()  # again: nothing changes
    assert log.model() is view.log_model
