"""The live console driven as a rapporteur drives it: keys and clicks."""

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.console.console_view import ConsoleView
from tests.ui.conftest import OpenConsole
from tests.ui.console_driver import (
    ALT,
    CTRL,
    SHIFT,
    button,
    click,
    click_button,
    click_log_row,
    focused,
    key,
    queue,
    queue_shown,
    type_text,
)


def agree(services: Services, view: ConsoleView, session_id: int) -> tuple[int, int]:
    """The tally on the screen is the database's, and the log shows every statement;
    returns (statements, rights of reply)."""
    tally = services.tally.for_session(session_id)
    for name, count in tally.as_dict().items():
        assert view.tally.value(name) == count, name
    logged = services.statements.of_session(session_id)
    assert view.log_model.rowCount() == len(logged)
    assert [s.id for s in view.log_model.statements] == [s.id for s in logged]
    return tally.statements, tally.rights_of_reply


def test_a_session_logged_with_the_keyboard(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    queue(qtbot, "Austria")  # a participating State from the reference list
    queue(qtbot, "Jean Dupont, La Strada")  # never seen: asks for its category inline
    assert "category" in view.prompt.text()
    key(qtbot, Qt.Key.Key_2)  # civil society
    queue(qtbot, "Ірина (UNHCR)")
    unhcr = services.directory.canonical_name(console.meeting_id, "UNHCR")
    assert [e.display for e in services.queue.of_session(session_id)] == [
        "Austria", "Jean Dupont (La Strada)", f"Ірина ({unhcr})",
    ]  # fmt: skip
    assert queue_shown(view) == ["1. Austria", "2. Jean Dupont", "3. Ірина"]

    key(qtbot, Qt.Key.Key_F5)
    assert focused() is view.notes
    assert view.floor.speaker.text() == "Austria"
    type_text("Called for national referral mechanisms. Закон.")
    key(qtbot, Qt.Key.Key_F6)
    key(qtbot, Qt.Key.Key_F5)
    key(qtbot, Qt.Key.Key_F5)  # ends Jean's statement, gives the floor to UNHCR
    key(qtbot, Qt.Key.Key_F6)
    assert agree(services, view, session_id) == (3, 0)

    # A right of reply answering the first statement: choose it in the log, tick
    # "Right of reply to" (it names the chosen statement), type who replies, Enter.
    click_log_row(qtbot, view, 0)
    click(qtbot, view.reply)
    assert view.answered.isEnabled()
    assert view.answered.currentText() == "1. Austria"
    key(qtbot, Qt.Key.Key_L, CTRL)
    type_text("Russian Federation")
    key(qtbot, Qt.Key.Key_Return)
    assert queue_shown(view) == ["1. Russian Federation"]
    assert "right of reply to 1" in view.queue.list.item(0).text()
    key(qtbot, Qt.Key.Key_F5)
    assert view.floor.remaining.text().endswith("of 1:00")  # a reply's own limit
    key(qtbot, Qt.Key.Key_F6)

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
    assert view.log_model.data(view.log_model.index(3, 5)) == "Reply → 1"
    assert agree(services, view, session_id) == (3, 1)

    # Undo the end and the floor of the reply with the keys, then redo one with the
    # button and one with the keys; the screen and the database agree at every step.
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert services.floor.on_floor(session_id) is not None
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert agree(services, view, session_id) == (3, 0)
    assert [e.display for e in services.queue.of_session(session_id)] == ["Russian Federation"]
    click_button(qtbot, view, "redo")
    assert agree(services, view, session_id) == (3, 1)
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert agree(services, view, session_id) == (3, 1)
    assert services.floor.on_floor(session_id) is None
    assert services.queue.of_session(session_id) == []
    assert services.statements.of_session(session_id)[3].replying_to_id == logged[0].id
    assert not button(view, "redo").isEnabled()


def test_one_key_counts_and_category_keys(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    key(qtbot, Qt.Key.Key_5, CTRL)  # media, no name
    click_button(qtbot, view, "count-delegation")  # the same with the mouse
    assert view.tally.value("statements") == 2
    click_log_row(qtbot, view, 1)
    key(qtbot, Qt.Key.Key_2, ALT)  # the chosen one was in fact civil society
    tally = services.tally.for_session(session_id)
    assert (tally.media, tally.delegations, tally.civil_society) == (1, 0, 1)
    assert view.tally.value("civil_society") == 1
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert services.tally.for_session(session_id).delegations == 1
    assert view.tally.value("delegations") == 1


def test_a_recommendation_from_the_notes(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    queue(qtbot, "Austria")
    key(qtbot, Qt.Key.Key_F5)
    type_text("Said many things.\nStates should fund shelters.")
    key(qtbot, Qt.Key.Key_M, CTRL)
    assert "Recommendation to?" in view.prompt.text()
    key(qtbot, Qt.Key.Key_1)  # to the participating States
    recommendations = services.recommendations.of_session(session_id)
    assert [(r.addressee, r.text) for r in recommendations] == [
        ("participating-states", "States should fund shelters.")
    ]
    assert recommendations[0].statement_id == services.statements.of_session(session_id)[0].id
    assert services.statements.of_session(session_id)[0].notes.endswith("fund shelters.")
    view.log.setFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert services.recommendations.of_session(session_id) == []


def test_the_timer_shows_the_overrun(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    services.sessions.update(session_id, statement_limit_s=60)
    started = (datetime.now() - timedelta(seconds=75)).time().replace(microsecond=0)
    services.statements.add(session_id, "Anna", "Austria", Category.DELEGATION, start=started)
    view.show_session(session_id)
    qtbot.waitUntil(lambda: "over" in view.floor.remaining.text())
    assert view.floor.remaining.text().startswith("+0:1")
    assert view.floor.state.value == "over"
    assert "c0162c" in view.floor.elapsed.styleSheet()  # red
    click_button(qtbot, view, "projector")
    assert view.projector is not None
    assert view.projector.speaker.text() == "Anna"
    assert view.projector.timer.text().startswith("1:1")
    assert "over" in view.projector.remaining.text()


def test_the_limits_are_set_in_the_console_and_undone(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    limit = view.floor.statement_limit
    click(qtbot, limit)
    limit.setSelectedSection(limit.Section.MinuteSection)
    key(qtbot, Qt.Key.Key_Up)  # 3:00 -> 4:00
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: services.sessions.get(session_id).statement_limit_s == 240)
    view.log.setFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert services.sessions.get(session_id).statement_limit_s == 180
    assert limit.seconds() == 180


def test_notes_typed_just_before_an_undo_come_back_with_the_redo(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    queue(qtbot, "Austria")
    key(qtbot, Qt.Key.Key_F5)
    type_text("Said it quickly.")  # no pause: the save timer has not fired yet
    view.log.setFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL)  # the floor is taken back, the statement removed
    assert services.statements.of_session(session_id) == []
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [s.notes for s in services.statements.of_session(session_id)] == ["Said it quickly."]


def test_notes_are_saved_while_the_rapporteur_goes_on_typing(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    """No focus change, no close: the save after a pause in typing does it (the pause is
    under a second, so a crash loses at most the last second)."""
    from rapporteur_app.ui.console.notes_editor import SAVE_DELAY_MS

    assert SAVE_DELAY_MS <= 1000
    view, session_id = console.view, console.session_id
    queue(qtbot, "Austria")
    key(qtbot, Qt.Key.Key_F5)
    type_text("Urged States to act.")
    statement_id = services.statements.of_session(session_id)[0].id
    qtbot.waitUntil(lambda: services.statements.get(statement_id).notes == "Urged States to act.")
    assert focused() is view.notes
    first_line = view.log_model.data(view.log_model.index(0, 7))
    assert first_line == "Urged States to act."
