"""The search window: Ctrl+Shift+F, words typed, hits listed, a hit opened where it
was found; the console's undo of a delete brings a statement back into the index."""

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category, SessionList
from rapporteur_app.domain.search import SearchKind, SearchQuery
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.main_window import MainWindow
from rapporteur_app.ui.search_window import HIT_ROLE, SearchWindow
from rapporteur_app.ui.statements_tab import StatementsTab
from tests.ui.conftest import OpenConsole
from tests.ui.console_driver import CTRL, SHIFT, click_button, click_log_row, key, type_text


def _two_meetings(services: Services) -> dict[str, int]:
    first = services.meetings.add("Vienna meeting", start=date(2022, 3, 1))
    second = services.meetings.add("Warsaw meeting", start=date(2023, 10, 2))
    s1 = services.sessions.add(first.id, "1", "Opening")
    s2 = services.sessions.add(second.id, "1", "Elections")
    for n in range(3):
        services.statements.add(s2.id, "", "Austria", Category.DELEGATION, notes=f"Point {n}")
    target = services.statements.add(
        s2.id, "Ms Petrova", "Bulgaria", Category.DELEGATION,
        notes="Наблюдатели на выборах; observers were harassed.",
    )  # fmt: skip
    services.statements.add(s1.id, "", "Austria", Category.DELEGATION, notes="Observers welcome")
    recommendation = services.recommendations.add(
        s2.id, "osce", "Deploy more observers to the Straße polling stations."
    )
    services.sessions.set_list(s2.id, SessionList.FINDINGS, ["Polling stations lacked ramps."])
    return {"s2": s2.id, "statement": target.id, "recommendation": recommendation.id,
            "second": second.id}  # fmt: skip


def _open_search(qtbot: QtBot, window: MainWindow) -> SearchWindow:
    key(qtbot, Qt.Key.Key_F, CTRL | SHIFT)
    search = window.search_window
    qtbot.waitUntil(lambda: search.isVisible() and search.text.hasFocus())
    return search


def _hits(qtbot: QtBot, search: SearchWindow, words: str) -> list[tuple[SearchKind, int]]:
    search.text.setFocus()
    search.text.selectAll()
    # Waited for on what the window shows: the search's signals are emitted from its
    # worker thread, where a test's signal blocker (called there, directly) crashed.
    type_text(words)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: search.results_shown is not None
                    and search.results_shown.query.text == words, timeout=10_000)  # fmt: skip
    return [
        (hit.kind, hit.row_id)
        for hit in (search.results.item(i).data(HIT_ROLE) for i in range(search.results.count()))
    ]


def test_a_hit_opens_where_it_was_found(qtbot: QtBot, services: Services) -> None:
    ids = _two_meetings(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    search = _open_search(qtbot, window)

    hits = _hits(qtbot, search, "НАБЛЮДАТЕЛИ")
    assert hits == [(SearchKind.STATEMENT, ids["statement"])]
    assert "<b>Наблюдатели</b>" in search.results.item(0).text()
    assert "Warsaw meeting (2023)" in search.results.item(0).text()
    key(qtbot, Qt.Key.Key_Return)  # Enter again: the chosen hit is opened
    assert window.session_id == ids["s2"]
    assert window.tabs.currentIndex() == 1
    tab = window.session_views[1]
    assert isinstance(tab, StatementsTab)
    chosen = tab.table.selectionModel().selectedRows()
    assert [tab.model.statement_at(i.row()).id for i in chosen] == [ids["statement"]]

    # A filter narrows the list; a recommendation opens in the Rapport tab.
    with qtbot.waitActive(search):
        search.activateWindow()
    search.kind.setCurrentIndex(search.kind.findData(SearchKind.RECOMMENDATION.value))
    hits = _hits(qtbot, search, "strasse observers")
    assert hits == [(SearchKind.RECOMMENDATION, ids["recommendation"])]
    search.results.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 2
    rapport = window.session_views[2]
    listed = rapport.recommendations.list  # type: ignore[attr-defined]
    assert listed.currentRow() == 0 and "Straße" in listed.currentItem().text()

    # A finding opens with its list chosen, the focus in no editor (an Enter too many
    # writes nothing).
    with qtbot.waitActive(search):
        search.activateWindow()
    search.kind.setCurrentIndex(search.kind.findData(SearchKind.ITEM.value))
    assert [kind for kind, _ in _hits(qtbot, search, "ramps")] == [SearchKind.ITEM]
    search.results.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    assert rapport.list_choice.currentData() == SessionList.FINDINGS.value  # type: ignore[attr-defined]
    assert "ramps" in rapport.list_text.toPlainText()  # type: ignore[attr-defined]
    assert not rapport.list_text.hasFocus() and not rapport.narrative.hasFocus()  # type: ignore[attr-defined]


def test_words_nobody_wrote_and_punctuation_say_so(qtbot: QtBot, services: Services) -> None:
    _two_meetings(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    search = _open_search(qtbot, window)
    assert _hits(qtbot, search, "zebra") == []
    assert search.status.text() == "Nothing found."
    search.text.selectAll()
    type_text('"*(')
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Type a word" in search.status.text(), timeout=10_000)
    assert search.results.count() == 0

    # Opened again, its filters know a meeting added meanwhile, and keep what was chosen.
    search.year.setCurrentIndex(search.year.findData(2023))
    added = services.meetings.add("Tirana meeting", start=date(2025, 4, 1))
    with qtbot.waitActive(window):
        window.activateWindow()
    assert _open_search(qtbot, window) is search
    assert search.meeting.findData(added.id) > 0 and search.year.findData(2025) > 0
    assert search.year.currentData() == 2023


def test_the_consoles_undo_of_a_delete_puts_the_statement_back_in_the_index(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    for notes in ("Rule of law", "Trafficking in human beings", "Freedom of assembly"):
        services.statements.add(session_id, "", "Austria", Category.DELEGATION, notes=notes,
                                start=time(10, 0), end=time(10, 2))  # fmt: skip
    view.show_session(session_id)

    def found() -> set[int]:
        return {h.row_id for h in services.search.search(SearchQuery("trafficking")).hits}

    target = services.statements.of_session(session_id)[1].id
    assert found() == {target}
    click_log_row(qtbot, view, 1)
    key(qtbot, Qt.Key.Key_Delete)
    assert found() == set()
    click_button(qtbot, view, "undo")
    assert found() == {target}
    assert QApplication.activeWindow() is not None
