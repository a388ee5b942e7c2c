"""The live console driven as a rapporteur drives it: keys and clicks."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.console.console_view import ConsoleView

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def console(qtbot: QtBot, services: Services) -> Iterator[tuple[ConsoleView, int]]:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    view = ConsoleView(services)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    with qtbot.waitActive(view):
        view.activateWindow()
    with qtbot.waitSignal(view.ready):
        view.show_session(session.id)
    yield view, session.id
    view.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(
    qtbot: QtBot, k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), k, modifiers)


def type_text(text: str) -> None:
    """Type any text, Cyrillic included (qtbot.keyClicks handles ASCII only)."""
    for char in text:
        code, sent = (Qt.Key.Key_Return, "\r") if char == "\n" else (0, char)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, sent)
            QApplication.sendEvent(focused(), event)


def queue(qtbot: QtBot, text: str) -> None:
    key(qtbot, Qt.Key.Key_L, CTRL)
    type_text(text)
    key(qtbot, Qt.Key.Key_Return)


def test_a_session_logged_with_the_keyboard(
    qtbot: QtBot, services: Services, console: tuple[ConsoleView, int]
) -> None:
    view, session_id = console
    queue(qtbot, "Austria")  # a participating State from the reference list
    queue(qtbot, "Jean Dupont, La Strada")  # never seen: asks for its category inline
    assert "category" in view.prompt.text()
    key(qtbot, Qt.Key.Key_2)  # civil society
    queue(qtbot, "Ірина (UNHCR)")
    # Known organizations are stored under their reference name, whatever was typed.
    unhcr = services.directory.canonical_name(services.meetings.all()[0].id, "UNHCR")
    assert [e.display for e in services.queue.of_session(session_id)] == [
        "Austria", "Jean Dupont (La Strada)", f"Ірина ({unhcr})",
    ]  # fmt: skip

    key(qtbot, Qt.Key.Key_F5)
    assert focused() is view.notes
    type_text("Called for national referral mechanisms. Закон.")
    key(qtbot, Qt.Key.Key_F6)
    key(qtbot, Qt.Key.Key_F5)
    key(qtbot, Qt.Key.Key_F5)  # ends Jean's statement, gives the floor to UNHCR
    key(qtbot, Qt.Key.Key_F6)

    # A right of reply answering the first statement.
    view.log.setFocus()
    view.log.selectRow(0)
    key(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    type_text("Russian Federation")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_F5)
    key(qtbot, Qt.Key.Key_F6)

    def check(statements: int, replies: int) -> None:
        logged = services.statements.of_session(session_id)
        tally = services.tally.for_session(session_id)
        assert (tally.statements, tally.rights_of_reply) == (statements, replies)
        for name, count in tally.as_dict().items():
            assert view.tally.value(name) == count
        assert view.log_model.rowCount() == len(logged)

    logged = services.statements.of_session(session_id)
    assert [(s.on_behalf_of, s.category, s.kind) for s in logged] == [
        ("Austria", Category.DELEGATION, StatementKind.STATEMENT),
        ("La Strada", Category.CIVIL_SOCIETY, StatementKind.STATEMENT),
        (unhcr, Category.INTERNATIONAL_ORGANIZATION, StatementKind.STATEMENT),
        ("Russian Federation", Category.DELEGATION, StatementKind.RIGHT_OF_REPLY),
    ]
    assert logged[3].replying_to_id == logged[0].id
    assert logged[0].notes == "Called for national referral mechanisms. Закон."
    assert all(s.start is not None and s.end is not None for s in logged)
    check(3, 1)

    # Undo the end and the floor of the reply, then redo both.
    view.log.setFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert services.floor.on_floor(session_id) is not None
    key(qtbot, Qt.Key.Key_Z, CTRL)
    check(3, 0)
    assert [e.display for e in services.queue.of_session(session_id)] == ["Russian Federation"]
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    check(3, 1)
    assert services.floor.on_floor(session_id) is None
    assert services.queue.of_session(session_id) == []
    assert services.statements.of_session(session_id)[3].replying_to_id == logged[0].id


def test_one_key_counts_and_category_keys(
    qtbot: QtBot, services: Services, console: tuple[ConsoleView, int]
) -> None:
    view, session_id = console
    view.log.setFocus()
    key(qtbot, Qt.Key.Key_5, CTRL)  # media, no name
    key(qtbot, Qt.Key.Key_1, CTRL)  # delegation, no name
    assert view.tally.value("statements") == 2
    view.log.selectRow(1)
    key(qtbot, Qt.Key.Key_2, ALT)  # the chosen one was in fact civil society
    tally = services.tally.for_session(session_id)
    assert (tally.media, tally.delegations, tally.civil_society) == (1, 0, 1)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert services.tally.for_session(session_id).delegations == 1


def test_a_recommendation_from_the_notes(
    qtbot: QtBot, services: Services, console: tuple[ConsoleView, int]
) -> None:
    _view, session_id = console
    queue(qtbot, "Austria")
    key(qtbot, Qt.Key.Key_F5)
    type_text("Said many things.\nStates should fund shelters.")
    key(qtbot, Qt.Key.Key_M, CTRL)
    key(qtbot, Qt.Key.Key_1)  # to the participating States
    recommendations = services.recommendations.of_session(session_id)
    assert [(r.addressee, r.text) for r in recommendations] == [
        ("participating-states", "States should fund shelters.")
    ]
    assert recommendations[0].statement_id == services.statements.of_session(session_id)[0].id


def test_queue_reorder_and_remove_with_keys(
    qtbot: QtBot, services: Services, console: tuple[ConsoleView, int]
) -> None:
    view, session_id = console
    for name in ("Austria", "France", "Germany"):
        queue(qtbot, name)
        if not view.prompt.isHidden():  # not in the reference list yet: a delegation
            key(qtbot, Qt.Key.Key_1)
    view.queue.setFocus()
    view.queue.setCurrentRow(2)
    key(qtbot, Qt.Key.Key_Up, ALT)
    assert [e.display for e in services.queue.of_session(session_id)] == [
        "Austria", "Germany", "France",
    ]  # fmt: skip
    key(qtbot, Qt.Key.Key_Delete)
    assert [e.display for e in services.queue.of_session(session_id)] == ["Austria", "France"]
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert len(services.queue.of_session(session_id)) == 3


def test_the_timer_shows_the_overrun(
    qtbot: QtBot, services: Services, console: tuple[ConsoleView, int]
) -> None:
    from datetime import datetime, timedelta

    view, session_id = console
    services.sessions.update(session_id, statement_limit_s=60)
    started = (datetime.now() - timedelta(seconds=75)).time().replace(microsecond=0)
    services.statements.add(session_id, "Anna", "Austria", Category.DELEGATION, start=started)
    view.show_session(session_id)
    view.floor.tick()
    assert view.floor.remaining.text().startswith("+0:1")
    assert "over" in view.floor.remaining.text()
    view.show_projector()
    assert view.projector is not None
    assert view.projector.speaker.text() == "Anna"
    assert view.projector.timer.text().startswith("1:1")


def test_notes_typed_just_before_an_undo_come_back_with_the_redo(
    qtbot: QtBot, services: Services, console: tuple[ConsoleView, int]
) -> None:
    view, session_id = console
    queue(qtbot, "Austria")
    key(qtbot, Qt.Key.Key_F5)
    type_text("Said it quickly.")  # no pause: the save timer has not fired yet
    view.log.setFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL)  # the floor is taken back, the statement removed
    assert services.statements.of_session(session_id) == []
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [s.notes for s in services.statements.of_session(session_id)] == ["Said it quickly."]
