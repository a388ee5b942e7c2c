"""The console's keys: one table makes the shortcuts, the buttons, the Console menu,
the key list and the guide's table; the keys work wherever the focus is in the window
while the console is shown; Esc goes back to the notes; Tab goes round the console;
the notes stay with the speaker on the floor."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import CATEGORY_ORDER, Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import add_demo_meeting
from rapporteur_app.ui.console.console_view import ConsoleView
from rapporteur_app.ui.console.key_list import KeyListWindow
from rapporteur_app.ui.console.keys import EACH_CATEGORY, KEYS, markdown_table, translated
from rapporteur_app.ui.labels import category_label
from rapporteur_app.ui.main_window import MainWindow
from rapporteur_app.ui.statements_tab import StatementsTab
from tests.ui.conftest import OpenConsole
from tests.ui.console_driver import (
    CTRL,
    SHIFT,
    click,
    click_log_row,
    focused,
    key,
    queue,
    type_text,
)

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "console.md"


def _window(qtbot: QtBot, services: Services) -> tuple[MainWindow, ConsoleView, int]:
    meeting = add_demo_meeting(services, sessions=1, statements_per_session=4)
    session = services.sessions.of_meeting(meeting.id)[0]
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.open_session(session.id)
    window.show_console()
    console = window.session_views[0]
    assert isinstance(console, ConsoleView)
    return window, console, session.id


def test_one_table_makes_the_shortcuts_buttons_menu_key_list_and_guide(
    qtbot: QtBot, services: Services
) -> None:
    window, console, _session = _window(qtbot, services)
    actions = console.console_actions
    menu_entries = {a.objectName(): a.text() for a in window.console_menu.actions()}
    buttons = {b.text() for b in console.findChildren(QPushButton)}
    for row in KEYS:
        if not row.name:
            continue
        numbers = range(1, len(CATEGORY_ORDER) + 1) if row.per_category else [0]
        for number in numbers:
            name = f"{row.name}-{number}" if row.per_category else row.name
            action = actions.action(name)
            wanted = [k.replace(EACH_CATEGORY, str(number)) for k in row.keys]
            assert [k.toString() for k in action.shortcuts()] == wanted, name
            assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
            label = translated(row.menu).format(category_label(CATEGORY_ORDER[number - 1]))
            shown = menu_entries[f"menu-{name}"]
            assert shown.split("\t")[0] in (label, action.text()), name
            if wanted:
                assert shown.endswith("\t" + wanted[0]), name
            if row.button:
                key_shown = wanted[0] if wanted else ""
                assert any(
                    b.startswith(translated(row.button)) and key_shown in b for b in buttons
                ), f"no button for {name}"
    key_list = KeyListWindow()
    qtbot.addWidget(key_list)
    for row in KEYS:
        assert f"<b>{row.shown}</b>" in key_list.table.text().replace("&gt;", ">")
    assert markdown_table() in GUIDE.read_text(encoding="utf-8"), (
        "docs/console.md's key table is not the key table: paste markdown_table() there"
    )


def test_the_keys_work_wherever_the_focus_is_in_the_window(
    qtbot: QtBot, services: Services
) -> None:
    window, console, session_id = _window(qtbot, services)
    services.queue.add(session_id, "", "Austria", Category.DELEGATION)
    console.data_changed()
    # The focus on the meetings' tree, outside the console: F5 still gives the floor.
    click(qtbot, window.meetings.viewport())
    assert not console.isAncestorOf(focused())
    assert "outside the console" in console.focus_mark.text()
    key(qtbot, Qt.Key.Key_F5)
    assert services.floor.on_floor(session_id) is not None
    assert focused() is console.notes
    key(qtbot, Qt.Key.Key_F6)
    assert services.floor.on_floor(session_id) is None

    # In another tab the console's keys do nothing: F5 there gives nobody the floor.
    services.queue.add(session_id, "", "France", Category.DELEGATION)
    window.tabs.setCurrentIndex(1)
    statements_tab = window.session_views[1]
    assert isinstance(statements_tab, StatementsTab)
    click(qtbot, statements_tab.table.viewport())
    key(qtbot, Qt.Key.Key_F5)
    assert services.floor.on_floor(session_id) is None
    # The Console menu's entry shows the console and acts there.
    entry = next(a for a in window.console_menu.actions() if a.objectName() == "menu-give_floor")
    entry.trigger()
    assert window.tabs.currentIndex() == 0
    assert services.floor.on_floor(session_id) is not None


def test_esc_goes_back_to_the_notes_of_the_speaker(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    key(qtbot, Qt.Key.Key_Escape)  # nobody speaks: the quick entry
    assert focused() is view.quick_entry
    queue(qtbot, "Austria")
    key(qtbot, Qt.Key.Key_F5)
    type_text("Austria spoke of ")
    # Someone asks for the floor meanwhile: queue them, then Esc, and type on.
    queue(qtbot, "France")
    assert focused() is view.quick_entry
    key(qtbot, Qt.Key.Key_Escape)
    assert focused() is view.notes
    assert "Typing goes to: Notes — 1. Austria (on the floor)" in view.focus_mark.text()
    type_text("referral.")
    # From the queue and from the log too.
    click(qtbot, view.queue.list.viewport())
    key(qtbot, Qt.Key.Key_Escape)
    assert focused() is view.notes
    click_log_row(qtbot, view, 0)
    key(qtbot, Qt.Key.Key_Escape)
    assert focused() is view.notes
    # A new organization's question: Esc is the line's (back to editing it), not the
    # console's.
    queue(qtbot, "Some Brand New Group")
    assert "category" in view.prompt.text()
    key(qtbot, Qt.Key.Key_Escape)
    assert focused() is view.quick_entry
    assert view.quick_entry.text() == "Some Brand New Group"
    key(qtbot, Qt.Key.Key_Escape)
    assert focused() is view.notes
    view.notes.save_now()
    assert services.statements.of_session(session_id)[0].notes == "Austria spoke of referral."


def test_tab_goes_round_the_console_and_no_digit_changes_a_limit(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    queue(qtbot, "Austria")
    key(qtbot, Qt.Key.Key_F5)
    key(qtbot, Qt.Key.Key_F6)
    key(qtbot, Qt.Key.Key_L, CTRL)
    seen = []
    for _ in range(8):
        key(qtbot, Qt.Key.Key_Tab)
        seen.append(focused())
        type_text("7")  # a stray digit wherever the Tab lands
    places = [view.quick_entry, view.queue.list, view.log, view.notes]
    assert seen == [*places[1:], places[0], *places[1:], places[0]]
    for _ in range(4):
        key(qtbot, Qt.Key.Key_Tab, SHIFT)
        assert view.isAncestorOf(focused())
    session = services.sessions.get(session_id)
    assert (session.statement_limit_s, session.reply_limit_s) == (180, 60)


def test_the_notes_stay_with_the_speaker_on_the_floor(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    queue(qtbot, "Austria")
    key(qtbot, Qt.Key.Key_F5)
    key(qtbot, Qt.Key.Key_F6)
    queue(qtbot, "France")
    key(qtbot, Qt.Key.Key_F5)  # France on the floor
    type_text("France: ")
    # Choosing Austria's statement as a reply's target does not take the notes away.
    click_log_row(qtbot, view, 0)
    key(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    assert view.answered.currentText() == "1. Austria"
    assert view.notes.statement_id == services.statements.of_session(session_id)[1].id
    type_text("Russian Federation")
    key(qtbot, Qt.Key.Key_Return)
    # Nor does a one-key count.
    key(qtbot, Qt.Key.Key_1, CTRL)
    assert view.notes.statement_id == services.statements.of_session(session_id)[1].id
    key(qtbot, Qt.Key.Key_Escape)
    type_text("shelters.")
    # Enter on a row of the log opens its notes on purpose; Esc comes back.
    click_log_row(qtbot, view, 0)
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is view.notes
    type_text("Austria, later.")
    key(qtbot, Qt.Key.Key_Escape)
    type_text(" Done.")
    view.notes.save_now()
    notes = [s.notes for s in services.statements.of_session(session_id)]
    assert notes[:2] == ["Austria, later.", "France: shelters. Done."]
    assert notes[2] == ""  # the count has none


def test_f1_lists_the_keys_beside_a_console_that_stays_usable(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    queue(qtbot, "Austria")
    key(qtbot, Qt.Key.Key_F5)
    key(qtbot, Qt.Key.Key_F1)
    assert view.key_list is not None and view.key_list.isVisible()
    assert QApplication.activeModalWidget() is None
    assert focused() is view.notes
    type_text("Still typing.")
    key(qtbot, Qt.Key.Key_F6)
    assert services.floor.on_floor(session_id) is None
    assert services.statements.of_session(session_id)[0].notes == "Still typing."


def test_ctrl_f5_gives_the_floor_to_the_panel_never_counted(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    from rapporteur_app.domain.kinds import StatementKind
    from rapporteur_app.domain.model import Introducer

    view, session_id = console.view, console.session_id
    services.sessions.update(session_id, moderator="Teresa Ribeiro, OSCE RFoM")
    services.sessions.set_introducers(session_id, [Introducer("Dr. Sofía Ramírez", "Professor")])
    queue(qtbot, "Austria")
    key(qtbot, Qt.Key.Key_F5)
    type_text("Austria first.")
    key(qtbot, Qt.Key.Key_F5, CTRL)
    assert "The floor to the panel" in view.prompt.text()
    assert "Ramírez" in view.prompt.text()
    key(qtbot, Qt.Key.Key_2)  # the introducer
    logged = services.statements.of_session(session_id)
    assert [s.kind for s in logged] == [StatementKind.STATEMENT, StatementKind.PRESENTATION]
    assert logged[0].end is not None and logged[0].notes == "Austria first."
    assert logged[1].speaker.startswith("Dr. Sofía Ramírez")
    assert focused() is view.notes
    type_text("Presented the study.")
    assert view.tally.value("statements") == 1  # never counted
    key(qtbot, Qt.Key.Key_F6)
    console.view.console_actions.undo.trigger()  # the F6
    console.view.console_actions.undo.trigger()  # the panel's floor: one step
    assert [s.kind for s in services.statements.of_session(session_id)] == [StatementKind.STATEMENT]
    assert services.floor.on_floor(session_id) is not None
