"""The main window's menus: File, Meeting, Session, Help (in this order; other views
extend them), the Console menu taken from the console's key table, and the Session
menu's entries, enabled once a session is chosen.

The slots are the window's own; the menus are built here so that the window's
module reads as what it does. The strings keep the translation context of the
window they were written in ("MainWindow"), so the translations stay where they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

# QMessageBox is imported in the functions that show a message: making its class
# costs the window's first paint 2.5 ms (docs/architecture.md, "Qt").
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from rapporteur_app.ui import settings
from rapporteur_app.ui.key_sequences import give_keys, give_standard_key
from rapporteur_app.ui.qt_values import APPLICATION_SHORTCUT, WINDOW_SHORTCUT

if TYPE_CHECKING:
    from rapporteur_app.ui.main_window import MainWindow

# Opens the year view from anywhere in the main window.
YEAR_VIEW_KEY = "Ctrl+Shift+Y"
# File > Search all meetings, from anywhere (the search window itself is made when asked).
SEARCH_KEYS = "Ctrl+Shift+F"


class MenuTitles(NamedTuple):
    """The menus other views extend, in the menu bar from the first paint on (their
    entries come just after it: :func:`build_menus`)."""

    file: QMenu
    meeting: QMenu
    session: QMenu
    help: QMenu


class Menus(NamedTuple):
    """The entry enabled only on a database file, and the window's own keys (whatever
    has the focus), which need the database open. (NamedTuples, not dataclasses: the
    window's first paint makes these classes, and a dataclass costs it a millisecond.)"""

    backups: QAction
    window_wide: tuple[QAction, ...]


def menu_titles(window: MainWindow) -> MenuTitles:
    """File, Meeting, Session, Help in the menu bar, empty: what the first paint shows of
    the menus (building their entries took it 4–6 ms)."""
    bar = window.menuBar()
    return MenuTitles(
        bar.addMenu(QCoreApplication.translate("MainWindow", "&File")),
        bar.addMenu(QCoreApplication.translate("MainWindow", "&Meeting")),
        bar.addMenu(QCoreApplication.translate("MainWindow", "&Session")),
        bar.addMenu(QCoreApplication.translate("MainWindow", "&Help")),
    )


def build_menus(window: MainWindow, titles: MenuTitles) -> Menus:
    """The menus' entries, and the window's own keys."""
    file_menu, meeting_menu, _session_menu, help_menu = titles
    # parent= by name, in every QAction on the first paint's path: given by position, PySide
    # first weighs the overload taking a QIcon, and makes its 151 theme icons' enum.
    refresh = QAction(QCoreApplication.translate("MainWindow", "&Refresh"), parent=window)
    # Not F5: the live console gives the floor with F5.
    give_keys(refresh, ["Ctrl+R"])  # (not QKeySequence(…): ui/key_sequences.py)
    refresh.triggered.connect(window.refresh)
    file_menu.addAction(refresh)
    search = _search_action(window)
    file_menu.addAction(search)
    backups = QAction(QCoreApplication.translate("MainWindow", "&Backups…"), parent=window)
    backups.triggered.connect(window.backups.open_dialog)
    file_menu.addAction(backups)
    file_menu.addMenu(_language_menu(window))
    quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), parent=window)
    give_standard_key(quit_action, QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)
    for text, keys, slot in (
        (
            QCoreApplication.translate("MainWindow", "&New meeting…"),
            "Ctrl+N",
            window.dialogs.new_meeting,
        ),
        (
            QCoreApplication.translate("MainWindow", "Edit the &agenda…"),
            "Ctrl+G",
            window.dialogs.edit_agenda,
        ),
        (
            QCoreApplication.translate("MainWindow", "&Import the registration list…"),
            "Ctrl+I",
            window.dialogs.import_registration,
        ),
        (
            QCoreApplication.translate("MainWindow", "&Participants and organizations…"),
            "",
            window.dialogs.participants,
        ),
    ):
        action = QAction(text, parent=window)
        if keys:
            give_keys(action, [keys])
        action.triggered.connect(slot)
        meeting_menu.addAction(action)
    take = QAction(
        QCoreApplication.translate("MainWindow", "Import a &session file…"), parent=window
    )
    take.triggered.connect(window._import_handoff)
    meeting_menu.addAction(take)
    load = QAction(
        QCoreApplication.translate("MainWindow", "&Load a meeting from a file…"), parent=window
    )
    load.setObjectName("load_meeting_action")
    load.triggered.connect(window.load_meeting_file)
    meeting_menu.addAction(load)
    year = _year_action(window)
    meeting_menu.addAction(year)
    export = QAction(
        QCoreApplication.translate("MainWindow", "&Export report, highlights or agenda…"),
        parent=window,
    )
    give_keys(export, ["Ctrl+E"])
    export.triggered.connect(window.dialogs.export_meeting)
    meeting_menu.addAction(export)
    document_settings = QAction(
        QCoreApplication.translate("MainWindow", "&Document settings…"), parent=window
    )
    document_settings.triggered.connect(window.dialogs.document_settings)
    meeting_menu.addAction(document_settings)
    # F1 itself is the console's key (in its tab); the menu entry shows it from anywhere.
    key_list = QAction(
        QCoreApplication.translate("MainWindow", "&Console keys") + "\tF1", parent=window
    )
    key_list.triggered.connect(window._console_keys)
    help_menu.addAction(key_list)
    about = QAction(QCoreApplication.translate("MainWindow", "&About Rapporteur"), parent=window)
    about.triggered.connect(window._about)
    help_menu.addAction(about)
    return Menus(backups, (search, year))


