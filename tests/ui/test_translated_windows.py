"""Every window and dialog of the program in Russian and French, walked widget by
widget: texts, tool tips, accessible names and descriptions, window titles, the
entries of menus and lists, the headers of tables, and the about box. No English
word is left (the user's data and the names kept in every language apart)."""

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui import labels
from rapporteur_app.ui.language import install_translators
from rapporteur_app.ui.main_window import MainWindow
from tests.ui.test_translations import DATA, english_words, program_words, visible_strings

# The user's data the windows below show (typed by the test), as in test_translations;
# and names kept in every language: image formats, an OSCE document symbol.
TYPED = ("Human Dimension Meeting", "Working Session 1", "Tolerance", "Ms A", "France")
TYPED += ("Next year's conference", "/tmp/rapport.pdf")  # year_builder's, a saved file
KEPT = ("PNG", "JPEG", "GIF", "PC.SHDM.GAL/3/22")


@pytest.fixture(params=["ru", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    labels.category_label.cache_clear()
    labels.kind_label.cache_clear()
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")
    labels.category_label.cache_clear()
    labels.kind_label.cache_clear()


def every_string(root: QWidget) -> Iterator[str]:
    """What a sighted user and a screen reader's user meet under ``root``."""
    if root.windowTitle() != "Rapporteur":  # a message box titled with the program's name
        yield root.windowTitle()
    yield from visible_strings(root)
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName() in DATA:
            continue
        yield widget.accessibleName()
        yield widget.accessibleDescription()
        yield widget.statusTip()
        if isinstance(widget, QLabel):
            yield widget.text()
        if isinstance(widget, QTextEdit):
            yield widget.placeholderText()
        if isinstance(widget, QAbstractButton):
            yield widget.text()
        for action in widget.actions():
            yield action.text()
            yield action.toolTip()
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(column)
                yield item.text() if item is not None else ""
        if isinstance(widget, QListWidget) and widget.objectName() != "results":
            yield from (widget.item(i).text() for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list's model: no columns to name
                columns = 0
            for column in range(columns):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                tip = model.headerData(
                    column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
                )
                yield str(tip or "")


def english_left(language: str, texts: Iterator[str] | list[str]) -> set[tuple[str, str]]:
    found = set()
    for text in program_words(texts):
        kept = text
        for typed in (*TYPED, *KEPT):
            kept = kept.replace(typed, "")
        # The main window's title: the program's name and where its database is.
        kept = re.sub(r"^Rapporteur — \S+$", "", kept)
        found |= {(text, word) for word in english_words(language, kept)}
    return found


@pytest.fixture
def window(qtbot: QtBot, services: Services, language: str) -> MainWindow:
    """The window, made once the language is installed (as at start-up)."""
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    services.statements.add(session.id, "Ms A", "France", Category.DELEGATION)
    made = MainWindow(services)
    qtbot.addWidget(made)
    made.show()
    made.open_session(session.id)
    return made


def test_every_tab_of_the_main_window_with_its_accessible_names(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)  # a tab is built when it is first shown
        qtbot.wait(10)
    texts = [text for text in every_string(window) if text.strip()]
    assert len(texts) > 200, len(texts)  # the walk reached the tabs' words
    left = english_left(language, texts)
    assert not left, sorted(left)


def test_the_about_box(
    qtbot: QtBot, window: MainWindow, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, title, text: said.extend((title, text)))
    window._about()
    assert said and not english_left(language, said)


def _document_settings(services: Services, window: MainWindow) -> QWidget:
    from rapporteur_app.ui.rapport.document_settings_dialog import DocumentSettingsDialog

    meeting_id = window.current_meeting_id()
    assert meeting_id is not None
    return DocumentSettingsDialog(services, meeting_id, window.session_id, window)


def _search(services: Services, window: MainWindow) -> QWidget:
    from rapporteur_app.ui.search_window import SearchWindow

    return SearchWindow(services, window)


def _versions(services: Services, window: MainWindow) -> QWidget:
    from rapporteur_app.ui.rapport.versions_dialog import VersionsDialog

    assert window.session_id is not None
    return VersionsDialog(services, window.session_id, window.handoff, window)


def _year(services: Services, window: MainWindow) -> QWidget:
    from rapporteur_app.ui.year.year_view import YearView
    from tests.services.year_builder import build_year

    build_year(services)
    return YearView(services, window)


def _event(services: Services, window: MainWindow) -> QWidget:
    from rapporteur_app.ui.year.event_dialog import EventDialog

    return EventDialog(services, 2016, window)


def _saved(services: Services, window: MainWindow) -> QWidget:
    from rapporteur_app.ui.background import show_saved

    show_saved(window, Path("/tmp/rapport.pdf"))
    box = window.findChild(QMessageBox, "saved-message")
    assert box is not None
    return box


def _meeting_dialog(name: str) -> Callable[[Services, MainWindow], QWidget]:
    def made(services: Services, window: MainWindow) -> QWidget:
        from rapporteur_app.ui.agenda.agenda_editor import AgendaEditor
        from rapporteur_app.ui.backups_dialog import BackupsDialog
        from rapporteur_app.ui.participants.participants_view import ParticipantsView
        from rapporteur_app.ui.rapport.meeting_export_dialog import MeetingExportDialog

        meeting_id = window.current_meeting_id()
        assert meeting_id is not None
        if name == "agenda":
            return AgendaEditor(services, meeting_id, window)
        if name == "participants":
            return ParticipantsView(services, meeting_id, window)
        if name == "export":
            return MeetingExportDialog(services, meeting_id, window)
        return BackupsDialog(services, window)

    return made


DIALOGS: dict[str, Callable[[Services, MainWindow], QWidget]] = {
    "document settings": _document_settings,
    "search": _search,
    "versions": _versions,
    "year": _year,
    "saved": _saved,
    "event": _event,
    "agenda": _meeting_dialog("agenda"),
    "participants": _meeting_dialog("participants"),
    "export": _meeting_dialog("export"),
    "backups": _meeting_dialog("backups"),
}


@pytest.mark.parametrize("dialog", sorted(DIALOGS))
def test_the_dialogs_with_their_accessible_names(
    qtbot: QtBot, services: Services, window: MainWindow, language: str, dialog: str
) -> None:
    made = DIALOGS[dialog](services, window)
    qtbot.addWidget(made)
    made.show()
    pages = made.findChildren(QWidget)
    from PySide6.QtWidgets import QStackedWidget, QTabWidget

    for holder in made.findChildren(QTabWidget) + made.findChildren(QStackedWidget):
        for index in range(holder.count()):
            holder.setCurrentIndex(index)
            qtbot.wait(10)
    assert pages
    texts = [text for text in every_string(made) if text.strip()]
    assert len(texts) > 3, texts  # the walk reached the dialog's words
    left = english_left(language, texts)
    assert not left, sorted(left)


def test_the_search_windows_hits(
    qtbot: QtBot, services: Services, window: MainWindow, language: str
) -> None:
    from rapporteur_app.ui.search_window import SearchWindow

    search = SearchWindow(services, window)
    qtbot.addWidget(search)
    search.show()
    search.text.setText("Tolerance")
    search.search_now()
    qtbot.waitUntil(lambda: search.results_shown is not None, timeout=20_000)
    assert search.results.count() > 0
    texts = [*every_string(search), search.status.text()]
    left = english_left(language, texts)
    assert not left, sorted(left)