def _search_action(window: MainWindow) -> QAction:
    search = QAction(
        QCoreApplication.translate("MainWindow", "&Search all meetings…"), parent=window
    )
    search.setObjectName("search_action")
    give_keys(search, [SEARCH_KEYS])
    # Whichever widget has the focus (the console's line too), and in the search
    # window itself (its field chosen again, its filters read again).
    search.setProperty("shortcutContext", APPLICATION_SHORTCUT)  # ui/qt_values.py
    search.triggered.connect(window.open_search)
    window.addAction(search)
    return search


def _year_action(window: MainWindow) -> QAction:
    # The year across meetings; not a console key (ui/console/keys.py has no Ctrl+Shift+Y).
    year = QAction(
        QCoreApplication.translate(
            "MainWindow", "The &year: events, statistics, follow-up, annual report…"
        ),
        parent=window,
    )
    year.setObjectName("year-view-action")
    give_keys(year, [YEAR_VIEW_KEY])
    year.setProperty("shortcutContext", WINDOW_SHORTCUT)
    year.triggered.connect(window.show_year)
    window.addAction(year)
    return year


def _language_menu(window: MainWindow) -> QMenu:
    from rapporteur_app.ui.language import TRANSLATED

    menu = QMenu(QCoreApplication.translate("MainWindow", "&Language"), window)
    menu.setObjectName("language-menu")
    group = QActionGroup(menu)
    chosen = settings.text(settings.LANGUAGE)
    follow = QCoreApplication.translate("MainWindow", "Follow the system")
    for code, name in [("", follow), *TRANSLATED.items()]:
        action = QAction(name, parent=menu)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: _choose_language(window, action))
    return menu


def _choose_language(window: MainWindow, action: QAction) -> None:
    from PySide6.QtWidgets import QMessageBox

    settings.put(settings.LANGUAGE, str(action.data()))
    QMessageBox.information(
        window,
        QCoreApplication.translate("MainWindow", "Language"),
        QCoreApplication.translate(
            "MainWindow", "Rapporteur will speak this language the next time it starts."
        ),
    )


def session_actions(window: MainWindow) -> list[QAction]:
    """What one does with the chosen session, in the Session menu: its three tabs, its
    rapport's exports, the hand-off, the projector."""
    menu = window.session_menu
    actions: list[QAction] = []
    for index, text in enumerate(
        (
            QCoreApplication.translate("MainWindow", "Live &console"),
            QCoreApplication.translate("MainWindow", "&Statements"),
            QCoreApplication.translate("MainWindow", "&Rapport"),
        )
    ):
        if index < window.tabs.count():
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, i=index: window.tabs.setCurrentIndex(i))
            actions.append(action)
    menu.addSeparator()
    views = window.session_views
    rapport = views[2] if len(views) > 2 else None
    export = getattr(rapport, "export", None)
    if callable(export):
        for text, fmt in (
            (QCoreApplication.translate("MainWindow", "Export the rapport as &DOCX…"), "docx"),
            (QCoreApplication.translate("MainWindow", "Export the rapport as &PDF…"), "pdf"),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, f=fmt: export(f))
            actions.append(action)
    # Hand-off and final versions (docs/team.md).
    menu.addSeparator()
    for text, slot in (
        (
            QCoreApplication.translate("MainWindow", "&Export the session for the secretariat…"),
            window._export_handoff,
        ),
        (QCoreApplication.translate("MainWindow", "Mark the rapport &final…"), window._mark_final),
        (
            QCoreApplication.translate("MainWindow", "Re-&open the final rapport…"),
            window._reopen_rapport,
        ),
        (
            QCoreApplication.translate("MainWindow", "Rapport &versions…"),
            window._rapport_versions,
        ),
    ):
        action = menu.addAction(text)
        action.triggered.connect(slot)
        actions.append(action)
    show_projector = getattr(views[0], "show_projector", None)
    if callable(show_projector):
        menu.addSeparator()
        action = menu.addAction(QCoreApplication.translate("MainWindow", "Pro&jector window"))
        action.triggered.connect(lambda _c=False: show_projector())
        actions.append(action)
    return actions


def console_menu(window: MainWindow) -> QMenu | None:
    """The console's actions, with their keys, in a menu of their own (before Help)."""
    actions = getattr(window.session_views[0], "console_actions", None)
    if actions is None:
        return None
    # A console action chosen from the menu acts on the console: show it first.
    menu: QMenu = actions.build_menu(window, lambda: window.tabs.setCurrentIndex(0))
    window.menuBar().insertMenu(window.help_menu.menuAction(), menu)
    return menu
